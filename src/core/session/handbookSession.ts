/**
 * One session of a team's data, the same in the extension, `ce-playbook validate` and the MCP
 * server: discover the files (discover.ts) → read them (once per version, fileVersions.ts) → check
 * each (once per content; a persistent cache can supply earlier checks) → layer them over the
 * bundled handbook → the summary: the handbook, where each entry came from, and the problems, each
 * with its file's label and key and its position clamped into the file. A file with problems
 * contributes its last good version from earlier in the session (or nothing). Pure: files are read
 * through the host's DataReader.
 */
import type { Handbook } from '../schema/schema';
import type { LabelledProblem } from '../load/problem';
import type * as SessionLoader from './sessionLoader';
import type { DataReader } from './dataReader';
import { discoverDataFiles, type DataSource, type DiscoveryNotice } from './discover';
import { FileVersions } from './fileVersions';

/** Checked files kept between sessions (the extension's workspace storage); misses are simply absent. */
export interface CheckCache {
  read(hashes: readonly string[]): Promise<ReadonlyMap<string, string>>;
  /** Stores freshly checked files and forgets contents no longer in use; never awaited by a load. */
  write(fresh: readonly SessionLoader.CheckedFile[], inUse: readonly string[]): Promise<void>;
}

export interface SessionHost {
  reader: DataReader;
  bundled(): Handbook;
  loader(): typeof SessionLoader;
  checks?: CheckCache;
}

export interface DataFile {
  key: string;
  label: string;
}

/** What the session shows: the same for every host. */
export interface SessionState {
  handbook: Handbook;
  /** The data files, in the order they are layered. */
  files: readonly DataFile[];
  /** Every problem, file by file. */
  problems: readonly LabelledProblem[];
  /** Key `${collection}/${id}` → labels of the team files that changed or added it, in order. */
  origins: ReadonlyMap<string, readonly string[]>;
  /** Labels of files with problems (including files that could not be read). */
  failed: readonly string[];
  /** Labels of failed files whose last good version is shown. */
  stale: readonly string[];
}

export type SessionLoad =
  /** Nothing to load: the bundled handbook alone. */
  | { kind: 'bundled'; state: SessionState; notices: DiscoveryNotice[] }
  /** The same files with the same bytes as the last load: its state stands, nothing is new. */
  | { kind: 'unchanged'; state: SessionState; notices: DiscoveryNotice[] }
  | { kind: 'loaded'; state: SessionState; notices: DiscoveryNotice[]; stats: { files: number; unchanged: number; fromCache: number; ms: number } }
  /** A required source names nothing (a path that is gone): nothing was loaded; `state` is the last one. */
  | { kind: 'missing'; state: SessionState; notices: DiscoveryNotice[]; missing: string[] };

/** Reads every file (unless its stat says it is unchanged); one that cannot be read becomes a problem of its own. */
async function readInputs(keys: readonly string[], reader: DataReader, files: FileVersions, maxBytes: number) {
  const inputs: SessionLoader.DataFileInput[] = [];
  const unreadable: SessionLoader.ReadFailure[] = [];
  for (const key of keys) {
    const label = reader.label(key);
    try {
      const read = await files.read(key, maxBytes);
      inputs.push(read.tooLarge === undefined ? { key, label, bytes: read.bytes } : { key, label, bytes: new Uint8Array(0), tooLarge: read.tooLarge });
    } catch (error) {
      const problem = { file: key, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error' as const, rule: 'unreadable', message: `The file could not be read: ${String(error)}` };
      unreadable.push({ key, label, problem });
    }
  }
  return { inputs, unreadable };
}

export class HandbookSession {
  private memory: SessionLoader.LoadMemory | undefined;
  private originLabels: SessionLoader.OriginLabels | undefined;
  private readonly files: FileVersions;
  /** The files (keys, labels, sizes) the last state was loaded from; undefined when it was not loaded from files. */
  private loadedFiles: string | undefined;
  private last: SessionState | undefined;

  constructor(private readonly host: SessionHost) {
    this.files = new FileVersions(host.reader);
  }

  /** The state of the last load; the bundled handbook before the first. */
  get state(): SessionState {
    return (this.last ??= this.bundledState());
  }

  private bundledState(): SessionState {
    return { handbook: this.host.bundled(), files: [], problems: [], origins: new Map(), failed: [], stale: [] };
  }

  /**
   * Loads the data files of these sources. Throws only when the loader itself fails (a bug): the
   * caller keeps what it shows. One load at a time: callers chain their loads.
   */
  async load(sources: readonly DataSource[]): Promise<SessionLoad> {
    const { reader } = this.host;
    const { keys, notices, missing } = await discoverDataFiles(sources, reader);
    if (missing.length) return { kind: 'missing', state: this.state, notices, missing };
    if (keys.length === 0) {
      this.loadedFiles = undefined;
      this.memory?.lastGood.clear();
      // The same bundled state each time (only it has no files): nobody rebuilds anything for it.
      if (this.last?.files.length !== 0) this.last = this.bundledState();
      return { kind: 'bundled', state: this.last, notices };
    }
    this.files.keepOnly(keys);
    const loader = this.host.loader();
    const { inputs, unreadable } = await readInputs(keys, reader, this.files, loader.DEFAULT_LIMITS.maxBytes);
    const memory = (this.memory ??= new loader.LoadMemory());
    // Unchanged files (same bytes as last time) are neither hashed nor looked up again.
    const changed = inputs.filter((i) => !loader.sameBytes(memory.latest.get(i.key)?.bytes, i.bytes));
    // The same files with the same bytes load to the same result (the load is deterministic once
    // it has run on them): the last state stands.
    const files = inputs.map((i) => `${i.key}\n${i.label}\n${i.tooLarge ?? ''}`).join('\n');
    if (!changed.length && !unreadable.length && files === this.loadedFiles && this.last) return { kind: 'unchanged', state: this.last, notices };
    this.loadedFiles = undefined;
    for (const input of changed) input.hash = loader.contentHash(input.bytes);
    const { checks } = this.host;
    const stored = changed.length && checks ? await checks.read(changed.map((i) => i.hash!)) : undefined;
    const started = Date.now();
    const result = loader.loadHandbook(this.host.bundled(), inputs, memory, { stored });
    void checks?.write(result.fresh, [...memory.latest.values()].map((f) => f.hash));
    const summary = loader.summarizeLoad(result, inputs, unreadable, (this.originLabels ??= new loader.OriginLabels()));
    this.last = {
      handbook: result.handbook,
      files: keys.map((key) => ({ key, label: reader.label(key) })),
      problems: summary.problems,
      origins: summary.origins,
      failed: summary.failed,
      stale: summary.stale,
    };
    this.loadedFiles = unreadable.length ? undefined : files;
    return { kind: 'loaded', state: this.last, notices, stats: { files: inputs.length, unchanged: inputs.length - changed.length, fromCache: stored?.size ?? 0, ms: Date.now() - started } };
  }
}
