/**
 * The sent tickets' statuses as kept per user, next to the sent tickets (globalState, so every
 * window shares them and a reading is not repeated in each), bounded: only tickets still in the
 * list, a few replies each with their text cut, a bounded list of user names. And the refresh
 * policy: which tickets may be read now.
 */
import type { SentTicket } from './sentTickets';
import { LAST_REPLIES, REPLY_TEXT_LIMIT, type ThreadReading } from './ticketStatus';

export const TICKET_STATUS_KEY = 'cePlaybook.sentTicketStatus';
/** A ticket's thread is read at most once a minute, from any window. */
export const MIN_REFRESH_MS = 60_000;
export const DEFAULT_STATUS_MAX_AGE_DAYS = 14;
/** A 429's Retry-After is honoured up to this long (a longer one is read as this). */
export const MAX_BACKOFF_MS = 15 * 60_000;
const NAMES_CAP = 200;
/** users.info is asked again for an id it gave no name for (no users:read, a deleted user) after this long. */
export const UNNAMED_RETRY_MS = 60 * 60_000;

/** Why a thread could not be read, as the row says it. */
export type StatusProblem =
  | { kind: 'missingScope'; needed?: string }
  | { kind: 'token' | 'deleted' | 'channel' | 'notConnected' | 'unreachable' | 'rateLimited' };

export interface TicketStatus {
  /** When the thread was last read, or tried (ms since the epoch). */
  checkedAt: number;
  /** The last good reading (kept when a later one fails). */
  reading?: ThreadReading;
  /** Why the last try failed; absent when it worked. */
  problem?: StatusProblem;
}

export interface StatusCache {
  tickets: Record<string, TicketStatus>;
  /** User id → name, from users.info. */
  names: Record<string, string>;
  /** User id → when users.info was asked and gave no name (so it is not asked every minute). */
  unnamed?: Record<string, number>;
  /** After a 429: no request before this (ms since the epoch). */
  blockedUntil?: number;
}

const PROBLEM_KINDS = new Set(['missingScope', 'token', 'deleted', 'channel', 'notConnected', 'unreachable', 'rateLimited']);
const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');

function readReading(v: unknown): ThreadReading | undefined {
  if (!isRecord(v) || typeof v.replyCount !== 'number' || !Array.isArray(v.lastReplies) || !Array.isArray(v.reactions)) return undefined;
  return {
    replyCount: Math.max(0, Math.floor(v.replyCount)),
    lastReplies: v.lastReplies.slice(-LAST_REPLIES).filter(isRecord).map((r) => ({ user: text(r.user, 40), at: text(r.at, 40), text: text(r.text, REPLY_TEXT_LIMIT * 4) })),
    reactions: v.reactions.slice(0, 50).filter((r): r is string => typeof r === 'string').map((r) => r.slice(0, 100)),
  };
}

function readStatus(v: unknown): TicketStatus | undefined {
  if (!isRecord(v) || typeof v.checkedAt !== 'number') return undefined;
  const reading = readReading(v.reading);
  const problem = isRecord(v.problem) && PROBLEM_KINDS.has(v.problem.kind as string) ? (v.problem as StatusProblem) : undefined;
  return { checkedAt: v.checkedAt, ...(reading ? { reading } : {}), ...(problem ? { problem: problem.kind === 'missingScope' ? { kind: 'missingScope', needed: text(problem.needed, 100) || undefined } : { kind: problem.kind } } : {}) };
}

/** What globalState held, kept where it has the right shape (it may be from another version). */
export function readStatusCache(stored: unknown): StatusCache {
  const cache: StatusCache = { tickets: {}, names: {} };
  if (!isRecord(stored)) return cache;
  if (isRecord(stored.tickets)) {
    for (const [id, v] of Object.entries(stored.tickets).slice(0, 100)) {
      const status = readStatus(v);
      if (status) cache.tickets[id] = status;
    }
  }
  if (isRecord(stored.names)) {
    for (const [id, name] of Object.entries(stored.names).slice(0, NAMES_CAP)) if (typeof name === 'string') cache.names[id] = name.slice(0, 80);
  }
  if (isRecord(stored.unnamed)) {
    const unnamed = Object.entries(stored.unnamed).slice(0, NAMES_CAP).filter((e): e is [string, number] => typeof e[1] === 'number');
    if (unnamed.length) cache.unnamed = Object.fromEntries(unnamed);
  }
  if (typeof stored.blockedUntil === 'number') cache.blockedUntil = stored.blockedUntil;
  return cache;
}

