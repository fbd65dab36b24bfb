import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sameData } from '../../src/features/whatChanged/model/sameData';
import { diffData, isEmptyDiff } from '../../src/features/whatChanged/model/dataDiff';

describe('sameData (plain data equality, key order aside)', () => {
  it('tells equal data from different data', () => {
    assert.equal(sameData({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }), true, 'key order does not count');
    assert.equal(sameData({ a: 1 }, { a: 1, b: undefined }), false, 'a key more');
    assert.equal(sameData({ a: [1, 2] }, { a: [2, 1] }), false, 'array order counts');
    assert.equal(sameData({ a: [] }, { a: {} }), false, 'an array is not an object');
    assert.equal(sameData({ a: null }, { a: {} }), false);
    assert.equal(sameData('1', 1), false);
  });

  it('agrees with a JSON round trip on generated data (2,000 pairs)', () => {
    const value = fc.jsonValue({ maxDepth: 3 });
    fc.assert(fc.property(value, value, fc.boolean(), (a, b, same) => {
      const right = same ? JSON.parse(JSON.stringify(a)) : b;
      const sorted = (v: unknown): unknown => (Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, w]) => [k, sorted(w)])) : v);
      assert.equal(sameData(a, right), JSON.stringify(sorted(a)) === JSON.stringify(sorted(right)));
    }), { numRuns: 2000 });
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
