/**
 * Team-owned data: loads the YAML files a team keeps in its repository (the setting
 * `cePlaybook.dataFiles` and every `.ce-playbook/*.yaml` of the workspace folders) over the bundled
 * handbook, reloads on save, create and delete, and reports problems where they are.
 */
import vscode = require('vscode');
import type * as WorkspaceData from '../../lazy/workspaceData';
import type * as Loader from '../../lazy/workspaceData';
import { clampPosition, formatProblem, type DataProblem } from '../../model/load/problem';
import { notificationText } from '../../model/render/plainText';
import { CONVENTION_DIR, discover, settingPatterns } from './discover';
import type { HandbookStore } from './handbookStore';
import { registerCommand } from '../commands';
import { lazyChunk } from '../lazy';

const t = vscode.l10n.t;

/** The YAML parser and schema validator load only once a workspace data file exists. */
const loadLoader = lazyChunk<typeof WorkspaceData>('workspaceData');

export interface DataFeature {
  reload(): Promise<void>;
  diagnostics: vscode.DiagnosticCollection;
  /** Resolves after the next reload (for tests waiting on a file change). */
  nextReload(): Promise<void>;
  files(): Promise<vscode.Uri[]>;
}

function label(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

function toDiagnostic(problem: DataProblem): vscode.Diagnostic {
  const p = clampPosition(problem); // a Range with a negative line or column would throw
  const range = new vscode.Range(p.line - 1, p.column - 1, Math.max(p.endLine, p.line) - 1, p.endLine > p.line || p.endColumn > p.column ? p.endColumn - 1 : p.column);
  const d = new vscode.Diagnostic(range, p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  d.source = 'CE Playbook';
  d.code = p.rule;
  return d;
}

export function registerData(context: vscode.ExtensionContext, deps: { store: HandbookStore }): DataFeature {
  const { store } = deps;
  const output = vscode.window.createOutputChannel('CE Playbook', { log: true });
  const diagnostics = vscode.languages.createDiagnosticCollection('cePlaybook.data');
  const status = vscode.window.createStatusBarItem('cePlaybook.dataProblems', vscode.StatusBarAlignment.Left, 10);
  status.name = t('CE Playbook Data Problems');
  status.command = 'workbench.actions.view.problems';
  const lastGood: Loader.LastGood = new Map();
  let reloaded = new vscode.EventEmitter<void>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  let settingWatchers: vscode.Disposable[] = [];
  let lastNotices = '';

  const reloadNow = async (): Promise<void> => {
    const trusted = vscode.workspace.isTrusted;
    const { uris, notices } = trusted ? await discover() : { uris: [], notices: [] };
    diagnostics.clear();
    for (const notice of notices) output.warn(notice);
    const noticeText = notices.join(' ');
    if (noticeText && noticeText !== lastNotices) void vscode.window.showWarningMessage(notificationText(noticeText));
    lastNotices = noticeText;
    if (uris.length === 0) {
      lastGood.clear();
      store.replace(store.bundled, { origins: new Map(), untrusted: !trusted, stale: [], failed: [] });
      status.hide();
      if (!trusted) output.info('This workspace is not trusted: its data files are not loaded; the bundled handbook is shown.');
      return;
    }
    const inputs: Loader.DataFileInput[] = [];
    const readProblems: Array<[vscode.Uri, DataProblem]> = [];
    for (const uri of uris) {
      try {
        inputs.push({ key: uri.toString(), label: label(uri), bytes: await vscode.workspace.fs.readFile(uri) });
      } catch (error) {
        readProblems.push([uri, { file: label(uri), line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', rule: 'unreadable', message: t('The file could not be read: {0}', String(error)) }]);
      }
    }
    const started = Date.now();
    let result: Loader.LoadedHandbook;
    try {
      result = loadLoader().loadHandbook(store.bundled, inputs, lastGood);
    } catch (error) {
      // Never take the extension down: keep what is shown and say what happened.
      output.error(`Loading the data files failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return;
    }
    const labels = new Map(inputs.map((i) => [i.key, i.label]));
    const origins = new Map<string, string[]>();
    for (const [key, list] of result.origins) {
      const files = list.filter((o) => o.layer !== 'bundled').map((o) => labels.get(o.layer) ?? o.file);
      if (files.length) origins.set(key, files);
    }
    let count = 0;
    for (const [key, problems] of result.problems) {
      if (problems.length === 0) continue;
      count += problems.length;
      diagnostics.set(vscode.Uri.parse(key), problems.map(toDiagnostic));
      for (const p of problems) output.error(formatProblem(p));
    }
    for (const [uri, p] of readProblems) {
      count++;
      diagnostics.set(uri, [toDiagnostic(p)]);
      output.error(formatProblem(p));
    }
    const failed = [...result.failed.map((k) => labels.get(k) ?? k), ...readProblems.map(([u]) => label(u))];
    store.replace(result.handbook, { origins, untrusted: false, stale: result.stale.map((k) => labels.get(k) ?? k), failed });
    output.info(`Loaded ${inputs.length} data file(s) in ${Date.now() - started} ms: ${inputs.map((i) => i.label).join(', ')}${count ? `; ${count} problem(s)` : ''}.`);
    if (count > 0) {
      status.text = `$(warning) ${t('CE Playbook: {0} data problem(s)', count)}`;
      status.tooltip = t('{0} problem(s) in: {1}. The playbook shows the last good data. Click to open the Problems panel.', count, failed.join(', '));
      status.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      status.show();
    } else status.hide();
  };

  const reload = (): Promise<void> => {
    // One reload at a time, in order; each waits for the one before it.
    running = running.then(reloadNow, reloadNow).finally(() => {
      const done = reloaded;
      reloaded = new vscode.EventEmitter<void>();
      done.fire();
      done.dispose();
    });
    return running;
  };
  /** Saving fires several file events in a row; reload once they settle. */
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), 300);
  };

  const watchSettings = () => {
    vscode.Disposable.from(...settingWatchers).dispose();
    settingWatchers = [];
    for (const pattern of settingPatterns()) {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      settingWatchers.push(watcher, watcher.onDidChange(schedule), watcher.onDidCreate(schedule), watcher.onDidDelete(schedule));
    }
  };

  const conventionWatcher = vscode.workspace.createFileSystemWatcher(`**/${CONVENTION_DIR}/*.{yaml,yml,json}`);
  watchSettings();
  context.subscriptions.push(
    output,
    diagnostics,
    status,
    conventionWatcher,
    conventionWatcher.onDidChange(schedule),
    conventionWatcher.onDidCreate(schedule),
    conventionWatcher.onDidDelete(schedule),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('cePlaybook.dataFiles')) {
        watchSettings();
        schedule();
      }
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(schedule),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void reload()),
    registerCommand('cePlaybook.reloadData', async () => {
      await reload();
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
    { dispose: () => { clearTimeout(timer); vscode.Disposable.from(...settingWatchers).dispose(); reloaded.dispose(); } },
  );
  // Only look at the workspace when it can have data files; otherwise activation does no file I/O.
  if ((vscode.workspace.workspaceFolders?.length ?? 0) > 0) void reload();
  else if (!vscode.workspace.isTrusted) store.replace(store.bundled, { origins: new Map(), untrusted: true, stale: [], failed: [] });

  return {
    reload,
    diagnostics,
    nextReload: () => new Promise<void>((resolve) => reloaded.event(() => resolve())),
    files: async () => (await discover()).uris,
  };
}
