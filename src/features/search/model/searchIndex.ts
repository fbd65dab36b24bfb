/**
 * Search over everything in a handbook (the items are listed in searchItems.ts), with
 * MiniSearch's radix tree for finding words by prefix and with typos.
 *
 * Matching: text is split into words (searchWords.ts: letters and digits; apostrophes inside a word are dropped,
 * so "don’t" is "dont"; every other character separates words, so "#ce-internal" is "ce" and
 * "internal"). Case and diacritics are ignored. Every word of the query must be the start of some
 * word of the item's label or body ("tick req" finds "Support Ticket Request"), or, for a query
 * word of 5 letters or more, that word with a typo: one letter wrong, missing or extra (two from 9
 * letters), the first letter right ("suport tiket" finds it too; "orkaround" finds nothing).
 *
 * Ranking, per query word, from its best matching word of the item, in this order of weight:
 * 1. a whole-word match beats a prefix match, which beats a match with a typo;
 * 2. then a match in the label beats one in the body;
 * 3. a query word written with # or @ that matches a word written with the same sign (a channel or
 *    user group name) gets a bonus, so "#ce" puts the #ce channel first;
 * 4. an earlier position (within the label, or within the body) scores higher.
 * The item's score is the sum over the query words, plus a bonus below 1 point for shorter items.
 * Equal scores keep the handbook's order (collections in schema order, each entry followed by its
 * parts). `score` is only meaningful for comparing results of one query.
 *
 * Speed: every distinct word gets a number once, at build time; MiniSearch's radix tree
 * (SearchableMap) maps words to those numbers and finds the words a query word starts or is a typo
 * of. Each item keeps its distinct words (per label or body and sign, at their first position),
 * and each word the items containing it; a query scores only the items containing its rarest word.
 * (MiniSearch's own `search` scores every matching document with BM25 on the way: 0.1–0.5 s per
 * query at 10,000 teams, far over the 20 ms target, and its order is not the one above.)
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { Handbook } from '../../../core/schema/schema';
import type { EntryRef } from '../../../core/handbook/entryRef';
import { collectItems, type Mentions, type SearchItem, type SearchResultKind } from './searchItems';
import { firstHit, normalizeWord, matchedSentences, shortenAround, sigilBefore, SIGIL_CODE, splitWords, WORD, type Word } from './searchWords';
import { boundQuery } from './queryLimit';
import { grown, postingsOf, TopResults } from './searchArrays';

export type { SearchResultKind };

export interface SearchResult {
  kind: SearchResultKind;
  label: string;
  /** The item's text around the first query word found in it, shortened if long (or, when the
   * query only matched the label, the start of that text; for items without one, their context:
   * the procedure of a checklist step, the template of a field). */
  detail: string;
  /** The team the item belongs to: a facet's team, `procedure.team`, the first of `teams`. */
  teamId?: string;
  target: EntryRef;
  /** Which item of the index this is (for `sentencesOf`). */
  item: number;
  /** The entries the item names (a way to engage's channel and user group, a step's template…), by id. */
  mentions?: Mentions;
  score: number;
}

export interface SearchIndex {
  /** How many items are searchable. */
  readonly size: number;
  search(query: string, limit?: number): SearchResult[];
  /**
   * For each result, the whole sentences of its item's text that hold a word one of `queries`
   * matches: at most three, in the text's order; the first sentence when only the label matched;
   * none for items without text. Separate from `search`: only assistants need them, and the quick
   * pick searches on every keystroke.
   */
  sentencesOf(results: readonly SearchResult[], queries: readonly string[]): string[][];
}

// Weights of the ranking rules in the header comment. Each rule's weight exceeds the most the
// rules below it can add for one query word, so the order of the rules is strict.
const WHOLE_WORD = 4000;
const PREFIX = 2000;
const IN_LABEL = 1000;
const SIGIL_BONUS = 500;
const POSITION_SPAN = 100;

/** Query words shorter than this get no typo tolerance ("SDRs" must not find "SDR"). */
const FUZZY_FROM = 5;
const fuzzyDistance = (word: string) => (word.length < FUZZY_FROM ? 0 : word.length < 9 ? 1 : 2);

