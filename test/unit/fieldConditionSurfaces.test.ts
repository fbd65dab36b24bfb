// The worked example's conditional field and severity scale on every pure surface: the snippet, the
// draft check, the fill-in form, the Slack message, the tools and the quick pick's items.
import assert from 'node:assert/strict';
import { scripted } from './fillFlow.test';
import { templateSnippet, renderTemplate } from '../../src/core/templates/render';
import { draftProblems, findDraftBlocks } from '../../src/features/templates/model/draftChecker';
import { fillTemplate } from '../../src/features/templates/model/fillFlow';
import { blockMessage, workflowVariables } from '../../src/features/slack/model/slackMessage';
import { optionPickItems } from '../../src/core/render/pickItems';
import { checkDraft, draftTicket } from '../../src/features/tools/model/drafts';
import { getTemplate } from '../../src/features/tools/model/lookup';
import type { ToolResult } from '../../src/features/tools/model/context';
import { contextWithFiles } from './toolsSupport';
import { EXAMPLE, exampleRequest, filledRequest } from './fieldConditionsSupport';

const messages = { required: (f: { label: string }) => `${f.label} is required`, notAnOption: (f: { label: string }) => `pick ${f.label}` };
const TIME_LABEL = 'Is there a time consideration we need to be aware of, if so what is it and why?';
const REMINDER = '(only if "Is there a time consideration?" is Yes)';

function okData<T>(result: ToolResult<T>): { data: T; text: string } {
  assert.equal(result.ok, true, result.ok ? '' : result.error);
  return result as { data: T; text: string };
}

describe('conditional fields: snippet and draft check', () => {
  it('the snippet has every field; a conditional one says when it applies, a choice starts on its default', () => {
    const snippet = templateSnippet(exampleRequest(), 'markdown');
    assert.ok(snippet.includes(`- **${TIME_LABEL}:** \${8:${REMINDER}}`), snippet);
    assert.ok(snippet.includes('- **Severity:** ${3|P3,P1,P2,P4|}'), snippet);
    assert.ok(snippet.includes('- **Is there a time consideration?:** ${7|Yes,No|}'), snippet);
  });

  it('the draft check warns about the conditional field only when it applies; the snippet\'s reminder counts as empty', () => {
    const request = exampleRequest();
    const draft = (answer: string, time: string) => [
      '**Support Ticket Request**', '- **Customer Name:** Acme', '- **Link to issue (Slack / Github issue / ZD ticket #):** ZD-1', '- **Severity:** P2',
      '- **What’s the ask:** a', '- **Why are we making this ask:** b', '- **What happens if we don’t take this desired action:** c',
      `- **Is there a time consideration?:** ${answer}`, `- **${TIME_LABEL}:** ${time}`, '- **Anything else we should know that would be helpful?:**',
    ].join('\n');
    const warned = (text: string) => draftProblems(findDraftBlocks(text, [request])).map((p) => `${p.line}:${p.field.id}`);
    assert.deepEqual(warned(draft('No', REMINDER)), []);
    assert.deepEqual(warned(draft('No', '')), []);
    assert.deepEqual(warned(draft('Yes', REMINDER)), ['8:time-consideration']);
    assert.deepEqual(warned(draft('Yes', 'Renewal on Friday')), []);
    assert.deepEqual(warned(draft('', '')), ['7:time-sensitive']);
  });

  it('a rendered ticket leaves out a field that does not apply, whatever it holds', () => {
    const request = exampleRequest();
    assert.ok(!renderTemplate(request, filledRequest({ 'time-sensitive': 'No', 'time-consideration': 'typed earlier' }), 'slack').includes(TIME_LABEL));
    assert.ok(renderTemplate(request, filledRequest({ 'time-sensitive': 'Yes', 'time-consideration': 'Friday' }), 'slack').includes(`• *${TIME_LABEL}:* Friday`));
  });
});

