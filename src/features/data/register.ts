/**
 * Team-owned data: loads the YAML files a team keeps in its repository (the setting
 * `cePlaybook.dataFiles` and every `.ce-playbook/*.yaml` of the workspace folders) over the bundled
 * handbook, reloads on save, create and delete, and reports problems where they are. Activation
 * only registers the command: the watchers and the first load start once activation has returned.
 */
import vscode = require('vscode');
import { lazyChunk } from '../lazy';
import type * as Loader from '../../lazy/workspaceData';
import { notificationText } from '../../model/render/plainText';
import { registerCommand } from '../commands';
import { CheckStore } from './checkStore';
import { discover } from './discover';
import type { HandbookStore } from './handbookStore';
import { DataSession } from './session';
import { DataWatchers } from './watchers';

const t = vscode.l10n.t;

/** The YAML parsers and schema validator load only once a workspace data file exists. */
const loadLoader = lazyChunk<typeof Loader>('workspaceData');

export interface DataFeature {
  reload(): Promise<void>;
  diagnostics: vscode.DiagnosticCollection;
  /** Resolves after the next reload (for tests waiting on a file change). */
  nextReload(): Promise<void>;
  files(): Promise<vscode.Uri[]>;
}

export function registerData(context: vscode.ExtensionContext, deps: { store: HandbookStore }): DataFeature {
  const { store } = deps;
  const storage = context.storageUri ?? context.globalStorageUri;
  const session = new DataSession(store, loadLoader, new CheckStore(storage, loadLoader));
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
    registerCommand('cePlaybook.reloadData', async () => {
      start();
      await session.reload();
      const failed = store.status.failed;
      if (failed.length) {
        const show = t('Show Problems');
        // Not awaited: the command is done once the data is; the warning waits for nobody.
        void vscode.window
          .showWarningMessage(t('CE Playbook reloaded; these data files have problems: {0}.', notificationText(failed.join(', '))), show)
          .then((choice) => (choice === show ? vscode.commands.executeCommand('workbench.actions.view.problems') : undefined));
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
    files: async () => (await discover()).uris,
  };
}
