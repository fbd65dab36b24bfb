/**
 * Reads the threads of the sent tickets (in dist/slackDelivery.js, loaded when the view is shown,
 * the window regains focus with the view shown, or on "Refresh Ticket Status"): one request at a
 * time, each ticket at most once a minute from any window, only tickets younger than
 * `cePlaybook.slack.statusMaxAgeDays`, none while a 429 asks to wait. The result goes into
 * globalState next to the sent tickets, and the tree shows it.
 */
import vscode = require('vscode');
import { checkApiUrl } from '../../model/slack/endpoints';
import { secretKey } from '../../model/slack/deliveryPlan';
import { blockedUntilAfter, DEFAULT_STATUS_MAX_AGE_DAYS, hasThread, nextStatus, pruneStatusCache, readStatusCache, ticketsToRefresh, TICKET_STATUS_KEY, type StatusCache } from '../../model/slack/statusCache';
import type { SentTicket } from '../../model/slack/sentTickets';
import type { SlackSecrets } from './secretStore';
import type { SentTicketsStore } from './sentTicketsStore';
import { apiUrlSetting } from './sendTicket';
import { readTicketThread, readUserNames, type ThreadResult } from './threadReader';

export interface RefreshOutcome {
  /** Threads read (or tried) in this refresh. */
  read: number;
  /** Tickets with a thread that were not read now (read in the last minute, too old, or waiting out a 429). */
  skipped: number;
}

/** What the rows show of the cache (not when each thread was read). */
function shown(cache: StatusCache): string {
  return JSON.stringify([Object.entries(cache.tickets).map(([id, s]) => [id, s.reading, s.problem]), cache.names]);
}

export function statusMaxAgeDays(): number {
  const days = vscode.workspace.getConfiguration('cePlaybook').get<number>('slack.statusMaxAgeDays', DEFAULT_STATUS_MAX_AGE_DAYS);
  return typeof days === 'number' && Number.isFinite(days) && days >= 0 ? Math.min(days, 365) : DEFAULT_STATUS_MAX_AGE_DAYS;
}

export class TicketStatusRefresher {
  /** One refresh at a time in this window; a second call waits for it and then runs. */
  private running: Promise<RefreshOutcome> = Promise.resolve({ read: 0, skipped: 0 });

  constructor(
    private readonly state: vscode.Memento,
    private readonly secrets: SlackSecrets,
    private readonly sent: SentTicketsStore,
    private readonly changed: () => void,
  ) {}

  cache(): StatusCache {
    return readStatusCache(this.state.get(TICKET_STATUS_KEY));
  }

  refresh(): Promise<RefreshOutcome> {
    this.running = this.running.then(() => this.refreshNow(), () => this.refreshNow());
    return this.running;
  }

  private async save(cache: StatusCache): Promise<void> {
    await this.state.update(TICKET_STATUS_KEY, pruneStatusCache(cache, this.sent.list().map((t) => t.id)));
  }

  private async refreshNow(): Promise<RefreshOutcome> {
    const tickets = this.sent.list();
    const withThread = tickets.filter(hasThread);
    // Read again from globalState: another window may have read the threads a moment ago.
    let cache = this.cache();
    const due = ticketsToRefresh(tickets, cache, Date.now(), statusMaxAgeDays());
    if (!due.length) return { read: 0, skipped: withThread.length };
    const api = checkApiUrl(apiUrlSetting());
    let read = 0;
    for (const ticket of due) {
      const result: ThreadResult = api.ok ? await this.readOne(ticket, api.url) : { ok: false, problem: { kind: 'unreachable' } };
      const now = Date.now();
      if (!result.ok && result.problem.kind === 'rateLimited') {
        cache = { ...cache, blockedUntil: blockedUntilAfter(now, result.retryAfter) };
        break;
      }
      cache = { ...cache, tickets: { ...cache.tickets, [ticket.id]: nextStatus(cache.tickets[ticket.id], now, result.ok ? { reading: result.reading } : { problem: result.problem }) } };
      read++;
    }
    cache = await this.withNames(cache, due, api.ok ? api.url : undefined);
    const before = shown(this.cache());
    await this.save(cache);
    // A tree refresh costs the rows their commands for a moment: only when what they show changed.
    if (shown(this.cache()) !== before) this.changed();
    return { read, skipped: withThread.length - read };
  }

  private async token(ticket: SentTicket): Promise<string | undefined> {
    return this.secrets.find([secretKey('botToken', ticket.templateId), secretKey('botToken')]);
  }

  private async readOne(ticket: SentTicket, apiUrl: string): Promise<ThreadResult> {
    const token = await this.token(ticket);
    if (!token) return { ok: false, problem: { kind: 'notConnected' } };
    return readTicketThread(token, ticket.channel!, ticket.ts!, { apiUrl });
  }

  /** Names for the repliers not known yet (users.info; without users:read they stay ids). */
  private async withNames(cache: StatusCache, tickets: readonly SentTicket[], apiUrl: string | undefined): Promise<StatusCache> {
    const unknown = [...new Set(tickets.flatMap((t) => cache.tickets[t.id]?.reading?.lastReplies.map((r) => r.user) ?? []))].filter((id) => id && !(id in cache.names));
    const token = unknown.length && apiUrl && tickets[0] ? await this.token(tickets[0]) : undefined;
    if (!token || (cache.blockedUntil ?? 0) > Date.now()) return cache;
    const names = await readUserNames(token, unknown, { apiUrl });
    return names.size ? { ...cache, names: { ...cache.names, ...Object.fromEntries(names) } } : cache;
  }
}
