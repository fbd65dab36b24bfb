/**
 * One status refresh round: reads the threads that are due (see ticketsToRefresh), one request at a
 * time, stops every read at a 429 until its Retry-After, then asks names for repliers not known yet.
 * No `vscode` import and the clock and the reader given: the refresher runs it in the extension, and
 * `npm run bench` runs it against the Slack stand-in on a simulated clock to count requests per minute.
 */
import { blockedUntilAfter, hasThread, idsToName, nextStatus, ticketsToRefresh, withNamesAsked, type StatusCache } from './model/statusCache';
import type { SentTicket } from './model/sentTickets';
import { NAMES_PER_CALL, type ThreadResult } from './threadReader';

export interface StatusRoundDeps {
  now(): number;
  maxAgeDays: number;
  /** Reads one ticket's thread (a missing token or API URL is a problem result, not a throw). */
  readThread(ticket: SentTicket): Promise<ThreadResult>;
  /** Names of these user ids (users.info); undefined when names cannot be asked now. */
  readNames(ids: readonly string[], ticket: SentTicket): Promise<Map<string, string> | undefined>;
}

export interface StatusRound {
  cache: StatusCache;
  /** Threads read (or tried). */
  read: number;
  /** Tickets with a thread not read in this round (read in the last minute, too old, or a 429). */
  skipped: number;
}

export async function runStatusRound(tickets: readonly SentTicket[], start: StatusCache, deps: StatusRoundDeps): Promise<StatusRound> {
  const withThread = tickets.filter(hasThread).length;
  const due = ticketsToRefresh(tickets, start, deps.now(), deps.maxAgeDays);
  if (!due.length) return { cache: start, read: 0, skipped: withThread };
  let cache = start;
  let read = 0;
  for (const ticket of due) {
    const result = await deps.readThread(ticket);
    const now = deps.now();
    if (!result.ok && result.problem.kind === 'rateLimited') {
      cache = { ...cache, blockedUntil: blockedUntilAfter(now, result.retryAfter) };
      break;
    }
    const outcome = result.ok ? { reading: result.reading } : { problem: result.problem };
    cache = { ...cache, tickets: { ...cache.tickets, [ticket.id]: nextStatus(cache.tickets[ticket.id], now, outcome) } };
    read++;
  }
  return { cache: await withNames(cache, due, deps), read, skipped: withThread - read };
}

/** Names for the repliers not known yet (an id users.info gave no name for is asked again after an hour); none while a 429 waits. */
async function withNames(cache: StatusCache, tickets: readonly SentTicket[], deps: StatusRoundDeps): Promise<StatusCache> {
  const now = deps.now();
  const ids = idsToName(cache, tickets.flatMap((t) => cache.tickets[t.id]?.reading?.lastReplies.map((r) => r.user) ?? []), now);
  if (!ids.length || !tickets[0] || (cache.blockedUntil ?? 0) > now) return cache;
  const names = await deps.readNames(ids, tickets[0]);
  return names ? withNamesAsked(cache, ids.slice(0, NAMES_PER_CALL), names, now) : cache;
}
