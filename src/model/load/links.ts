/**
 * Finds links in the data's inline Markdown whose scheme is not https: or mailto:, so such a file is
 * rejected at validation with a position, not just rendered inert later. It matches every form a
 * Markdown renderer could turn into a link (inline and image destinations, autolinks, reference
 * definitions), also inside code spans: stricter than the renderer, never looser. A bare URL in
 * prose is not a written link; the renderer shows an unsafe one as text.
 */
import { isSafeLink } from '../render/html';
import type { DataPath } from './yamlFile';

/** `](dest`, `](<dest>`: the destination of an inline link or image (balanced parentheses allowed). */
const INLINE_DESTINATION = /\]\(\s*<?((?:[^\s()<>]|\([^\s()<>]*\))*)/g;
/** `<scheme:rest>`: an autolink. */
const AUTOLINK = /<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*)>/g;
/** `[label]: dest` at the start of a line: a link reference definition. */
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)/gm;

function destinations(text: string): string[] {
  // A Set: `[a](<x:y>)` is both an inline destination and an autolink.
  const found = new Set<string>();
  for (const pattern of [INLINE_DESTINATION, AUTOLINK, REFERENCE_DEFINITION]) {
    for (const match of text.matchAll(pattern)) found.add(match[1]);
  }
  return [...found];
}

/** A destination is allowed if it is https:/mailto: or has no scheme at all (a relative reference). */
function allowed(href: string): boolean {
  if (href === '' || href.startsWith('#')) return true;
  const scheme = /^([^/?#]*?):/.exec(href);
  // Control characters can hide a scheme from this check but not from a browser.
  // eslint-disable-next-line no-control-regex
  return !scheme ? !/[\u0000-\u001f\u007f]/.test(href) : isSafeLink(href);
}

export interface UnsafeLink {
  path: DataPath;
  href: string;
}

/**
 * Walks every string of a data file and reports each link that is not https:/mailto:. One path
 * stack for the whole walk, copied only for a finding: a large file has millions of values.
 */
export function findUnsafeLinks(value: unknown, path: (string | number)[] = []): UnsafeLink[] {
  const found: UnsafeLink[] = [];
  const stack = [...path];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (!/[\]<:]/.test(v)) return;
      for (const href of destinations(v)) if (!allowed(href)) found.push({ path: [...stack], href });
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        stack.push(i);
        walk(v[i]);
        stack.pop();
      }
    } else if (v && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        stack.push(k);
        walk((v as Record<string, unknown>)[k]);
        stack.pop();
      }
    }
  };
  walk(value);
  return found;
}
