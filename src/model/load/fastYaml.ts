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
 * Text that could hold a tag (`!` where a node may start), a directive (`%` at a line start, which
 * can switch `yaml` to YAML 1.1) or a tab (where the two parsers' tolerance differs): the fast path
 * leaves those to the document path. Prose such as "Hello!" or "50%" does not match; a false match
 * only costs speed.
 */
const NEEDS_DOCUMENT_PATH = /(?:^|[\s[\]{},])!|^%|\t/m;

/** js-yaml 4.3 options its type definitions do not list yet. */
type FastLoadOptions = LoadOptions & { maxDepth: number };

/** Plain data if the fast path can vouch for it; undefined when the document path must decide. */
export function fastParse(text: string, limits: ParseLimits = DEFAULT_LIMITS): unknown {
  if (NEEDS_DOCUMENT_PATH.test(text)) return undefined;
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