/** Per token: bit 0 = in the label, bits 1–2 = sign (1 #, 2 @), bits 3+ = position in label or body. */
const LABEL_BIT = 1;
const tokenMeta = (inLabel: boolean, sigil: number, position: number) => (inLabel ? LABEL_BIT : 0) | (sigil << 1) | (Math.min(position, POSITION_SPAN - 1) << 3);

/** The words that match a query word: by word number, the weight of rule 1 (-1: no match). */
interface Relations {
  weight: Int16Array;
  words: number[];
  /** How many items contain one of the words (with repeats). */
  reach: number;
}

export function buildSearchIndex(h: Handbook): SearchIndex {
  return new HandbookSearch(collectItems(h));
}

class HandbookSearch implements SearchIndex {
  /** Every distinct word → its number. */
  private readonly vocabulary = new SearchableMap<number>();
  /** How many distinct words (their numbers are 0 … words - 1). */
  private words = 0;
  /** Per word number w, the items containing it, ascending: `postingItems[postingStart[w] … postingStart[w + 1]]`. */
  private readonly postingStart: Int32Array;
  private readonly postingItems: Int32Array;
  /**
   * Every item's tokens: each distinct (word, label or body, sign before it) once, at its first
   * position, in `tokenWord/tokenMeta[itemStart[i]…itemStart[i + 1]]` (see `tokenMeta`).
   */
  private readonly tokenWord: Int32Array;
  private readonly tokenMeta: Int32Array;
  private readonly itemStart: Int32Array;
  /** Per item, a bonus below 1 for shorter items (from its number of words). */
  private readonly shortness: Float64Array;

  constructor(private readonly items: SearchItem[]) {
    // Grown as tokens come, like lastItemOfKey below: no arrays of boxed numbers to copy and collect.
    let tokenWords: Int32Array = new Int32Array(4096);
    let tokenMetas: Int32Array = new Int32Array(4096);
    let tokens = 0;
    this.itemStart = new Int32Array(items.length + 1);
    this.shortness = new Float64Array(items.length);
    const idOf = this.wordNumbering();
    const pattern = new RegExp(WORD.source, WORD.flags);
    // The last item that had this (word, label/body, sign) key: keeps each key's first occurrence.
    // Keys are small numbers (word number * 8 + …), so an array indexed by key, grown as words come:
    // a Map of every key grew faster than the items did (at 10,000 teams, cache misses on each get).
    let lastItemOfKey: Int32Array = new Int32Array(1024).fill(-1);
    items.forEach((item, i) => {
      this.itemStart[i] = tokens;
      let count = 0;
      for (const inLabel of [true, false]) {
        const text = inLabel ? item.label : item.body;
        pattern.lastIndex = 0;
        for (let match = pattern.exec(text), position = 0; match; match = pattern.exec(text), position++) {
          count++;
          const id = idOf(match[0]);
          const sigil = SIGIL_CODE[sigilBefore(text, match.index)];
          const key = id * 8 + (inLabel ? 4 : 0) + sigil;
          if (key >= lastItemOfKey.length) lastItemOfKey = grown(lastItemOfKey, key);
          if (lastItemOfKey[key] === i) continue;
          lastItemOfKey[key] = i;
          if (tokens === tokenWords.length) {
            tokenWords = grown(tokenWords, tokens);
            tokenMetas = grown(tokenMetas, tokens);
          }
          tokenWords[tokens] = id;
          tokenMetas[tokens] = tokenMeta(inLabel, sigil, position);
          tokens++;
        }
      }
      this.shortness[i] = 10 / (10 + count);
    });
    this.itemStart[items.length] = tokens;
    this.tokenWord = tokenWords.slice(0, tokens);
    this.tokenMeta = tokenMetas.slice(0, tokens);
    [this.postingStart, this.postingItems] = postingsOf(this.tokenWord, this.itemStart, this.words);
  }

  get size(): number {
    return this.items.length;
  }

