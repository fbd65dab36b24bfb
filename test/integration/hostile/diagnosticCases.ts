/**
 * The hostile-file table, part 1: files whose right outcome is a positioned problem. Each case is
 * a set of files written to `.ce-playbook/` (a case may run after the one before it, to test what
 * a file's last good version does), and every diagnostic expected on them: file, line, column (as
 * the Problems panel shows them, 1-based) and rule. No vscode import: plain data and generators.
 */
export interface ExpectedProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message?: RegExp;
}

export interface DiagnosticCase {
  name: string;
  /** File name in `.ce-playbook/` → content; `null` deletes the file. Files of earlier cases are deleted unless `keep`. */
  files: Record<string, string | Uint8Array | null>;
  keep?: boolean;
  problems: ExpectedProblem[];
  /** Entries (collection/id) that must be shown afterwards, e.g. a stale file's last good version. */
  shows?: string[];
}

const team = (extra: string) => `teams:\n  - id: sales\n${extra}`;
const enc = (s: string) => new TextEncoder().encode(s);
const template = (field: string) => `templates:\n  - id: support-ticket-context\n    fields:\n      ${field}\n`;
const linkIn = (markdown: string) => team(`    valueToCe: { text: ${JSON.stringify(markdown)} }\n`);

/** A guide of `n` questions in a row (about 100 bytes each), the last answer looping back to the start. */
export function largeGuide(n: number): string {
  const rows = ['guides:', '  - id: customer-issue', '    start: n0', '    nodes:'];
  for (let i = 0; i < n; i++) rows.push(`      - { id: n${i}, question: "Question ${i}?", answers: [{ label: Next, next: n${i + 1} }, { label: Out, next: done }] }`);
  rows.push(`      - { id: n${n}, question: "Last?", answers: [{ label: Again, next: n0 }, { label: Out, next: done }] }`, '      - { id: done, outcome: collaborate }');
  return rows.join('\n') + '\n';
}

const BAD_UTF8 = new Uint8Array([...enc('teams:\n  - id: sales\n    name: "Sa'), 0xff, ...enc('les"\n')]);

