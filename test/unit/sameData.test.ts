import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sameData } from '../../src/features/whatChanged/model/sameData';
import { diffData, isEmptyDiff } from '../../src/features/whatChanged/model/dataDiff';
import { parseDataFile } from '../../src/core/load/loadHandbook';
import { mergeLayers, type Layer } from '../../src/core/load/merge';
import type { HandbookFile } from '../../src/core/schema/schema';
import { bundledHandbook } from './helpers';

describe('sameData (plain data equality, key order aside)', () => {
  it('tells equal data from different data', () => {
    assert.equal(sameData({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }), true, 'key order does not count');
    assert.equal(sameData({ a: 1 }, { a: 1, b: undefined }), false, 'a key more');
    assert.equal(sameData({ a: [1, 2] }, { a: [2, 1] }), false, 'array order counts');
    assert.equal(sameData({ a: [] }, { a: {} }), false, 'an array is not an object');
    assert.equal(sameData({ a: null }, { a: {} }), false);
    assert.equal(sameData('1', 1), false);
    assert.equal(sameData(-0, 0), false, 'numbers as Object.is compares them (the handbook holds none)');
  });

  it('agrees with a JSON round trip on generated data (2,000 pairs)', () => {
    // Data as JSON holds it (JSON has no -0; numbers are compared with Object.is).
    const value = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
    fc.assert(fc.property(value, value, fc.boolean(), (a, b, same) => {
      const right = same ? JSON.parse(JSON.stringify(a)) : b;
      const sorted = (v: unknown): unknown => (Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, w]) => [k, sorted(w)])) : v);
      assert.equal(sameData(a, right), JSON.stringify(sorted(a)) === JSON.stringify(sorted(right)));
    }), { numRuns: 2000 });
  });

  it('a handbook merged from layers (a file patching nested fields) is the same data as its JSON copy: the merge makes no null-prototype object', () => {
    // Node's deep strict equality compares prototypes; what was seen is read back with JSON.parse.
    assert.equal(sameData(Object.assign(Object.create(null) as object, { a: 1 }), { a: 1 }), false, 'a null-prototype object is not plain data');
    const bundled: Layer = { name: 'bundled', parsed: { file: 'bundled', value: bundledHandbook() as unknown as HandbookFile, problems: [], locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) } };
    const yaml = 'teams:\n  - id: sales\n    valueToTeam:\n      text: Changed by the team.\n';
    const team: Layer = { name: 'file:///ws/team.yaml', parsed: parseDataFile({ key: 'file:///ws/team.yaml', label: 'team.yaml', bytes: Buffer.from(yaml) }) };
    const { handbook, problems } = mergeLayers([bundled, team]);
    assert.deepEqual(problems, []);
    assert.equal(handbook.teams.find((t) => t.id === 'sales')!.valueToTeam.text, 'Changed by the team.');
    assert.equal(sameData(handbook, JSON.parse(JSON.stringify(handbook))), true);
  });

  it('the diff skips only entries that are the same: one changed field among equal entries is still found', () => {
    const entry = (id: string, text: string) => ({ id, name: id, valueToTeam: { label: 'L', text } });
    const before = { teams: [entry('a', 'x'), entry('b', 'y')] };
    const after = { teams: [entry('a', 'x'), entry('b', 'z')] };
    const diff = diffData(before as never, after as never);
    assert.deepEqual(diff.changed.map((c) => [c.id, c.field, c.old, c.new]), [['b', 'valueToTeam.text', 'y', 'z']]);
    assert.equal(isEmptyDiff(diffData(before as never, structuredClone(before) as never)), true);
  });
});
