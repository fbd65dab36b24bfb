/**
 * Finds links in the data's inline Markdown whose scheme is not https: or mailto:, so such a file
 * is rejected at validation with a position, not just rendered inert later.
 */
import { Marked, type Token } from 'marked';
import { isSafeLink } from '../render/html';
import type { DataPath } from './yamlFile';

const lexer = new Marked({ gfm: true });

function* linksIn(tokens: Token[]): Generator<string> {
  for (const token of tokens) {
    // Written links only: a bare URL in prose (a GFM autolink) is shown as text if unsafe, not rejected.
    if ((token.type === 'link' || token.type === 'image') && /^[[<!]/.test(token.raw)) yield (token as { href: string }).href;
    const children = (token as { tokens?: Token[] }).tokens;
    if (children) yield* linksIn(children);
    const items = (token as { items?: Array<{ tokens?: Token[] }> }).items;
    if (items) for (const item of items) if (item.tokens) yield* linksIn(item.tokens);
  }
}

export interface UnsafeLink {
  path: DataPath;
  href: string;
}

/** Walks every string of a data file and reports each link that is not https:/mailto:. */
export function findUnsafeLinks(value: unknown, path: (string | number)[] = []): UnsafeLink[] {
  if (typeof value === 'string') {
    // Cheap pre-check: most strings contain no link syntax at all.
    if (!/[[<:]/.test(value)) return [];
    const found: UnsafeLink[] = [];
    for (const href of linksIn(lexer.lexer(value))) if (!isSafeLink(href)) found.push({ path, href });
    return found;
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => findUnsafeLinks(v, [...path, i]));
  if (value && typeof value === 'object') return Object.keys(value).flatMap((k) => findUnsafeLinks((value as Record<string, unknown>)[k], [...path, k]));
  return [];
}
