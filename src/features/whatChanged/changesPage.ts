/**
 * The "What changed" page and the Compare Handbook Revisions page: a webview page (see
 * core/host/webviewPage.ts) rendered by features/whatChanged/model/changesHtml.ts. A long text opens in VS Code's
 * diff editor through a read-only content provider.
 */
import vscode = require('vscode');
import { WebviewPage, type WebviewPageKind } from '../../core/host/webviewPage';
import { sentences } from '../handbookImport/model/text';
import { isWhatChangedToHost, type WhatChangedToHost } from './whatChangedMessages';
import { changesLabels, changesText } from './changesLabels';
import { renderChangesBody, renderChangesDocument, type ChangesContent } from './model/changesHtml';

export const WHAT_CHANGED_PAGE: WebviewPageKind<WhatChangedToHost> = {
  viewType: 'cePlaybook.whatChanged',
  script: 'whatChanged.js',
  // The entries' sections are drawn like a team page's.
  styles: ['page.css', 'teamPage.css', 'whatChanged.css'],
  isToHost: isWhatChangedToHost,
  panelOptions: { enableFindWidget: true },
};
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

/** One clause per line (sentences, then after ; and ,), so the diff editor shows what changed side by side. */
const sentencePerLine = (text: string) => sentences(text).flatMap((s) => s.split(/(?<=[;,])\s+/)).join('\n') + '\n';


/** The host posts nothing to the page (`never`): a change of what it shows is a new document. */
export class ChangesPage extends WebviewPage<WhatChangedToHost, never> {
  constructor(
    panel: vscode.WebviewPanel,
    private content: ChangesContent,
    extensionUri: vscode.Uri,
    private readonly texts: ChangeTexts,
    private readonly onMarkSeen: () => void,
  ) {
    super(panel, WHAT_CHANGED_PAGE, extensionUri);
    this.render();
  }

  update(content: ChangesContent): void {
    this.content = content;
    this.render();
  }

  private render(): void {
    this.panel.title = this.content.title;
    this.showDocument((environment) => renderChangesDocument(renderChangesBody(this.content, changesLabels), this.content.title, environment));
  }

  protected override async receive(message: Exclude<WhatChangedToHost, { type: 'ready' }>): Promise<void> {
    if (message.type === 'markSeen') return this.onMarkSeen();
    const change = this.content.diff?.changed[message.index];
    if (!change || change.old === undefined || change.new === undefined) return;
    const left = this.texts.add(`${change.id}-${change.field}-before`, sentencePerLine(change.old));
    const right = this.texts.add(`${change.id}-${change.field}-now`, sentencePerLine(change.new));
    await vscode.commands.executeCommand('vscode.diff', left, right, changesText.diffTitle(change.field, change.label), { preview: true });
  }
}
