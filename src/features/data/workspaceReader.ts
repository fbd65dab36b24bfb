/**
 * The session's DataReader in the extension: keys are URI strings, read with vscode.workspace.fs
 * (virtual workspaces too); a file: URI is stat'ed with node's fs, whose stat has the status-change
 * time and inode that tell a rewrite apart (core/session/fileVersions.ts), and which logs nothing
 * for a missing folder.
 */
import { promises as fs } from 'node:fs';
import vscode = require('vscode');
import type { DataReader, EntryStat, EntryType } from '../../core/session/dataReader';

const typeOf = (type: vscode.FileType): EntryType => (type & vscode.FileType.File ? 'file' : type & vscode.FileType.Directory ? 'folder' : 'other');

export class WorkspaceReader implements DataReader {
  async stat(key: string): Promise<EntryStat | undefined> {
    const uri = vscode.Uri.parse(key);
    try {
      if (uri.scheme === 'file') {
        const s = await fs.stat(uri.fsPath);
        return { type: s.isFile() ? 'file' : s.isDirectory() ? 'folder' : 'other', size: s.size, mtime: s.mtimeMs, version: `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}:${s.dev}` };
      }
      const s = await vscode.workspace.fs.stat(uri);
      return { type: typeOf(s.type), size: s.size, mtime: s.mtime, version: `${s.size}:${s.mtime}:${s.ctime}` };
    } catch {
      return undefined;
    }
  }

  readFile(key: string): Promise<Uint8Array> {
    return Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.parse(key)));
  }

  async readDirectory(folder: string): Promise<Array<[string, EntryType]>> {
    return (await vscode.workspace.fs.readDirectory(vscode.Uri.parse(folder))).map(([name, type]) => [name, typeOf(type)]);
  }

  join(folder: string, name: string): string {
    return vscode.Uri.joinPath(vscode.Uri.parse(folder), name).toString();
  }

  label(key: string): string {
    return vscode.workspace.asRelativePath(vscode.Uri.parse(key), (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  }

  async findFiles(root: string, pattern: string, max: number, signal: AbortSignal): Promise<string[]> {
    const budget = new vscode.CancellationTokenSource();
    const cancel = () => budget.cancel();
    signal.addEventListener('abort', cancel);
    try {
      const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.parse(root), pattern), '**/node_modules/**', max, budget.token);
      return uris.map((u) => u.toString());
    } finally {
      signal.removeEventListener('abort', cancel);
      budget.dispose();
    }
  }
}
