/**
 * Loads the handbook from the bundled data plus a team's data files: checks each file on its own
 * (once per content: unchanged files are remembered, and a persistent store can supply checks made
 * in another session), merges them by id, and keeps the playbook valid whatever the files hold. A
 * file with problems is reported and contributes its last good version (from earlier in this
 * session) or nothing. A reload merges only what the changed files touched (incrementalMerge.ts).
 */
import type { Handbook, HandbookFile } from '../schema/schema';
import { decodeCacheEntry } from './checkCache';
import { checkDataFile, checkedFromValue, contentHash, refusedAsTooLarge, sameBytes, type CheckedFile } from './checkFile';
import { normaliseLineEnds } from './decode';
import { MergeMemory } from './incrementalMerge';
import type { Layer, MergeResult, Origin } from './merge';
import { clampPosition, lineLengths, type DataProblem } from './problem';
import { DEFAULT_LIMITS, type ParseLimits } from './yamlFile';

export interface DataFileInput {
  /** A stable key for the file (its URI or path): problems and origins name the file by it. */
  key: string;
  /** The name shown to people (a workspace-relative path); applied by the caller, at the edge. */
  label: string;
  bytes: Uint8Array;
  /** The hash of `bytes` if the caller has it already (see contentHash). */
  hash?: string;
  /**
   * The file's size on disk when the caller found it over the limit (`maxBytes`) and did not read
   * it: `bytes` is then empty and the file is refused with a positioned problem, never decoded.
   */
  tooLarge?: number;
}

export interface LoadedHandbook {
  handbook: Handbook;
  /** Belongs to the load memory: the next load with the same memory updates it in place. */
  origins: Map<string, Origin[]>;
  /** Problems by file key; every file that was read has an entry (empty when it is fine). Each problem's `file` is the key. */
  problems: Map<string, DataProblem[]>;
  /** Keys of files whose problems mean their last good version (or nothing) is shown instead. */
  failed: string[];
  /** Keys of failed files whose last good version is still applied. */
  stale: string[];
  /** Files checked in this load (not taken from memory or the store) that have no problems: worth storing. */
  fresh: CheckedFile[];
}

/**
 * What a session remembers between loads: the last version of each file that loaded cleanly (so a
 * broken save keeps showing it), and each file's latest check (so unchanged files cost nothing).
 */
export class LoadMemory {
  readonly lastGood = new Map<string, CheckedFile>();
  readonly latest = new Map<string, CheckedFile>();
  /** The last merge, so a reload after one file changed merges only what that file touched. */
  readonly merge = new MergeMemory();
}

export interface LoadOptions {
  limits?: ParseLimits;
  /** Persistent cache entries read by the caller, by content hash (see checkCache.ts); checked before use. */
  stored?: ReadonlyMap<string, string>;
}

/** The bundled handbook was checked when the extension was built; it is merged, never checked again. */
const bundledLayers = new WeakMap<Handbook, Layer>();
const bundledLayer = (handbook: Handbook): Layer => {
  let layer = bundledLayers.get(handbook);
  if (!layer) {
    layer = { name: 'bundled', parsed: { file: 'bundled', value: handbook as unknown as HandbookFile, problems: [], locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) } };
    bundledLayers.set(handbook, layer);
  }
  return layer;
};

/** Checks one file on its own (see checkFile.ts); problems name the file by its key. */
export function parseDataFile(input: DataFileInput, limits: ParseLimits = DEFAULT_LIMITS): CheckedFile {
  return checkDataFile(input.key, input.bytes, limits, input.hash);
}

/** The file's check: remembered if its bytes did not change, stored if a valid entry exists, else done now. */
function checkOnce(input: DataFileInput, memory: LoadMemory, options: LoadOptions, fresh: CheckedFile[]): CheckedFile {
  const limits = options.limits ?? DEFAULT_LIMITS;
  if (input.tooLarge !== undefined) return refusedAsTooLarge(input.key, input.tooLarge, limits);
  const known = memory.latest.get(input.key);
  if (known && (input.hash !== undefined ? known.hash === input.hash : sameBytes(known.bytes, input.bytes))) return known;
  const hash = input.hash ?? contentHash(input.bytes);
  const entry = options.stored?.get(hash);
  const stored = entry === undefined ? undefined : decodeCacheEntry(entry, hash, limits);
  if (stored) return checkedFromValue(input.key, input.bytes, hash, stored, limits);
  const checked = checkDataFile(input.key, input.bytes, limits, hash);
  if (!checked.problems.length) fresh.push(checked);
  return checked;
}

