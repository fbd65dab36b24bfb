/**
 * The team's data files on disk for the command line and the MCP server: the session over node's fs
 * (nodeReader.ts), the same as the extension's (core/session/handbookSession.ts).
 */
import fs = require('node:fs');
import path = require('node:path');
import bundledHandbook from 'ce-playbook:bundled-handbook';
import type { DataFileInput } from '../core/load/loadHandbook';
import { DEFAULT_LIMITS } from '../core/load/yamlFile';
import type { Handbook } from '../core/schema/schema';
import type { EntryType } from '../core/session/dataReader';
import { NodeReader, typeOf } from './nodeReader';
import { folderDataFiles, type DataSource, type DiscoveryNotice } from '../core/session/discover';
import { HandbookSession } from '../core/session/handbookSession';
import * as sessionLoader from '../core/session/sessionLoader';

export const DEFAULT_DATA_FOLDER = '.ce-playbook';

export function bundled(): Handbook {
  return bundledHandbook;
}

/** The paths given on the command line (files or folders), each required to exist. */
export const pathSources = (targets: readonly string[], cwd = process.cwd()): DataSource[] =>
  targets.map((target) => ({ kind: 'path', key: path.resolve(cwd, target), required: true }));

/** A session over the files on disk (the bundled handbook, the loader loaded with the CLI). */
export function diskSession(cwd = process.cwd()): HandbookSession {
  return new HandbookSession({ reader: new NodeReader(cwd), bundled, loader: () => sessionLoader });
}

/** A bound hit while finding the files, for stderr. */
export function noticeLine(notice: DiscoveryNotice): string {
  return notice.kind === 'too-slow'
    ? `finding the data files took longer than ${notice.seconds} seconds; only the files found by then are loaded`
    : `more than ${notice.maxFiles} data files match; only the first ${notice.maxFiles} are loaded`;
}

/**
 * The data files a path names, by the session's rule (core/session/discover.ts): the file itself,
 * or a folder's data files in their order. For `import` and `diff`, which read whole folders at once.
 */
export function dataFilesIn(target: string): string[] {
  const stat = fs.statSync(target); // throws ENOENT with the path in its message
  if (stat.isFile()) return [target];
  const entries = fs.readdirSync(target).map((name): [string, EntryType] => {
    try {
      return [name, typeOf(fs.statSync(path.join(target, name)))];
    } catch {
      return [name, 'other'];
    }
  });
  return folderDataFiles(entries).map((name) => path.join(target, name));
}

/**
 * Reads the files as the loader takes them: key the absolute path, label relative to cwd. A file over
 * the size limit is not read at all (its size comes from `stat`): the loader refuses it with a
 * positioned problem, so a file of hundreds of megabytes costs nothing.
 */
export function readDataFiles(targets: string[], cwd = process.cwd(), maxBytes = DEFAULT_LIMITS.maxBytes): DataFileInput[] {
  const reader = new NodeReader(cwd);
  return targets.flatMap((target) => dataFilesIn(path.resolve(cwd, target))).map((key): DataFileInput => {
    const label = reader.label(key);
    const size = fs.statSync(key).size;
    if (size > maxBytes) return { key, label, bytes: new Uint8Array(0), tooLarge: size };
    return { key, label, bytes: fs.readFileSync(key) };
  });
}
