/**
 * Team-owned data: loads the YAML files a team keeps in its repository (the setting
 * `cePlaybook.dataFiles` and every `.ce-playbook/*.yaml` of the workspace folders) over the bundled
 * handbook, reloads on save, create and delete, and reports problems where they are. Activation
 * only registers the command: the watchers and the first load start once activation has returned.
 */
import vscode = require('vscode');
import { lazyChunk } from '../../core/host/lazyChunk';
import type * as DataRuntime from './dataSession.chunk';
import type * as Loader from './workspaceData.chunk';
import { notificationText } from '../../core/render/plainText';
import { registerCommand } from '../../core/host/commands';
import type { HandbookStore } from './handbookStore';

const t = vscode.l10n.t;

/** What runs once activation has returned: discovery, watchers, loading, showing. */
const runtime = lazyChunk<typeof DataRuntime>('dataSession');
/** The YAML parsers and schema validator load only once a workspace data file exists. */
const loadLoader = lazyChunk<typeof Loader>('workspaceData');

export interface DataFeature {
  reload(): Promise<void>;
  diagnostics: vscode.DiagnosticCollection;
  /** Resolves after the next reload (What changed waits for the first one; tests wait for a file change). */
  nextReload(): Promise<void>;
  files(): Promise<vscode.Uri[]>;
}

export function registerData(context: vscode.ExtensionContext, deps: { store: HandbookStore }): DataFeature {
  const { store } = deps;
  let session: DataRuntime.DataSession | undefined;
  let watchers: DataRuntime.DataWatchers | undefined;
  // Here, not in the session: waiting for a reload (whatChanged does at activation) loads nothing.
  const reloaded = new vscode.EventEmitter<void>();
  const data = (): DataRuntime.DataSession => {
    if (!session) {
      const { DataSession, CheckStore } = runtime();
      session = new DataSession(store, loadLoader, new CheckStore(context.storageUri ?? context.globalStorageUri, loadLoader), () => reloaded.fire());
    }
    return session;
  };
  const start = () => {
    if (watchers) return;
    watchers = new (runtime().DataWatchers)(() => void data().reload());
    // Only look at the workspace when it can have data files; otherwise there is no file I/O.
    if ((vscode.workspace.workspaceFolders?.length ?? 0) > 0) void data().reload();
    else if (!vscode.workspace.isTrusted) store.replace(store.bundled, { origins: new Map(), untrusted: true, stale: [], failed: [], problems: [] });
  };
  // Activation only registers: the watchers and the first load start once it has returned.
  const started = setTimeout(start, 0);
  context.subscriptions.push(
    reloaded,
    { dispose: () => { clearTimeout(started); watchers?.dispose(); session?.dispose(); } },
    vscode.workspace.onDidGrantWorkspaceTrust(() => void data().reload()),
    registerCommand('cePlaybook.reloadData', async () => {
      start();
      await data().reload();
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
    reload: () => data().reload(),
    get diagnostics() {
      return data().diagnostics;
    },
    nextReload: () => new Promise<void>((resolve) => {
      const once = reloaded.event(() => {
        once.dispose();
        resolve();
      });
    }),
    files: () => runtime().discover(),
  };
}
