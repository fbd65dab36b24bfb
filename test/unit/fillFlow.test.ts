import assert from 'node:assert/strict';
import { fillTemplate, isDraftEmpty, validateField, type FieldPrompt, type PromptAnswer } from '../../src/features/templates/model/fillFlow';
import type { Template } from '../../src/core/schema/schema';
import { bundledHandbook } from './helpers';

const messages = { required: (f: { label: string }) => `${f.label} is required`, notAnOption: (f: { label: string }) => `pick an option for ${f.label}` };
const request = () => bundledHandbook().templates.find((t) => t.id === 'support-ticket-request')!;

/** A prompter that plays back answers and records what it was asked. */
export function scripted(answers: Array<PromptAnswer | string>) {
  const asked: FieldPrompt[] = [];
  const ask = async (p: FieldPrompt): Promise<PromptAnswer> => {
    asked.push(p);
    const next = answers.shift();
    if (next === undefined) throw new Error(`no answer scripted for ${p.field.id}`);
    return typeof next === 'string' ? { kind: 'value', value: next } : next;
  };
  return { ask, asked };
}

describe('fill-in flow', () => {
  it('asks every field in order with the step count, and returns the values', async () => {
    const { ask, asked } = scripted(['Acme', 'ZD-1', 'ask', 'why', 'if not', 'by Friday', '']);
    const outcome = await fillTemplate(request(), ask, messages);
    assert.equal(outcome.kind, 'done');
    assert.deepEqual(asked.map((p) => `${p.step}/${p.totalSteps} ${p.field.id}`), ['1/7 customer-name', '2/7 issue-link', '3/7 ask', '4/7 why', '5/7 if-not', '6/7 time-consideration', '7/7 anything-else']);
    assert.equal(outcome.kind === 'done' && outcome.values['customer-name'], 'Acme');
    assert.equal(asked[0].canGoBack, false);
    assert.equal(asked[1].canGoBack, true);
  });

  it('goes back one step and shows the value typed before', async () => {
    const { ask, asked } = scripted(['Acme', { kind: 'back' }, 'Acme Corp', 'ZD-1', 'a', 'b', 'c', 'd', '']);
    const outcome = await fillTemplate(request(), ask, messages);
    assert.equal(asked[2].field.id, 'customer-name');
    assert.equal(asked[2].value, 'Acme');
    assert.equal(outcome.kind === 'done' && outcome.values['customer-name'], 'Acme Corp');
  });

  it('refuses an empty required field with a clear message, but lets an optional one be empty', () => {
    const t = request();
    assert.equal(validateField(t.fields[0], '   ', messages), 'Customer Name is required');
    assert.equal(validateField(t.fields[6], '', messages), undefined);
  });

  it('does not go on past an empty required field even if the prompter accepts it', async () => {
    const { ask, asked } = scripted(['', 'Acme', 'ZD-1', 'a', 'b', 'c', 'd', '']);
    await fillTemplate(request(), ask, messages);
    assert.deepEqual(asked.slice(0, 2).map((p) => p.field.id), ['customer-name', 'customer-name']);
  });

  it('cancelling keeps what was typed and where, and resuming starts there', async () => {
    const first = scripted(['Acme', 'ZD-1', { kind: 'cancel' }]);
    const cancelled = await fillTemplate(request(), first.ask, messages);
    assert.equal(cancelled.kind, 'cancelled');
    if (cancelled.kind !== 'cancelled') return;
    assert.deepEqual(cancelled.draft, { templateId: 'support-ticket-request', values: { 'customer-name': 'Acme', 'issue-link': 'ZD-1' }, step: 2 });
    assert.equal(isDraftEmpty(cancelled.draft), false);
    const second = scripted(['ask', 'why', 'if not', 'none', '']);
    const done = await fillTemplate(request(), second.ask, messages, cancelled.draft);
    assert.equal(second.asked[0].field.id, 'ask');
    assert.equal(done.kind === 'done' && done.values['customer-name'], 'Acme');
  });

  it('choice fields accept only their options', () => {
    const t: Template = { ...request(), fields: [{ id: 'sev', label: 'Severity', type: 'choice', required: true, options: ['P1', 'P2'] }] };
    assert.equal(validateField(t.fields[0], 'P3', messages), 'pick an option for Severity');
    assert.equal(validateField(t.fields[0], 'P2', messages), undefined);
  });
});
