/**
 * What `ce-playbook import --out DIR` would do to the folder, worked out before anything is written:
 * the folder as it would be (its other data files and the imported ones), checked as `validate`
 * checks it, and the files it would overwrite whose content differs, each with what would change.
 */
import fs = require('node:fs');
import path = require('node:path');
import { diffData, type DataDiff, type DataSet } from '../features/whatChanged/model/dataDiff';
import { labelProblems, loadHandbook, parseDataFile, type DataFileInput } from '../core/load/loadHandbook';
import { formatProblem, type DataProblem } from '../core/load/problem';
import { compareDataFileNames } from '../core/session/discover';
import { bundled, readDataFiles } from './dataFiles';
import { terminalLine, writeErr, writeOut } from './terminalText';

export interface PlannedFile {
  /** Where it goes, as the user named the folder. */
  path: string;
  text: string;
  /** The file there now, when there is one. */
  existing?: Uint8Array;
}

export interface Overwrite {
  path: string;
  /** What would change, in a few words. */
  summary: string;
}

/** The files to write into the folder, each with what is there now. */
export function planFiles(out: string, files: Map<string, string>): PlannedFile[] {
  return [...files].map(([name, text]) => {
    const file = path.join(out, name);
    return { path: file, text, existing: fs.existsSync(file) ? fs.readFileSync(file) : undefined };
  });
}

/** The planned files that would replace a file with different content. */
export function overwrites(planned: PlannedFile[]): Overwrite[] {
  return planned
    .filter((f) => f.existing !== undefined && !Buffer.from(f.existing).equals(Buffer.from(f.text)))
    .map((f) => ({ path: f.path, summary: changeSummary(f.path, Buffer.from(f.existing!).toString('utf8'), f.text) }));
}

/** The problems `validate` would report on the folder once the planned files are written. */
export function checkPlanned(out: string, planned: PlannedFile[], cwd = process.cwd()): DataProblem[] {
  const label = (file: string) => path.relative(cwd, path.resolve(cwd, file)) || file;
  const replaced = new Set(planned.map((f) => path.resolve(cwd, f.path)));
  const others = fs.existsSync(out) ? readDataFiles([out], cwd).filter((input) => !replaced.has(input.key)) : [];
  const inputs: DataFileInput[] = [
    ...others,
    ...planned.map((f) => ({ key: path.resolve(cwd, f.path), label: label(f.path), bytes: Buffer.from(f.text) })),
  ].sort((a, b) => compareDataFileNames(path.basename(a.key), path.basename(b.key))); // in the order validate layers a folder's files
  const loaded = loadHandbook(bundled(), inputs);
  return inputs.flatMap((input) => labelProblems(loaded.problems.get(input.key) ?? [], inputs));
}

/** Checks one file printed instead of written (its problems are named by `label`). */
export function checkPrinted(label: string, text: string): DataProblem[] {
  return loadHandbook(bundled(), [{ key: label, label, bytes: Buffer.from(text) }]).problems.get(label) ?? [];
}

const ids = (entries: { collection: string; id: string }[]) => {
  const unique = [...new Set(entries.map((e) => `${e.collection}/${e.id}`))];
  return unique.slice(0, 3).join(', ') + (unique.length > 3 ? `, … ${unique.length - 3} more` : '');
};
const count = (n: number, what: string) => `${n} ${what}`;

/** A few words on how the new text differs from the file's: the entries added, removed and changed. */
export function changeSummary(file: string, before: string, after: string): string {
  const parse = (text: string) => parseDataFile({ key: file, label: file, bytes: Buffer.from(text) });
  const old = parse(before);
  if (old.problems.length || old.value === undefined) return `its current text is not valid data (line ${old.problems[0]?.line ?? 1}); the import would replace all of it`;
  const diff: DataDiff = diffData(old.value as DataSet, (parse(after).value ?? {}) as DataSet);
  const changedEntries = [...new Map(diff.changed.map((c) => [`${c.collection}/${c.id}`, c])).values()];
  const parts = [
    diff.changed.length && `${count(changedEntries.length, changedEntries.length === 1 ? 'entry changed' : 'entries changed')} (${ids(changedEntries)})`,
    diff.added.length && `${count(diff.added.length, 'added')} (${ids(diff.added)})`,
    diff.removed.length && `${count(diff.removed.length, 'removed')} (${ids(diff.removed)})`,
  ].filter((p): p is string => typeof p === 'string');
  return parts.length ? parts.join(', ') : 'the same entries; only comments or layout differ';
}

export interface WriteOptions {
  force?: boolean;
  writeInvalid?: boolean;
}

export const reportProblems = (problems: DataProblem[]) => {
  for (const p of problems) writeErr(`${terminalLine(formatProblem(p))}\n`);
};
export const hasErrors = (problems: DataProblem[]) => problems.some((p) => p.severity === 'error');

/**
 * Writes the files into the folder unless the check or an overwrite says not to (`import` and
 * `import-customers` alike): whether it wrote them, and whether the result has errors.
 */
export function writeFolder(command: string, out: string, files: Map<string, string>, options: WriteOptions, fix = 'the page'): { written: boolean; errors: boolean } {
  const planned = planFiles(out, files);
  const problems = checkPlanned(out, planned);
  reportProblems(problems);
  const errors = hasErrors(problems);
  const changed = options.force ? [] : overwrites(planned);
  if (changed.length) {
    writeErr(`ce-playbook ${command}: ${changed.length} file(s) in ${terminalLine(out)} hold something else than the import would write; run again with --force to overwrite them:\n`);
    for (const c of changed) writeErr(`  ${terminalLine(c.path)}: ${terminalLine(c.summary)}\n`);
  }
  const refused = errors && !options.writeInvalid;
  if (refused) {
    writeErr(`ce-playbook ${command}: with these files, ${terminalLine(out)} would not load (the errors above, as \`ce-playbook validate\` reports them); fix ${fix} or the data, or run again with --write-invalid to write them anyway\n`);
  }
  if (refused || changed.length) {
    writeErr(`ce-playbook ${command}: nothing was written\n`);
    return { written: false, errors: true };
  }
  fs.mkdirSync(out, { recursive: true });
  for (const f of planned) {
    if (f.existing === undefined || !Buffer.from(f.existing).equals(Buffer.from(f.text))) fs.writeFileSync(f.path, f.text);
    writeOut(`${terminalLine(f.path)}\n`);
  }
  return { written: true, errors };
}