describe('conditional fields: the fill-in form', () => {

  it('skips the field while it does not apply, asks it once it does, going forward and back; starts a choice on its default', async () => {
    const request = exampleRequest();
    const { ask, asked } = scripted(['Acme', 'ZD-1', 'P1', 'a', 'b', 'c', 'No', { kind: 'back' }, 'Yes', 'Friday', { kind: 'back' }, { kind: 'back' }, 'No', '']);
    const outcome = await fillTemplate(request, ask, messages);
    assert.equal(asked[2].value, 'P3', 'the severity starts on its default');
    assert.deepEqual(asked.slice(6).map((p) => `${p.step}/${p.totalSteps} ${p.field.id}`), [
      '7/8 time-sensitive', '8/8 anything-else', '7/8 time-sensitive', '8/9 time-consideration', '9/9 anything-else', '8/9 time-consideration', '7/9 time-sensitive', '8/8 anything-else',
    ]);
    assert.equal(outcome.kind, 'done');
    assert.equal(outcome.kind === 'done' && outcome.values['time-consideration'], 'Friday', 'what was typed is kept in the values, though it is not sent');
  });

  it('the quick pick shows an option\'s description under it', () => {
    const severity = exampleRequest().fields.find((f) => f.id === 'severity')!;
    assert.deepEqual(optionPickItems(severity.options!)[0], { label: 'P1', detail: 'Production down for many users', value: 'P1' });
  });
});

describe('conditional fields: Slack and the tools', () => {
  it('the Slack message and the workflow variables leave out a field that does not apply', () => {
    const request = exampleRequest();
    const values = filledRequest({ 'time-sensitive': 'No', 'time-consideration': 'typed earlier' });
    const result = blockMessage(request, values, 'ctx');
    assert.ok(result.ok);
    assert.ok(!JSON.stringify(result.message).includes('typed earlier'));
    assert.ok(JSON.stringify(result.message.blocks).includes('*Severity*\\nP2'));
    assert.equal(workflowVariables(request, values)['time-consideration'], '');
    assert.equal(workflowVariables(request, { ...values, 'time-sensitive': 'Yes' })['time-consideration'], 'typed earlier');
  });

  it('getTemplate says when a field applies and what each severity means; draftTicket and checkDraft follow the condition', () => {
    const ctx = contextWithFiles({ '.ce-playbook/our-team.yaml': EXAMPLE });
    assert.deepEqual(ctx.failed, []);
    const { data, text } = okData(getTemplate(ctx, 'support-ticket-request'));
    const time = data.fields.find((f) => f.id === 'time-consideration')!;
    assert.equal(time.appliesWhen, 'only if "Is there a time consideration?" is Yes');
    assert.deepEqual(data.fields.find((f) => f.id === 'severity')!.optionDescriptions?.P1, 'Production down for many users');
    assert.match(text, /Severity \[severity; required; one of: P1 \(Production down for many users\), P2/);
    const no = okData(draftTicket(ctx, 'support-ticket-request', filledRequest({ 'time-sensitive': 'No' })));
    assert.deepEqual([no.data.complete, no.data.ticket.includes(TIME_LABEL)], [true, false]);
    const yes = okData(draftTicket(ctx, 'support-ticket-request', filledRequest({ 'time-sensitive': 'Yes' })));
    assert.deepEqual(yes.data.missing.map((m) => m.id), ['time-consideration']);
    const checked = okData(checkDraft(ctx, renderTemplate(ctx.index.template('support-ticket-request')!, filledRequest({ 'time-sensitive': 'Yes' }), 'markdown')));
    assert.deepEqual(checked.data.drafts[0].missing.map((m) => m.id), ['time-consideration']);
    const notNeeded = okData(checkDraft(ctx, renderTemplate(ctx.index.template('support-ticket-request')!, filledRequest({ 'time-sensitive': 'No' }), 'markdown')));
    assert.deepEqual(notNeeded.data.drafts[0].missing, []);
  });
});
