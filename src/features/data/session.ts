/**
 * One workspace's data session: reads the data files, loads them with what it remembers from
 * earlier loads (and the persistent store), and shows the result: the store's handbook,
 * diagnostics, the log and the status bar item. The output channel, the diagnostics and the
 * status item are created the first time something needs them.
 */
import vscode = require('vscode');
import type * as Loader from './workspaceData.chunk';
import { clampPosition, type DataProblem } from '../../core/load/problem';
import { notificationText, outputText } from '../../core/render/plainText';
import type { CheckStore } from './checkStore';
import { discover } from './discover';
import { FileVersions } from '../../core/session/fileVersions';
import type { HandbookStore } from './handbookStore';

const t = vscode.l10n.t;

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

const sameProblem = (a: DataProblem, b: DataProblem) => a.file === b.file && a.line === b.line && a.column === b.column && a.endLine === b.endLine
  && a.endColumn === b.endColumn && a.severity === b.severity && a.rule === b.rule && a.message === b.message;
const sameProblems = (a: readonly DataProblem[] | undefined, b: readonly DataProblem[]) => a !== undefined && a.length === b.length && a.every((p, i) => sameProblem(p, b[i]));

/**
 * Reads each file (unless its stat says it is unchanged); one that cannot be read becomes a problem of
 * its own. A file over the size limit is not read at all (`stat` first): the loader refuses it unread.
 */
