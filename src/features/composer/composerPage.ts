/**
 * One ticket composer page: a webview for one template. The host keeps the values, autosaves them
 * (debounced) to the fill-in form's draft store, answers every change with the preview and the
 * field problems, and runs the buttons: send (cePlaybook.sendTicket), copy, insert, discard.
 */
import vscode = require('vscode');
import { composerView, missingFields, openingValues, sameValues, templateValues } from './model/composerState';
import { DraftAutosave } from './draftAutosave';
import { renderTemplate } from '../../core/templates/render';
import { isComposerToHost, type ComposerAction, type ComposerState, type ComposerToHost, type ComposerValues, type HostToComposer, type StatusKind } from './composerMessages';
import type { Template } from '../../core/schema/schema';
import { composerFieldMessages, composerMessages as m } from './composerLabels';
import { sendThroughCommand } from './composerSend';
import { WebviewPage, type WebviewPageKind } from '../../core/host/webviewPage';
import { executeCommand } from '../../core/host/commands';
import { EarlierNoticeTracker } from './earlierNotice';
import type { AccountTracker } from './customerCard';
import type { ComposerHost } from './composerHost';

export type { ComposerHost };

export { AUTOSAVE_DELAY_MS } from './draftAutosave';

export const COMPOSER_PAGE: WebviewPageKind<ComposerToHost> = {
  viewType: 'cePlaybook.composer',
  script: 'composer.js',
  styles: ['page.css', 'composer.css'],
  isToHost: isComposerToHost,
  panelOptions: { retainContextWhenHidden: true },
};

export class ComposerPage extends WebviewPage<ComposerToHost, HostToComposer> {
  private readonly autosave: DraftAutosave;
  private sending = false;
  private readonly earlier = new EarlierNoticeTracker();
  /** The customer picker's choices, the chosen account's fills and its card (what the page shows of them). */
  readonly account: AccountTracker;
  /** The values as last typed (the host's copy; the webview shows them). */
  values: Record<string, string>;
  /** The line under the buttons (what happened last): shown again when the page's document is new. */
  private shownStatus: Extract<HostToComposer, { type: 'status' }> | undefined;
  constructor(
    readonly templateId: string,
    panel: vscode.WebviewPanel,
    private readonly manager: ComposerHost,
    given?: ComposerValues,
  ) {
    super(panel, COMPOSER_PAGE, manager.extensionUri);
    this.account = manager.accountTracker();
    this.autosave = new DraftAutosave(this, () => manager.drafts());
    const template = this.template;
    const draft = manager.drafts().get(templateId)?.values;
    this.values = template ? openingValues(template, draft, given) : { ...draft };
    this.renderDocument();
    if (template && given && !sameValues(template, this.values, draft ?? {})) this.saveNow();
  }

  /** The "sent before" notice the page shows, if any. */
  get earlierText(): string | undefined {
    return this.earlier.text;
  }

  /** What the page says happened last, if anything. */
  get lastStatus(): { kind: StatusKind; text: string } | undefined {
    return this.shownStatus && { kind: this.shownStatus.kind, text: this.shownStatus.text };
  }

  get template(): Template | undefined {
    return this.manager.store.current.template(this.templateId);
  }

  get state(): ComposerState {
    return { templateId: this.templateId };
  }

  /** The template changed in the data: a field it gained starts on its default; the page is drawn again. */
  templateChanged(): void {
    if (this.template) this.values = { ...openingValues(this.template, this.values, undefined), ...this.values };
    this.renderDocument();
  }

  /** Renders the whole page (first open, a data change to the template, a new Slack credential). */
  renderDocument(): void {
    this.setTitle();
    this.earlier.reset();
    this.account.reset();
    this.showDocument((environment) => this.manager.renderDocument(environment, this.template, this.values, this.state));
  }

  private setTitle(): void {
    const template = this.template;
    this.panel.title = template ? this.manager.labels.pageTitle(template.title) : this.templateId;
  }

  /** Opened again with values: they go over what the page shows, and are saved. */
  apply(given: ComposerValues | undefined): void {
    const template = this.template;
    if (!template || !given) return;
    const next = openingValues(template, this.values, given);
    if (sameValues(template, next, this.values)) return;
    this.values = next;
    this.post({ type: 'setValues', values: this.values });
    this.postView();
    this.saveNow();
  }

  /** Tells the page what is current: the account (choices, fills, card), the preview and problems, the notice. */
  postView(): void {
    const template = this.template;
    if (!template) return;
    // A customer just chosen fills the empty fields its account maps (before the view: the preview has them).
    const account = this.account.next(template, this.values);
    this.values = account.values;
    for (const message of account.messages) this.post(message);
    if (account.filled) this.autosave.schedule();
    this.post({ type: 'view', ...composerView(template, this.values, composerFieldMessages) });
    const earlier = this.earlier.next((dismissed) => this.manager.earlierNotice(template, this.values, dismissed));
    if (earlier) this.post(earlier);
  }

