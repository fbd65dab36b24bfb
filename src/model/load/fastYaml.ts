/**
 * The fast path for good files: js-yaml reads plain YAML about ten times faster than the `yaml`
 * library's document API, but keeps no positions. It resolves scalars exactly as `yaml`'s YAML 1.2
 * core schema does, and declines (returns undefined) whenever its answer could differ from the
 * document path's or a limit could matter: any syntax error, an anchor or alias, a tag, a directive,
 * too deep a nesting, an empty document. A declined file is read again by `parseYamlFile`, whose
 * answer (with positions) is the one that counts.
 */
import { FAILSAFE_SCHEMA, load, Type, type LoadOptions, type State } from 'js-yaml';
import { DEFAULT_LIMITS, type ParseLimits } from './yamlFile';

/** A scalar type of `yaml`'s core schema (node_modules/yaml/dist/schema/core), for plain scalars only. */
const scalar = (name: string, test: RegExp, construct: (text: string) => unknown) =>
  // A private tag, so that an explicit standard tag in a file never resolves through these types.
  new Type(`tag:ce-playbook.local,2026:${name}`, { kind: 'scalar', resolve: (text: string | null) => text === null || test.test(text), construct: (text: string | null) => construct(text ?? '') });

const CORE_LIKE_YAML = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', /^(?:~|[Nn]ull|NULL)?$/, () => null),
    scalar('bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T'),
    scalar('int-oct', /^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)),
    scalar('int', /^[-+]?[0-9]+$/, (s) => parseInt(s, 10)),
    scalar('int-hex', /^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)),
    scalar('float-nan', /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity)),
    scalar('float-exp', /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, parseFloat),
    scalar('float', /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, parseFloat),
  ],
});

/**
 * Where js-yaml reads a text differently from `yaml` (found by the property test in
 * test/unit/fastPath.test.ts), or where a limit could matter: a tag (`!` where a node may start), a
 * directive (`%` at a line start, which can switch `yaml` to YAML 1.1), a tab, a lone CR, a document
 * marker other than a first `---` line, a comment glued to a flow collection or a quote, a key
 * that is a collection or null (js-yaml turns `[a]` into "a" and `~` into "null"). The fast path
 * leaves such a text to the document path. Prose such as "Hello!" or "50%" does not count; a false
 * alarm only costs speed. A scan per character kind with indexOf: this runs over every byte.
 */
const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\n' || c === '\r';
/** Where a node or key may start: the text's start, a space or line break, or inside flow `[{,`. */
const isNodeStart = (c: string | undefined) => isSpace(c) || c === '[' || c === '{' || c === ',';
const closesFlow = (c: string | undefined) => c === ']' || c === '}';
const NULL_KEYS = ['~', 'null', 'Null', 'NULL'];

/** Whether any occurrence of `char` passes `test(i)`; indexOf keeps the scan native. */
function some(text: string, char: string, test: (i: number) => boolean): boolean {
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) if (test(i)) return true;
  return false;
}

/** A key that is empty, null (`: x`, `~: x`: js-yaml names it "null", `yaml` "") or a flow collection. */
function oddKeyBefore(text: string, colon: number): boolean {
  let end = colon;
  while (end > 0 && text[end - 1] === ' ') end--;
  const last = text[end - 1];
  if (isNodeStart(last) || closesFlow(last) || (last === '-' && isNodeStart(text[end - 2]))) return true;
  return NULL_KEYS.some((k) => text.startsWith(k, end - k.length) && isNodeStart(text[end - k.length - 1]));
}

/**
 * A flow collection (`[`, `{`) that goes on past its line: `yaml` then checks the indentation of
 * the lines inside it and js-yaml does not (`    teams: [\n]`). Counted per line, quotes ignored:
 * a bracket inside quotes can only make a line look unbalanced, a false alarm.
 */
function flowSpansLines(body: string): boolean {
  let depth = 0;
  for (let i = 0; i <= body.length; i++) {
    const c = body[i];
    if (c === '\n' || c === undefined) {
      if (depth !== 0) return true;
    } else if ((c === '[' || c === '{') && isNodeStart(body[i - 1])) depth++;
    else if (closesFlow(c)) depth--;
  }
  return false;
}

function needsDocumentPath(text: string): boolean {
  const body = text.startsWith('---\n') ? text.slice(4) : text.startsWith('---\r\n') ? text.slice(5) : text;
  const atLineStart = (s: string) => body.startsWith(s) || body.includes(`\n${s}`) || body.includes(`\r${s}`);
  if (body.includes('\t') || atLineStart('%') || atLineStart('---') || atLineStart('...')) return true;
  if (body.includes('\r') && /\r(?!\n)/.test(body)) return true;
  if ((body.includes('[') || body.includes('{')) && flowSpansLines(body)) return true;
  const quote = (c: string | undefined) => c === '"' || c === "'";
  return (
    some(body, '!', (i) => isNodeStart(body[i - 1])) ||
    some(body, '?', (i) => isNodeStart(body[i - 1]) && isSpace(body[i + 1])) ||
    // A comment glued to a flow collection or to a closing quote.
    some(body, '#', (i) => closesFlow(body[i - 1]) || (quote(body[i - 1]) && !isNodeStart(body[i - 2]) && body[i - 2] !== '-')) ||
    some(body, ':', (i) => isSpace(body[i + 1]) && oddKeyBefore(body, i))
  );
}

/** js-yaml 4.3 options its type definitions do not list yet. */
type FastLoadOptions = LoadOptions & { maxDepth: number };

/** Plain data if the fast path can vouch for it; undefined when the document path must decide. */
export function fastParse(text: string, limits: ParseLimits = DEFAULT_LIMITS): unknown {
  if (needsDocumentPath(text)) return undefined;
  let anchors = false;
  let value: unknown;
  try {
    const options: FastLoadOptions = {
      schema: CORE_LIKE_YAML,
      json: false, // duplicate keys are errors
      maxDepth: limits.maxDepth,
      listener(event, state: State & { anchor?: string | null }) {
        if (event === 'close' && state.anchor !== null && state.anchor !== undefined) anchors = true;
      },
    };
    value = load(text, options);
  } catch {
    return undefined;
  }
  // Without anchors there can be no alias, so nothing is shared and the alias limit cannot matter.
  if (anchors || value === null || value === undefined) return undefined;
  return value;
}
