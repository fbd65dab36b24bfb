/**
 * Reads a team's data files from disk for the command line and the MCP server, and loads them over
 * the bundled handbook with the extension's own loader (same merge, validation and limits).
 */
import fs = require('node:fs');
import path = require('node:path');
import bundledHandbook from 'ce-playbook:bundled-handbook';
import { labelProblems, loadHandbook, type DataFileInput, type LoadedHandbook, type LoadMemory } from '../model/load/loadHandbook';
import type { Handbook } from '../model/schema';

export const DATA_FILE_PATTERN = /\.(ya?ml|json)$/i;
export const DEFAULT_DATA_FOLDER = '.ce-playbook';

export function bundled(): Handbook {
  return bundledHandbook;
}

/** The data files a path names: the file itself, or a folder's data files (not recursive), sorted. */
export function dataFilesIn(target: string): string[] {
  const stat = fs.statSync(target); // throws ENOENT with the path in its message
  if (stat.isFile()) return [target];
  return fs
    .readdirSync(target)
    .filter((name) => DATA_FILE_PATTERN.test(name))
    .sort()
    .map((name) => path.join(target, name))
    .filter((file) => fs.statSync(file).isFile());
}

/** Reads the files as the loader takes them: key and label are the path as given (relative to cwd). */
export function readDataFiles(targets: string[], cwd = process.cwd()): DataFileInput[] {
  return targets.flatMap(dataFilesIn).map((file) => {
    const label = path.relative(cwd, path.resolve(cwd, file)) || file;
    return { key: path.resolve(cwd, file), label, bytes: fs.readFileSync(file) };
  });
}

/** Loads the bundled handbook merged with the data files under the given paths; problems name files by their labels. */
export function loadFromDisk(targets: string[], memory?: LoadMemory): LoadedHandbook {
  const inputs = readDataFiles(targets);
  const loaded = loadHandbook(bundledHandbook, inputs, memory);
  for (const [key, problems] of loaded.problems) loaded.problems.set(key, labelProblems(problems, inputs));
  return loaded;
}
