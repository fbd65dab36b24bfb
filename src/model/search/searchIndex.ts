/**
 * Search over everything in a handbook: teams and their facets (value both ways, collaboration
 * overview and its points, ways to engage), procedures and their steps (situations and checklist
 * steps alike), templates and their fields, meetings, channels and user groups.
 *
 * Matching: text is split into words (letters and digits; apostrophes inside a word are dropped,
 * so "don’t" is "dont"; every other character separates words, so "#ce-internal" is "ce" and
 * "internal"). Case and diacritics are ignored. Every word of the query must be the start of some
 * word of the item's label or body: "tick req" finds "Support Ticket Request".
 *
 * Ranking, per query word, from its best matching word of the item, in this order of weight:
 * 1. a whole-word match beats a prefix match;
 * 2. then a match in the label beats one in the body;
 * 3. a query word written with # or @ that matches a word written with the same sign (a channel or
 *    user group name) gets a bonus, so "#ce" puts the #ce channel first;
 * 4. an earlier position (within the label, or within the body) scores higher.
 * The item's score is the sum over the query words, plus a bonus below 1 point for shorter items.
 * Equal scores keep the handbook's order (collections in schema order, each entry followed by its
 * parts). `score` is only meaningful for comparing results of one query.
 *
 * Speed: words are normalized once, at build time, into a sorted vocabulary with, per word, the
 * items that contain it. A query looks up the vocabulary words each query word starts (binary
 * search), takes the candidates of the rarest query word and scores only those, keeping the best
 * `limit` without sorting everything.
 */
import type { Handbook, Procedure } from '../schema';
import { entryRef, type EntryRef } from '../handbook/entryRef';
// The tree shows situations by their first sentence; search labels them the same way.
import { firstSentence } from '../render/plainText';


export type SearchResultKind = 'team' | 'teamFacet' | 'procedure' | 'step' | 'template' | 'field' | 'meeting' | 'channel' | 'userGroup';

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
  score: number;
}

export interface SearchIndex {
  /** How many items are searchable. */
  readonly size: number;
  search(query: string, limit?: number): SearchResult[];
}

/** One searchable thing, before tokenizing. */
interface Item {
  kind: SearchResultKind;
  label: string;
  body: string;
  /** Shown as the detail when the body is empty. Not searched. */
  context: string;
  teamId?: string;
  target: EntryRef;
}

/** Longest detail shown; longer text is cut around the first hit. */
const DETAIL_LENGTH = 140;

// Weights of the ranking rules in the header comment. Each rule's weight exceeds the most the
// rules below it can add for one query word, so the order of the rules is strict.
const WHOLE_WORD = 2000;
const IN_LABEL = 1000;
const SIGIL_BONUS = 500;
const POSITION_SPAN = 100;

/** A word with its position in the original text and the # or @ written right before it. */
interface Word {
  text: string;
  start: number;
  end: number;
  sigil: number;
}

// A word: letters, digits and combining marks, with apostrophes allowed between letters.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

/** Lower-case, without diacritics or apostrophes; compatibility forms folded (ﬁ → fi). */
function normalizeWord(raw: string): string {
  return raw.toLowerCase().normalize('NFKD').replace(/[\p{M}'’]/gu, '');
}

function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const normalized = normalizeWord(match[0]);
    if (normalized) words.push({ text: normalized, start: match.index, end: match.index + match[0].length, sigil: sigilBefore(text, match.index) });
  }
  return words;
}

/** 1 for #, 2 for @ written right before the word, else 0. */
function sigilBefore(text: string, start: number): number {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  return before === 0x23 ? 1 : before === 0x40 ? 2 : 0;
}

export function buildSearchIndex(h: Handbook): SearchIndex {
  return new TokenIndex(collectItems(h));
}

