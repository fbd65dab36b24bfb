/**
 * The ticket composer pages, one per template, kept in a Map: composing a template that is already
 * open reveals its page and applies the values given. Pages come back after a window reload (the
 * serializer), with the draft from the store. Loaded on first use (dist/composer.js).
 */
import vscode = require('vscode');
import { createPagePanel, WebviewPages } from '../../core/host/webviewPage';
import type { WebviewEnvironment } from '../../core/render/webviewDocument';
import { renderComposerBody, renderComposerDocument } from './model/composerHtml';
import { composerView } from './model/composerState';
import { escapeHtml } from '../../core/render/html';
import { deliveryPlan, readStoredKeys, STORED_KEYS_INDEX } from '../slack/model/deliveryPlan';
import { planTarget } from '../slack/model/destination';
import { earlierNotice } from './earlierNotice';
import { whereWords } from '../slack/destinationWords';
import { isComposerState, isComposerValues, type ComposerState, type ComposerValues } from './composerMessages';
import type { Template } from '../../core/schema/schema';
import type { ComposeTicketArgs } from '../../core/commands/commandContract';
import type { TemplateRef } from '../../core/handbook/entryRef';
import type { HandbookStore } from '../data/handbookStore';
import type { TemplatesFeature } from '../templates/register';
import type * as Templates from '../templates/templates.chunk';
import { lazyChunk } from '../../core/host/lazyChunk';
import { messages } from '../../core/host/messages';
import { COMPOSER_PAGE, ComposerPage } from './composerPage';
import { composerIcons } from './composerIcons';
import { composerFieldMessages, composerLabels, composerMessages } from './composerLabels';
import { AccountTracker } from './customerCard';
import { myName } from '../../core/host/me';

const templateChunk = lazyChunk<typeof Templates>('templates');

/**
 * What `cePlaybook.composeTicket` takes (see the command contract): a template reference (a tree
 * row, a team page's button) or `{ templateId, values }`. Checked again here, since a
 * script or a keybinding can pass anything. A `thread` from an old script is ignored: the page is
 * always a new ticket (a reply in a thread is the reply page's, cePlaybook.followUpInThread).
 */
export type ComposeTarget = TemplateRef | ComposeTicketArgs | string | undefined;


/** Values from a caller (a code lens, the help guide, a script): only strings, within the limits. */
function givenValues(value: unknown): ComposerValues | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const strings = Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
  return isComposerValues(strings) ? strings : undefined;
}

/** What the CE is asked on a page (a test run may script answers). */
export interface ComposerPrompts {
  confirmDiscard(template: Template): Promise<boolean>;
}

async function askDiscard(template: Template): Promise<boolean> {
  const choice = await vscode.window.showWarningMessage(composerMessages.discardQuestion(template.title), { modal: true }, composerMessages.discard);
  return choice === composerMessages.discard;
}

export class ComposerPages implements vscode.Disposable, vscode.WebviewPanelSerializer {
  private readonly pages = new WebviewPages<ComposerPage>();
  private readonly subscription: vscode.Disposable;
  private templateJson = new Map<string, string>();
  private readonly shownDestination = new Map<string, string | undefined>();
  readonly labels = composerLabels;

  constructor(
    readonly extensionUri: vscode.Uri,
    readonly store: HandbookStore,
    readonly templates: TemplatesFeature,
    /**
     * globalState: the sent tickets (the "sent before" notice, the customer card) and the names of the
     * stored Slack credentials' keys ("Goes to" names the webhook the CE connected), never the secrets.
     */
    private readonly userState: vscode.Memento,
    /** Answers given for the CE in a test run (see src/testExports.ts); the rest are the real prompts. */
    private readonly scripted: () => Partial<ComposerPrompts> = () => ({}),
  ) {
    // A data change re-renders a page only when its own template changed (typing is never interrupted otherwise).
    this.subscription = store.onDidChange(() => {
      for (const panel of this.pages.values()) {
        const json = JSON.stringify(panel.template ?? null);
        if (this.templateJson.get(panel.templateId) !== json) panel.templateChanged();
        // The team's customers may have changed: the picker's list and the card follow.
        else if (panel.isReady) panel.postView();
      }
    });
  }

  /** Slack took a ticket (see ComposerPage.confirmSent); a page of that template, if open, says so. */
  sentElsewhere(notice: { templateId: string; values: Readonly<Record<string, string>>; link?: string }): void {
    this.pages.get(notice.templateId)?.confirmSent(notice.values, notice.link);
  }

  /** Asks before a draft is discarded. */
  confirmDiscard(template: Template): Promise<boolean> {
    return (this.scripted().confirmDiscard ?? askDiscard)(template);
  }

