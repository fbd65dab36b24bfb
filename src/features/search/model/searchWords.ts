/**
 * How search reads text: words are letters and digits (apostrophes inside a word dropped, every
 * other character a separator), compared lower-case and without diacritics; a # or @ written right
 * before a word is remembered. Also the result's detail: the text around the first word found.
 */

/** A word with its position in the original text and the # or @ written right before it. */
export interface Word {
  text: string;
  start: number;
  end: number;
  sigil: Sigil;
}
export type Sigil = '' | '#' | '@';
export const SIGIL_CODE: Record<Sigil, number> = { '': 0, '#': 1, '@': 2 };

// A word: letters, digits and combining marks, with apostrophes allowed between letters.
export const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

/** Lower-case, without diacritics or apostrophes; compatibility forms folded (ﬁ → fi). */
export function normalizeWord(raw: string): string {
  return raw.toLowerCase().normalize('NFKD').replace(/[\p{M}'’]/gu, '');
}

export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const normalized = normalizeWord(match[0]);
    if (normalized) words.push({ text: normalized, start: match.index, end: match.index + match[0].length, sigil: sigilBefore(text, match.index) });
  }
  return words;
}

export function sigilBefore(text: string, start: number): Sigil {
  const before = start > 0 ? text[start - 1] : '';
  return before === '#' || before === '@' ? before : '';
}

/** Longest detail shown; longer text is cut around the first hit. */
const DETAIL_LENGTH = 140;

/** Where in the text the first word the query matched begins (0 when none is there). */
export function firstHit(text: string, matched: (word: string) => boolean): { start: number; end: number } {
  for (const word of splitWords(text)) if (matched(word.text)) return word;
  return { start: 0, end: 0 };
}

// One segmenter for all results: Intl's sentence rules know abbreviations and quotes better than a pattern.
let sentences: Intl.Segmenter | undefined;

/** Sentences of a result at most: enough for a way to engage, bounded for a long text. */
const MAX_SENTENCES = 3;

/**
 * The whole sentences of `flat` that hold a word the query matched, in order (at most three), or
 * its first sentence when only the label matched: what an assistant can quote.
 */
export function matchedSentences(flat: string, matched: (word: string) => boolean): string[] {
  sentences ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const found: string[] = [];
  let first = '';
  for (const { segment } of sentences.segment(flat)) {
    first ||= segment.trim();
    if (splitWords(segment).some((word) => matched(word.text))) found.push(segment.trim());
    if (found.length === MAX_SENTENCES) break;
  }
  return found.length ? found : [first];
}

/** The text, or a window of it around the hit cut at word boundaries, with … where cut. */
export function shortenAround(flat: string, hit: { start: number; end: number }): string {
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
