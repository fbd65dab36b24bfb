/**
 * What an entry of the `cePlaybook.dataFiles` setting may name. The setting comes from a repository
 * the CE opens, so it must not make the extension walk the disk: a relative entry stays inside the
 * workspace folders, an absolute entry names one data file (no globs), and only data files count.
 */
export const DATA_FILE_NAME = /\.(ya?ml|json)$/i;
const GLOB_CHARS = /[*?{[]/;

/** At most this many data files are loaded in all; at most this long is spent finding them. */
export const DATA_FILE_BOUNDS = { maxFiles: 200, timeBudgetMs: 5000 } as const;

export type DataFileEntry =
  | { kind: 'relative-file'; path: string }
  | { kind: 'relative-glob'; pattern: string }
  | { kind: 'absolute-file'; path: string }
  | { kind: 'refused'; entry: string; reason: string };

const isAbsolute = (entry: string) => entry.startsWith('/') || entry.startsWith('\\') || /^[a-zA-Z]:[\\/]/.test(entry);

/** Normalises a relative path; undefined when it leaves the folder it is relative to. */
function insideFolder(entry: string): string | undefined {
  const parts: string[] = [];
  for (const part of entry.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return undefined;
    parts.push(part);
  }
  return parts.length ? parts.join('/') : undefined;
}

export function classifyDataFileEntry(raw: unknown): DataFileEntry | undefined {
  if (typeof raw !== 'string' || !raw.trim()) return undefined;
  const entry = raw.trim();
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(entry)) return { kind: 'refused', entry, reason: 'it contains control characters' };
  if (isAbsolute(entry)) {
    if (GLOB_CHARS.test(entry)) return { kind: 'refused', entry, reason: 'an absolute entry must name one file, not a pattern' };
    if (!DATA_FILE_NAME.test(entry)) return { kind: 'refused', entry, reason: 'only .yaml, .yml and .json files are data files' };
    if (entry.replace(/\\/g, '/').split('/').includes('..')) return { kind: 'refused', entry, reason: 'it must not contain ".."' };
    return { kind: 'absolute-file', path: entry };
  }
  const inside = insideFolder(entry);
  if (inside === undefined) return { kind: 'refused', entry, reason: 'a relative entry must stay inside the workspace folder (no "..")' };
  if (GLOB_CHARS.test(inside)) return { kind: 'relative-glob', pattern: inside };
  if (!DATA_FILE_NAME.test(inside)) return { kind: 'refused', entry, reason: 'only .yaml, .yml and .json files are data files' };
  return { kind: 'relative-file', path: inside };
}
