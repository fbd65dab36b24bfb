/**
 * Whether two pieces of plain data (what JSON can hold) are equal, key order aside: node's deep
 * strict equality, small and without the diff, so "did anything change?" is answered (in the
 * seenData chunk) without loading the diff's chunk, and the diff skips entries that did not change.
 * It also compares prototypes, and numbers with Object.is (-0 is not 0): the data compared is the
 * handbook (the schema allows strings, booleans, plain objects and arrays, no number) and its JSON
 * copy, plain objects as JSON.parse and the merge of layers make them (a unit test holds the merge to it).
 */
import { isDeepStrictEqual } from 'node:util';

export function sameData(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(a, b);
}
