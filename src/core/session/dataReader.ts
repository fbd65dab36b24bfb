/**
 * How the session reaches files: node's fs for the command line and the MCP server,
 * vscode.workspace.fs in the extension. Files and folders are named by a key (a URI string in the
 * extension, an absolute path on the command line); the reader alone knows what a key means.
 */
export type EntryType = 'file' | 'folder' | 'other';

export interface EntryStat {
  type: EntryType;
  size: number;
  /** Modification time, in milliseconds since 1970. */
  mtime: number;
  /** Changes whenever the file's content may have changed (size, times, inode: whatever the host has). */
  version: string;
}

export interface DataReader {
  /** What the key names (symbolic links followed); undefined when nothing is there or it cannot be seen. */
  stat(key: string): Promise<EntryStat | undefined>;
  readFile(key: string): Promise<Uint8Array>;
  /** A folder's entries by name (links followed to what they name). */
  readDirectory(folder: string): Promise<Array<[name: string, type: EntryType]>>;
  /** The key of an entry of a folder. */
  join(folder: string, name: string): string;
  /** The file's name for people: a workspace-relative path, or a path relative to the current folder. */
  label(key: string): string;
  /**
   * Files below `root` matching the glob `pattern` (the extension's cePlaybook.dataFiles), at most
   * `max`; stops when `signal` aborts. Hosts without patterns leave it out.
   */
  findFiles?(root: string, pattern: string, max: number, signal: AbortSignal): Promise<string[]>;
}