/** Every searchable item, in handbook order. */
function collectItems(h: Handbook): Item[] {
  const items: Item[] = [];
  for (const team of h.teams) {
    const target = entryRef.team(team.id);
    const facet = (label: string, body: string) => items.push({ kind: 'teamFacet', label: `${team.name}: ${label}`, body, context: team.name, teamId: team.id, target });
    items.push({ kind: 'team', label: team.name, body: '', context: '', teamId: team.id, target });
    facet(team.valueToTeam.label, team.valueToTeam.text);
    facet(team.valueToCe.label, team.valueToCe.text);
    facet(team.collaboration.label, team.collaboration.text);
    for (const detail of team.collaboration.details ?? []) facet(team.collaboration.label, detail);
    for (const route of team.routes ?? []) facet(route.label ?? firstSentence(route.text), route.text);
  }
  for (const procedure of h.procedures) {
    items.push({
      kind: 'procedure', label: procedure.title, body: [procedure.summary, procedure.intro].filter(Boolean).join(' '),
      context: '', teamId: procedure.team, target: entryRef.procedure(procedure.id),
    });
    for (const step of procedure.steps) {
      const label = stepLabel(procedure, step);
      items.push({
        kind: 'step', label, body: label === step.text ? '' : step.text, context: procedure.title,
        teamId: procedure.team, target: entryRef.step(procedure.id, step.id),
      });
    }
  }
  for (const template of h.templates) {
    const target = entryRef.template(template.id);
    const teamId = template.teams[0];
    items.push({ kind: 'template', label: template.title, body: template.description, context: '', teamId, target });
    for (const field of template.fields) {
      const body = [field.placeholder, field.hint, ...(field.options ?? [])].filter(Boolean).join(' · ');
      items.push({ kind: 'field', label: field.label, body, context: template.title, teamId, target });
    }
  }
  for (const m of h.meetings) {
    items.push({ kind: 'meeting', label: m.name, body: `${m.cadence.text}. ${m.description}`, context: '', teamId: m.teams[0], target: entryRef.meeting(m.id) });
  }
  for (const c of h.channels) {
    items.push({ kind: 'channel', label: c.name, body: c.description, context: '', teamId: c.teams[0], target: entryRef.channel(c.id) });
  }
  for (const g of h.userGroups) {
    items.push({ kind: 'userGroup', label: g.name, body: g.description ?? '', context: '', teamId: g.teams[0], target: entryRef.userGroup(g.id) });
  }
  return items;
}

/** A step's own label, else a checklist step's whole text, else a situation's first sentence. */
function stepLabel(procedure: Procedure, step: Procedure['steps'][number]): string {
  if (step.label) return step.label;
  return procedure.ordered ? step.text : firstSentence(step.text);
}

/** Per item token: bit 0 = in the label, bits 1–2 = sigil, bits 3+ = position in label or body. */
const LABEL_BIT = 1;
const metaOf = (inLabel: boolean, sigil: number, position: number) => (inLabel ? LABEL_BIT : 0) | (sigil << 1) | (Math.min(position, POSITION_SPAN - 1) << 3);

class TokenIndex implements SearchIndex {
  /** Distinct normalized words, sorted, so the words a prefix starts are one contiguous run. */
  private readonly vocabulary: string[];
  /** Per vocabulary word (sorted position), the items containing it: `postings[postingStart[w]…postingStart[w+1]]`. */
  private readonly postingStart: Int32Array;
  private readonly postings: Int32Array;
  /** Per item, its distinct (word, label/body, sigil) tokens: `tokenWord/tokenMeta[itemStart[i]…itemStart[i+1]]`. */
  private readonly itemStart: Int32Array;
  private readonly tokenWord: Int32Array;
  private readonly tokenMeta: Int32Array;
  /** Bonus below 1 for shorter items, precomputed from the item's word count. */
  private readonly shortness: Float64Array;