  /** The same draft store as the fill-in form (globalState 'cePlaybook.templateDrafts'). */
  drafts() {
    return this.templates.fillDeps.drafts;
  }

  templateFormat() {
    return templateChunk().fillForm.templateFormatSetting();
  }

  renderDocument(env: WebviewEnvironment, template: Template | undefined, values: Record<string, string>, state: ComposerState): string {
    this.templateJson.set(state.templateId, JSON.stringify(template ?? null));
    if (!template) {
      const text = composerMessages.templateGone(state.templateId);
      return renderComposerDocument(`<h1 id="title">${escapeHtml(state.templateId)}</h1><p id="preview" class="empty">${escapeHtml(text)}</p><div id="status"></div>`, text, state, env);
    }
    const destination = this.destination(template);
    this.shownDestination.set(state.templateId, destination);
    const body = renderComposerBody(template, values, composerView(template, values, composerFieldMessages), this.labels, composerIcons, { destination, hasCustomers: this.store.current.handbook.customers.length > 0 });
    return renderComposerDocument(body, this.labels.pageTitle(template.title), state, env);
  }

  /** Where Send delivers the template: the same plan and words as the delivery's confirmation. */
  private destination(template: Template): string | undefined {
    const stored = readStoredKeys(this.userState.get(STORED_KEYS_INDEX));
    const planned = deliveryPlan(template, (id) => this.store.current.channel(id), { stored });
    if (!planned.ok) return undefined;
    return whereWords(planTarget(planned.plan, stored), template.title);
  }

  /** A Slack credential was stored or removed: pages whose "Goes to" changed are drawn again. */
  destinationsChanged(): void {
    for (const panel of this.pages.values()) {
      const template = panel.template;
      if (template && this.shownDestination.get(panel.templateId) !== this.destination(template)) panel.renderDocument();
    }
  }

  /** The "sent before" notice for a page's values (see earlierNotice.ts). */
  earlierNotice(template: Template, values: Readonly<Record<string, string>>, dismissed: ReadonlySet<string>) {
    return earlierNotice(this.userState, template, values, { customers: this.store.current.handbook.customers, dismissed });
  }

  /** A page's customer tracker: the team's customers, who I am, and my sent tickets with their status. */
  accountTracker(): AccountTracker {
    return new AccountTracker({ customers: () => this.store.current.handbook.customers, me: myName, userState: this.userState, reactionsFor: (id) => this.store.current.template(id)?.delivery?.statusReactions });
  }

  /** The command: a template (asked for when not given) and its values. */
  async compose(target: ComposeTarget): Promise<string | undefined> {
    const args: { templateId?: unknown; values?: unknown } = typeof target === 'string' ? { templateId: target } : typeof target === 'object' && target !== null ? target : {};
    const templateId = typeof args.templateId === 'string' ? args.templateId : await this.pickTemplate();
    if (!templateId) return undefined;
    if (!this.store.current.template(templateId)) {
      void vscode.window.showWarningMessage(messages.unknownTemplate(templateId));
      return undefined;
    }
    this.open(templateId, givenValues(args.values));
    return templateId;
  }

  private async pickTemplate(): Promise<string | undefined> {
    const pick = await vscode.window.showQuickPick(
      this.store.current.handbook.templates.map((t) => ({ label: t.title, description: t.prefix, detail: t.description, id: t.id })),
      { title: composerMessages.pickTemplate, matchOnDescription: true, matchOnDetail: true },
    );
    return pick?.id;
  }

  /**
   * Opens the template's page, or reveals it and applies the values given. Every open is a new
   * ticket: a reply in a sent ticket's thread is the reply page's (src/features/reply/).
   */
  open(templateId: string, values?: ComposerValues): ComposerPage {
    const open = this.pages.reveal(templateId);
    if (open) {
      open.apply(values);
      return open;
    }
    const template = this.store.current.template(templateId);
    const panel = createPagePanel(COMPOSER_PAGE, this.extensionUri, template ? this.labels.pageTitle(template.title) : templateId);
    return this.pages.add(templateId, new ComposerPage(templateId, panel, this, values));
  }

  async deserializeWebviewPanel(webviewPanel: vscode.WebviewPanel, state: unknown): Promise<void> {
    // Only the template is restored: a state saved by an older version with a thread restores as a new ticket.
    const templateId = isComposerState(state) ? state.templateId : undefined;
    this.pages.restore(webviewPanel, templateId, (restored) => new ComposerPage(templateId!, restored, this));
  }

  get(templateId: string): ComposerPage | undefined {
    return this.pages.get(templateId);
  }

  get openTemplates(): string[] {
    return this.pages.keys;
  }

  dispose(): void {
    this.subscription.dispose();
    this.pages.dispose();
  }
}