  search(query: string, limit = 50): SearchResult[] {
    // Only the start of a very long query is read (see queryLimit.ts): callers say when it was cut.
    const words = splitWords(boundQuery(query).query);
    if (!words.length || !(limit > 0)) return [];
    const relations = words.map((word) => this.relationsOf(word.text));
    if (relations.some((r) => r.words.length === 0)) return [];

    // Candidates: the items containing a word that matches the rarest query word.
    const rarest = relations.reduce((a, b) => (b.reach < a.reach ? b : a));
    const isCandidate = new Uint8Array(this.items.length);
    for (const w of rarest.words) for (let p = this.postingStart[w]; p < this.postingStart[w + 1]; p++) isCandidate[this.postingItems[p]] = 1;

    const top = new TopResults(Math.floor(limit));
    for (let item = 0; item < isCandidate.length; item++) {
      if (!isCandidate[item]) continue;
      const score = this.score(item, words, relations);
      if (score >= 0) top.offer(item, score);
    }
    return top.ordered().map(({ item, score }) => this.result(item, score, relations));
  }

  /** The words a query word is, starts, or (from 5 letters, first letter right) is a typo of. */
  sentencesOf(results: readonly SearchResult[], queries: readonly string[]): string[][] {
    const relations = queries.flatMap((q) => splitWords(boundQuery(q).query)).map((word) => this.relationsOf(word.text));
    const matched = (word: string) => relations.some((r) => r.weight[this.vocabulary.get(word) ?? -1] >= 0);
    return results.map((r) => {
      const body = this.items[r.item]?.body.replace(/\s+/g, ' ').trim();
      return body ? matchedSentences(body, matched) : [];
    });
  }

  private relationsOf(text: string): Relations {
    const relations: Relations = { weight: new Int16Array(this.words).fill(-1), words: [], reach: 0 };
    const add = (id: number, weight: number) => {
      if (relations.weight[id] >= 0) return;
      relations.weight[id] = weight;
      relations.words.push(id);
      relations.reach += this.postingStart[id + 1] - this.postingStart[id];
    };
    for (const [word, id] of this.vocabulary.atPrefix(text)) add(id, word === text ? WHOLE_WORD : PREFIX);
    const distance = fuzzyDistance(text);
    if (distance > 0) {
      for (const [word, [id]] of this.vocabulary.fuzzyGet(text, distance)) if (word[0] === text[0]) add(id, 0);
    }
    return relations;
  }

  /** The item's score, or -1 when some query word matches none of its words. */
  private score(item: number, words: Word[], relations: Relations[]): number {
    const start = this.itemStart[item];
    const end = this.itemStart[item + 1];
    const { tokenWord, tokenMeta } = this;
    let total = this.shortness[item];
    for (let q = 0; q < words.length; q++) {
      const weight = relations[q].weight;
      const sigil = SIGIL_CODE[words[q].sigil];
      let best = -1;
      for (let k = start; k < end; k++) {
        const relation = weight[tokenWord[k]];
        if (relation < 0) continue;
        const meta = tokenMeta[k];
        const score =
          relation +
          (meta & LABEL_BIT ? IN_LABEL : 0) +
          (sigil !== 0 && ((meta >> 1) & 3) === sigil ? SIGIL_BONUS : 0) +
          (POSITION_SPAN - 1 - (meta >> 3));
        if (score > best) best = score;
      }
      if (best < 0) return -1;
      total += best;
    }
    return total;
  }

  private result(id: number, score: number, relations: Relations[]): SearchResult {
    const item = this.items[id];
    const body = item.body.replace(/\s+/g, ' ').trim();
    const matched = (word: string) => relations.some((r) => r.weight[this.vocabulary.get(word) ?? -1] >= 0);
    const hit = body ? firstHit(body, matched) : undefined;
    const detail = hit ? shortenAround(body, hit) : item.context;
    return {
      kind: item.kind, label: item.label, detail, ...(item.teamId !== undefined ? { teamId: item.teamId } : {}), target: item.target,
      item: id, ...(item.mentions ? { mentions: item.mentions } : {}), score,
    };
  }

  /** Gives every distinct word a number; handbook text repeats its words, so each spelling is normalized once. */
  private wordNumbering(): (spelling: string) => number {
    const idOfSpelling = new Map<string, number>();
    return (spelling) => {
      let id = idOfSpelling.get(spelling);
      if (id === undefined) {
        const word = normalizeWord(spelling);
        id = this.vocabulary.get(word);
        if (id === undefined) {
          id = this.words++;
          this.vocabulary.set(word, id);
        }
        idOfSpelling.set(spelling, id);
      }
      return id;
    };
  }
}