  constructor(private readonly items: Item[]) {
    // Pass 1: each item's distinct tokens, with words numbered in order of first appearance.
    const wordIds = new Map<string, number>();
    // Handbook text repeats its words a lot: normalize each distinct spelling only once.
    const idOfSpelling = new Map<string, number>();
    const wordIdOf = (spelling: string): number => {
      let id = idOfSpelling.get(spelling);
      if (id === undefined) {
        const word = normalizeWord(spelling);
        id = wordIds.get(word);
        if (id === undefined) wordIds.set(word, (id = wordIds.size));
        idOfSpelling.set(spelling, id);
      }
      return id;
    };
    const firstIds: number[] = [];
    const metas: number[] = [];
    // The last item that had this (word, label/body, sigil) key: keeps the first, best placed
    // occurrence of a word per field and sigil without a set per item.
    let lastItemOfKey = new Int32Array(1024).fill(-1);
    this.itemStart = new Int32Array(items.length + 1);
    this.shortness = new Float64Array(items.length);
    const pattern = new RegExp(WORD.source, WORD.flags);
    for (let i = 0; i < items.length; i++) {
      this.itemStart[i] = firstIds.length;
      let count = 0;
      for (const inLabel of [true, false]) {
        const text = inLabel ? items[i].label : items[i].body;
        pattern.lastIndex = 0;
        for (let match = pattern.exec(text), position = 0; match; match = pattern.exec(text), position++) {
          count++;
          const id = wordIdOf(match[0]);
          const sigil = sigilBefore(text, match.index);
          const key = id * 8 + (inLabel ? 4 : 0) + sigil;
          if (key >= lastItemOfKey.length) {
            const grown = new Int32Array(Math.max(lastItemOfKey.length * 2, key + 1)).fill(-1);
            grown.set(lastItemOfKey);
            lastItemOfKey = grown;
          }
          if (lastItemOfKey[key] === i) continue;
          lastItemOfKey[key] = i;
          firstIds.push(id);
          metas.push(metaOf(inLabel, sigil, position));
        }
      }
      this.shortness[i] = 10 / (10 + count);
    }
    this.itemStart[items.length] = firstIds.length;

    // Renumber words by their sorted order, so the words a prefix starts are a range of ids.
    const byFirstSeen = [...wordIds.keys()];
    const order = byFirstSeen.map((_, id) => id).sort((a, b) => (byFirstSeen[a] < byFirstSeen[b] ? -1 : byFirstSeen[a] > byFirstSeen[b] ? 1 : 0));
    const sortedId = new Int32Array(order.length);
    order.forEach((firstId, id) => (sortedId[firstId] = id));
    this.vocabulary = order.map((firstId) => byFirstSeen[firstId]);
    this.tokenWord = Int32Array.from(firstIds, (firstId) => sortedId[firstId]);
    this.tokenMeta = Int32Array.from(metas);

    // Pass 2: posting lists, counted first, then filled in item order (so each is ascending).
    const vocabularySize = this.vocabulary.length;
    const lastItemOfWord = new Int32Array(vocabularySize).fill(-1);
    const postingCount = new Int32Array(vocabularySize);
    const eachDistinctWord = (visit: (word: number, item: number) => void) => {
      lastItemOfWord.fill(-1);
      for (let i = 0; i < items.length; i++) {
        for (let k = this.itemStart[i]; k < this.itemStart[i + 1]; k++) {
          const w = this.tokenWord[k];
          if (lastItemOfWord[w] === i) continue;
          lastItemOfWord[w] = i;
          visit(w, i);
        }
      }
    };
    eachDistinctWord((w) => postingCount[w]++);
    this.postingStart = new Int32Array(vocabularySize + 1);
    for (let w = 0; w < vocabularySize; w++) this.postingStart[w + 1] = this.postingStart[w] + postingCount[w];
    this.postings = new Int32Array(this.postingStart[vocabularySize]);
    const fill = this.postingStart.slice(0, vocabularySize);
    eachDistinctWord((w, i) => (this.postings[fill[w]++] = i));
  }

  get size(): number {
    return this.items.length;
  }

