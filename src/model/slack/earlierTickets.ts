/**
 * Before the same ticket is filed twice: the CE's recent sent tickets of one template for the same
 * customer (the name compared as people write it: case, accents, punctuation and a trailing legal
 * form ignored) or about the same issue link. Pure; the composer says so before Send and blocks
 * nothing.
 */
import type { SentTicket } from './sentTickets';

/** How far back a sent ticket counts as "already sent", by default (`cePlaybook.duplicateWindowDays`). */
export const DEFAULT_DUPLICATE_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

// Legal forms a CRM adds or leaves out ("Acme Corp." and "ACME" are one customer).
const LEGAL_FORMS = new Set(['inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'llc', 'ltd', 'limited', 'plc', 'gmbh', 'ag', 'sa', 'sas', 'bv', 'nv', 'oy', 'ab', 'pty', 'kk']);

/** A customer's name as compared: lower case, no accents or punctuation, no trailing legal form. */
export function customerKey(name: string | undefined): string {
  const words = (name ?? '')
    .slice(0, 300)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1])) words.pop();
  return words.join(' ');
}

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

export interface EarlierTicket {
  ticket: SentTicket;
  /** What matched: the customer's name, the issue link, or both. */
  sameCustomer: boolean;
  sameIssue: boolean;
}

/**
 * The sent tickets of the same template within `days` before `now` for the same customer or issue,
 * newest first. A ticket being replied to in its thread is not a duplicate of itself: pass its id
 * as `except`.
 */
export function earlierTickets(sent: readonly SentTicket[], draft: TicketBeingWritten, now: Date, days = DEFAULT_DUPLICATE_DAYS, except?: string): EarlierTicket[] {
  const customer = customerKey(draft.customer);
  const issue = issueKey(draft.issueLink);
  if (!customer && !issue) return [];
  const since = now.getTime() - Math.max(0, days) * DAY_MS;
  const found: EarlierTicket[] = [];
  for (const ticket of sent) {
    if (ticket.id === except || ticket.templateId !== draft.templateId) continue;
    const sentAt = Date.parse(ticket.sentAt);
    if (!(sentAt >= since) || sentAt > now.getTime() + DAY_MS) continue;
    const sameCustomer = !!customer && customerKey(ticket.customer) === customer;
    const sameIssue = !!issue && issueKey(ticket.issueLink) === issue;
    if (sameCustomer || sameIssue) found.push({ ticket, sameCustomer, sameIssue });
  }
  return found.sort((a, b) => Date.parse(b.ticket.sentAt) - Date.parse(a.ticket.sentAt));
}
