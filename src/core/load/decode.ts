/**
 * Turns a data file's bytes into text, or a positioned problem when they are not UTF-8. Lone CR
 * line endings (old Mac style) become LF, one character for one, so offsets stay the same and every
 * later position counts lines the way the editor does.
 */
import type { DataProblem } from './problem';

export type Decoded = { ok: true; text: string } | { ok: false; problem: DataProblem };

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/** CR not followed by LF becomes LF; CRLF stays (YAML and the editor both read it as one break). */
export function normaliseLineEnds(text: string): string {
  // Most files have no CR at all: a native scan spares the regular expression over every byte.
  return text.indexOf('\r') < 0 ? text : text.replace(/\r(?!\n)/g, '\n');
}

export function decodeDataFile(file: string, bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: normaliseLineEnds(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)) };
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
    const lines = before.split(/\r\n|\r|\n/);
    const line = lines.length;
    const column = lines[lines.length - 1].length + 1;
    return {
      ok: false,
      problem: {
        file, line, column, endLine: line, endColumn: column + 1, severity: 'error', rule: 'invalid-utf8',
        message: `The file is not valid UTF-8 (byte 0x${bytes[at]?.toString(16).padStart(2, '0') ?? '??'} at offset ${at}). Save it with UTF-8 encoding.`,
      },
    };
  }
}
