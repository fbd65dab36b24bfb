/**
 * Where the team's data files are: the `cePlaybook.dataFiles` entries as listed, then the
 * `.ce-playbook/` folder of every workspace folder. Which of their files count, in which order and
 * within which bounds is the kernel's one rule (core/session/discover.ts); refused entries and hit
 * bounds come back as notices to show.
 */
import vscode = require('vscode');
import { classifyDataFileEntry, type DataFileEntry } from '../../core/load/dataFileSetting';
import { discoverDataFiles, type DataSource, type DiscoveryNotice } from '../../core/session/discover';
import { WorkspaceReader } from './workspaceReader';

const t = vscode.l10n.t;
export const CONVENTION_DIR = '.ce-playbook';

/** The setting's entries, classified; refused ones become notices. */
export function settingEntries(notices?: string[]): DataFileEntry[] {
  const configured = vscode.workspace.getConfiguration('cePlaybook').get<unknown>('dataFiles', []);
  const entries = (Array.isArray(configured) ? configured : []).map(classifyDataFileEntry).filter((e): e is DataFileEntry => e !== undefined);
  for (const e of entries) if (e.kind === 'refused') notices?.push(t('The cePlaybook.dataFiles entry "{0}" is ignored: {1}.', e.entry.slice(0, 200), e.reason));
  return entries;
}

/** Watch patterns for the setting's accepted entries (absolute files are watched one by one). */
export function settingPatterns(): vscode.GlobPattern[] {
  const folders = vscode.workspace.workspaceFolders ?? [];
  return settingEntries().flatMap((e): vscode.GlobPattern[] => {
    switch (e.kind) {
      case 'absolute-file': return [new vscode.RelativePattern(vscode.Uri.joinPath(vscode.Uri.file(e.path), '..'), e.path.split(/[\\/]/).pop()!)];
      case 'relative-file': return folders.map((f) => new vscode.RelativePattern(f, e.path));
      case 'relative-glob': return folders.map((f) => new vscode.RelativePattern(f, e.pattern));
      default: return [];
    }
  });
}

/** The workspace's data sources, in the order they are layered. */
export function dataSources(notices?: string[]): DataSource[] {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const sources = settingEntries(notices).flatMap((entry): DataSource[] => {
    switch (entry.kind) {
      case 'absolute-file': return [{ kind: 'file', key: vscode.Uri.file(entry.path).toString() }];
      case 'relative-file': return folders.map((f) => ({ kind: 'file', key: vscode.Uri.joinPath(f.uri, entry.path).toString() }));
      case 'relative-glob': return folders.map((f) => ({ kind: 'pattern', root: f.uri.toString(), pattern: entry.pattern }));
      default: return [];
    }
  });
  // workspace.fs works in virtual workspaces too, where file search may not.
  for (const folder of folders) sources.push({ kind: 'folder', key: vscode.Uri.joinPath(folder.uri, CONVENTION_DIR).toString() });
  return sources;
}

/** A bound hit while finding the files, in a sentence for the output channel and a warning. */
export function noticeText(notice: DiscoveryNotice): string {
  return notice.kind === 'too-slow'
    ? t('Finding the data files took longer than {0} seconds; only the files found by then are loaded. Narrow the patterns in cePlaybook.dataFiles.', notice.seconds)
    : t('More than {0} data files match; only the first {0} are loaded. Narrow the patterns in cePlaybook.dataFiles.', notice.maxFiles);
}

/** The workspace's data files, in the order they are layered. */
export async function discover(): Promise<vscode.Uri[]> {
  return (await discoverDataFiles(dataSources(), new WorkspaceReader())).keys.map((key) => vscode.Uri.parse(key));
}
