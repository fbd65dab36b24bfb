/**
 * A data file whose procedure drops steps the bundled guide ends at: one problem, on that file, at
 * the procedure's `steps`, naming the dropped steps (with their text) and the guide's nodes; the
 * other data files are not blamed. And the page import written as a layer keeps the steps the other
 * page says, so importing a handbook page does not drop them in the first place.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { importPage } from '../../src/features/handbookImport/model/pageImport';
import { loadHandbook } from '../../src/core/load/loadHandbook';
import { bundledHandbook, repoRoot } from './helpers';

const file = (key: string, text: string) => ({ key, label: key, bytes: Buffer.from(text) });

/** engage-support with only the earlier page's first two steps (the guide also ends at four others). */
const SHORTER_PROCEDURE = `procedures:
  - id: engage-support
    title: "Engaging support on a customer issue"
    team: customer-support
    source: { page: team-culture, section: "Customer Support Engineers (CSEs)" }
    ordered: false
    steps:
      - id: collaborate
        text: "CEs may collaborate with CSEs on an issue."
      - id: engineer-assigned
        text: "If a CSE has already been assigned, engage with the CSE directly."
`;
const UNRELATED = 'meetings:\n  - id: ce-team-meeting\n    description: "Global team sync."\n';

describe('a data file\'s procedure that drops steps the bundled guide uses', () => {
  const loaded = loadHandbook(bundledHandbook(), [file('procedures.yaml', SHORTER_PROCEDURE), file('zz-meetings.yaml', UNRELATED)]);
  const problems = loaded.problems.get('procedures.yaml')!;

  it('is one problem, at that procedure\'s steps, and no other file is blamed', () => {
    assert.equal(problems.length, 1, problems.map((p) => p.message).join('\n'));
    assert.deepEqual([problems[0].line, problems[0].column, problems[0].rule], [7, 5, 'guide-needs-step']);
    assert.deepEqual(loaded.problems.get('zz-meetings.yaml'), []);
    assert.deepEqual(loaded.failed, ['procedures.yaml']);
  });

  it('names every dropped step with its text, the guide\'s nodes, and the two ways to decide', () => {
    const message = problems[0].message;
    for (const step of ['not-yet-assigned', 'head-of-support', 'customer-asks-for-update', 'more-help']) assert.match(message, new RegExp(`"${step}" \\("`));
    assert.match(message, /"more-help" \("If additional assistance is needed, the CE should reach out/);
    assert.match(message, /still leads to \(nodes "give-context", "head-of-support", "work-with-engineer", "escalate"\)/);
    assert.match(message, /keep them in this procedure's steps with the ids .*; if not, change the guide "customer-issue" in a data file/);
  });

  it('the rest still loads: the bundled procedure and guide, the other file\'s change', () => {
    assert.equal(loaded.handbook.procedures.find((p) => p.id === 'engage-support')?.steps.length, 6);
    assert.ok(loaded.handbook.guides.some((g) => g.id === 'customer-issue'));
    assert.equal(loaded.handbook.meetings.find((m) => m.id === 'ce-team-meeting')?.description, 'Global team sync.');
  });

  it('a guide the data file itself changes is still reported at the guide\'s own node', () => {
    const guide = 'guides:\n  - id: customer-issue\n    nodes:\n      - { id: need, question: "Q?", answers: [{ label: a, next: engage-engineer }, { label: b, next: give-context }] }\n      - { id: engage-engineer, outcome: no-such-step }\n      - { id: give-context, outcome: not-yet-assigned }\n    start: need\n';
    const own = loadHandbook(bundledHandbook(), [file('guide.yaml', guide)]).problems.get('guide.yaml')!;
    assert.ok(own.some((p) => p.rule === 'guide' && p.line === 5 && /"no-such-step", which is not a step/.test(p.message)), own.map((p) => `${p.line} ${p.message}`).join('\n'));
  });
});

describe('importing a page as a layer (asLayer)', () => {
  const later = fs.readFileSync(path.join(repoRoot, 'media', 'handbook', 'how-ce-intersects-internal-teams.md'), 'utf8');
  const steps = (asLayer: boolean) => importPage(later, { reference: bundledHandbook(), asLayer }).data.procedures.find((p) => p.id === 'engage-support')!.steps;

  it('keeps the steps the earlier page says, with that page as their source, in the bundled order', () => {
    assert.deepEqual(steps(true).map((s) => [s.id, s.source?.section]), [
      ['collaborate', 'Customer Support Engineers (CSEs)'], ['engineer-assigned', 'Customer Support Engineers (CSEs)'],
      ['not-yet-assigned', 'Customer Support Engineers (CSEs)'], ['head-of-support', 'Customer Support Engineers (CSEs)'],
      ['customer-asks-for-update', undefined], ['more-help', undefined],
    ]);
  });

  it('without it (comparing pages), only the page\'s own steps', () => {
    assert.deepEqual(steps(false).map((s) => s.id), ['customer-asks-for-update', 'more-help']);
  });
});
