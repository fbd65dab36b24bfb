/**
 * The schemas of the commands' arguments (core/commands/argumentSchemas.ts), next to the contract:
 * what they let through has the contract's types (checked by the compiler below), and what a script
 * can get wrong is refused.
 */
import assert from 'node:assert/strict';
import type * as z from 'zod/mini';
import {
  askForUpdateSchema, composeMessageSchema, entryRefSchema, fieldValuesSchema, fits, lineSchema, sendMessageSchema, sendTicketSchema, sentTicketRefSchema,
} from '../../src/core/commands/argumentSchemas';
import type { AskForUpdateArgs, ComposeMessageArgs, SendMessageArgs, SentTicketRef } from '../../src/core/commands/commandContract';
import { parseCommandArguments } from '../../src/core/commands/commandArguments';
import { entryRef, type StepRef, type TeamRef } from '../../src/core/handbook/entryRef';

/** Compiles only when what the schema lets through is assignable to the contract's type. */
type Fits<Schema extends z.ZodMiniType, Contract> = z.infer<Schema> extends Contract ? true : never;
const schemasMatchTheContract: [
  Fits<typeof sentTicketRefSchema, SentTicketRef>,
  Fits<typeof askForUpdateSchema, AskForUpdateArgs>,
  Fits<typeof composeMessageSchema, ComposeMessageArgs>,
  Fits<typeof sendMessageSchema, Pick<SendMessageArgs, 'to' | 'text'>>,
  Fits<ReturnType<typeof entryRefSchema<'step'>>, StepRef>,
  Fits<ReturnType<typeof entryRefSchema<'team'>>, TeamRef>,
] = [true, true, true, true, true, true];

describe('the schemas of the commands\' arguments', () => {
  it('match the contract\'s types (the compiler checks it)', () => {
    assert.equal(schemasMatchTheContract.length, 6);
  });

  it('take a reference with every field of its kind, and nothing less', () => {
    assert.ok(fits(entryRefSchema('step'), entryRef.step('engage-support', 'not-yet-assigned')));
    assert.ok(!fits(entryRefSchema('step'), { kind: 'step', procedureId: 'engage-support' }));
    assert.ok(!fits(entryRefSchema('team'), { kind: 'template', templateId: 'sales' }));
    assert.ok(!fits(entryRefSchema('team'), { kind: 'team', teamId: 7 }));
  });

  it('pass a tree row\'s own node on as it is, so the command gets the object VS Code gave', () => {
    const row = { kind: 'team', teamId: 'sales', label: 'Sales' };
    const parsed = parseCommandArguments('cePlaybook.openIntersection', [row], { asUri: () => undefined });
    assert.ok(parsed.ok);
    assert.equal(parsed.args[0], row);
  });

  it('take field values and line numbers only of the right type', () => {
    assert.ok(fits(fieldValuesSchema, { 'customer-name': 'Acme' }));
    assert.ok(!fits(fieldValuesSchema, { 'customer-name': 3 }));
    assert.ok(!fits(fieldValuesSchema, ['Acme']));
    assert.ok(fits(lineSchema, 0));
    for (const line of [-1, 1.5, Number.MAX_SAFE_INTEGER + 2, '3', NaN]) assert.ok(!fits(lineSchema, line), String(line));
  });

  it('refuse a ticket to send without its template or with a value that is not text', () => {
    assert.ok(fits(sendTicketSchema, { templateId: 'support-ticket-request', values: { 'customer-name': 'Acme' } }));
    assert.ok(fits(sendTicketSchema, { templateId: 'support-ticket-request' }));
    assert.ok(!fits(sendTicketSchema, { values: {} }));
    assert.ok(!fits(sendTicketSchema, { templateId: 'support-ticket-request', values: { 'customer-name': 1 } }));
    assert.ok(!fits(sendTicketSchema, { templateId: 'support-ticket-request', confirm: 'no' }));
  });

  it('refuse a message without text or with a destination of neither kind', () => {
    assert.ok(fits(sendMessageSchema, { to: { kind: 'thread', sentId: 's1' }, text: 'any update?' }));
    assert.ok(fits(sendMessageSchema, { to: { kind: 'channel', channelId: 'customer-support' }, text: 'hi' }));
    assert.ok(!fits(sendMessageSchema, { to: { kind: 'thread', channelId: 'customer-support' }, text: 'hi' }));
    assert.ok(!fits(sendMessageSchema, { to: { kind: 'channel', channelId: 'customer-support' } }));
    assert.ok(!fits(sendMessageSchema, { to: 'customer-support', text: 'hi' }));
  });

  it('refuse a message page without its channel', () => {
    assert.ok(fits(composeMessageSchema, { channelId: 'customer-support', userGroupId: 'cs-leadership' }));
    assert.ok(!fits(composeMessageSchema, { userGroupId: 'cs-leadership' }));
    assert.ok(!fits(composeMessageSchema, { channelId: 'customer-support', sentId: 5 }));
  });
});
