/**
 * Reads a team's data files from disk for the command line and the MCP server, and loads them over
 * the bundled handbook with the extension's own loader (same merge, validation and limits).
 */
import fs = require('node:fs');
import path = require('node:path');
import bundledHandbook from 'ce-playbook:bundled-handbook';
import { labelProblems, loadHandbook, type DataFileInput, type LoadedHandbook, type LoadMemory } from '../core/load/loadHandbook';
import { DEFAULT_LIMITS } from '../core/load/yamlFile';
import type { Handbook } from '../core/schema/schema';

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

/**
 * Reads the files as the loader takes them: key and label are the path as given (relative to cwd).
 * A file over the size limit is not read at all (its size comes from `stat`): the loader refuses it
 * with a positioned problem, so a file of hundreds of megabytes costs nothing.
 */
export function readDataFiles(targets: string[], cwd = process.cwd(), maxBytes = DEFAULT_LIMITS.maxBytes): DataFileInput[] {
  return targets.flatMap(dataFilesIn).map((file): DataFileInput => {
    const label = path.relative(cwd, path.resolve(cwd, file)) || file;
    const key = path.resolve(cwd, file);
    const size = fs.statSync(file).size;
    if (size > maxBytes) return { key, label, bytes: new Uint8Array(0), tooLarge: size };
    return { key, label, bytes: fs.readFileSync(file) };
  });
}

/** Loads the bundled handbook merged with the data files under the given paths; problems name files by their labels. */
export function loadFromDisk(targets: string[], memory?: LoadMemory): LoadedHandbook {
  return loadInputs(readDataFiles(targets), memory);
}

/** Loads files already read (see readDataFiles); problems name files by their labels. */
export function loadInputs(inputs: DataFileInput[], memory?: LoadMemory): LoadedHandbook {
  const loaded = loadHandbook(bundledHandbook, inputs, memory);
  for (const [key, problems] of loaded.problems) loaded.problems.set(key, labelProblems(problems, inputs));
  return loaded;
}
