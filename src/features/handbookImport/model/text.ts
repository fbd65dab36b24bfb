/** Small text helpers of the page importer: ids from headings, sentences, @ and # mentions. */

/** An id in the data's form (lower-case words joined by dashes) from a heading or a name. */
export function slug(text: string, maxWords = 8): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.slice(0, maxWords).join('-') || 'entry';
}

/** A heading without its trailing abbreviation: "Customer Support (CS)" → "Customer Support". */
export function withoutAbbreviation(heading: string): string {
  return heading.replace(/\s*\([^)]*\)\s*$/, '').trim() || heading;
}

/** Runs of white space (the pages wrap and double-space sentences) become one space. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Splits prose into sentences: after . ! or ? followed by a space and a capital, @, # or quote. */
export function sentences(text: string): string[] {
  return normalizeSpace(text).split(/(?<=[.!?])\s+(?=[A-Z@#"“(])/).filter(Boolean);
}

/** The Slack user groups (@name) a text mentions, in order, without duplicates. */
export function userGroupMentions(text: string): string[] {
  return [...new Set([...text.matchAll(/(?:^|[\s(])@([a-z0-9][a-z0-9_-]*)/g)].map((m) => m[1]))];
}

/** The Slack channels (#name) a text mentions, in order, without duplicates. */
export function channelMentions(text: string): string[] {
  return [...new Set([...text.matchAll(/(?:^|[\s(])#([a-z0-9][a-z0-9_-]*)/g)].map((m) => m[1]))];
}

/** Keeps ids unique within one list: a second "step" becomes "step-2". */
export function uniqueId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}