/** Every position inside the file as it is now (a parser, or a stale version's path, may point past it). */
function clampToFile(list: DataProblem[], bytes: Uint8Array): DataProblem[] {
  const lines = lineLengths(normaliseLineEnds(new TextDecoder('utf-8').decode(bytes)).replace(/^\ufeff/, ''));
  return list.map((p) => clampPosition(p, lines));
}

export function loadHandbook(bundled: Handbook, files: DataFileInput[], memory = new LoadMemory(), options: LoadOptions = {}): LoadedHandbook {
  const { lastGood } = memory;
  const fresh: CheckedFile[] = [];
  const problems = new Map<string, DataProblem[]>(files.map((f) => [f.key, []]));
  const parsed = new Map(files.map((f) => [f.key, checkOnce(f, memory, options, fresh)]));
  memory.latest.clear();
  for (const [key, p] of parsed) memory.latest.set(key, p);
  const excluded = new Set<string>();
  for (const [key, p] of parsed) {
    if (p.problems.length) {
      problems.get(key)!.push(...p.problems);
      excluded.add(key);
    }
  }
  // Merge; a file whose entries break the whole (unknown references, incomplete new entries) is
  // taken out and the rest merged again, until every remaining file applies cleanly.
  let result: MergeResult;
  // Last good versions that no longer fit the other files: left out of this load, but remembered, so
  // every reload says the same thing until the file is fixed or deleted.
  const unfit = new Set<string>();
  const usable = (key: string) => lastGood.has(key) && !unfit.has(key);
  for (;;) {
    const layers: Layer[] = [bundledLayer(bundled)];
    for (const f of files) {
      if (!excluded.has(f.key)) layers.push({ name: f.key, parsed: parsed.get(f.key)! });
      else if (usable(f.key)) layers.push({ name: f.key, parsed: lastGood.get(f.key)! });
    }
    result = memory.merge.merge(layers);
    const newlyFailed = new Set<string>();
    for (const problem of result.problems) {
      let key = problem.file;
      let blamed = problem;
      if (!problems.has(key)) {
        // Only a workspace file can break the bundled data (it was validated at build time): blame
        // the last file applied, a file's stale last good version included, so the loop always ends.
        const last = files.filter((f) => !excluded.has(f.key) || usable(f.key)).pop();
        if (!last) throw new Error(`The bundled data is invalid: ${problem.message}`);
        key = last.key;
        blamed = { ...problem, file: last.key, line: 1, column: 1, endLine: 1, endColumn: 1, message: `With this file applied, the bundled data breaks: ${problem.message}` };
      }
      if (!excluded.has(key)) {
        problems.get(key)!.push(blamed);
        newlyFailed.add(key);
      } else if (usable(key)) {
        // Its last good version no longer fits with the other files: say so on its own file, leave it out.
        unfit.add(key);
        problems.get(key)!.push({ ...blamed, line: 1, column: 1, endLine: 1, endColumn: 1, message: `The last good version of this file no longer fits with the other data files, so none of it is applied: ${blamed.message}` });
        newlyFailed.add(key);
      }
    }
    if (newlyFailed.size === 0) break;
    for (const key of newlyFailed) excluded.add(key);
  }
  for (const f of files) if (!excluded.has(f.key)) lastGood.set(f.key, parsed.get(f.key)!);
  for (const key of [...lastGood.keys()]) if (!parsed.has(key)) lastGood.delete(key); // deleted files
  for (const f of files) {
    const list = problems.get(f.key)!;
    if (list.length) problems.set(f.key, clampToFile(list, f.bytes));
  }
  const failed = files.filter((f) => excluded.has(f.key)).map((f) => f.key);
  return { handbook: result.handbook, origins: result.origins, problems, failed, stale: failed.filter(usable), fresh };
}

/** The same problems, each naming its file by the label the caller gave it (for people and the CLI). */
export function labelProblems(problems: readonly DataProblem[], files: readonly DataFileInput[]): DataProblem[] {
  const labels = new Map(files.map((f) => [f.key, f.label]));
  return problems.map((p) => ({ ...p, file: labels.get(p.file) ?? p.file }));
}
