/**
 * Everything the command line prints passes through here. Names, ids and texts come from data files
 * and pages anyone can write, and a terminal (or a CI log) acts on control characters: an escape
 * sequence can recolour, hide or rewrite what was printed before, a carriage return overwrites the
 * line, a line break inside one problem forges a second one. So such characters are shown as the
 * JSON escape that names them (`\u001b`), never sent as they are. The JSON escape form also keeps
 * JSON output valid: a character escaped inside a JSON string reads back as the same character.
 */

/* eslint-disable no-control-regex -- matching control characters is the point */
/** C0 controls (but line feed and tab), DEL, C1 controls, the Unicode line separators, bidi overrides and isolates. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same, and line feed and tab: for one field of a line-oriented record. */
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const escaped = (ch: string) => SHORT[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Text for the terminal: line breaks and tabs kept, every other control character shown as its escape. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, escaped);
}

/** One line (a problem, a search result, a label): line breaks and tabs shown as `\n` and `\t` too. */
export function terminalLine(text: string): string {
  return text.replace(UNSAFE_IN_LINE, escaped);
}

/** Writes the command's result on stdout, escaped. */
export function writeOut(text: string): void {
  process.stdout.write(terminalText(text));
}

/** Writes a diagnostic on stderr, escaped. */
export function writeErr(text: string): void {
  process.stderr.write(terminalText(text));
}
