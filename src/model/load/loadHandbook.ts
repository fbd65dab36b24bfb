/**
 * Loads the handbook from the bundled data plus a team's data files: decodes and parses each file,
 * merges them by id, and keeps the playbook valid whatever the files hold. A file with problems is
 * reported and contributes its last good version (from earlier in this session) or nothing.
 */
import type { Handbook, HandbookFile } from '../schema';
import { decodeDataFile, normaliseLineEnds } from './decode';
import { findUnsafeLinks, shownHref } from './links';
import { mergeLayers, type Layer, type MergeResult, type Origin } from './merge';
import { clampPosition, lineLengths, type DataProblem } from './problem';
import { DEFAULT_LIMITS, parseYamlFile, type ParsedFile, type ParseLimits } from './yamlFile';

export interface DataFileInput {
  /** A stable key for the file (its URI) and the name shown in messages (a workspace-relative path). */
  key: string;
  label: string;
  bytes: Uint8Array;
}

export interface LoadedHandbook {
  handbook: Handbook;
  origins: Map<string, Origin[]>;
  /** Problems by file key; every file that was read has an entry (empty when it is fine). */
  problems: Map<string, DataProblem[]>;
  /** Keys of files whose problems mean their last good version (or nothing) is shown instead. */
  failed: string[];
  /** Keys of failed files whose last good version is still applied. */
  stale: string[];
}

/** Per-file memory of the last version that loaded cleanly, so a broken save keeps showing it. */
export type LastGood = Map<string, ParsedFile>;

const bundledLayer = (handbook: Handbook): Layer => ({
  name: 'bundled',
  parsed: { file: 'bundled', value: handbook as unknown as HandbookFile, problems: [], locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) },
});

/** Parses a file and runs the checks that need no other file. */
export function parseDataFile(input: DataFileInput, limits: ParseLimits = DEFAULT_LIMITS): ParsedFile {
  if (input.bytes.byteLength > limits.maxBytes) {
    const problem: DataProblem = {
      file: input.label, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', rule: 'file-too-large',
      message: `The file is ${input.bytes.byteLength} bytes; data files may be at most ${limits.maxBytes} bytes. Split it into smaller files.`,
    };
    return { file: input.label, value: undefined, problems: [problem], locate: () => problem };
  }
  const decoded = decodeDataFile(input.label, input.bytes);
  if (!decoded.ok) return { file: input.label, value: undefined, problems: [decoded.problem], locate: () => decoded.problem };
  const parsed = parseYamlFile(input.label, decoded.text, limits);
  if (parsed.value === undefined || parsed.problems.length) return parsed;
  const unsafe = findUnsafeLinks(parsed.value);
  if (unsafe.length === 0) return parsed;
  return {
    ...parsed,
    problems: unsafe.map((u) => ({
      file: input.label,
      ...parsed.locate(u.path),
      severity: 'error' as const,
      rule: 'unsafe-link',
      message: `The link ${shownHref(u.href)} is not allowed: links must start with https: or mailto: (any other scheme is refused however it is spelled, with entities, percent-escapes or hidden characters).`,
    })),
  };
}

/** Every position inside the file as it is now (a parser, or a stale version's path, may point past it). */
function clampToFile(list: DataProblem[], bytes: Uint8Array): DataProblem[] {
  const lines = lineLengths(normaliseLineEnds(new TextDecoder('utf-8').decode(bytes)).replace(/^\ufeff/, ''));
  return list.map((p) => clampPosition(p, lines));
}

export function loadHandbook(bundled: Handbook, files: DataFileInput[], lastGood: LastGood = new Map(), limits: ParseLimits = DEFAULT_LIMITS): LoadedHandbook {
  const problems = new Map<string, DataProblem[]>(files.map((f) => [f.key, []]));
  const parsed = new Map(files.map((f) => [f.key, parseDataFile(f, limits)]));
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
  for (;;) {
    const layers: Layer[] = [bundledLayer(bundled)];
    for (const f of files) {
      if (!excluded.has(f.key)) layers.push({ name: f.key, parsed: parsed.get(f.key)! });
      else if (lastGood.has(f.key)) layers.push({ name: f.key, parsed: lastGood.get(f.key)! });
    }
    result = mergeLayers(layers);
    const byLabel = new Map(files.map((f) => [f.label, f.key]));
    const newlyFailed = new Set<string>();
    for (const problem of result.problems) {
      let key = byLabel.get(problem.file);
      let blamed = problem;
      if (key === undefined) {
        // Only a workspace file can break the bundled data (it was validated at build time): blame
        // the last file applied, a file's stale last good version included, so the loop always ends.
        const last = files.filter((f) => !excluded.has(f.key) || lastGood.has(f.key)).pop();
        if (!last) throw new Error(`The bundled data is invalid: ${problem.message}`);
        key = last.key;
        blamed = { ...problem, file: last.label, line: 1, column: 1, endLine: 1, endColumn: 1, message: `With this file applied, the bundled data breaks: ${problem.message}` };
      }
      if (!excluded.has(key)) {
        problems.get(key)!.push(blamed);
        newlyFailed.add(key);
      } else if (lastGood.has(key)) {
        // Its last good version no longer fits with the other files: say so on its own file, drop it.
        lastGood.delete(key);
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
  return { handbook: result.handbook, origins: result.origins, problems, failed, stale: failed.filter((k) => lastGood.has(k)) };
}
