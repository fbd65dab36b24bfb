/**
 * Before the same ticket is filed twice: the CE's recent sent tickets of one template for the same
 * customer (the name compared as people write it, see normaliseName, or any name of the account when
 * the team's data has it) or about the same issue link. Pure; the composer says so before Send and blocks
 * nothing.
 */
import type { SentTicket } from './sentTickets';
import { namesCustomer, namesOf, normaliseName } from '../../customers/model/customers';
import type { Customer } from '../../../core/schema/customerSchema';

/** How far back a sent ticket counts as "already sent", by default (`cePlaybook.duplicateWindowDays`). */
export const DEFAULT_DUPLICATE_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** An issue link as compared: trimmed, without a trailing slash or fragment, scheme and host in lower case. */
export function issueKey(link: string | undefined): string {
  const text = (link ?? '').trim().slice(0, 2000);
  if (!text) return '';
  try {
    const url = new URL(text);
    url.hash = '';
    return url.toString().replace(/\/$/, '');
  } catch {
    // Not a URL ("ZD 4711"): compared as written, spaces folded.
    return text.toLowerCase().replace(/\s+/g, ' ');
  }
}

export interface TicketBeingWritten {
  templateId: string;
  customer?: string;
  issueLink?: string;
}

export interface EarlierOptions {
  /** How many days back count (default DEFAULT_DUPLICATE_DAYS). */
  days?: number;
  /** A ticket being replied to in its thread is not a duplicate of itself. */
  except?: string;
  /** The team's customers, so a ticket under another name of the same account is found too. */
  customers?: readonly Customer[];
}

export interface EarlierTicket {
  ticket: SentTicket;
  /** What matched: the customer's name, the issue link, or both. */
  sameCustomer: boolean;
  sameIssue: boolean;
}

/**
 * The sent tickets of the same template within `days` before `now` for the same customer or issue,
 * newest first.
 */
export function earlierTickets(sent: readonly SentTicket[], draft: TicketBeingWritten, now: Date, options: EarlierOptions = {}): EarlierTicket[] {
  const { days = DEFAULT_DUPLICATE_DAYS, except, customers = [] } = options;
  const customer = normaliseName(draft.customer ?? '');
  // The account the name belongs to, if the team's data knows it: then its aliases count too.
  const account = customer ? customers.find((c) => namesCustomer(c, customer)) : undefined;
  const names = new Set(account ? namesOf(account).map(normaliseName) : customer ? [customer] : []);
  const issue = issueKey(draft.issueLink);
  if (!customer && !issue) return [];
  const since = now.getTime() - Math.max(0, days) * DAY_MS;
  const found: EarlierTicket[] = [];
  for (const ticket of sent) {
    if (ticket.id === except || ticket.templateId !== draft.templateId) continue;
    const sentAt = Date.parse(ticket.sentAt);
    if (!(sentAt >= since) || sentAt > now.getTime() + DAY_MS) continue;
    const sameCustomer = names.has(normaliseName(ticket.customer ?? ''));
    const sameIssue = !!issue && issueKey(ticket.issueLink) === issue;
    if (sameCustomer || sameIssue) found.push({ ticket, sameCustomer, sameIssue });
  }
  return found.sort((a, b) => Date.parse(b.ticket.sentAt) - Date.parse(a.ticket.sentAt));
}
