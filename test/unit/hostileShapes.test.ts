/**
 * Shapes of data file under the size limit that once kept the extension host's thread busy for
 * tens of seconds or more: a map of 60,000 keys (the duplicate-key check compared each key with every
 * earlier one) and 100,000 aliases (each alias was looked up by walking the whole document). A file
 * of more than 50,000 lines and commas is now refused before parsing, at the line or comma past the
 * limit; under it, each problem is still found where it stands, and the other files still load.
 */
import assert from 'node:assert/strict';
import { generateFiles } from '../../bench/scale/generate';
import { checkDataFile, checkWithDocumentPath } from '../../src/core/load/checkFile';
import { loadHandbook, type DataFileInput } from '../../src/core/load/loadHandbook';
import { bundledHandbook } from './helpers';

const input = (name: string, text: string): DataFileInput => ({ key: `file:///ws/${name}`, label: name, bytes: Buffer.from(text) });
const GOOD_TEAM = `teams:
  - id: partnerships
    name: "Partnerships"
    source: { page: team-culture, section: "How we intersect other teams" }
    valueToTeam: { label: "How CE adds value to partnerships", text: "We help." }
    valueToCe: { label: "How partnerships adds value to CE", text: "They help." }
    collaboration: { label: "Collaboration overview", text: "Together." }
`;
const keys = (count: number, indent: string) => Array.from({ length: count }, (_, i) => `${indent}k${i}: 1\n`).join('');

const byPaths = (text: string) => {
  const bytes = Buffer.from(text);
  const fast = checkDataFile('f.yaml', bytes);
  assert.deepEqual(fast.problems, checkWithDocumentPath('f.yaml', bytes).problems, 'both paths give the same answer');
  return fast.problems;
};
const ENTRY_LIMIT = /more than 50,000 lines and commas .*is number 50,001\. Split the file into smaller files\./;

