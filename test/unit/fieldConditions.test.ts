// Fields that follow the situation: the one pure rule (fieldConditions.ts) of which fields apply, its
// property (a field whose condition is unmet is never required, shown or sent, on any surface), and
// the checks of the conditions in a team's file (at their line).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { activeFieldIds, conditionMet, missingRequired } from '../../src/core/templates/fieldConditions';
import { fieldProblems } from '../../src/core/load/conditionChecks';
import { composerView, fieldErrors } from '../../src/features/composer/model/composerState';
import { draftProblems, findDraftBlocks } from '../../src/features/templates/model/draftChecker';
import { renderTemplate } from '../../src/core/templates/render';
import { blockMessage, workflowVariables } from '../../src/features/slack/model/slackMessage';
import type { Template, TemplateField } from '../../src/core/schema/schema';
import { EXAMPLE, exampleRequest, filledRequest, loadWith } from './fieldConditionsSupport';
import { repoRoot } from './helpers';

const messages = { required: (f: { label: string }) => `${f.label} is required`, notAnOption: (f: { label: string }) => `pick ${f.label}` };
const field = (id: string, extra: Partial<TemplateField> = {}): TemplateField => ({ id, label: `Label ${id}`, type: 'line', required: true, ...extra });
const template = (fields: TemplateField[]): Template => ({ id: 't', title: 'T', description: 'd', prefix: 't', teams: [], source: { page: 'p', section: 's' }, fields });

describe('field conditions: which fields apply', () => {
  const t = template([
    field('urgent', { type: 'choice', options: ['Yes', 'No'] }),
    field('deadline', { when: { field: 'urgent', equals: 'Yes' } }),
    field('why-late', { when: { field: 'deadline', filled: true } }),
    field('tier', { type: 'choice', options: ['Gold', { value: 'Silver', description: 'mid' }, 'Bronze'] }),
    field('manager', { when: { field: 'tier', in: ['Gold', 'Silver'] } }),
    field('note', { required: false, when: { field: 'tier', filled: false } }),
  ]);
  const ids = (values: Record<string, string>) => [...activeFieldIds(t, values)];

  it('equals, in and filled (true and false), values compared trimmed', () => {
    assert.deepEqual(ids({}), ['urgent', 'tier', 'note']);
    assert.deepEqual(ids({ urgent: ' Yes ', tier: 'Silver' }), ['urgent', 'deadline', 'tier', 'manager']);
    assert.deepEqual(ids({ urgent: 'No', tier: 'Bronze' }), ['urgent', 'tier']);
    assert.equal(conditionMet({ field: 'x', in: ['a', 'b'] }, 'b'), true);
    assert.equal(conditionMet({ field: 'x', equals: 'Yes' }, 'yes'), false);
  });

  it('a chain: a field whose controller is hidden is hidden, whatever the controller still holds', () => {
    assert.deepEqual(ids({ urgent: 'Yes', deadline: 'Friday' }), ['urgent', 'deadline', 'why-late', 'tier', 'note']);
    assert.deepEqual(ids({ urgent: 'No', deadline: 'Friday' }), ['urgent', 'tier', 'note'], 'deadline keeps its value but is hidden, and so is why-late');
  });

  it('only the fields that apply are required', () => {
    assert.deepEqual(missingRequired(t, {}).map((f) => f.id), ['urgent', 'tier']);
    assert.deepEqual(missingRequired(t, { urgent: 'Yes', tier: 'Gold' }).map((f) => f.id), ['deadline', 'manager']);
  });

  it('a cycle or an unknown field never applies (and never hangs)', () => {
    const broken = template([field('a', { when: { field: 'b', filled: true } }), field('b', { when: { field: 'a', filled: true } }), field('c', { when: { field: 'zz', filled: false } }), field('d')]);
    assert.deepEqual([...activeFieldIds(broken, { a: 'x', b: 'y' })], ['d']);
  });
});

