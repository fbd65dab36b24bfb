/**
 * The "What changed" page and the Compare Handbook Revisions page: a webview (strict CSP, nonce,
 * only dist/webview may load) rendered by features/whatChanged/model/changesHtml.ts. A long text opens in VS Code's
 * diff editor through a read-only content provider.
 */
import vscode = require('vscode');
import { nonce } from '../../core/host/webviewPanels';
import { sentences } from '../handbookImport/model/text';
import { isChangesMessage } from './whatChangedMessages';
import { changesLabels, changesText } from './changesLabels';
import { renderChangesBody, renderChangesDocument, type ChangesPage } from './model/changesHtml';

export const CHANGES_VIEW_TYPE = 'cePlaybook.whatChanged';
export const CHANGE_SCHEME = 'ce-playbook-change';

/** Texts shown in the diff editor, by URI path; read-only (a TextDocumentContentProvider). */
export class ChangeTexts implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private next = 0;
  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.path) ?? '';
  }
  add(name: string, text: string): vscode.Uri {
    const path = `/${++this.next}/${name.replace(/[^\w.-]+/g, '-')}.txt`;
    this.texts.set(path, text);
    return vscode.Uri.from({ scheme: CHANGE_SCHEME, path });
  }
}

/** What a changes page shows (the model's page description). */
export type ChangesPageContent = ChangesPage;

/** One clause per line (sentences, then after ; and ,), so the diff editor shows what changed side by side. */
const sentencePerLine = (text: string) => sentences(text).flatMap((s) => s.split(/(?<=[;,])\s+/)).join('\n') + '\n';


export class ChangesPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private content: ChangesPageContent;

  constructor(
    readonly panel: vscode.WebviewPanel,
    content: ChangesPageContent,
    private readonly root: vscode.Uri,
    private readonly texts: ChangeTexts,
    private readonly onMarkSeen: () => void,
    onDispose: () => void,
  ) {
    this.content = content;
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => this.handle(message)),
      panel.onDidDispose(() => { onDispose(); this.dispose(); }),
    );
    this.render();
  }

  update(content: ChangesPageContent): void {
    this.content = content;
    this.render();
  }

  private render(): void {
    const { webview } = this.panel;
    const asUri = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.root, file)).toString();
    this.panel.title = this.content.title;
    webview.html = renderChangesDocument(renderChangesBody(this.content, changesLabels), this.content.title, {
      cspSource: webview.cspSource,
      nonce: nonce(),
      scriptUri: asUri('whatChanged.js'),
      styleUris: [asUri('page.css'), asUri('teamPage.css'), asUri('whatChanged.css')],
    });
  }

  /** Messages come from the webview, which is untrusted: checked before use. */
  async handle(message: unknown): Promise<void> {
    if (!isChangesMessage(message)) return;
    if (message.type === 'markSeen') return this.onMarkSeen();
    const change = this.content.diff?.changed[message.index];
    if (!change || change.old === undefined || change.new === undefined) return;
    const left = this.texts.add(`${change.id}-${change.field}-before`, sentencePerLine(change.old));
    const right = this.texts.add(`${change.id}-${change.field}-now`, sentencePerLine(change.new));
    await vscode.commands.executeCommand('vscode.diff', left, right, changesText.diffTitle(change.field, change.label), { preview: true });
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
    this.disposables.length = 0;
  }
}
