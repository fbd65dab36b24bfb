/**
 * Shapes of data file under the size limit that once kept the extension host's thread busy for
 * tens of seconds or more: a map of 60,000 keys (the duplicate-key check compared each key with every
 * earlier one) and 100,000 aliases (each alias was looked up by walking the whole document). Each
 * must now be checked well within mocha's timeout, with the same positioned problem, while the
 * other files still load.
 */
import assert from 'node:assert/strict';
import { loadHandbook, type DataFileInput } from '../../src/model/load/loadHandbook';
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

describe('Data files of hostile shape under the size limit', () => {
  it('reports duplicate keys in a 60,000-key map where they stand, as equal as YAML has them, and loads the other file', () => {
    // Lines 1-3 open the map; 60,000 keys follow; then "1" (text), 1, 0x1 (the number 1 again) and k0 again.
    const text = `teams:\n  - id: a\n    x:\n${keys(60000, '      ')}      "1": q\n      1: y\n      0x1: z\n      k0: again\n`;
    const result = loadHandbook(bundledHandbook(), [input('big.yaml', text), input('good.yaml', GOOD_TEAM)]);
    const problems = result.problems.get('file:///ws/big.yaml')!;
    assert.deepEqual(problems.map((p) => [p.rule, p.line, p.column]), [['yaml-duplicate-key', 60006, 7], ['yaml-duplicate-key', 60007, 7]]);
    assert.match(problems[0].message, /Map keys must be unique/);
    assert.deepEqual(result.failed, ['file:///ws/big.yaml']);
    assert.ok(result.handbook.teams.some((t) => t.id === 'partnerships'), 'the good file is loaded');
  });

  it('reports unknown keys of a 60,000-key map at the first one', () => {
    const problems = loadHandbook(bundledHandbook(), [input('keys.yaml', keys(60000, ''))]).problems.get('file:///ws/keys.yaml')!;
    assert.equal(problems[0].rule, 'schema');
    assert.deepEqual([problems[0].line, problems[0].column], [1, 1]);
    assert.match(problems[0].message, /Unknown property "k0"/);
  });

  it('refuses a file with 100,000 aliases at the first alias over the limit', () => {
    const text = `teams:\n  - &team v\n${Array.from({ length: 100000 }, () => '  - *team\n').join('')}`;
    const problems = loadHandbook(bundledHandbook(), [input('aliases.yaml', text)]).problems.get('file:///ws/aliases.yaml')!;
    assert.equal(problems.length, 1);
    // Line 3 holds the first alias, so alias 1,001 is on line 1,003.
    assert.deepEqual([problems[0].rule, problems[0].line, problems[0].column], ['yaml-aliases', 1003, 5]);
    assert.match(problems[0].message, /more than 1000 aliases.*Write the values out/);
  });

  it('still finds an alias inside the node it refers to among 60,000 anchors and 999 aliases', () => {
    const anchors = Array.from({ length: 60000 }, (_, i) => `  - &a${i} v\n`).join('');
    const aliases = Array.from({ length: 999 }, (_, i) => `  - *a${i * 60}\n`).join('');
    const text = `x:\n${anchors}${aliases}  - &loop { b: *loop }\n`;
    const problems = loadHandbook(bundledHandbook(), [input('anchors.yaml', text)]).problems.get('file:///ws/anchors.yaml')!;
    assert.deepEqual(problems.map((p) => [p.rule, p.line, p.column]), [['yaml-recursive-alias', 61001, 16]]);
  });
});
