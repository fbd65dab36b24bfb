/**
 * The one rule for which files are handbook data, in which order, and what is ignored; the
 * extension, `ce-playbook validate`, search, show, import, diff and the MCP server all find their
 * files here.
 *
 * - A named file counts whatever its name, if it is a file; a named path is a file or a folder.
 * - A folder counts its own data files (`.yaml`, `.yml`, `.json`, any case; not its subfolders), in
 *   the order of their names (see compareDataFileNames); anything else in it is ignored.
 * - A pattern (the extension's setting) counts the data files it matches, in the same order.
 * - Sources are taken in the order given; a file found twice counts once, where first found.
 * - Bounded: at most DATA_FILE_BOUNDS.maxFiles files, at most timeBudgetMs spent finding them;
 *   each bound hit comes back as a notice.
 */
import { DATA_FILE_BOUNDS, DATA_FILE_NAME } from '../load/dataFileSetting';
import type { DataReader, EntryType } from './dataReader';

export type DataSource =
  | { kind: 'file'; key: string; required?: boolean }
  | { kind: 'folder'; key: string; required?: boolean }
  /** A file or a folder: what a path given on the command line names. */
  | { kind: 'path'; key: string; required?: boolean }
  | { kind: 'pattern'; root: string; pattern: string };

export type DiscoveryNotice = { kind: 'too-many'; maxFiles: number } | { kind: 'too-slow'; seconds: number };

export interface Discovered {
  /** The data files' keys, in the order they are layered. */
  keys: string[];
  notices: DiscoveryNotice[];
  /** Sources marked `required` that name nothing (a path given on the command line that is gone). */
  missing: string[];
}

const collator = new Intl.Collator('en');

/**
 * The order of a folder's files: by name as people sort them (case after letter, the same in every
 * locale), then by code unit, so two names never tie.
 */
export function compareDataFileNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

export const isDataFileName = (name: string): boolean => DATA_FILE_NAME.test(name);

/** Which entries of a folder are data files, in the order they are layered (its subfolders are not looked into). */
export function folderDataFiles(entries: ReadonlyArray<readonly [name: string, type: EntryType]>): string[] {
  return entries
    .filter(([name, type]) => type === 'file' && isDataFileName(name))
    .map(([name]) => name)
    .sort(compareDataFileNames);
}

async function folderFiles(reader: DataReader, folder: string): Promise<string[]> {
  return folderDataFiles(await reader.readDirectory(folder)).map((name) => reader.join(folder, name));
}

export async function discoverDataFiles(sources: readonly DataSource[], reader: DataReader, bounds: { maxFiles: number; timeBudgetMs: number } = DATA_FILE_BOUNDS): Promise<Discovered> {
  const keys: string[] = [];
  const seen = new Set<string>();
  const missing: string[] = [];
  let full = false;
  const add = (key: string) => {
    if (seen.has(key)) return;
    if (keys.length >= bounds.maxFiles) {
      full = true;
      return;
    }
    seen.add(key);
    keys.push(key);
  };
  const budget = new AbortController();
  const timer = setTimeout(() => budget.abort(), bounds.timeBudgetMs);
  try {
    for (const source of sources) {
      if (budget.signal.aborted) break;
      if (source.kind === 'pattern') {
        if (!reader.findFiles) continue;
        // One more than fits tells whether the bound was hit.
        const found = await reader.findFiles(source.root, source.pattern, bounds.maxFiles + 1, budget.signal);
        found.filter(isDataFileName).sort(compareDataFileNames).forEach(add);
        if (found.length > bounds.maxFiles) full = true;
        continue;
      }
      const stat = await reader.stat(source.key);
      const kind = source.kind === 'path' ? stat?.type : source.kind;
      if (kind === 'file' && stat?.type === 'file') add(source.key);
      else if (kind === 'folder' && stat?.type === 'folder') {
        try {
          (await folderFiles(reader, source.key)).forEach(add);
        } catch {
          // Gone between the stat and the read: nothing to load from it.
        }
      } else if (source.required) missing.push(source.key);
    }
  } finally {
    clearTimeout(timer);
  }
  const notices: DiscoveryNotice[] = [];
  if (budget.signal.aborted) notices.push({ kind: 'too-slow', seconds: bounds.timeBudgetMs / 1000 });
  if (full) notices.push({ kind: 'too-many', maxFiles: bounds.maxFiles });
  return { keys, notices, missing };
}
