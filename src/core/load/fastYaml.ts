/**
 * The fast path for good files: js-yaml reads plain YAML about ten times faster than the `yaml`
 * library's document API, but keeps no positions. It resolves scalars exactly as `yaml`'s YAML 1.2
 * core schema does, and declines (returns undefined) whenever its answer could differ from the
 * document path's or a limit could matter: any syntax error, an anchor or alias, a tag, a directive,
 * too deep a nesting, too many entries, an empty document. A declined file is read again by `parseYamlFile`, whose
 * answer (with positions) is the one that counts.
 */
import { FAILSAFE_SCHEMA, load, Type, type LoadOptions, type State } from 'js-yaml';
import { DEFAULT_LIMITS, entriesOverLimit, type ParseLimits } from './yamlFile';

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
 * that is a collection or null (js-yaml turns `[a]` into "a" and `~` into "null"), a quoted text
 * over several lines. The fast path
 * leaves such a text to the document path. Prose such as "Hello!" or "50%" does not count; a false
 * alarm only costs speed.
 *
 * This runs over every byte of every file, so each rule is one regular expression (native code):
 * a scan in JavaScript, character by character, cost as much as the parse itself. A node or key may
 * start at the text's start, after a space or line break, or inside flow `[{,`.
 */
const ODD_SYNTAX_RULES = [
  /(?:^|[ \n\r[{,])!/, // a tag
  /(?:^|[ \n\r[{,])\?(?:[ \n\r]|$)/, // an explicit key
  /[\]}]#|[^ \n\r[{,-]["']#/, // a comment glued to a flow collection or a closing quote
  // A key that is empty, null (`: x`, `~: x`: js-yaml names it "null", `yaml` "") or a collection.
  /(?:(?:^|[\n\r[{,]) *|(?:^|[ \n\r[{,])(?:-|~|null|Null|NULL) *|[\]}] *):(?=[ \n\r]|$)/,
];
/** The rules as one expression: one pass over the text instead of one per rule. */
const ODD_SYNTAX = new RegExp(ODD_SYNTAX_RULES.map((rule) => rule.source).join('|'));
const BRACKET = /[[\]{}]/g;
/**
 * The first content line is indented: js-yaml then accepts a later line that is indented less
 * (`    - \n- x` is [null, "x"]) where `yaml` reports it. Rare in a data file, so all such go to the
 * document path.
 */
const INDENTED_START = /^(?:[ ]*(?:#[^\n\r]*)?\r?\n)* +[^ \n\r#]/;

/** Where a quoted scalar may open (a quote where a node may start, or after `:` in flow), and a whole one on one line. */
const QUOTE_OPENER = /(?:^|[ \n\r[{,:])["']/g;
const DOUBLE_QUOTED = /"(?:[^"\\\n\r]|\\[^\n\r])*"/y;
const SINGLE_QUOTED = /'(?:[^'\n\r]|'')*'(?!')/y;

/**
 * A quoted scalar that goes on past its line: js-yaml does not check how far its next lines are
 * indented, `yaml` does (`  b: "x\n  y"` is an error). Or one with a comment glued to its closing
 * quote (`"x "#c`: js-yaml reads the comment, `yaml` refuses it; ODD_SYNTAX cannot see that a quote
 * after a space closes a scalar). Quoted scalars are skipped whole, so that a closing quote is never
 * taken for an opening one; a quote in prose that does not close on its line is a false alarm.
 */
function oddQuotedScalar(body: string): boolean {
  QUOTE_OPENER.lastIndex = 0;
  for (let match = QUOTE_OPENER.exec(body); match; match = QUOTE_OPENER.exec(body)) {
    const at = match.index + match[0].length - 1;
    const whole = body[at] === '"' ? DOUBLE_QUOTED : SINGLE_QUOTED;
    whole.lastIndex = at;
    if (!whole.test(body) || body[whole.lastIndex] === '#') return true;
    QUOTE_OPENER.lastIndex = whole.lastIndex;
  }
  return false;
}

/**
 * A flow collection (`[`, `{`) that goes on past its line: `yaml` then checks the indentation of
 * the lines inside it and js-yaml does not (`    teams: [\n]`). Counted per line, quotes ignored:
 * a bracket inside quotes can only make a line look unbalanced, a false alarm. Only the lines with
 * a bracket are looked at.
 */
function flowSpansLines(body: string): boolean {
  BRACKET.lastIndex = 0;
  for (let match = BRACKET.exec(body); match; match = BRACKET.exec(body)) {
    // Lines end in \n here: a text with a lone \r went to the document path before this scan.
    const start = body.lastIndexOf('\n', match.index) + 1;
    let end = body.indexOf('\n', match.index);
    if (end < 0) end = body.length;
    let depth = 0;
    for (let i = start; i < end; i++) {
      const c = body[i];
      if (c === '[' || c === '{') {
        const before = i === 0 ? ' ' : body[i - 1];
        if (before === ' ' || before === '\n' || before === '\r' || before === '[' || before === '{' || before === ',') depth++;
      } else if (c === ']' || c === '}') depth--;
    }
    if (depth !== 0) return true;
    BRACKET.lastIndex = end;
  }
  return false;
}

export function needsDocumentPath(text: string): boolean {
  const body = text.startsWith('---\n') ? text.slice(4) : text.startsWith('---\r\n') ? text.slice(5) : text;
  const atLineStart = (s: string) => body.startsWith(s) || body.includes(`\n${s}`) || body.includes(`\r${s}`);
  if (body.includes('\t') || atLineStart('%') || atLineStart('---') || atLineStart('...')) return true;
  if (body.includes('\r') && /\r(?!\n)/.test(body)) return true;
  if ((body.includes('[') || body.includes('{')) && flowSpansLines(body)) return true;
  if (INDENTED_START.test(body)) return true;
  return ODD_SYNTAX.test(body) || oddQuotedScalar(body);
}

/** js-yaml 4.3 options its type definitions do not list yet. */
type FastLoadOptions = LoadOptions & { maxDepth: number };

/** Plain data if the fast path can vouch for it; undefined when the document path must decide. */
export function fastParse(text: string, limits: ParseLimits = DEFAULT_LIMITS): unknown {
  // Too many entries: the document path refuses the file, with the position.
  if (needsDocumentPath(text) || entriesOverLimit(text, limits.maxEntries) !== undefined) return undefined;
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
