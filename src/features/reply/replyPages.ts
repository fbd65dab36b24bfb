/**
 * The message pages (loaded on first use, dist/reply.js): a reply in a sent ticket's thread
 * (*Follow Up in Thread*), or a message to a channel of the data (to @cs-leadership in
 * #customer-support, its context prefilled). One page per destination: a page belongs to its one
 * thread (or channel and ticket), so nothing typed for one ticket carries into another's.
 */
import vscode = require('vscode');
import { createPagePanel, WebviewPages } from '../../core/host/webviewPage';
import type { WebviewEnvironment } from '../../core/render/webviewDocument';
import { renderReplyBody, renderReplyDocument } from './model/replyHtml';
import { updateRequestText, type MentionGroup } from './model/messageText';
import { canFollowUp, readSentTickets, SENT_TICKETS_KEY, type SentTicket } from '../slack/model/sentTickets';
import { readStatusCache, TICKET_STATUS_KEY } from '../slack/model/statusCache';
import { replyText, userName } from '../slack/model/ticketStatus';
import type { ComposeMessageArgs, SentTicketRef } from '../../core/commands/commandContract';
import type * as CommandArguments from '../../core/host/commandArguments.chunk';
import type { Step } from '../../core/schema/schema';
import type { HandbookStore } from '../data/handbookStore';
import type * as SlackDelivery from '../slack/slackDelivery.chunk';
import { lazyChunk } from '../../core/host/lazyChunk';
import { localDateTime as when } from '../../core/host/localTime';
import { isReplyState, type ReplyState } from './replyMessages';
import { REPLY_PAGE, ReplyPage, type ReplyHost } from './replyPage';
import { replyPageLabels, replyWords as w, updateWords } from './replyLabels';

/** The schemas of the commands' arguments: loaded with the first command, which this one came through. */
const argumentSchemas = lazyChunk<typeof CommandArguments>('commandArguments');
/** Where the pages' texts are kept as typed (globalState, per user), by page; bounded. */
export const MESSAGE_DRAFTS_KEY = 'cePlaybook.messageDrafts';
const DRAFTS_CAP = 20;
const delivery = lazyChunk<typeof SlackDelivery>('slackDelivery');


/** What a page shows around its text area, and where Send posts. */
interface PageContent {
  key: string;
  title: string;
  tab: string;
  destination: string;
  notes: string[];
  replies?: Array<{ by: string; at: string; text: string }>;
  sendLabel: string;
  to: ReplyPage['destination'];
  prefill?: string;
  /** Which page this is, for its restore after a window reload. */
  state: ReplyState;
}

export class ReplyPages implements vscode.Disposable, ReplyHost {
  private readonly pages = new WebviewPages<ReplyPage>();

  constructor(readonly extensionUri: vscode.Uri, readonly store: HandbookStore, private readonly userState: vscode.Memento) {}

  sentTickets(): SentTicket[] {
    return readSentTickets(this.userState.get(SENT_TICKETS_KEY));
  }

  /** A step of the handbook by its id (its text is the handbook's own words, from data/). */
  step(id: string): Step | undefined {
    return this.store.current.handbook.procedures.flatMap((p) => p.steps).find((s) => s.id === id);
  }

  private groups(): MentionGroup[] {
    return this.store.current.handbook.userGroups.map((g) => ({ name: g.name, ...(g.slackId ? { slackId: g.slackId } : {}) }));
  }

  /** The ticket's last replies as its Sent tickets row last read them (nothing is asked of Slack here). */
  private lastReplies(ticket: SentTicket): Array<{ by: string; at: string; text: string }> {
    const cache = readStatusCache(this.userState.get(TICKET_STATUS_KEY));
    const names = new Map(Object.entries(cache.names));
    return (cache.tickets[ticket.id]?.reading?.lastReplies ?? []).map((r) => ({ by: userName(r.user, names), at: r.at ? when(r.at) : '', text: replyText(r, names) }));
  }

  /** The status as the ticket's Sent tickets row says it, if its thread was read. */
  statusOf(ticket: SentTicket): string | undefined {
    const cache = readStatusCache(this.userState.get(TICKET_STATUS_KEY));
    return delivery().statusWords(ticket, cache, this.store.current.template(ticket.templateId)?.delivery?.statusReactions).summary;
  }

  /** The thread's channel: its name in the data (now, or when the ticket was sent) with the Slack id Slack gave. */
  private channelName(ticket: SentTicket): string {
    const name = this.store.current.handbook.channels.find((c) => c.slackId === ticket.channel)?.name ?? ticket.channelName;
    return name ? w.channelWithId(name, ticket.channel ?? '') : ticket.channel ?? '';
  }

  private threadContent(ticket: SentTicket): PageContent {
    const step = this.step('customer-asks-for-update');
    return {
      key: `thread:${ticket.id}`,
      title: w.threadTitle(ticket.customer, ticket.templateTitle),
      tab: w.threadTab(ticket.customer, ticket.templateTitle),
      destination: w.threadDestination(ticket.templateTitle, ticket.customer, when(ticket.sentAt), this.channelName(ticket)),
      notes: [w.recorded, ...(step ? [w.handbook(step.text)] : [])],
      replies: this.lastReplies(ticket),
      sendLabel: w.sendReply,
      to: { kind: 'thread', sentId: ticket.id },
      state: { kind: 'thread', sentId: ticket.id },
    };
  }