/** The cache with the statuses of tickets no longer listed dropped, and the names bounded. */
export function pruneStatusCache(cache: StatusCache, sentIds: readonly string[]): StatusCache {
  const keep = new Set(sentIds);
  const names = Object.entries(cache.names).slice(-NAMES_CAP);
  const unnamed = Object.entries(cache.unnamed ?? {}).slice(-NAMES_CAP);
  return {
    tickets: Object.fromEntries(Object.entries(cache.tickets).filter(([id]) => keep.has(id))),
    names: Object.fromEntries(names),
    ...(unnamed.length ? { unnamed: Object.fromEntries(unnamed) } : {}),
    ...(cache.blockedUntil !== undefined ? { blockedUntil: cache.blockedUntil } : {}),
  };
}

/** Whether the ticket has a thread to read: sent with the bot token, so Slack gave its channel and ts. */
export const hasThread = (ticket: SentTicket) => ticket.mode === 'botToken' && !!ticket.channel && !!ticket.ts;

/** Whether the ticket is young enough to be read (sent within `maxAgeDays`). */
export function isYoungEnough(ticket: SentTicket, now: number, maxAgeDays: number): boolean {
  const sent = Date.parse(ticket.sentAt);
  return Number.isFinite(sent) && now - sent <= maxAgeDays * 86_400_000;
}

/**
 * The tickets whose threads may be read now, newest first: with a thread, young enough, not read in
 * the last minute, and none while a 429 asks to wait.
 */
export function ticketsToRefresh(tickets: readonly SentTicket[], cache: StatusCache, now: number, maxAgeDays = DEFAULT_STATUS_MAX_AGE_DAYS): SentTicket[] {
  if (cache.blockedUntil !== undefined && now < cache.blockedUntil) return [];
  return tickets.filter((t) => hasThread(t) && isYoungEnough(t, now, maxAgeDays) && !(now - (cache.tickets[t.id]?.checkedAt ?? -Infinity) < MIN_REFRESH_MS));
}

/** After a 429: wait what Slack asks (at least a second, at most MAX_BACKOFF_MS). */
export function blockedUntilAfter(now: number, retryAfterSeconds: number | undefined): number {
  const seconds = retryAfterSeconds !== undefined && Number.isFinite(retryAfterSeconds) ? retryAfterSeconds : 60;
  return now + Math.min(Math.max(seconds, 1) * 1000, MAX_BACKOFF_MS);
}

/** The status after a reading or a failed try: a failure keeps the last good reading. */
export function nextStatus(previous: TicketStatus | undefined, now: number, outcome: { reading: ThreadReading } | { problem: StatusProblem }): TicketStatus {
  if ('reading' in outcome) return { checkedAt: now, reading: outcome.reading };
  return { checkedAt: now, ...(previous?.reading ? { reading: previous.reading } : {}), problem: outcome.problem };
}

/** The repliers' ids to ask users.info for now: not named yet, and not asked in the last hour without an answer. */
export function idsToName(cache: StatusCache, ids: readonly string[], now: number): string[] {
  return [...new Set(ids)].filter((id) => id && !(id in cache.names) && !(now - (cache.unnamed?.[id] ?? -Infinity) < UNNAMED_RETRY_MS));
}

/** The cache after asking users.info for `asked`: the names it gave, and when the others went unnamed. */
export function withNamesAsked(cache: StatusCache, asked: readonly string[], names: ReadonlyMap<string, string>, now: number): StatusCache {
  const unnamed = asked.filter((id) => !names.has(id));
  if (!names.size && !unnamed.length) return cache;
  const stillUnnamed = Object.entries(cache.unnamed ?? {}).filter(([id]) => !names.has(id));
  return {
    ...cache,
    names: { ...cache.names, ...Object.fromEntries(names) },
    unnamed: Object.fromEntries([...stillUnnamed, ...unnamed.map((id) => [id, now] as const)]),
  };
}
