/**
 * Finds the team's data files: the `cePlaybook.dataFiles` entries as listed, then every
 * `.ce-playbook/*.{yaml,yml,json}` of the workspace folders by name. Bounded (see
 * core/load/dataFileSetting.ts): roots inside the workspace folders or one absolute file per
 * entry, at most DATA_FILE_BOUNDS.maxFiles files, at most timeBudgetMs spent searching; every bound
 * hit and every refused entry comes back as a notice to show.
 */
import vscode = require('vscode');
import { classifyDataFileEntry, DATA_FILE_BOUNDS, DATA_FILE_NAME, type DataFileEntry } from '../../core/load/dataFileSetting';

const t = vscode.l10n.t;
export const CONVENTION_DIR = '.ce-playbook';

export interface Discovered {
  uris: vscode.Uri[];
  /** What was refused or cut short, in sentences for the output channel and a warning. */
  notices: string[];
}

async function isFile(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File) !== 0;
  } catch {
    return false;
  }
}

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

export async function discover(): Promise<Discovered> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const notices: string[] = [];
  const found: vscode.Uri[] = [];
  const seen = new Set<string>();
  const { maxFiles, timeBudgetMs } = DATA_FILE_BOUNDS;
  let full = false;
  const add = (uri: vscode.Uri) => {
    if (seen.has(uri.toString())) return;
    if (found.length >= maxFiles) {
      full = true;
      return;
    }
    seen.add(uri.toString());
    found.push(uri);
  };
  const budget = new vscode.CancellationTokenSource();
  const timer = setTimeout(() => budget.cancel(), timeBudgetMs);
  try {
    for (const entry of settingEntries(notices)) {
      if (budget.token.isCancellationRequested) break;
      if (entry.kind === 'absolute-file') {
        if (await isFile(vscode.Uri.file(entry.path))) add(vscode.Uri.file(entry.path));
        continue;
      }
      for (const folder of folders) {
        if (entry.kind === 'relative-file') {
          const uri = vscode.Uri.joinPath(folder.uri, entry.path);
          if (await isFile(uri)) add(uri);
        } else if (entry.kind === 'relative-glob') {
          // One more than fits tells whether the bound was hit.
          const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, entry.pattern), '**/node_modules/**', maxFiles + 1, budget.token);
          uris.filter((u) => DATA_FILE_NAME.test(u.path)).sort((a, b) => a.path.localeCompare(b.path)).forEach(add);
          if (uris.length > maxFiles) full = true;
        }
      }
    }
    // workspace.fs works in virtual workspaces too, where file search may not.
    for (const folder of folders) {
      const dir = vscode.Uri.joinPath(folder.uri, CONVENTION_DIR);
      try {
        // stat first: reading a missing folder makes the host log an error, a missing stat does not.
        if (!((await vscode.workspace.fs.stat(dir)).type & vscode.FileType.Directory)) continue;
        const entries = await vscode.workspace.fs.readDirectory(dir);
        for (const [name, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
          if (type & vscode.FileType.File && DATA_FILE_NAME.test(name)) add(vscode.Uri.joinPath(dir, name));
        }
      } catch {
        // No .ce-playbook folder: nothing to load from it.
      }
    }
  } finally {
    clearTimeout(timer);
  }
  if (budget.token.isCancellationRequested) notices.push(t('Finding the data files took longer than {0} seconds; only the files found by then are loaded. Narrow the patterns in cePlaybook.dataFiles.', timeBudgetMs / 1000));
  budget.dispose();
  if (full) notices.push(t('More than {0} data files match; only the first {0} are loaded. Narrow the patterns in cePlaybook.dataFiles.', maxFiles));
  return { uris: found, notices };
}