  private channelContent(args: ComposeMessageArgs): PageContent | string {
    const channel = this.store.current.channel(args.channelId);
    if (!channel) return w.unknownChannel(args.channelId);
    const group = args.userGroupId ? this.store.current.userGroup(args.userGroupId) : undefined;
    const ticket = args.sentId ? this.sentTickets().find((s) => s.id === args.sentId) : undefined;
    const step = this.step('more-help');
    const mention = group ? [group.slackId ? w.notifies(group.name, group.slackId) : w.byName(group.name)] : [];
    const asked = (ticket?.followUps ?? []).filter((f) => f.kind === 'reply' && f.text).map((f) => ({ at: when(f.at), text: f.text! }));
    const prefill = group && updateRequestText({
      group: { name: group.name, slackId: group.slackId },
      customer: ticket?.customer ?? args.customer,
      ...(ticket ? { ticket: { templateTitle: ticket.templateTitle, sentAt: when(ticket.sentAt), link: ticket.link, status: this.statusOf(ticket), asked } } : {}),
    }, updateWords);
    return {
      key: `channel:${channel.id}:${ticket?.id ?? ''}`,
      title: w.channelTitle(group?.name, channel.name),
      tab: w.channelTitle(group?.name, channel.name),
      destination: w.channelDestination(channel.name, channel.slackId),
      notes: [...mention, ...(ticket ? [w.recorded] : []), ...(prefill ? [w.prefilled] : []), ...(step && group ? [w.handbook(step.text)] : [])],
      sendLabel: w.sendTo(channel.name),
      to: { kind: 'channel', channelId: channel.id, ...(ticket ? { about: ticket.id } : {}) },
      ...(prefill ? { prefill } : {}),
      state: { kind: 'channel', ...args },
    };
  }

  /** Follow Up in Thread: the reply page of a sent ticket. */
  openThread(ref: SentTicketRef | undefined): ReplyPage | undefined {
    const content = this.threadPage(ref?.sentId);
    if (typeof content === 'string') return void vscode.window.showWarningMessage(content);
    return this.open(content);
  }

  /** The reply page of a sent ticket, or why there is none. */
  private threadPage(sentId: string | undefined): PageContent | string {
    const ticket = this.sentTickets().find((s) => s.id === sentId);
    if (!ticket) return w.gone;
    return canFollowUp(ticket) ? this.threadContent(ticket) : w.noThread;
  }

  /** A message to a channel (checked: a script can pass anything). */
  openChannel(raw: unknown): ReplyPage | undefined {
    const parsed = argumentSchemas().composeMessageSchema.safeParse(raw);
    if (!parsed.success || !parsed.data.channelId) {
      const given = typeof raw === 'object' && raw !== null ? (raw as { channelId?: unknown }).channelId : undefined;
      return void vscode.window.showWarningMessage(w.unknownChannel(typeof given === 'string' ? given : ''));
    }
    const { channelId, userGroupId, sentId, customer } = parsed.data;
    const content = this.channelContent({ channelId, userGroupId, sentId, customer: customer?.slice(0, 200) });
    if (typeof content === 'string') return void vscode.window.showWarningMessage(content);
    return this.open(content);
  }

  /**
   * A page VS Code restores after a window reload, from the state its script kept: the same page
   * again, with its autosaved text. A state that is not one, a ticket no longer listed, or a page
   * already open: the panel closes.
   */
  deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): void {
    const found = !isReplyState(state) ? undefined : state.kind === 'thread' ? this.threadPage(state.sentId) : this.channelContent(state);
    const content = typeof found === 'string' ? undefined : found;
    this.pages.restore(panel, content?.key, (restored) => this.page(content!, restored));
  }

  private open(content: PageContent): ReplyPage {
    const open = this.pages.reveal(content.key);
    if (open) return open;
    return this.pages.add(content.key, this.page(content, createPagePanel(REPLY_PAGE, this.extensionUri, content.tab)));
  }

  /** The page of this content in this panel, with its autosaved text (or what it is prefilled with). */
  private page(content: PageContent, panel: vscode.WebviewPanel): ReplyPage {
    const text = this.draft(content.key) ?? content.prefill ?? '';
    const render = (env: WebviewEnvironment) => renderReplyDocument(renderReplyBody({ ...content, text }, replyPageLabels), content.title, env, content.state);
    const page = new ReplyPage(content.key, panel, this, content.to, this.groups(), text, render);
    panel.title = content.tab;
    return page;
  }

  private drafts(): Record<string, { text: string; at: number }> {
    const stored = this.userState.get<unknown>(MESSAGE_DRAFTS_KEY);
    if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
    return Object.fromEntries(Object.entries(stored as Record<string, unknown>).filter((e): e is [string, { text: string; at: number }] =>
      typeof (e[1] as { text?: unknown })?.text === 'string' && typeof (e[1] as { at?: unknown })?.at === 'number'));
  }

  draft(key: string): string | undefined {
    return this.drafts()[key]?.text;
  }

  async saveDraft(key: string, text: string): Promise<void> {
    const drafts = this.drafts();
    if (text.trim()) drafts[key] = { text: text.slice(0, 20_000), at: Date.now() };
    else delete drafts[key];
    // The newest few are kept: a draft per thread would otherwise grow without end.
    const kept = Object.entries(drafts).sort((a, b) => b[1].at - a[1].at).slice(0, DRAFTS_CAP);
    await this.userState.update(MESSAGE_DRAFTS_KEY, kept.length ? Object.fromEntries(kept) : undefined);
  }

  get(key: string): ReplyPage | undefined {
    return this.pages.get(key);
  }

  get openKeys(): string[] {
    return this.pages.keys;
  }

  dispose(): void {
    this.pages.dispose();
  }
}
