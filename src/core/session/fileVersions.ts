/**
 * Reads the data files, skipping the read of a file whose stat says it has not changed since it was
 * last read: at 10,000 teams a reload would otherwise read and compare 18 MB to find nothing new.
 * A stat is trusted only when it cannot hide a change: its version (size, modification and
 * status-change times and inode where the host has them) is the same, and the file's mtime was at
 * least RACY_MS older than the read that remembered it. A file written in the same clock tick as
 * that read (timestamps are coarse: a jiffy on Linux, 2 s on FAT) keeps the same stat after a
 * second write, so such a file is read again each time until its stat is old enough to trust.
 */
import type { DataReader, EntryStat } from './dataReader';

/** Longer than the coarsest file system timestamp (FAT: 2 s). */
export const RACY_MS = 3000;

interface Known {
  version: string;
  bytes: Uint8Array;
}

async function statOf(reader: DataReader, key: string): Promise<EntryStat | undefined> {
  try {
    const stat = await reader.stat(key);
    return stat?.type === 'file' ? stat : undefined;
  } catch {
    return undefined; // read it, and let the read say what is wrong
  }
}

export class FileVersions {
  /** By key: the bytes of the last read whose stat can be trusted next time. */
  private readonly known = new Map<string, Known>();

  constructor(private readonly reader: DataReader) {}

  /**
   * The file's bytes: the ones read before if its stat is the same and trusted, else read now. A file
   * whose stat says it is over `maxBytes` is not read at all: the loader refuses it unread.
   */
  async read(key: string, maxBytes: number): Promise<{ bytes: Uint8Array; tooLarge?: undefined } | { tooLarge: number }> {
    const readAt = Date.now();
    const seen = await statOf(this.reader, key);
    const known = this.known.get(key);
    if (seen && known && known.version === seen.version) return { bytes: known.bytes };
    this.known.delete(key);
    if (seen && seen.size > maxBytes) return { tooLarge: seen.size };
    const bytes = await this.reader.readFile(key);
    if (seen && readAt - seen.mtime >= RACY_MS) this.known.set(key, { version: seen.version, bytes });
    return { bytes };
  }

  /** Forgets the files not in this list (deleted, or no longer data files). */
  keepOnly(keys: readonly string[]): void {
    const keep = new Set(keys);
    for (const key of [...this.known.keys()]) if (!keep.has(key)) this.known.delete(key);
  }
}