  private status(kind: StatusKind, text: string, link?: { href: string; text: string }): void {
    this.shownStatus = { type: 'status', kind, text, ...(link ? { link } : {}) };
    this.post(this.shownStatus);
  }

  /** A restored or reloaded webview shows the HTML it was first given: what is current goes first. */
  protected override currentState(): HostToComposer[] {
    return [{ type: 'setValues', values: this.values }, ...(this.shownStatus ? [this.shownStatus] : [])];
  }

  protected override onReady(): void {
    this.postView();
  }

  protected override async receive(message: Exclude<ComposerToHost, { type: 'ready' }>): Promise<void> {
    const template = this.template;
    if (!template) return this.status('error', m.templateGone(this.templateId));
    this.values = templateValues(template, message.values);
    this.postView();
    if (message.type === 'change') return this.autosave.schedule();
    await this.run(message.action, template);
  }

  private async run(action: ComposerAction, template: Template): Promise<void> {
    switch (action) {
      case 'send': return this.send(template);
      case 'copy': return this.copy(template);
      case 'insert': {
        this.saveNow();
        await this.manager.templates.fillDeps.insertText(renderTemplate(template, this.values, this.manager.templateFormat()));
        return this.status('success', m.inserted(template.title));
      }
      case 'discard': return this.discard(template);
      case 'keepNewTicket':
        this.earlier.dismiss();
        return this.postView();
      case 'followUpEarlier': {
        // The same page becomes the reply (what was typed stays); the command says why if it cannot.
        const sentId = this.earlier.followUpId;
        if (sentId) await executeCommand('cePlaybook.followUpInThread', { kind: 'sentTicket', sentId });
        return;
      }
    }
  }

  private async copy(template: Template): Promise<void> {
    this.saveNow();
    const missing = missingFields(template, this.values);
    if (missing.length) {
      this.post({ type: 'showErrors' });
      return this.status('error', m.notCopied(template.title, missing));
    }
    await vscode.env.clipboard.writeText(renderTemplate(template, this.values, 'slack'));
    this.status('success', m.copied(template.title));
  }

  private async send(template: Template): Promise<void> {
    if (this.sending) return;
    // The draft is in the store before anything leaves, so a failure or a crash loses nothing.
    this.saveNow();
    const missing = missingFields(template, this.values);
    if (missing.length) {
      this.post({ type: 'showErrors' });
      return this.status('error', m.notSent(template.title, missing));
    }
    await this.saved;
    const sent = { ...this.values };
    this.sending = true;
    this.post({ type: 'busy', busy: true });
    this.status('info', m.sending(template.title));
    // Always a new ticket: a reply in a sent ticket's thread is the reply page's (Follow Up in Thread).
    const result = await sendThroughCommand({ templateId: template.id, values: sent });
    this.sending = false;
    this.post({ type: 'busy', busy: false });
    if (!result.ok) return this.status(result.kind === 'declined' ? 'info' : 'error', result.error);
    this.showSent(template, sent, result.link);
  }

  /**
   * Slack took this template's ticket from somewhere else (a notification's Retry after this page's
   * send failed, a script): the page says so as if its own Send had worked. Its own send says it itself.
   */
  confirmSent(values: Readonly<Record<string, string>>, link: string | undefined): void {
    const template = this.template;
    if (this.sending || !template) return;
    this.showSent(template, values, link);
  }

  private showSent(template: Template, sent: Readonly<Record<string, string>>, link: string | undefined): void {
    // Slack has it: the delivery cleared the draft. What was typed since stays.
    if (sameValues(template, this.values, sent)) {
      this.autosave.cancel();
      this.values = {};
      this.post({ type: 'setValues', values: {} });
      this.postView();
    } else {
      this.saveNow();
    }
    const open = link && link.startsWith('https://') ? { href: link, text: m.openInSlack } : undefined;
    this.status('success', m.sent(template.title), open);
  }

  private async discard(template: Template): Promise<void> {
    if (!(await this.manager.confirmDiscard(template))) return;
    this.autosave.cancel();
    this.values = {};
    await this.saved;
    await this.manager.drafts().clear(this.templateId);
    this.post({ type: 'setValues', values: {} });
    this.postView();
    this.status('info', m.discarded(template.title));
  }

  /** Writes the values to the shared draft store now (an all-empty page removes the draft). */
  saveNow(): void {
    this.autosave.now();
  }

  /** Resolves when the draft store has what was last typed. */
  get saved(): Promise<void> {
    return this.autosave.saved;
  }

  override dispose(): void {
    if (this.autosave.pending) this.saveNow();
    super.dispose();
  }
}