export const DIAGNOSTIC_CASES: DiagnosticCase[] = [
  // Crashes that must be diagnostics.
  { name: '100,000 nested [ on line 3', files: { 'deep.yaml': `teams:\n  - id: sales\n    name: ${'['.repeat(100_000)}` }, problems: [{ file: 'deep.yaml', line: 3, column: 75, rule: 'too-deep', message: /nested more than 64 levels/ }] },
  { name: '100,000 compact sequences (- - - x) on line 2', files: { 'deep.yaml': `teams:\n  - ${'- '.repeat(100_000)}x\n` }, problems: [{ file: 'deep.yaml', line: 2, column: 129, rule: 'too-deep', message: /nested more than 64 levels/ }] },
  { name: 'flow nesting on the first line', files: { 'deep.yaml': `teams: ${'{a: '.repeat(70)}` }, problems: [{ file: 'deep.yaml', line: 1, column: 264, rule: 'too-deep' }] },
  { name: 'block nesting 70 levels deep', files: { 'deep.yaml': 'teams:\n' + Array.from({ length: 70 }, (_, i) => `${' '.repeat(2 * i + 2)}- k${i}:`).join('\n') + ' x\n' }, problems: [{ file: 'deep.yaml', line: 65, column: 129, rule: 'too-deep' }] },
  { name: 'a guide of 2,000 questions with a loop (iterative, linear check)', files: { 'guide.yaml': largeGuide(2000) }, problems: [{ file: 'guide.yaml', line: 2005, column: 73, rule: 'guide', message: /leads back to an earlier question.*n0 → n1 → .*…/ }] },
  { name: 'a map of 60,000 keys, refused before parsing', files: { 'keys.yaml': Array.from({ length: 60000 }, (_, i) => `k${i}: 1\n`).join('') }, problems: [{ file: 'keys.yaml', line: 50001, column: 1, rule: 'too-many-entries', message: /more than 50,000 lines and commas/ }] },
  { name: 'a file over 1 MB', files: { 'big.yaml': `# ${'x'.repeat(1024 * 1024)}\n` }, problems: [{ file: 'big.yaml', line: 1, column: 1, rule: 'file-too-large' }] },
  { name: 'an alias bomb', files: { 'bomb.yaml': 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n' }, problems: [{ file: 'bomb.yaml', line: 1, column: 1, rule: 'yaml-aliases' }] },
  // Two files good together; then one breaks and the other is deleted: blame the stale one, on its own file.
  { name: 'two files that fit together', files: { 'hide.yaml': 'procedures:\n  - id: engage-support\n    hidden: true\n', 'own.yaml': 'procedures:\n  - id: own-proc\n    title: Own\n    source: { page: team-culture, section: S }\n    ordered: false\n    steps: [{ id: s1, text: x }]\nguides:\n  - id: customer-issue\n    procedure: own-proc\n    start: n\n    nodes: [{ id: n, outcome: s1 }]\n' }, problems: [], shows: ['procedures/own-proc'] },
  { name: 'one breaks, the other is deleted: the stale last good version is blamed on its file', keep: true, files: { 'hide.yaml': 'procedures:\n  - id: engage-support\n    hidden: true\n  - [\n', 'own.yaml': null }, problems: [{ file: 'hide.yaml', line: 1, column: 1, rule: 'hidden-needed', message: /last good version of this file no longer fits.*"engage-support" is hidden here/ }, { file: 'hide.yaml', line: 5, column: 1, rule: 'yaml-bad-indent' }].sort((a, b) => a.line - b.line), shows: ['procedures/engage-support'] },
  { name: 'the next good save recovers', keep: true, files: { 'hide.yaml': 'teams:\n  - id: sales\n    name: "Sales (recovered)"\n' }, problems: [], shows: ['teams/sales'] },
  { name: 'a file that loads', files: { 'page.yaml': 'sources:\n  - id: extra-page\n    title: Extra\n    revision: later\n' }, problems: [], shows: ['sources/extra-page'] },
  { name: 'the same file broken: its last good version stays on screen', keep: true, files: { 'page.yaml': 'sources:\n  - id: extra-page\n    title: "Extra\n' }, problems: [{ file: 'page.yaml', line: 4, column: 1, rule: 'yaml-missing-char' }], shows: ['sources/extra-page'] },
  // Positions where the mistake is.
  { name: 'a line indented too far', files: { 'indent.yaml': team('    name: X\n     valueToTeam: { text: y }\n') }, problems: [{ file: 'indent.yaml', line: 4, column: 6, rule: 'yaml-block-as-implicit-key', message: /Check the indentation of this line/ }] },
  { name: 'a mapping key indented too little', files: { 'indent.yaml': team('    name: X\n  valueToTeam: { text: y }\n') }, problems: [{ file: 'indent.yaml', line: 4, column: 3, rule: 'yaml-bad-indent' }] },
  { name: 'a nested key indented one space too far', files: { 'indent.yaml': team('    valueToTeam:\n      text: a\n        label: b\n') }, problems: [{ file: 'indent.yaml', line: 5, column: 9, rule: 'yaml-block-as-implicit-key' }] },
  { name: 'a sequence item out of line', files: { 'indent.yaml': 'teams:\n- id: sales\n  name: X\n - id: product\n' }, problems: [{ file: 'indent.yaml', line: 4, column: 2, rule: 'yaml-bad-indent' }] },
  { name: 'lone CR line endings', files: { 'cr.yaml': 'teams:\r  - id: sales\r    nmae: X\r' }, problems: [{ file: 'cr.yaml', line: 3, column: 5, rule: 'schema', message: /Unknown property "nmae"/ }] },
  { name: 'CRLF line endings', files: { 'crlf.yaml': 'teams:\r\n  - id: sales\r\n\r\n    colour: red\r\n' }, problems: [{ file: 'crlf.yaml', line: 4, column: 5, rule: 'schema' }] },
  { name: 'a byte order mark', files: { 'bom.yaml': '\ufeffteams:\n  - id: sales\n    nmae: X\n' }, problems: [{ file: 'bom.yaml', line: 3, column: 5, rule: 'schema' }] },
  { name: 'hiding a procedure a guide needs: at the hidden: line', files: { 'hide.yaml': 'procedures:\n  - id: engage-support\n    hidden: true\n' }, problems: [{ file: 'hide.yaml', line: 3, column: 5, rule: 'hidden-needed', message: /"engage-support" is hidden here, but the guide "customer-issue" needs it/ }] },
  // Meaning, not only form.
  { name: 'a reference date of Feb 30', files: { 'date.yaml': 'meetings:\n  - id: ce-team-meeting\n    cadence: { referenceDate: "2026-02-30" }\n' }, problems: [{ file: 'date.yaml', line: 3, column: 31, rule: 'invalid-date' }] },
  { name: 'a reference date in month 13', files: { 'date.yaml': 'meetings:\n  - id: ce-team-meeting\n    cadence: { referenceDate: "2026-13-01" }\n' }, problems: [{ file: 'date.yaml', line: 3, column: 31, rule: 'schema' }] },
  { name: 'two steps with one id', files: { 'ids.yaml': 'procedures:\n  - id: out-of-office\n    steps:\n      - { id: a, text: x }\n      - { id: a, text: y }\n' }, problems: [{ file: 'ids.yaml', line: 5, column: 15, rule: 'duplicate-id' }] },
  { name: 'two routes with one id', files: { 'ids.yaml': team('    routes:\n      - { id: r, text: x }\n      - { id: r, text: y }\n') }, problems: [{ file: 'ids.yaml', line: 5, column: 15, rule: 'duplicate-id' }] },
  { name: 'two fields with one id', files: { 'ids.yaml': template('- { id: f, label: A, type: line, required: true }\n      - { id: f, label: B, type: line, required: true }') }, problems: [{ file: 'ids.yaml', line: 5, column: 15, rule: 'duplicate-id' }] },
  { name: 'an option listed twice', files: { 'ids.yaml': template('- { id: f, label: A, type: choice, required: true, options: [a, a] }') }, problems: [{ file: 'ids.yaml', line: 4, column: 71, rule: 'duplicate-id' }] },
  { name: 'two answers with one label', files: { 'ids.yaml': 'guides:\n  - id: customer-issue\n    nodes:\n      - id: n\n        question: Q\n        answers: [{ label: A, next: n }, { label: A, next: n }]\n' }, problems: [{ file: 'ids.yaml', line: 6, column: 51, rule: 'duplicate-id' }] },
  { name: 'two guide nodes with one id', files: { 'ids.yaml': 'guides:\n  - id: customer-issue\n    nodes:\n      - { id: n, outcome: x }\n      - { id: n, outcome: y }\n' }, problems: [{ file: 'ids.yaml', line: 5, column: 15, rule: 'duplicate-id' }] },
  { name: 'two top-level entries with one id', files: { 'ids.yaml': 'channels:\n  - id: ce\n    description: a\n  - id: ce\n    description: b\n' }, problems: [{ file: 'ids.yaml', line: 4, column: 9, rule: 'duplicate-id' }] },
  { name: 'a choice field without options', files: { 'field.yaml': template('- { id: f, label: A, type: choice, required: true }') }, problems: [{ file: 'field.yaml', line: 4, column: 34, rule: 'field-type' }] },
  { name: 'options on a line field', files: { 'field.yaml': template('- { id: f, label: A, type: line, required: true, options: [a, b] }') }, problems: [{ file: 'field.yaml', line: 4, column: 56, rule: 'field-type' }] },
  { name: 'a bidi override in a team name', files: { 'name.yaml': team('    name: "Sal\\u202Ees"\n') }, problems: [{ file: 'name.yaml', line: 3, column: 11, rule: 'deceptive-text', message: /U\+202E/ }] },
  { name: 'a zero-width space in a template title', files: { 'name.yaml': 'templates:\n  - id: support-ticket-context\n    title: "Support\u200bTicket"\n' }, problems: [{ file: 'name.yaml', line: 3, column: 12, rule: 'deceptive-text', message: /U\+200B/ }] },
  { name: 'a control character in a field label', files: { 'name.yaml': template('- { id: f, label: "A\\u0007", type: line, required: true }') }, problems: [{ file: 'name.yaml', line: 4, column: 25, rule: 'deceptive-text' }] },
  // Unsafe links, in every spelling.
  { name: 'a javascript: link', files: { 'link.yaml': linkIn('[a](javascript:alert(1))') }, problems: [{ file: 'link.yaml', line: 3, column: 24, rule: 'unsafe-link' }] },
  { name: 'an entity in the scheme', files: { 'link.yaml': linkIn('[a](jav&#x61;script:alert(1))') }, problems: [{ file: 'link.yaml', line: 3, column: 24, rule: 'unsafe-link' }] },
  { name: 'an entity for the colon', files: { 'link.yaml': linkIn('[a](javascript&colon;alert(1))') }, problems: [{ file: 'link.yaml', line: 3, column: 24, rule: 'unsafe-link' }] },
  { name: 'a percent-escape in the scheme', files: { 'link.yaml': linkIn('[a](java%73cript:x)') }, problems: [{ file: 'link.yaml', line: 3, column: 24, rule: 'unsafe-link' }] },
  { name: 'a zero-width space in the scheme', files: { 'link.yaml': linkIn('[a](java\u200bscript:x)') }, problems: [{ file: 'link.yaml', line: 3, column: 24, rule: 'unsafe-link' }] },
  { name: 'upper case', files: { 'link.yaml': linkIn('[a](JAVASCRIPT:x)') }, problems: [{ file: 'link.yaml', line: 3, column: 24, rule: 'unsafe-link' }] },
  { name: 'a reference definition inside a quote', files: { 'link.yaml': linkIn('[a][r]\n\n> [r]: javascript:alert(1)') }, problems: [{ file: 'link.yaml', line: 3, column: 24, rule: 'unsafe-link' }] },
  { name: 'a reference definition inside a list', files: { 'link.yaml': linkIn('- [r]: vbscript:x\n\n[a][r]') }, problems: [{ file: 'link.yaml', line: 3, column: 24, rule: 'unsafe-link' }] },
  { name: 'escaped brackets', files: { 'link.yaml': linkIn('\\[a\\](data:text/html,x)') }, problems: [{ file: 'link.yaml', line: 3, column: 24, rule: 'unsafe-link' }] },
  { name: 'an autolink', files: { 'link.yaml': linkIn('<vbscript:msgbox>') }, problems: [{ file: 'link.yaml', line: 3, column: 24, rule: 'unsafe-link' }] },
  { name: 'an http: image', files: { 'link.yaml': linkIn('![pixel](http://tracker.example/p.png)') }, problems: [{ file: 'link.yaml', line: 3, column: 24, rule: 'unsafe-link' }] },
  { name: 'a protocol-relative link', files: { 'link.yaml': linkIn('[a](//evil.example/x)') }, problems: [{ file: 'link.yaml', line: 3, column: 24, rule: 'unsafe-link' }] },
  { name: 'a command: link in a step', files: { 'link.yaml': 'procedures:\n  - id: out-of-office\n    steps:\n      - { id: s, text: "[run](command:workbench.action.reloadWindow)" }\n' }, problems: [{ file: 'link.yaml', line: 4, column: 24, rule: 'unsafe-link' }] },
  // Already handled before: syntax, encoding, limits, pollution, references.
  { name: 'an unclosed quote', files: { 'syntax.yaml': team('    name: "Sales\n') }, problems: [{ file: 'syntax.yaml', line: 4, column: 1, rule: 'yaml-missing-char' }] },
  { name: 'a duplicate key', files: { 'syntax.yaml': team('    name: A\n    name: B\n') }, problems: [{ file: 'syntax.yaml', line: 4, column: 5, rule: 'yaml-duplicate-key' }] },
  { name: 'invalid UTF-8', files: { 'utf8.yaml': BAD_UTF8 }, problems: [{ file: 'utf8.yaml', line: 3, column: 14, rule: 'invalid-utf8' }] },
  { name: 'an empty file', files: { 'empty.yaml': '' }, problems: [{ file: 'empty.yaml', line: 1, column: 1, rule: 'empty-file' }] },
  { name: 'only a comment', files: { 'empty.yaml': '# nothing yet\n' }, problems: [{ file: 'empty.yaml', line: 1, column: 1, rule: 'empty-file' }] },
  { name: 'a list where a mapping belongs', files: { 'shape.yaml': 'teams:\n  - [sales]\n' }, problems: [{ file: 'shape.yaml', line: 2, column: 5, rule: 'schema' }] },
  { name: 'an unknown property', files: { 'shape.yaml': team('    nmae: Sales\n') }, problems: [{ file: 'shape.yaml', line: 3, column: 5, rule: 'schema' }] },
  { name: 'a wrong enum value', files: { 'shape.yaml': 'meetings:\n  - id: ce-team-meeting\n    cadence: { frequency: fortnightly }\n' }, problems: [{ file: 'shape.yaml', line: 3, column: 27, rule: 'schema' }] },
  { name: '__proto__ and constructor keys', files: { 'proto.yaml': '__proto__: { polluted: true }\nteams:\n  - id: sales\n    constructor: { prototype: { polluted: true } }\n' }, problems: [{ file: 'proto.yaml', line: 1, column: 1, rule: 'schema' }, { file: 'proto.yaml', line: 4, column: 5, rule: 'schema' }] },
  { name: 'a reference to nothing', files: { 'ref.yaml': 'channels:\n  - id: ce\n    teams: [no-such-team]\n' }, problems: [{ file: 'ref.yaml', line: 3, column: 13, rule: 'unknown-reference' }] },
  { name: 'a new entry missing required fields', files: { 'new.yaml': 'channels:\n  - id: new-channel\n    description: x\n' }, problems: ['name', 'teams', 'source'].map(() => ({ file: 'new.yaml', line: 2, column: 5, rule: 'schema' })) },
];