/** Random templates: fields that may depend on earlier or later fields (cycles included), random values. */
const ID_POOL = ['f0', 'f1', 'f2', 'f3', 'f4', 'f5'];
const arbitraryTemplate = fc.integer({ min: 1, max: 6 }).chain((n) => {
  const ids = ID_POOL.slice(0, n);
  const condition = fc.oneof(
    fc.record({ field: fc.constantFrom(...ids, 'nope'), equals: fc.constantFrom('A', 'B') }),
    fc.record({ field: fc.constantFrom(...ids), in: fc.subarray(['A', 'B', 'C'], { minLength: 1 }) }),
    fc.record({ field: fc.constantFrom(...ids), filled: fc.boolean() }),
  );
  const fieldArb = (id: string) => fc.record({ required: fc.boolean(), when: fc.option(condition, { nil: undefined }), choice: fc.boolean() })
    .map(({ required, when, choice }) => field(id, { required, label: `Label ${id}`, ...(choice ? { type: 'choice' as const, options: ['A', 'B', 'C'] } : {}), ...(when ? { when } : {}) }));
  return fc.tuple(...ids.map(fieldArb)).map((fields) => template(fields));
});
const arbitraryValues = fc.dictionary(fc.constantFrom(...ID_POOL), fc.constantFrom('', 'A', 'B', 'C', ' A '));

describe('field conditions: property', () => {
  it('a field applies exactly when it has no condition, or its controller applies and meets it', () => {
    fc.assert(fc.property(arbitraryTemplate, arbitraryValues, (t, values) => {
      const active = activeFieldIds(t, values);
      // A fixpoint of the rule: every field agrees with its controller's answer.
      for (const f of t.fields) {
        if (!f.when) assert.ok(active.has(f.id));
        else if (active.has(f.id)) assert.ok(active.has(f.when.field) && conditionMet(f.when, values[f.when.field]), `${f.id} applies without its condition`);
        else assert.ok(!t.fields.some((c) => c.id === f.when!.field && active.has(c.id)) || !conditionMet(f.when, values[f.when.field]), `${f.id} should apply`);
      }
    }));
  });

  it('a field whose condition is unmet is never required, never a problem, never in the preview, the draft check or Slack', () => {
    fc.assert(fc.property(arbitraryTemplate, arbitraryValues, (t, given) => {
      let values: Record<string, string> = given;
      const active = activeFieldIds(t, values);
      const unmet = t.fields.filter((f) => f.when && !conditionMet(f.when, values[f.when.field]));
      for (const f of t.fields.filter((g) => !active.has(g.id))) values = { ...values, [f.id]: values[f.id] || 'typed' };
      const missing = new Set(missingRequired(t, values).map((f) => f.id));
      const errors = fieldErrors(t, values, messages);
      const view = composerView(t, values, messages);
      const slack = blockMessage(t, values, 'ctx');
      const sentText = slack.ok ? JSON.stringify(slack.message.blocks) : '';
      const variables = workflowVariables(t, values);
      const draft = renderTemplate(t, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, active.has(k) ? v : ''])), 'markdown');
      const warned = new Set(draftProblems(findDraftBlocks(draft, [t])).map((p) => p.field.id));
      for (const f of unmet) {
        assert.ok(!active.has(f.id));
        assert.ok(!missing.has(f.id) && !(f.id in errors) && !warned.has(f.id), `${f.id} is required while its condition is unmet`);
        assert.ok(view.hidden.includes(f.id));
        assert.ok(!view.preview.includes(`*Label ${f.id}:*`) && !sentText.includes(`*Label ${f.id}*`), `${f.id} is sent while its condition is unmet`);
        assert.equal(variables[f.id], '');
      }
    }));
  });
});

