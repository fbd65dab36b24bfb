/**
 * The one link policy, used by validation (a data file with an unsafe link is refused) and by every
 * renderer (only a live link becomes a link). Only https: and mailto: links are live. A link's
 * scheme is judged after undoing every disguise a browser, a Markdown renderer or a URL parser
 * might see through: HTML entities (`&#x61;`, `&colon;`), percent-encoding, whitespace, control,
 * zero-width and bidi characters anywhere, backslashes, and letter case.
 */
export type LinkVerdict =
  /** An https: or mailto: link that renders as a link. */
  | 'live'
  /** No scheme (a relative reference or an anchor), or an https: link that does not parse: shown as text. */
  | 'inert'
  /** Any other scheme, in any spelling, or a protocol-relative `//host`: refused in data files. */
  | 'unsafe';

const NAMED_ENTITIES: Record<string, string> = {
  colon: ':', tab: '\t', newline: '\n', sol: '/', bsol: '\\', lpar: '(', rpar: ')', period: '.', amp: '&',
  quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0', num: '#', percnt: '%', excl: '!', quest: '?',
  equals: '=', commat: '@', lowbar: '_', hyphen: '-', dash: '-', plus: '+', semi: ';', comma: ',',
};

/** Undoes HTML character references, with or without the closing semicolon, repeatedly. */
function decodeEntities(text: string): string {
  const once = (s: string) =>
    s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (match, ref: string) => {
      if (ref[0] === '#') {
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
      return NAMED_ENTITIES[ref.toLowerCase()] ?? match;
    });
  return repeatUntilStable(text, once);
}

function decodePercent(text: string): string {
  return repeatUntilStable(text, (s) => s.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
}

function repeatUntilStable(text: string, step: (s: string) => string): string {
  let current = text;
  for (let i = 0; i < 8; i++) {
    const next = step(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

/** Whitespace, controls, zero-width, bidi and other invisible characters: ignored inside a scheme. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\s\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;
const HAS_INVISIBLE = new RegExp(INVISIBLE.source, 'u');
const HAS_DISGUISE = new RegExp(`[&%\\\\]|${INVISIBLE.source}`, 'u');

/** The href as the most forgiving reader would take it: what the scheme is judged on. */
export function normaliseHref(href: string): string {
  // Most links have nothing to undo: no entity, escape, backslash or hidden character.
  if (!HAS_DISGUISE.test(href)) return href.toLowerCase();
  let current = href;
  for (let i = 0; i < 4; i++) {
    const next = decodePercent(decodeEntities(current)).replace(INVISIBLE, '').replace(/\\/g, '/').toLowerCase();
    if (next === current) break;
    current = next;
  }
  return current;
}

const LIVE_SCHEMES = new Set(['https', 'mailto']);

/** The scheme as the most forgiving reader sees it; undefined for none, '' for a hidden or protocol-relative one. */
function schemeOf(href: string): string | undefined {
  const normalised = normaliseHref(href);
  if (normalised.startsWith('//')) return '';
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(normalised)?.[1];
  // A colon before any / ? # would make a browser read a scheme after all (e.g. "1javascript:").
  return scheme ?? (/^[^/?#]*:/.test(normalised) ? '' : undefined);
}

/** What validation asks: does this link send anywhere but https:/mailto: (in any spelling)? */
export function isUnsafeLink(href: string): boolean {
  const scheme = schemeOf(href);
  return scheme !== undefined && !LIVE_SCHEMES.has(scheme);
}

export function linkVerdict(href: string): LinkVerdict {
  const scheme = schemeOf(href);
  if (scheme === undefined) return 'inert';
  if (!LIVE_SCHEMES.has(scheme)) return 'unsafe';
  // Live only as written: no disguises, parseable, and the same scheme the URL parser sees.
  if (/[&%\\]/.test(href.slice(0, scheme.length + 1)) || HAS_INVISIBLE.test(href)) return 'inert';
  try {
    return new URL(href).protocol === `${scheme}:` ? 'live' : 'inert';
  } catch {
    return 'inert';
  }
}

/** Only https: and mailto: links are ever rendered as links; everything else shows as text. */
export function isSafeLink(href: string): boolean {
  return linkVerdict(href) === 'live';
}
