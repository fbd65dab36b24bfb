/**
 * Reads the data files, skipping the read of a file whose stat says it has not changed since it was
 * last read: at 10,000 teams a reload would otherwise read and compare 18 MB to find nothing new.
 * A stat is trusted only when it cannot hide a change: size, modification and status-change times
 * and inode (file: URIs; other schemes give size, mtime and ctime) all equal, and the file's mtime
 * was at least RACY_MS older than the read that remembered it. A file written in the same clock tick
 * as that read (timestamps are coarse: a jiffy on Linux, 2 s on FAT) keeps the same stat after a
 * second write, so such a file is read again each time until its stat is old enough to trust.
 */
import { promises as fs } from 'node:fs';
import vscode = require('vscode');

/** Longer than the coarsest file system timestamp (FAT: 2 s). */
export const RACY_MS = 3000;

interface Known {
  version: string;
  bytes: Uint8Array;
}

async function versionOf(uri: vscode.Uri): Promise<{ version: string; mtime: number; size: number } | undefined> {
  try {
    if (uri.scheme === 'file') {
      const s = await fs.stat(uri.fsPath);
      return s.isFile() ? { version: `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}:${s.dev}`, mtime: s.mtimeMs, size: s.size } : undefined;
    }
    const s = await vscode.workspace.fs.stat(uri);
    return s.type & vscode.FileType.File ? { version: `${s.size}:${s.mtime}:${s.ctime}`, mtime: s.mtime, size: s.size } : undefined;
  } catch {
    return undefined; // read it, and let the read say what is wrong
  }
}

export class FileVersions {
  /** By URI: the bytes of the last read whose stat can be trusted next time. */
  private readonly known = new Map<string, Known>();

  /**
   * The file's bytes: the ones read before if its stat is the same and trusted, else read now. A file
   * whose stat says it is over `maxBytes` is not read at all: the loader refuses it unread.
   */
  async read(uri: vscode.Uri, maxBytes: number): Promise<{ bytes: Uint8Array; tooLarge?: undefined } | { tooLarge: number }> {
    const key = uri.toString();
    const readAt = Date.now();
    const seen = await versionOf(uri);
    const known = this.known.get(key);
    if (seen && known && known.version === seen.version) return { bytes: known.bytes };
    this.known.delete(key);
    if (seen && seen.size > maxBytes) return { tooLarge: seen.size };
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (seen && readAt - seen.mtime >= RACY_MS) this.known.set(key, { version: seen.version, bytes });
    return { bytes };
  }

  /** Forgets the files not in this list (deleted, or no longer data files). */
  keepOnly(uris: readonly vscode.Uri[]): void {
    const keep = new Set(uris.map((u) => u.toString()));
    for (const key of [...this.known.keys()]) if (!keep.has(key)) this.known.delete(key);
  }
}