  search(query: string, limit = 50): SearchResult[] {
    const words = splitWords(query);
    if (!words.length || !(limit > 0)) return [];

    // Per query word: for each vocabulary word, 2 = the same word, 1 = starts with it, 0 = no match.
    const matches: Uint8Array[] = [];
    let rarest = -1;
    let rarestPostings = Infinity;
    for (const [q, word] of words.entries()) {
      const match = new Uint8Array(this.vocabulary.length);
      const [from, to] = this.prefixRange(word.text);
      if (from === to) return [];
      let postingTotal = 0;
      for (let w = from; w < to; w++) {
        match[w] = this.vocabulary[w].length === word.text.length ? 2 : 1;
        postingTotal += this.postingStart[w + 1] - this.postingStart[w];
      }
      matches.push(match);
      if (postingTotal < rarestPostings) [rarest, rarestPostings] = [q, postingTotal];
    }

    // Candidates: the items containing the rarest query word, visited in handbook order.
    const isCandidate = new Uint8Array(this.items.length);
    const [from, to] = this.prefixRange(words[rarest].text);
    for (let p = this.postingStart[from]; p < this.postingStart[to]; p++) isCandidate[this.postings[p]] = 1;

    const top = new TopResults(Math.floor(limit));
    for (let i = 0; i < this.items.length; i++) {
      if (!isCandidate[i]) continue;
      const score = this.score(i, words, matches);
      if (score >= 0) top.offer(i, score);
    }
    return top.ordered().map(({ item, score }) => this.result(item, score, words));
  }

  /** The sorted vocabulary positions [from, to) of the words that start with `prefix`. */
  private prefixRange(prefix: string): [number, number] {
    const v = this.vocabulary;
    let lo = 0;
    let hi = v.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (v[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < v.length && v[end].startsWith(prefix)) end++;
    return [lo, end];
  }

  /** The item's score, or -1 when some query word matches none of its words. */
  private score(item: number, words: Word[], matches: Uint8Array[]): number {
    const { tokenWord, tokenMeta } = this;
    let total = this.shortness[item];
    const start = this.itemStart[item];
    const end = this.itemStart[item + 1];
    for (let q = 0; q < words.length; q++) {
      const match = matches[q];
      const sigil = words[q].sigil;
      let best = -1;
      for (let k = start; k < end; k++) {
        const kind = match[tokenWord[k]];
        if (kind === 0) continue;
        const meta = tokenMeta[k];
        const tokenSigil = (meta >> 1) & 3;
        const score =
          (kind === 2 ? WHOLE_WORD : 0) +
          (meta & LABEL_BIT ? IN_LABEL : 0) +
          (sigil !== 0 && tokenSigil === sigil ? SIGIL_BONUS : 0) +
          (POSITION_SPAN - 1 - (meta >> 3));
        if (score > best) best = score;
      }
      if (best < 0) return -1;
      total += best;
    }
    return total;
  }

  private result(index: number, score: number, words: Word[]): SearchResult {
    const item = this.items[index];
    const body = item.body.replace(/\s+/g, ' ').trim();
    const detail = body ? shortenAround(body, firstHit(body, words)) : item.context;
    return { kind: item.kind, label: item.label, detail, ...(item.teamId !== undefined ? { teamId: item.teamId } : {}), target: item.target, score };
  }
}

/** Where in the text the first word starting with any query word begins (0 when none does). */
function firstHit(text: string, queryWords: Word[]): { start: number; end: number } {
  for (const word of splitWords(text)) {
    if (queryWords.some((q) => word.text.startsWith(q.text))) return word;
  }
  return { start: 0, end: 0 };
}

/** The text, or a window of it around the hit cut at word boundaries, with … where cut. */
function shortenAround(flat: string, hit: { start: number; end: number }): string {
  if (flat.length <= DETAIL_LENGTH) return flat;
  const lead = Math.floor(DETAIL_LENGTH / 4);
  let start = Math.max(0, Math.min(hit.start - lead, flat.length - DETAIL_LENGTH));
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < hit.start ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + DETAIL_LENGTH);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start + DETAIL_LENGTH / 2) end = space;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
}

/** Keeps the best `limit` (item, score) pairs; ties go to the earlier item. */
class TopResults {
  private readonly kept: Array<{ item: number; score: number }> = [];
  constructor(private readonly limit: number) {}

  /** Items must be offered in handbook order, so a later item never beats an equal score. */
  offer(item: number, score: number): void {
    const kept = this.kept;
    if (kept.length === this.limit && score <= kept[kept.length - 1].score) return;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (kept[mid].score >= score) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, { item, score });
    if (kept.length > this.limit) kept.pop();
  }

  ordered(): Array<{ item: number; score: number }> {
    return this.kept;
  }
}
