/**
 * One message page: a reply in a sent ticket's thread, or a message to a channel. The host keeps the
 * text, autosaves it (debounced) per page (per thread, per channel and ticket: nothing carries into
 * another ticket's page), answers every change with the preview, and sends through
 * `cePlaybook.sendMessage`, which confirms, checks for secrets and never posts twice. The text is
 * cleared only once Slack has it.
 */
import vscode = require('vscode');
import { MESSAGE_MAX, previewLines, type MentionGroup } from './model/messageText';
import { normalizeValue } from '../slack/model/slackMessage';
import { isReplyToHost, type HostToReply, type ReplyStatusKind, type ReplyToHost } from './replyMessages';
import type { SendMessageArgs } from '../../core/commands/commandContract';
import { executeCommand } from '../../core/host/commands';
import { WebviewPage, type WebviewPageKind } from '../../core/host/webviewPage';
import type { WebviewEnvironment } from '../../core/render/webviewDocument';
import { replyWords as w } from './replyLabels';

export const AUTOSAVE_DELAY_MS = 300;

/** What the page's manager does for it (see replyPages.ts). */
export interface ReplyHost {
  readonly extensionUri: vscode.Uri;
  saveDraft(key: string, text: string): Promise<void>;
}

export const REPLY_PAGE: WebviewPageKind<ReplyToHost> = {
  viewType: 'cePlaybook.reply',
  script: 'reply.js',
  styles: ['page.css', 'reply.css'],
  isToHost: isReplyToHost,
  panelOptions: { retainContextWhenHidden: true },
};

type SendResult = { ok: true; link?: string } | { ok: false; error: string; kind?: string };
const isSendResult = (v: unknown): v is SendResult => typeof v === 'object' && v !== null && typeof (v as SendResult).ok === 'boolean';

export class ReplyPage extends WebviewPage<ReplyToHost, HostToReply> {
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private sending = false;
  private shownStatus: Extract<HostToReply, { type: 'status' }> | undefined;
  /** Resolves when the draft store has what was last typed. */
  saved: Promise<void> = Promise.resolve();

  constructor(
    readonly key: string,
    panel: vscode.WebviewPanel,
    private readonly host: ReplyHost,
    /** Where Send posts: the thread of a sent ticket, or a channel (with the ticket it is about). */
    readonly destination: SendMessageArgs['to'] & { about?: string },
    /** The user groups of the data, for the preview's mentions. */
    private readonly groups: readonly MentionGroup[],
    public text: string,
    render: (environment: WebviewEnvironment) => string,
  ) {
    super(panel, REPLY_PAGE, host.extensionUri);
    this.showDocument(render);
  }

  /** What the page says happened last, if anything. */
  get lastStatus(): { kind: ReplyStatusKind; text: string } | undefined {
    return this.shownStatus && { kind: this.shownStatus.kind, text: this.shownStatus.text };
  }

  private postPreview(): void {
    this.post({ type: 'preview', lines: previewLines(this.text, this.groups), length: normalizeValue(this.text).length, max: MESSAGE_MAX });
  }

  private status(kind: ReplyStatusKind, text: string, link?: { href: string; text: string }): void {
    this.shownStatus = { type: 'status', kind, text, ...(link ? { link } : {}) };
    this.post(this.shownStatus);
  }

  /** A restored or reloaded webview shows the HTML it was first given: what is current goes first. */
  protected override currentState(): HostToReply[] {
    return [{ type: 'setText', text: this.text }, ...(this.shownStatus ? [this.shownStatus] : [])];
  }

  protected override onReady(): void {
    this.postPreview();
  }

  protected override async receive(message: Exclude<ReplyToHost, { type: 'ready' }>): Promise<void> {
    this.text = message.text;
    this.postPreview();
    if (message.type === 'change') return this.scheduleSave();
    await this.send();
  }

  private async send(): Promise<void> {
    if (this.sending) return;
    // The text is in the store before anything leaves, so a failure or a crash loses nothing.
    this.saveNow();
    await this.saved;
    const sent = this.text;
    this.sending = true;
    this.post({ type: 'busy', busy: true });
    this.status('info', w.sending);
    const { about, ...to } = this.destination;
    const args: SendMessageArgs = { to: to as SendMessageArgs['to'], text: sent, ...(about ? { about } : {}) };
    let result: SendResult;
    try {
      const answer = await executeCommand('cePlaybook.sendMessage', args);
      result = isSendResult(answer) ? answer : { ok: false, error: w.unavailable };
    } catch {
      result = { ok: false, error: w.unavailable };
    }
    this.sending = false;
    this.post({ type: 'busy', busy: false });
    if (!result.ok) return this.status(result.kind === 'declined' ? 'info' : 'error', result.error);
    const link = result.link?.startsWith('https://') ? { href: result.link, text: w.openInSlack } : undefined;
    if (normalizeValue(this.text) !== normalizeValue(sent)) {
      this.saveNow();
      return this.status('success', w.sentTyping, link);
    }
    // Slack has it: the text and its draft go.
    this.cancelSave();
    this.text = '';
    this.post({ type: 'setText', text: '' });
    this.postPreview();
    this.saveNow();
    this.status('success', w.sent, link);
  }

  private cancelSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
  }

  private scheduleSave(): void {
    this.cancelSave();
    this.saveTimer = setTimeout(() => this.saveNow(), AUTOSAVE_DELAY_MS);
  }

  /** Writes the text to the draft store now (an empty text removes the draft). */
  saveNow(): void {
    this.cancelSave();
    const write = this.host.saveDraft(this.key, this.text).catch(() => undefined);
    this.saved = Promise.all([this.saved, write]).then(() => undefined);
  }

  override dispose(): void {
    if (this.saveTimer) this.saveNow();
    super.dispose();
  }
}
