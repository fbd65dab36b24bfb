/**
 * The session's DataReader over node's fs, for the command line and the MCP server: keys are
 * absolute paths, labels are relative to the current folder, as a person there would type them.
 */
import fs = require('node:fs');
import path = require('node:path');
import type { DataReader, EntryStat, EntryType } from '../core/session/dataReader';

export const typeOf = (stat: fs.Stats): EntryType => (stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other');

export class NodeReader implements DataReader {
  constructor(private readonly cwd = process.cwd()) {}

  async stat(key: string): Promise<EntryStat | undefined> {
    try {
      const s = await fs.promises.stat(key);
      return { type: typeOf(s), size: s.size, mtime: s.mtimeMs, version: `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}:${s.dev}` };
    } catch {
      return undefined;
    }
  }

  async readFile(key: string): Promise<Uint8Array> {
    return fs.promises.readFile(key);
  }

  async readDirectory(folder: string): Promise<Array<[string, EntryType]>> {
    const names = await fs.promises.readdir(folder);
    // stat, not the entry's own type: a link to a data file counts as that file.
    return Promise.all(names.map(async (name): Promise<[string, EntryType]> => [name, (await this.stat(path.join(folder, name)))?.type ?? 'other']));
  }

  join(folder: string, name: string): string {
    return path.join(folder, name);
  }

  label(key: string): string {
    return path.relative(this.cwd, key) || key;
  }
}

