/**
 * Where to report the YAML errors that come from indentation. The parser notices a wrongly
 * indented line only at the key before it (it reads the line as the continuation of that key's
 * value), so its position is one line early; a person has to fix the indented line itself.
 */

/** Error codes of the `yaml` parser that a wrong indentation causes. */
const CONTINUATION_CODES = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);

const lineStartOf = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
const firstNonSpace = (text: string, from: number) => {
  let i = from;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i;
};

/** The offset of the first character of the next non-blank, non-comment line after `offset`'s line. */
function nextContentLine(text: string, offset: number): number | undefined {
  for (let i = text.indexOf('\n', offset); i !== -1; i = text.indexOf('\n', i + 1)) {
    const at = firstNonSpace(text, i + 1);
    if (at < text.length && text[at] !== '\n' && text[at] !== '\r' && text[at] !== '#') return at;
  }
  return undefined;
}

/**
 * The offset a person would fix for a parser error at `start`, when it comes from indentation:
 * the first character of the wrongly indented line. Undefined for every other error.
 */
export function indentationOffset(text: string, code: string, start: number): number | undefined {
  if (start < 0 || start > text.length) return undefined;
  const lineStart = lineStartOf(text, start);
  if (code === 'BAD_INDENT') return firstNonSpace(text, lineStart);
  if (!CONTINUATION_CODES.has(code)) return undefined;
  const next = nextContentLine(text, start);
  if (next === undefined) return undefined;
  const indent = firstNonSpace(text, lineStart) - lineStart;
  const nextIndent = next - lineStartOf(text, next);
  return nextIndent > indent ? next : undefined;
}