async function readInputs(uris: readonly vscode.Uri[], files: FileVersions, maxBytes: number): Promise<{ inputs: Loader.DataFileInput[]; unreadable: Loader.ReadFailure[] }> {
  const inputs: Loader.DataFileInput[] = [];
  const unreadable: Loader.ReadFailure[] = [];
  for (const uri of uris) {
    const key = uri.toString();
    try {
      const read = await files.read(uri, maxBytes);
      inputs.push(read.tooLarge === undefined ? { key, label: label(uri), bytes: read.bytes } : { key, label: label(uri), bytes: new Uint8Array(0), tooLarge: read.tooLarge });
    } catch (error) {
      const problem: DataProblem = { file: key, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', rule: 'unreadable', message: t('The file could not be read: {0}', String(error)) };
      unreadable.push({ key, label: label(uri), problem });
    }
  }
  return { inputs, unreadable };
}

export class DataSession implements vscode.Disposable {
  private memory: Loader.LoadMemory | undefined;
  private originLabels: Loader.OriginLabels | undefined;
  private outputChannel: vscode.LogOutputChannel | undefined;
  private diagnosticCollection: vscode.DiagnosticCollection | undefined;
  private statusItem: vscode.StatusBarItem | undefined;
  private running: Promise<void> = Promise.resolve();
  private lastNotices = '';
  private readonly files = new FileVersions();
  /** The files (keys and labels) the shown data was loaded from; undefined when it was not loaded from files. */
  private shownFiles: string | undefined;
  /** The log lines of the shown data's problems: a reload that finds nothing changed logs them again. */
  private shownLogLines: readonly string[] = [];
  /** The problems in the Problems panel, by file key: only files whose problems changed are set again. */
  private shownProblems: ReadonlyMap<string, DataProblem[]> = new Map();

  constructor(
    private readonly store: HandbookStore,
    private readonly loader: () => typeof Loader,
    private readonly checks: CheckStore | undefined,
    /** Called after each reload, whatever its outcome. */
    private readonly afterReload: () => void = () => undefined,
  ) {}

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
    const { uris, notices } = trusted ? await discover() : { uris: [], notices: [] };
    this.showNotices(notices);
    if (uris.length === 0) return this.showBundled(trusted);
    this.files.keepOnly(uris);
    const loader = this.loader();
    const { inputs, unreadable } = await readInputs(uris, this.files, loader.DEFAULT_LIMITS.maxBytes);
    const memory = (this.memory ??= new loader.LoadMemory());
    // Unchanged files (same bytes as last time) are neither hashed nor looked up again.
    const changed = inputs.filter((i) => !loader.sameBytes(memory.latest.get(i.key)?.bytes, i.bytes));
    // The same files with the same bytes load to the same result (the load is deterministic once
    // it has run on them): what is shown stays, and nobody is told of a change.
    const files = inputs.map((i) => `${i.key}\n${i.label}\n${i.tooLarge ?? ''}`).join('\n');
    if (!changed.length && !unreadable.length && files === this.shownFiles) return this.showUnchanged(inputs);
    this.shownFiles = undefined;
    for (const input of changed) input.hash = loader.contentHash(input.bytes);
    const stored = changed.length && this.checks ? await this.checks.read(changed.map((i) => i.hash!)) : undefined;
    const started = Date.now();
    let result: Loader.LoadedHandbook;
    try {
      result = loader.loadHandbook(this.store.bundled, inputs, memory, { stored });
    } catch (error) {
      // Never take the extension down: keep what is shown and say what happened.
      this.output.error(`Loading the data files failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return;
    }
    void this.checks?.write(result.fresh, [...memory.latest.values()].map((f) => f.hash));
    const summary = loader.summarizeLoad(result, inputs, unreadable, (this.originLabels ??= new loader.OriginLabels()));
    this.show(summary, result.handbook);
    this.shownFiles = unreadable.length ? undefined : files;
    this.output.info(`Loaded ${inputs.length} data file(s) in ${Date.now() - started} ms (${inputs.length - changed.length} unchanged, ${stored?.size ?? 0} from the cache): ${inputs.map((i) => i.label).join(', ')}${summary.problemCount ? `; ${summary.problemCount} problem(s)` : ''}.`);
  }

  /** What discovery refused or cut short: in the log each time, as a warning when it changes. */
  private showNotices(notices: readonly string[]): void {
    for (const notice of notices) this.output.warn(outputText(notice));
    const text = notices.join(' ');
    if (text && text !== this.lastNotices) void vscode.window.showWarningMessage(notificationText(text));
    this.lastNotices = text;
  }

  /** What a load of the same files says in the log, without loading or showing anything again. */
  private showUnchanged(inputs: readonly Loader.DataFileInput[]): void {
    for (const line of this.shownLogLines) this.output.error(outputText(line));
    this.output.info(`Loaded ${inputs.length} data file(s) in 0 ms (${inputs.length} unchanged, 0 from the cache): ${inputs.map((i) => i.label).join(', ')}${this.shownLogLines.length ? `; ${this.shownLogLines.length} problem(s)` : ''}.`);
  }

  private showBundled(trusted: boolean): void {
    this.shownFiles = undefined;
    this.shownLogLines = [];
    this.shownProblems = new Map();
    this.diagnosticCollection?.clear();
    this.memory?.lastGood.clear();
    this.store.replace(this.store.bundled, { origins: new Map(), untrusted: !trusted, stale: [], failed: [] });
    this.statusItem?.hide();
    if (!trusted) this.output.info('This workspace is not trusted: its data files are not loaded; the bundled handbook is shown.');
  }

  private show(summary: Loader.LoadSummary, handbook: Loader.LoadedHandbook['handbook']): void {
    // Replaced in one synchronous step, so nobody sees the Problems panel empty mid-reload; files
    // whose problems did not change are left as they are (each set is a message to the workbench).
    for (const key of this.shownProblems.keys()) if (!summary.problemsByKey.has(key)) this.diagnostics.delete(vscode.Uri.parse(key));
    for (const [key, problems] of summary.problemsByKey) {
      if (!sameProblems(this.shownProblems.get(key), problems)) this.diagnostics.set(vscode.Uri.parse(key), problems.map(toDiagnostic));
    }
    this.shownProblems = summary.problemsByKey;
    this.shownLogLines = summary.logLines;
    // The output channel makes URLs clickable: only https: ones stay whole.
    for (const line of summary.logLines) this.output.error(outputText(line));
    this.store.replace(handbook, { origins: summary.origins, untrusted: false, stale: summary.stale, failed: summary.failed });
    if (summary.problemCount > 0) {
      this.status.text = `$(warning) ${t('CE Playbook: {0} data problem(s)', summary.problemCount)}`;
      this.status.tooltip = t('{0} problem(s) in: {1}. The playbook shows the last good data. Click to open the Problems panel.', summary.problemCount, summary.failed.join(', '));
      this.status.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      this.status.show();
    } else this.statusItem?.hide();
  }

  dispose(): void {
    this.outputChannel?.dispose();
    this.diagnosticCollection?.dispose();
    this.statusItem?.dispose();
  }
}
