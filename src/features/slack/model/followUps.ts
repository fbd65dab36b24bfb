/**
 * What the CE posted about a sent ticket after sending it: replies in its thread, and messages about
 * it elsewhere (to @cs-leadership in #customer-support). Kept under the ticket in the sent tickets
 * list, bounded, never as a new sent ticket. Pure.
 */

/** At most this many are kept per ticket (the oldest go first). */
export const FOLLOW_UPS_CAP = 20;

export interface FollowUp {
  /** `reply`: in the ticket's thread; `message`: a message about it in a channel. */
  kind: 'reply' | 'message';
  /** ISO 8601. */
  at: string;
  /** Where it was posted (Slack ids, as Slack answered). */
  channel?: string;
  ts?: string;
  /** Its permalink (https only). */
  link?: string;
  /** Its beginning as typed (at most FOLLOW_UP_TEXT characters), for "what was asked so far". */
  text?: string;
}

export const FOLLOW_UP_TEXT = 300;

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const short = (v: unknown, max: number) => (typeof v === 'string' && v.length <= max ? v : undefined);

/** What was stored, kept where it has the shape of a follow-up (it may come from an older version or a hand edit). */
export function readFollowUps(stored: unknown): FollowUp[] {
  if (!Array.isArray(stored)) return [];
  return stored.slice(-FOLLOW_UPS_CAP).filter(isRecord).flatMap((f) => {
    if ((f.kind !== 'reply' && f.kind !== 'message') || typeof f.at !== 'string' || Number.isNaN(Date.parse(f.at))) return [];
    const channel = short(f.channel, 40);
    const ts = short(f.ts, 40);
    const link = short(f.link, 2000);
    const text = typeof f.text === 'string' ? f.text.slice(0, FOLLOW_UP_TEXT) : undefined;
    return [{ kind: f.kind, at: f.at, ...(channel ? { channel } : {}), ...(ts ? { ts } : {}), ...(link?.startsWith('https://') ? { link } : {}), ...(text ? { text } : {}) }];
  });
}

/** The list with `followUp` recorded under the ticket `sentId`; undefined when that ticket is no longer listed. */
export function addFollowUp<T extends FollowedUp>(list: readonly T[], sentId: string, followUp: FollowUp): T[] | undefined {
  if (!list.some((t) => t.id === sentId)) return undefined;
  return list.map((t) => (t.id === sentId ? { ...t, followUps: [...(t.followUps ?? []), followUp].slice(-FOLLOW_UPS_CAP) } : t));
}

/** A sent ticket as far as its follow-ups go (see sentTickets.ts). */
interface FollowedUp {
  id: string;
  followUps?: FollowUp[];
}

/** How many replies the CE posted in the ticket's thread. */
export const replyCount = (ticket: FollowedUp) => (ticket.followUps ?? []).filter((f) => f.kind === 'reply').length;
/** How many messages about the ticket the CE posted elsewhere. */
export const messageCount = (ticket: FollowedUp) => (ticket.followUps ?? []).filter((f) => f.kind === 'message').length;
