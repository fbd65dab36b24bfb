/** Meaning checks of data files: calendar dates, unique ids at every level, field types, deceptive names. */
import assert from 'node:assert/strict';
import { loadHandbook } from '../../src/core/load/loadHandbook';
import { isCalendarDate } from '../../src/core/load/meaning';
import { bundledHandbook } from './helpers';

const bundled = bundledHandbook();
const problemsOf = (text: string) => {
  const result = loadHandbook(bundled, [{ key: 'k', label: 'a.yaml', bytes: Buffer.from(text) }]);
  return result.problems.get('k')!.map((p) => ({ rule: p.rule, at: `${p.line}:${p.column}`, message: p.message }));
};
const template = (field: string) => `templates:\n  - id: support-ticket-context\n    fields:\n      ${field}\n`;

const CASES: Array<[string, string, string, string, RegExp]> = [
  ['Feb 30', 'meetings:\n  - id: ce-team-meeting\n    cadence: { referenceDate: "2026-02-30" }\n', 'invalid-date', '3:31', /"2026-02-30", which is not a date on the calendar/],
  ['month 13', 'meetings:\n  - id: ce-team-meeting\n    cadence: { referenceDate: "2026-13-01" }\n', 'schema', '3:31', /does not have the expected form/],
  ['Feb 29 of a common year', 'meetings:\n  - id: ce-team-meeting\n    cadence: { referenceDate: "2027-02-29" }\n', 'invalid-date', '3:31', /not a date on the calendar/],
  ['duplicate step ids', 'procedures:\n  - id: out-of-office\n    steps:\n      - { id: a, text: x }\n      - { id: a, text: y }\n', 'duplicate-id', '5:15', /two steps with the id "a" \(first at procedures\[0\]\.steps\[0\]\)/],
  ['duplicate route ids', 'teams:\n  - id: sales\n    routes:\n      - { id: r, text: x }\n      - { id: r, text: y }\n', 'duplicate-id', '5:15', /two routes with the id "r"/],
  ['duplicate field ids', template('- { id: f, label: A, type: line, required: true }\n      - { id: f, label: B, type: line, required: true }'), 'duplicate-id', '5:15', /two fields with the id "f"/],
  ['duplicate options', template('- { id: f, label: A, type: choice, required: true, options: [a, a] }'), 'duplicate-id', '4:71', /lists the option "a" twice/],
  ['duplicate answers', 'guides:\n  - id: customer-issue\n    nodes:\n      - id: n\n        question: Q\n        answers: [{ label: A, next: n }, { label: A, next: n }]\n', 'duplicate-id', '6:51', /two answers with the label "A"/],
  ['duplicate guide nodes', 'guides:\n  - id: customer-issue\n    nodes:\n      - { id: n, outcome: x }\n      - { id: n, outcome: y }\n', 'duplicate-id', '5:15', /two nodes with the id "n"/],
  ['a choice without options', template('- { id: f, label: A, type: choice, required: true }'), 'field-type', '4:34', /is a choice but has no "options"/],
  ['options on a line field', template('- { id: f, label: A, type: line, required: true, options: [a, b] }'), 'field-type', '4:56', /has "options" but its type is "line"/],
  ['a bidi override in a name', 'teams:\n  - id: sales\n    name: "Sal\\u202Ees"\n', 'deceptive-text', '3:11', /bidirectional text control \(U\+202E\) at character 4/],
  ['a zero-width space in a title', 'templates:\n  - id: support-ticket-context\n    title: "Support\u200bTicket"\n', 'deceptive-text', '3:12', /zero-width character \(U\+200B\)/],
  ['a control character in a label', template('- { id: f, label: "A\\u0007", type: line, required: true }'), 'deceptive-text', '4:25', /control character \(U\+0007\)/],
];

describe('meaning checks of data files', () => {
  for (const [name, text, rule, at, message] of CASES) {
    it(`${name}: ${rule} at ${at}`, () => {
      const [problem, ...rest] = problemsOf(text);
      assert.deepEqual(rest, []);
      assert.deepEqual([problem.rule, problem.at], [rule, at]);
      assert.match(problem.message, message);
    });
  }
  it('accepts real dates, unique ids, choices with options and plain names', () => {
    assert.deepEqual(problemsOf('meetings:\n  - id: ce-team-meeting\n    cadence: { referenceDate: "2028-02-29" }\n'), []);
    assert.deepEqual(problemsOf(template('- { id: f, label: "Ünïcode — fine", type: choice, required: true, options: [a, b] }')), []);
  });
});

describe('calendar dates', () => {
  it('accepts days that exist and refuses the rest', () => {
    for (const d of ['2026-01-31', '2028-02-29', '2000-02-29', '0050-06-15', '9999-12-31']) assert.ok(isCalendarDate(d), d);
    for (const d of ['2026-02-30', '2027-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-4-1', '26-04-01', '2026-04-01T00:00']) assert.ok(!isCalendarDate(d), d);
  });
});