describe('Data files of hostile shape under the size limit', function () {
  // Each file is read by both paths; no timing is asserted (`npm run bench -- --only scale` measures).
  this.timeout(60_000);

  it('refuses a 60,000-key map before parsing it, at line 50,001, and loads the other file', () => {
    const result = loadHandbook(bundledHandbook(), [input('big.yaml', `teams:\n  - id: a\n    x:\n${keys(60000, '      ')}`), input('good.yaml', GOOD_TEAM)]);
    const problems = result.problems.get('file:///ws/big.yaml')!;
    assert.deepEqual(problems.map((p) => [p.rule, p.line, p.column]), [['too-many-entries', 50001, 1]]);
    assert.match(problems[0].message, /^The file has more than 50,000 lines and commas \(each can start a key, a list item or an alias\), too many to check quickly\. This line is number 50,001\. Split the file into smaller files\.$/);
    assert.deepEqual(result.failed, ['file:///ws/big.yaml']);
    assert.ok(result.handbook.teams.some((t) => t.id === 'partnerships'), 'the good file is loaded');
  });

  it('counts line breaks and commas together: 50,000 are read, one more is refused at that comma, on both paths', () => {
    // 25,000 lines of `- [1, 1]`: a line break and a comma each, 50,000 in all.
    const rows = (n: number) => `teams:\n${Array.from({ length: n }, () => '  - [1, 1]\n').join('')}`;
    assert.equal(byPaths(rows(24999) + '  - [1]\n')[0].rule, 'schema', 'the limit itself is allowed');
    const problems = byPaths(rows(24999) + '  - [1, 1, 1]\n');
    assert.deepEqual(problems.map((p) => [p.rule, p.line, p.column]), [['too-many-entries', 25001, 10]]);
    assert.match(problems[0].message, /This comma is number 50,001/);
  });

  it('refuses one line of 1 MB with 200,000 items at the comma past the limit', () => {
    const text = `teams: [${Array.from({ length: 200000 }, (_, i) => i % 1000).join(',')}`.slice(0, 1000000) + ']\n';
    const problems = byPaths(text);
    assert.deepEqual(problems.map((p) => p.rule), ['too-many-entries']);
    assert.equal(problems[0].line, 1);
    assert.equal(text[problems[0].column - 1], ',');
    assert.equal(text.slice(0, problems[0].column).split(',').length - 1, 50001);
    assert.match(problems[0].message, ENTRY_LIMIT);
  });

  it('reports duplicate keys in a 49,990-key map where they stand, as equal as YAML has them', () => {
    // Lines 1-3 open the map; 49,990 keys follow; then "1" (text), 1, 0x1 (the number 1 again) and k0 again.
    const text = `teams:\n  - id: a\n    x:\n${keys(49990, '      ')}      "1": q\n      1: y\n      0x1: z\n      k0: again\n`;
    const problems = byPaths(text);
    assert.deepEqual(problems.map((p) => [p.rule, p.line, p.column]), [['yaml-duplicate-key', 49996, 7], ['yaml-duplicate-key', 49997, 7]]);
    assert.match(problems[0].message, /Map keys must be unique/);
  });

  it('reports unknown keys of a 49,999-key map at the first one', () => {
    const problems = loadHandbook(bundledHandbook(), [input('keys.yaml', keys(49999, ''))]).problems.get('file:///ws/keys.yaml')!;
    assert.equal(problems[0].rule, 'schema');
    assert.deepEqual([problems[0].line, problems[0].column], [1, 1]);
    assert.match(problems[0].message, /Unknown property "k0"/);
  });

  it('refuses 100,000 aliases before parsing, and 40,000 at the first alias over the alias limit', () => {
    const aliases = (n: number) => `teams:\n  - &team v\n${Array.from({ length: n }, () => '  - *team\n').join('')}`;
    assert.deepEqual(byPaths(aliases(100000)).map((p) => [p.rule, p.line, p.column]), [['too-many-entries', 50001, 1]]);
    const problems = byPaths(aliases(40000));
    assert.equal(problems.length, 1);
    // Line 3 holds the first alias, so alias 1,001 is on line 1,003.
    assert.deepEqual([problems[0].rule, problems[0].line, problems[0].column], ['yaml-aliases', 1003, 5]);
    assert.match(problems[0].message, /more than 1000 aliases.*Write the values out/);
  });

  it('still finds an alias inside the node it refers to among 48,000 anchors and 999 aliases', () => {
    const anchors = Array.from({ length: 48000 }, (_, i) => `  - &a${i} v\n`).join('');
    const aliases = Array.from({ length: 999 }, (_, i) => `  - *a${i * 48}\n`).join('');
    const text = `x:\n${anchors}${aliases}  - &loop { b: *loop }\n`;
    const problems = loadHandbook(bundledHandbook(), [input('anchors.yaml', text)]).problems.get('file:///ws/anchors.yaml')!;
    assert.deepEqual(problems.map((p) => [p.rule, p.line, p.column]), [['yaml-recursive-alias', 49001, 16]]);
  });

  it('refuses 100,000 compact sequences on one line (`- - - x`) at the 65th, as too deep, on both paths', () => {
    const problems = byPaths(`${'- '.repeat(100000)}x\n`);
    assert.deepEqual(problems.map((p) => [p.rule, p.line, p.column]), [['too-deep', 1, 129]]);
    assert.match(problems[0].message, /nested more than 64 levels deep here\. Flatten the structure\./);
    assert.deepEqual(byPaths(`teams:\n  - ${'- '.repeat(63)}x\n`).map((p) => p.rule), ['too-deep'], '1 map + 64 sequences + ... is 65 levels');
    assert.notEqual(byPaths(`teams:\n  - ${'- '.repeat(62)}x\n`)[0]?.rule, 'too-deep', '64 levels are allowed');
    assert.deepEqual(byPaths(`${'? '.repeat(100000)}x\n`).map((p) => [p.rule, p.line, p.column]), [['too-deep', 1, 129]], 'explicit keys nest the same way');
  });

  it('reads a realistic file of 1 MB (1,500 teams with texts, as the benchmark generates them) well under the entry limit', () => {
    const files = generateFiles(1500, bundledHandbook(), 1000 * 1000);
    const size = Buffer.byteLength(files[0].text);
    assert.ok(size > 950 * 1000 && size <= 1024 * 1024, `the first file is ${size} bytes`);
    assert.deepEqual(byPaths(files[0].text), []);
    const counted = files[0].text.split('\n').length - 1 + files[0].text.split(',').length - 1;
    assert.ok(counted < 50000 / 2, `${counted} lines and commas in 1 MB`);
  });
});
