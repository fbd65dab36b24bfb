/**
 * The persistent cache of checked data files, one entry per file content, in the extension's
 * storage (the workspace's when there is one). Reading and writing never fail a load: an entry that
 * cannot be read is a miss, and the loader ignores any entry that is not exactly right.
 */
import vscode = require('vscode');
import type * as Loader from './workspaceData.chunk';

const FOLDER = 'checked-data';
const decoder = new TextDecoder();
const encoder = new TextEncoder();

export class CheckStore {
  private readonly folder: vscode.Uri;
  private writing: Promise<void> = Promise.resolve();

  constructor(storage: vscode.Uri, private readonly loader: () => typeof Loader) {
    this.folder = vscode.Uri.joinPath(storage, FOLDER);
  }

  /** The stored entries for these content hashes (misses are simply absent). */
  async read(hashes: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    await Promise.all(hashes.map(async (hash) => {
      try {
        found.set(hash, decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.folder, this.loader().cacheEntryName(hash)))));
      } catch {
        // Not stored yet (or unreadable): the file is checked instead.
      }
    }));
    return found;
  }

  /**
   * Stores freshly checked files and removes entries of contents no longer in use, in the
   * background and one write at a time. Resolves when done (tests wait for it; loads do not).
   */
  write(fresh: readonly Loader.CheckedFile[], inUse: readonly string[]): Promise<void> {
    this.writing = this.writing.then(async () => {
      const { cacheEntryName, encodeCacheEntry } = this.loader();
      try {
        await vscode.workspace.fs.createDirectory(this.folder);
        for (const file of fresh) {
          const text = encodeCacheEntry(file);
          if (text !== undefined) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.folder, cacheEntryName(file.hash)), encoder.encode(text));
        }
        const keep = new Set(inUse.map((hash) => cacheEntryName(hash)));
        for (const [name] of await vscode.workspace.fs.readDirectory(this.folder)) {
          if (!keep.has(name)) await vscode.workspace.fs.delete(vscode.Uri.joinPath(this.folder, name));
        }
      } catch {
        // A full disk or a read-only storage folder only costs the next window a parse.
      }
    });
    return this.writing;
  }
}
