/**
 * Team-owned data: loads the YAML files a team keeps in its repository (the setting
 * `cePlaybook.dataFiles` and every `.ce-playbook/*.yaml` of the workspace folders) over the bundled
 * handbook, reloads on save, create and delete, and reports problems where they are. Activation
 * only registers the command: the watchers and the first load start once activation has returned.
 */
import vscode = require('vscode');
import { lazyChunk } from '../lazy';
import type * as Loader from '../../lazy/workspaceData';
import { CheckStore } from './checkStore';
import type { HandbookStore } from './handbookStore';
import { DataSession } from './session';
import { DataWatchers } from './watchers';

const t = vscode.l10n.t;
const CONVENTION_DIR = '.ce-playbook';
const DATA_FILE = /\.(ya?ml|json)$/i;
const GLOB_CHARS = /[*?{[]/;

/** The YAML parsers and schema validator load only once a workspace data file exists. */
const loadLoader = lazyChunk<typeof Loader>('workspaceData');

export interface DataFeature {
  reload(): Promise<void>;
  diagnostics: vscode.DiagnosticCollection;
  /** Resolves after the next reload (for tests waiting on a file change). */
  nextReload(): Promise<void>;
  files(): Promise<vscode.Uri[]>;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File) !== 0;
  } catch {
    return false;
  }
}

/** The data files, in order: the setting's entries as listed, then `.ce-playbook/` by name. */
async function discover(): Promise<vscode.Uri[]> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const configured = vscode.workspace.getConfiguration('cePlaybook').get<string[]>('dataFiles', []);
  const found: vscode.Uri[] = [];
  for (const entry of configured.filter((e) => typeof e === 'string' && e.trim())) {
    if (entry.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(entry)) {
      if (GLOB_CHARS.test(entry)) found.push(...(await vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.file('/'), entry.replace(/^\//, '')))));
      else if (await exists(vscode.Uri.file(entry))) found.push(vscode.Uri.file(entry));
      continue;
    }
    for (const folder of folders) {
      if (GLOB_CHARS.test(entry)) found.push(...(await vscode.workspace.findFiles(new vscode.RelativePattern(folder, entry))).sort((a, b) => a.path.localeCompare(b.path)));
      else {
        const uri = vscode.Uri.joinPath(folder.uri, entry);
        if (await exists(uri)) found.push(uri);
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
        if (type & vscode.FileType.File && DATA_FILE.test(name)) found.push(vscode.Uri.joinPath(dir, name));
      }
    } catch {
      // No .ce-playbook folder: nothing to load from it.
    }
  }
  const seen = new Set<string>();
  return found.filter((u) => !seen.has(u.toString()) && seen.add(u.toString()));
}

export function registerData(context: vscode.ExtensionContext, deps: { store: HandbookStore }): DataFeature {
  const { store } = deps;
  const storage = context.storageUri ?? context.globalStorageUri;
  const session = new DataSession(store, discover, loadLoader, new CheckStore(storage, loadLoader));
  let watchers: DataWatchers | undefined;
  const start = () => {
    if (watchers) return;
    watchers = new DataWatchers(() => void session.reload());
    // Only look at the workspace when it can have data files; otherwise there is no file I/O.
    if ((vscode.workspace.workspaceFolders?.length ?? 0) > 0) void session.reload();
    else if (!vscode.workspace.isTrusted) store.replace(store.bundled, { origins: new Map(), untrusted: true, stale: [], failed: [] });
  };
  // Activation only registers: the watchers and the first load start once it has returned.
  const started = setTimeout(start, 0);
  context.subscriptions.push(
    session,
    { dispose: () => { clearTimeout(started); watchers?.dispose(); } },
    vscode.workspace.onDidGrantWorkspaceTrust(() => void session.reload()),
    vscode.commands.registerCommand('cePlaybook.reloadData', async () => {
      start();
      await session.reload();
      const failed = store.status.failed;
      if (failed.length) {
        const show = t('Show Problems');
        const choice = await vscode.window.showWarningMessage(t('CE Playbook reloaded; these data files have problems: {0}.', failed.join(', ')), show);
        if (choice === show) await vscode.commands.executeCommand('workbench.actions.view.problems');
      } else {
        vscode.window.setStatusBarMessage(t('CE Playbook data reloaded.'), 3000);
      }
    }),
  );
  return {
    reload: () => session.reload(),
    get diagnostics() {
      return session.diagnostics;
    },
    nextReload: () => session.nextReload(),
    files: discover,
  };
}
