/**
 * What a session shows after a load, worked out once: problems by file with labels applied (the
 * loader names files by key; labels are for people), where each entry came from, which files failed
 * or show their last good version, and the count for the status bar. Positions are not clamped
 * here: the loader clamped them into each file, once.
 */
import type { DataFileInput, LoadedHandbook } from './loadHandbook';
import type { Origin } from './merge';
import { formatProblem, type DataProblem, type LabelledProblem } from './problem';

export interface LoadSummary {
  /** Key `${collection}/${id}` → labels of the workspace files that changed or added it, in order. */
  origins: Map<string, string[]>;
  /** Labels of files with problems (including files that could not be read). */
  failed: string[];
  /** Labels of failed files whose last good version is shown. */
  stale: string[];
  /** Problems by file key, only files that have some; each names its file by label. */
  problemsByKey: Map<string, LabelledProblem[]>;
  /** Every problem, file by file in the order of the files. */
  problems: LabelledProblem[];
  problemCount: number;
  /** One line per problem, files named by label (for the log). */
  logLines: string[];
}

/** A file that could not be read at all: its key, and the problem that says so. */
export interface ReadFailure {
  key: string;
  label: string;
  problem: DataProblem;
}

/**
 * The labelled origins of the last summary, by the merge's list of origins: a reload's merge keeps
 * the lists of the entries it did not touch (incrementalMerge.ts), so only the touched ones are
 * labelled again. Forgotten when any file's label changes.
 */
export class OriginLabels {
  private files = '';
  private byOrigins = new WeakMap<readonly Origin[], string[]>();

  labelsOf(inputs: readonly { key: string; label: string }[]): WeakMap<readonly Origin[], string[]> {
    const files = inputs.map((f) => `${f.key}\n${f.label}`).join('\n');
    if (files !== this.files) [this.files, this.byOrigins] = [files, new WeakMap()];
    return this.byOrigins;
  }
}

export function summarizeLoad(result: LoadedHandbook, inputs: readonly DataFileInput[], unreadable: readonly ReadFailure[] = [], remembered = new OriginLabels()): LoadSummary {
  const labels = new Map<string, string>([...inputs, ...unreadable].map((f) => [f.key, f.label]));
  const labelOf = (key: string) => labels.get(key) ?? key;
  const known = remembered.labelsOf([...inputs, ...unreadable]);
  const origins = new Map<string, string[]>();
  for (const [entry, list] of result.origins) {
    let files = known.get(list);
    if (!files) known.set(list, (files = list.filter((o) => o.layer !== 'bundled').map((o) => labelOf(o.layer))));
    if (files.length) origins.set(entry, files);
  }
  const problemsByKey = new Map<string, LabelledProblem[]>();
  const labelled = (key: string, list: readonly DataProblem[]) => list.map((p): LabelledProblem => ({ ...p, file: labelOf(key), key, layer: 'team' }));
  for (const [key, problems] of result.problems) if (problems.length) problemsByKey.set(key, labelled(key, problems));
  for (const failure of unreadable) problemsByKey.set(failure.key, labelled(failure.key, [failure.problem]));
  const problems = [...problemsByKey.values()].flat();
  const logLines = problems.map(formatProblem);
  const problemCount = problems.length;
  return {
    problems,
    origins,
    failed: [...result.failed.map(labelOf), ...unreadable.map((f) => f.label)],
    stale: result.stale.map(labelOf),
    problemsByKey,
    problemCount,
    logLines,
  };
}
