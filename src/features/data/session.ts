/**
 * The extension's side of the data session (core/session/handbookSession.ts): runs a load of the
 * workspace's data sources, one at a time, and shows the result: the store's handbook and problems,
 * the Problems panel (made from the store's problems), the log and the status bar item. The output
 * channel, the diagnostics and the status item are created the first time something needs them.
 */
import vscode = require('vscode');
import type * as Loader from './workspaceData.chunk';
import { formatProblem, type LabelledProblem } from '../../core/load/problem';
import { HandbookSession, type CheckCache, type SessionLoad, type SessionState } from '../../core/session/handbookSession';
import { notificationText, outputText } from '../../core/render/plainText';
import { dataSources, noticeText } from './discover';
import type { HandbookStore } from './handbookStore';
import { WorkspaceReader } from './workspaceReader';

const t = vscode.l10n.t;

function toDiagnostic(p: LabelledProblem): vscode.Diagnostic {
  // The session clamped the position into the file; an empty range is widened to one character.
  const range = new vscode.Range(p.line - 1, p.column - 1, Math.max(p.endLine, p.line) - 1, p.endLine > p.line || p.endColumn > p.column ? p.endColumn - 1 : p.column);
  const d = new vscode.Diagnostic(range, p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  d.source = 'CE Playbook';
  d.code = p.rule;
  return d;
}

const sameProblem = (a: LabelledProblem, b: LabelledProblem) => a.key === b.key && a.line === b.line && a.column === b.column && a.endLine === b.endLine
  && a.endColumn === b.endColumn && a.severity === b.severity && a.rule === b.rule && a.message === b.message;
const sameProblems = (a: readonly LabelledProblem[] | undefined, b: readonly LabelledProblem[]) => a !== undefined && a.length === b.length && a.every((p, i) => sameProblem(p, b[i]));

function byKey(problems: readonly LabelledProblem[]): Map<string, LabelledProblem[]> {
  const grouped = new Map<string, LabelledProblem[]>();
  for (const p of problems) {
    const list = grouped.get(p.key);
    if (list) list.push(p);
    else grouped.set(p.key, [p]);
  }
  return grouped;
}

const loadedLine = (state: SessionState, ms: number, unchanged: number, fromCache: number) => `Loaded ${state.files.length} data file(s) in ${ms} ms (${unchanged} unchanged, ${fromCache} from the cache): ${state.files.map((f) => f.label).join(', ')}${state.problems.length ? `; ${state.problems.length} problem(s)` : ''}.`;

export class DataSession implements vscode.Disposable {
  private readonly session: HandbookSession;
  private outputChannel: vscode.LogOutputChannel | undefined;
  private diagnosticCollection: vscode.DiagnosticCollection | undefined;
  private statusItem: vscode.StatusBarItem | undefined;
  private running: Promise<void> = Promise.resolve();
  private lastNotices = '';
  /** The problems in the Problems panel, by file key: only files whose problems changed are set again. */
  private shownProblems: ReadonlyMap<string, LabelledProblem[]> = new Map();

  constructor(
    private readonly store: HandbookStore,
    loader: () => typeof Loader,
    checks: CheckCache | undefined,
    /** Called after each reload, whatever its outcome. */
    private readonly afterReload: () => void = () => undefined,
  ) {
    this.session = new HandbookSession({ reader: new WorkspaceReader(), bundled: () => store.bundled, loader, checks });
  }

  get diagnostics(): vscode.DiagnosticCollection {
    return (this.diagnosticCollection ??= vscode.languages.createDiagnosticCollection('cePlaybook.data'));
  }

  private get output(): vscode.LogOutputChannel {
    return (this.outputChannel ??= vscode.window.createOutputChannel('CE Playbook', { log: true }));
  }

  private get status(): vscode.StatusBarItem {
    if (!this.statusItem) {
      this.statusItem = vscode.window.createStatusBarItem('cePlaybook.dataProblems', vscode.StatusBarAlignment.Left, 10);
      this.statusItem.name = t('CE Playbook Data Problems');
      this.statusItem.command = 'workbench.actions.view.problems';
    }
    return this.statusItem;
  }

  /** One reload at a time, in order; each waits for the one before it. */
  reload(): Promise<void> {
    const run = () => this.reloadNow();
    this.running = this.running.then(run, run).finally(this.afterReload);
    return this.running;
  }

  private async reloadNow(): Promise<void> {
    const trusted = vscode.workspace.isTrusted;
    const settingNotices: string[] = [];
    let load: SessionLoad;
    try {
      load = await this.session.load(trusted ? dataSources(settingNotices) : []);
    } catch (error) {
      // Never take the extension down: keep what is shown and say what happened.
      this.output.error(`Loading the data files failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return;
    }
    this.showNotices([...settingNotices, ...load.notices.map(noticeText)]);
    if (load.kind === 'loaded') {
      this.show(load.state);
      this.output.info(loadedLine(load.state, load.stats.ms, load.stats.unchanged, load.stats.fromCache));
    } else if (load.kind === 'unchanged') {
      // What a load of the same files says in the log, without loading or showing anything again.
      for (const p of load.state.problems) this.output.error(outputText(formatProblem(p)));
      this.output.info(loadedLine(load.state, 0, load.state.files.length, 0));
    } else this.showBundled(trusted);
  }

  /** What discovery refused or cut short: in the log each time, as a warning when it changes. */
  private showNotices(notices: readonly string[]): void {
    for (const notice of notices) this.output.warn(outputText(notice));
    const text = notices.join(' ');
    if (text && text !== this.lastNotices) void vscode.window.showWarningMessage(notificationText(text));
    this.lastNotices = text;
  }

  private showBundled(trusted: boolean): void {
    this.shownProblems = new Map();
    this.diagnosticCollection?.clear();
    this.store.replace(this.store.bundled, { origins: new Map(), untrusted: !trusted, stale: [], failed: [], problems: [] });
    this.statusItem?.hide();
    if (!trusted) this.output.info('This workspace is not trusted: its data files are not loaded; the bundled handbook is shown.');
  }

  private show(state: SessionState): void {
    this.store.replace(state.handbook, { origins: state.origins, untrusted: false, stale: state.stale, failed: state.failed, problems: state.problems });
    this.showProblems(this.store.status.problems);
    if (state.problems.length > 0) {
      this.status.text = `$(warning) ${t('CE Playbook: {0} data problem(s)', state.problems.length)}`;
      this.status.tooltip = t('{0} problem(s) in: {1}. The playbook shows the last good data. Click to open the Problems panel.', state.problems.length, state.failed.join(', '));
      this.status.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      this.status.show();
    } else this.statusItem?.hide();
  }

  /** The Problems panel, the log: made from the store's problems. */
  private showProblems(problems: readonly LabelledProblem[]): void {
    const grouped = byKey(problems);
    // Files whose problems did not change are left as they are (each set is a message to the workbench).
    for (const key of this.shownProblems.keys()) if (!grouped.has(key)) this.diagnostics.delete(vscode.Uri.parse(key));
    for (const [key, list] of grouped) {
      if (!sameProblems(this.shownProblems.get(key), list)) this.diagnostics.set(vscode.Uri.parse(key), list.map(toDiagnostic));
    }
    this.shownProblems = grouped;
    // The output channel makes URLs clickable: only https: ones stay whole.
    for (const p of problems) this.output.error(outputText(formatProblem(p)));
  }

  dispose(): void {
    this.outputChannel?.dispose();
    this.diagnosticCollection?.dispose();
    this.statusItem?.dispose();
  }
}
