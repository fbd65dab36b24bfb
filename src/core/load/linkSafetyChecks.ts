/**
 * Finds links in the data's Markdown that the link policy (core/render/linkSafety.ts) calls
 * unsafe, so such a file is refused at validation with a position, not just rendered inert later.
 * The patterns are stricter than the renderer's Markdown parser, never looser (property tests hold
 * them against it): inline and image destinations (also after escaped brackets or a line break),
 * autolinks, and reference definitions anywhere on a line (inside quotes and lists too, with the
 * destination on the next line). Bare URLs in prose are not written links; no renderer makes an
 * unsafe one live. Walks the data iteratively.
 */
import { isUnsafeLink } from '../render/linkSafety';
import type { DataPath } from './yamlFile';

/** `](dest`, `](<dest>`: the destination of an inline link or image (balanced parentheses allowed). */
const INLINE_DESTINATION = /\]\s*\(\s*<?((?:[^\s()<>]|\([^\s()<>]*\))*)/g;
/** `<scheme:rest>`: an autolink. */
const AUTOLINK = /<([a-zA-Z][^\s<>]{0,31}:[^\s<>]*)>/g;
/** `[label]: dest` anywhere (a reference definition, also after `>` or `-`; labels may hold `\]`). */
const REFERENCE_DEFINITION = /\[(?:[^\]\\\n]|\\.)*\]:\s*<?([^\s>]+)/g;

function destinations(text: string): string[] {
  // A Set: `[a](<x:y>)` is both an inline destination and an autolink.
  const found = new Set<string>();
  for (const pattern of [INLINE_DESTINATION, AUTOLINK, REFERENCE_DEFINITION]) {
    for (const match of text.matchAll(pattern)) found.add(match[1]);
  }
  return [...found];
}

export interface UnsafeLink {
  path: DataPath;
  href: string;
}

/**
 * Walks every string of a data file and reports each link the policy calls unsafe. Iterative, with
 * one path for the whole walk (cut back to each value's depth), copied only for a finding: a large
 * file has millions of values.
 */
export function findUnsafeLinks(value: unknown, base: (string | number)[] = []): UnsafeLink[] {
  const found: UnsafeLink[] = [];
  const path = [...base];
  const stack: Array<{ value: unknown; depth: number; key?: string | number }> = [{ value, depth: base.length }];
  while (stack.length) {
    const { value: v, depth, key } = stack.pop()!;
    path.length = key === undefined ? depth : depth - 1;
    if (key !== undefined) path.push(key);
    if (typeof v === 'string') {
      // Every written link needs a `]` or a `<`; most text has neither.
      if (!/[\]<]/.test(v)) continue;
      for (const href of destinations(v)) if (isUnsafeLink(href)) found.push({ path: [...path], href });
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], depth: depth + 1, key: i });
    } else if (v && typeof v === 'object') {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) stack.push({ value: (v as Record<string, unknown>)[keys[i]], depth: depth + 1, key: keys[i] });
    }
  }
  return found;
}

/** The href for a message: quoted, shortened, and with invisible characters written as \u{…}. */
export function shownHref(href: string): string {
  const short = href.length > 80 ? `${href.slice(0, 80)}…` : href;
  // eslint-disable-next-line no-control-regex
  return `"${short.replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`)}"`;
}
