/**
 * The CE's sent tickets, newest first and capped, as kept per user. Only what the "Sent tickets"
 * rows show and need: never a token, a webhook URL or a field value other than the customer's name
 * and the issue link.
 */
import type { DeliveryMode } from '../../../core/schema/schema';
import { readFollowUps, type FollowUp } from './followUps';

export const SENT_TICKETS_CAP = 20;
/** Where they are kept (globalState). */
export const SENT_TICKETS_KEY = 'cePlaybook.sentTickets';

export interface SentTicket {
  /** Unique per send (time plus a random part), the row's id. */
  id: string;
  templateId: string;
  templateTitle: string;
  /** The `customer-name` field, if the template has one. */
  customer?: string;
  /** The `issue-link` field, if the template has one (to notice a second ticket about one issue). */
  issueLink?: string;
  /** ISO 8601. */
  sentAt: string;
  mode: DeliveryMode;
  /** The message's permalink (https only). */
  link?: string;
  /** Bot-token sends: where the message is, for a reply in its thread. */
  channel?: string;
  ts?: string;
  /** The channel's name in the data when it was sent ("#customer-support"), to name the thread in words. */
  channelName?: string;
  /** What the CE posted about it since: replies in its thread, messages elsewhere (see followUps.ts). */
  followUps?: FollowUp[];
}

/** A permalink is kept only if it is an https URL. */
export function safeLink(link: unknown): string | undefined {
  if (typeof link !== 'string') return undefined;
  try {
    return new URL(link).protocol === 'https:' ? link : undefined;
  } catch {
    return undefined;
  }
}

/** Adds a ticket in front, dropping the oldest beyond the cap. */
export function addSentTicket(list: readonly SentTicket[], ticket: SentTicket, cap = SENT_TICKETS_CAP): SentTicket[] {
  return [ticket, ...list.filter((t) => t.id !== ticket.id)].slice(0, cap);
}

/** What globalState held, kept only where it has the shape of a sent ticket (it may be from an older version). */
export function readSentTickets(stored: unknown): SentTicket[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter((t): t is SentTicket =>
    !!t && typeof t === 'object' && typeof t.id === 'string' && typeof t.templateId === 'string' && typeof t.templateTitle === 'string' && typeof t.sentAt === 'string' && typeof t.mode === 'string',
  ).map(({ customer, issueLink, followUps, channelName, ...t }) => ({
    ...t,
    ...(typeof channelName === 'string' && /^#[a-z0-9][a-z0-9_-]{0,79}$/.test(channelName) ? { channelName } : {}),
    link: safeLink(t.link),
    ...(followUps !== undefined && readFollowUps(followUps).length ? { followUps: readFollowUps(followUps) } : {}),
    // Compared as text by the duplicate check: anything else an older version or a hand edit left is dropped.
    ...(typeof customer === 'string' ? { customer } : {}),
    ...(typeof issueLink === 'string' ? { issueLink } : {}),
  }));
}

/** Whether a reply in the message's thread is possible (bot-token sends know channel and ts). */
export const canFollowUp = (ticket: SentTicket) => ticket.mode === 'botToken' && !!ticket.channel && !!ticket.ts;
