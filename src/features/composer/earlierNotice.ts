/**
 * "You sent this before": the composer's notice when the CE is writing a ticket for a customer (or
 * issue) that already has a ticket of this template in the last days. It offers to follow up in that
 * thread instead; nothing is blocked. Read from the same stores as the Sent tickets rows (the sent
 * tickets and the status last read from Slack); nothing is asked of Slack here.
 */
import vscode = require('vscode');
import { earlierTickets, type EarlierTicket } from '../slack/model/earlierTickets';
import { canFollowUp, readSentTickets, SENT_TICKETS_KEY, type SentTicket } from '../slack/model/sentTickets';
import { readStatusCache, TICKET_STATUS_KEY } from '../slack/model/statusCache';
import type { Customer } from '../../core/schema/customerSchema';
import type { Template } from '../../core/schema/schema';
import type { EarlierNotice } from './composerMessages';

const t = vscode.l10n.t;

export const earlierLabels = {
  heading: t('Sent before'),
  followUp: t('Follow Up in That Thread'),
  keepNew: t('Keep as a New Ticket'),
};

/** The notice for the values typed so far, or undefined; `dismissed`: tickets the CE chose to ignore on this page. */
export function earlierNotice(
  userState: vscode.Memento,
  template: Template,
  values: Readonly<Record<string, string>>,
  context: { customers: readonly Customer[]; dismissed: ReadonlySet<string> },
): (EarlierNotice & { sentId: string }) | undefined {
  const days = vscode.workspace.getConfiguration('cePlaybook').get<number>('slack.duplicateWindowDays', 7);
  if (!(days > 0)) return undefined;
  const sent = readSentTickets(userState.get(SENT_TICKETS_KEY));
  const found = earlierTickets(sent, { templateId: template.id, customer: values['customer-name'], issueLink: values['issue-link'] }, new Date(), { days, customers: context.customers })
    .filter((e) => !context.dismissed.has(e.ticket.id));
  const first = found[0];
  if (!first) return undefined;
  return { sentId: first.ticket.id, text: noticeText(userState, first, found.length - 1), canFollowUp: canFollowUp(first.ticket) };
}

function noticeText(userState: vscode.Memento, earlier: EarlierTicket, others: number): string {
  const ticket = earlier.ticket;
  const on = new Date(ticket.sentAt).toLocaleDateString(vscode.env.language, { month: 'short', day: 'numeric' });
  const who = earlier.sameCustomer && ticket.customer ? t('for {0}', ticket.customer) : t('about the same issue');
  const replies = repliesWords(userState, ticket);
  const sentence = replies ? t('You sent a {0} {1} on {2} ({3}).', ticket.templateTitle, who, on, replies) : t('You sent a {0} {1} on {2}.', ticket.templateTitle, who, on);
  const question = canFollowUp(ticket) ? t('Follow up in that thread instead?') : t('It went through a webhook, so there is no thread to follow up in.');
  const more = others > 0 ? ` ${t('({0} more in the last days.)', others)}` : '';
  return `${sentence} ${question}${more}`;
}

/** "3 replies", as the Sent tickets row last read it; nothing when it was never read. */
function repliesWords(userState: vscode.Memento, ticket: SentTicket): string | undefined {
  const count = readStatusCache(userState.get(TICKET_STATUS_KEY)).tickets[ticket.id]?.reading?.replyCount;
  if (count === undefined) return undefined;
  return count === 1 ? t('1 reply') : t('{0} replies', count);
}

/**
 * One page's "sent before" notice: what it shows, which tickets the CE chose to keep apart from
 * ("Keep as a New Ticket", for the life of the page), and posting only when the notice changed.
 */
export class EarlierNoticeTracker {
  private readonly dismissed = new Set<string>();
  private shown: (EarlierNotice & { sentId: string }) | undefined;
  private postedKey: string | undefined;

  /** The message to post if the notice differs from what the page shows. */
  next(compute: (dismissed: ReadonlySet<string>) => (EarlierNotice & { sentId: string }) | undefined): { type: 'earlier'; notice?: EarlierNotice } | undefined {
    this.shown = compute(this.dismissed);
    const key = JSON.stringify(this.shown ?? null);
    if (key === this.postedKey) return undefined;
    this.postedKey = key;
    return this.shown ? { type: 'earlier', notice: { text: this.shown.text, canFollowUp: this.shown.canFollowUp } } : { type: 'earlier' };
  }

  /** The page has a new document (it shows no notice until told again). */
  reset(): void {
    this.shown = undefined;
    this.postedKey = JSON.stringify(null);
  }

  /** "Keep as a New Ticket": the shown ticket is not mentioned again on this page. */
  dismiss(): void {
    if (this.shown) this.dismissed.add(this.shown.sentId);
  }

  get text(): string | undefined {
    return this.shown?.text;
  }

  /** The ticket to follow up in, if the notice shows one with a thread. */
  get followUpId(): string | undefined {
    return this.shown?.canFollowUp ? this.shown.sentId : undefined;
  }
}
