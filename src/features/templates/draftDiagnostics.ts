/**
 * Checks filled-in templates in Markdown and plain-text documents as the user edits: each required
 * field still empty is a warning on its line; a code lens on each block offers "Compose…" (the
 * composer page with the block's values), "Fill In…" and "Copy for Slack".
 */
import vscode = require('vscode');
import { blockValues, draftProblems, findDraftBlocks, type DraftBlock } from './model/draftChecker';
import type { FieldValues } from '../../core/templates/render';
import type { HandbookStore } from '../data/handbookStore';
import { commandCall } from '../../core/commands/commandContract';

const t = vscode.l10n.t;
export const DRAFT_LANGUAGES = ['markdown', 'plaintext'];
const isDraftDocument = (d: vscode.TextDocument) => DRAFT_LANGUAGES.includes(d.languageId);

export class DraftChecker implements vscode.Disposable, vscode.CodeLensProvider {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('cePlaybook.templates');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly lensesChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.lensesChanged.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly firstScan: ReturnType<typeof setTimeout>;

  constructor(private readonly store: HandbookStore) {
    this.disposables.push(
      this.diagnostics,
      this.lensesChanged,
      vscode.workspace.onDidOpenTextDocument((d) => this.check(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.diagnostics.delete(d.uri)),
      store.onDidChange(() => this.checkAll()),
    );
    // The documents already open are checked once activation has returned, not during it.
    this.firstScan = setTimeout(() => this.checkAll(), 0);
  }

  blocks(document: vscode.TextDocument): DraftBlock[] {
    return findDraftBlocks(document.getText(), this.store.current.handbook.templates);
  }

  /** The filled-in template around the line, with the values typed into it. */
  blockAt(document: vscode.TextDocument, line: number): { block: DraftBlock; values: FieldValues } | undefined {
    const block = this.blocks(document).find((b) => b.startLine <= line && line <= b.endLine);
    return block && { block, values: blockValues(block) };
  }

  private checkAll(): void {
    for (const d of vscode.workspace.textDocuments) this.check(d);
    this.lensesChanged.fire();
  }

  /** Typing fires many changes; check once the user pauses. */
  private schedule(document: vscode.TextDocument): void {
    if (!isDraftDocument(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => { this.timers.delete(key); this.check(document); }, 250));
  }

  check(document: vscode.TextDocument): void {
    if (!isDraftDocument(document) || document.isClosed) return;
    const problems = draftProblems(this.blocks(document));
    this.diagnostics.set(
      document.uri,
      problems.map((p) => {
        const channel = p.template.channel ? this.store.current.channel(p.template.channel)?.name : undefined;
        const why = channel
          ? t('The handbook asks for it in every {0} raised in {1}.', p.template.title, channel)
          : t('The handbook asks for it in every {0}.', p.template.title);
        const diagnostic = new vscode.Diagnostic(
          new vscode.Range(p.line, p.startColumn, p.line, Math.max(p.endColumn, p.startColumn)),
          `${t('"{0}" is empty.', p.field.label)} ${why}${p.field.hint ? ` ${p.field.hint}` : ''}`,
          vscode.DiagnosticSeverity.Warning,
        );
        diagnostic.source = 'CE Playbook';
        diagnostic.code = `${p.template.id}/${p.field.id}`;
        return diagnostic;
      }),
    );
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    return this.blocks(document).flatMap((block) => {
      const range = new vscode.Range(block.startLine, 0, block.startLine, 0);
      return [
        new vscode.CodeLens(range, { title: `$(comment-discussion) ${t('Compose…')}`, ...commandCall('cePlaybook.composeTicket', { templateId: block.template.id, values: blockValues(block) }) }),
        new vscode.CodeLens(range, { title: `$(edit) ${t('Fill In…')}`, ...commandCall('cePlaybook.fillDraft', document.uri, block.startLine) }),
        new vscode.CodeLens(range, { title: `$(copy) ${t('Copy for Slack')}`, ...commandCall('cePlaybook.copyDraftForSlack', document.uri, block.startLine) }),
      ];
    });
  }

  dispose(): void {
    clearTimeout(this.firstScan);
    for (const timer of this.timers.values()) clearTimeout(timer);
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
