/**
 * `ce-playbook diff OLD NEW [--json]`: what changed between two pages (each imported on the fly)
 * or data folders (the entries of their files, without the bundled data), entry by entry and
 * field by field. Exit 0 when they are the same and 1 when they differ, as diff(1) does.
 */
import type { Command } from 'commander';
import { diffData, isEmptyDiff, type DataDiff, type DataSet } from '../features/whatChanged/model/dataDiff';
import { EXIT_OK, EXIT_PROBLEMS } from './exitCodes';
import { PAGE_PATTERN, readDataSet, readPage } from './pages';
import { terminalLine, writeErr, writeOut } from './terminalText';

/** A page's import or a folder's entries; a page's unplaced blocks are reported on stderr. */
function readSide(target: string): DataSet {
  if (!PAGE_PATTERN.test(target)) return readDataSet(target) as DataSet;
  const imported = readPage(target);
  for (const u of imported.unplaced) writeErr(`${terminalLine(`${target}:${u.line}:1: warning: not imported: ${u.reason} [unplaced]`)}\n`);
  return imported.data;
}

const indent = (text: string, mark: string) => text.split('\n').map((line) => `    ${mark} ${line}`).join('\n');

export function formatDiff(diff: DataDiff): string {
  const lines: string[] = [];
  // Ids, labels and field paths are one line each (a line break in a name must not make a line of its own).
  for (const e of diff.added) lines.push(terminalLine(`added    ${e.collection}/${e.id}  ${e.label}`));
  for (const e of diff.removed) lines.push(terminalLine(`removed  ${e.collection}/${e.id}  ${e.label}`));
  let current = '';
  for (const c of diff.changed) {
    const key = `${c.collection}/${c.id}`;
    if (key !== current) lines.push(terminalLine(`changed  ${key}  ${c.label}`));
    current = key;
    lines.push(terminalLine(`  ${c.field}`));
    if (c.old !== undefined) lines.push(indent(c.old, '-'));
    if (c.new !== undefined) lines.push(indent(c.new, '+'));
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

export function defineDiff(program: Command): void {
  program
    .command('diff')
    .description('what changed between two handbook pages or data folders: entries added, removed and changed field by field; exit 1 when they differ')
    .argument('<old>', 'the earlier page (.md) or data file/folder')
    .argument('<new>', 'the later page (.md) or data file/folder')
    .option('--json', 'print one object { added, removed, changed }')
    .option('--ignore <fields>', 'field names to leave out, comma-separated (e.g. source)', (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .action((oldPath: string, newPath: string, options: { json?: boolean; ignore?: string[] }) => {
      const diff = diffData(readSide(oldPath), readSide(newPath), { ignore: options.ignore });
      writeOut(options.json ? JSON.stringify(diff, null, 2) + '\n' : formatDiff(diff));
      process.exitCode = isEmptyDiff(diff) ? EXIT_OK : EXIT_PROBLEMS;
    });
}