describe('field conditions: problems in the data, at their line', () => {
  const problemsOf = (fields: TemplateField[]) => fieldProblems(template(fields)).map((p) => `${p.fieldId} ${p.path.join('.')}`);

  it('unknown field, itself, a cycle, no test or two, equals/in not an option, default not an option, an option twice', () => {
    assert.deepEqual(problemsOf([field('a', { when: { field: 'zz', filled: true } })]), ['a when.field']);
    assert.deepEqual(problemsOf([field('a', { when: { field: 'a', filled: true } })]), ['a when.field']);
    assert.deepEqual(problemsOf([field('a', { when: { field: 'b', filled: true } }), field('b', { when: { field: 'a', filled: true } })]), ['a when.field', 'b when.field']);
    assert.deepEqual(problemsOf([field('a'), field('b', { when: { field: 'a' } }), field('c', { when: { field: 'a', filled: true, equals: 'x' } })]), ['b when', 'c when']);
    const choice = field('c', { type: 'choice', options: ['Yes', { value: 'No', description: 'not at all' }], default: 'Maybe' });
    assert.deepEqual(problemsOf([choice, field('d', { when: { field: 'c', equals: 'yes' } }), field('e', { when: { field: 'c', in: ['No', 'Nope'] } })]), ['c default', 'd when.equals', 'e when.in.1']);
    assert.deepEqual(problemsOf([field('c', { type: 'choice', options: ['A', { value: 'A' }] })]), ['c options.1']);
  });

  it('a team file: each problem at the line and column of the value to fix, the file not applied', () => {
    const yaml = [
      'templates:',
      '  - id: support-ticket-request',
      '    fieldChanges:',
      '      - id: time-sensitive',
      '        before: time-consideration',
      '        label: "Is there a time consideration?"',
      '        type: choice',
      '        required: true',
      '        default: "Maybe"',
      '        options: ["Yes", "No"]',
      '      - id: time-consideration',
      '        when: { field: time-sensitiv, equals: "Yes" }',
      '      - id: nothing-here',
      '        before: nowhere',
      '',
    ].join('\n');
    const loaded = loadWith({ 'team.yaml': yaml });
    const found = loaded.problems.get('team.yaml')!.map((p) => `${p.line}:${p.column} ${p.rule}`).sort();
    assert.deepEqual(found, ['12:24 field-condition', '13:13 field-changes', '9:18 field-condition']);
    assert.deepEqual(loaded.failed, ['team.yaml']);
    const request = loaded.handbook.templates.find((t) => t.id === 'support-ticket-request')!;
    assert.equal(request.fields.length, 7, 'the bundled template stays as it was');
  });
});

describe('fieldChanges: a new field without a required property', () => {
  it('is reported at that change, naming the field and the property', () => {
    const loaded = loadWith({ 'team.yaml': 'templates:\n  - id: support-ticket-request\n    fieldChanges:\n      - id: severity\n        type: line\n        required: true\n' });
    const [problem] = loaded.problems.get('team.yaml')!;
    assert.deepEqual([problem.line, problem.column, problem.rule], [4, 13, 'schema']);
    assert.match(problem.message, /the new field "severity" is missing "label"/);
  });
});

describe('field conditions: the README\'s worked example (a team file over the bundled template)', () => {
  it('adds a severity scale and a time-sensitive question, and the handbook\'s field gets its condition without being retyped', () => {
    const request = exampleRequest();
    assert.deepEqual(request.fields.map((f) => f.id), ['customer-name', 'issue-link', 'severity', 'ask', 'why', 'if-not', 'time-sensitive', 'time-consideration', 'anything-else']);
    const time = request.fields.find((f) => f.id === 'time-consideration')!;
    assert.equal(time.label, 'Is there a time consideration we need to be aware of, if so what is it and why?', 'the handbook\'s words stay');
    assert.deepEqual(time.when, { field: 'time-sensitive', equals: 'Yes' });
    assert.equal(time.required, true);
    assert.deepEqual(missingRequired(request, filledRequest({ 'time-sensitive': 'No' })), []);
    assert.deepEqual(missingRequired(request, filledRequest({ 'time-sensitive': 'Yes' })).map((f) => f.id), ['time-consideration']);
    assert.ok(!('fieldChanges' in request), 'the change is applied, not kept');
  });

  it('is the very file the README shows', () => {
    assert.ok(fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8').includes(`# .ce-playbook/our-team.yaml\n${EXAMPLE}\`\`\``));
  });
});
