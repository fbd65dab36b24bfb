/** The search index's building blocks on flat arrays: growing a table, the items of each word, the best results. */

/** A copy of `array` with room for index `at` (at least twice the length), new slots -1. */
export function grown(array: Int32Array, at: number): Int32Array {
  const copy = new Int32Array(Math.max(at + 1, array.length * 2)).fill(-1);
  copy.set(array);
  return copy;
}

/**
 * The items containing each word, from every item's tokens, in two passes over them (count, then
 * place): flat arrays written in order, not an array per word grown item by item, which at 10,000
 * teams cost more per item than at 1,000 (each push reaching a different place in memory).
 */
export function postingsOf(tokenWord: Int32Array, itemStart: Int32Array, words: number): [start: Int32Array, items: Int32Array] {
  const start = new Int32Array(words + 1);
  const lastItem = new Int32Array(words).fill(-1);
  const itemCount = itemStart.length - 1;
  // A word can be several tokens of one item (label and body, with and without a sign): once per item.
  const eachNewPair = (visit: (word: number, item: number) => void) => {
    lastItem.fill(-1);
    for (let item = 0; item < itemCount; item++) {
      for (let t = itemStart[item]; t < itemStart[item + 1]; t++) {
        const word = tokenWord[t];
        if (lastItem[word] !== item) {
          lastItem[word] = item;
          visit(word, item);
        }
      }
    }
  };
  eachNewPair((word) => { start[word + 1]++; });
  for (let w = 0; w < words; w++) start[w + 1] += start[w];
  const next = start.slice(0, words);
  const items = new Int32Array(start[words]);
  eachNewPair((word, item) => { items[next[word]++] = item; });
  return [start, items];
}

/** Keeps the best `limit` (item, score) pairs, in any order offered; ties go to the earlier item. */
export class TopResults {
  private readonly kept: Array<{ item: number; score: number }> = [];
  constructor(private readonly limit: number) {}

  offer(item: number, score: number): void {
    const kept = this.kept;
    const before = (a: { item: number; score: number }) => a.score > score || (a.score === score && a.item < item);
    if (kept.length === this.limit && before(kept[kept.length - 1])) return;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(kept[mid])) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, { item, score });
    if (kept.length > this.limit) kept.pop();
  }

  ordered(): Array<{ item: number; score: number }> {
    return this.kept;
  }
}
