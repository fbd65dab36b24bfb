/**
 * Reads the threads of the sent tickets (in dist/slackDelivery.js, loaded when the view is shown,
 * the window regains focus with the view shown, or on "Refresh Ticket Status"): one request at a
 * time, each ticket at most once a minute from any window, only tickets younger than
 * `cePlaybook.slack.statusMaxAgeDays`, none while a 429 asks to wait. The result goes into
 * globalState next to the sent tickets, and the tree shows it.
 */
import vscode = require('vscode');
import { checkApiUrl } from './model/endpoints';
import { secretKey } from './model/deliveryPlan';
import { DEFAULT_STATUS_MAX_AGE_DAYS, pruneStatusCache, readStatusCache, TICKET_STATUS_KEY, type StatusCache } from './model/statusCache';
import type { SentTicket } from './model/sentTickets';
import type { SlackSecrets } from './secretStore';
import type { SentTicketsStore } from './sentTicketsStore';
import { apiUrlSetting } from './sendTicket';
import { readTicketThread, readUserNames, type ThreadResult } from './threadReader';
import { runStatusRound } from './statusRound';

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
    // Read again from globalState: another window may have read the threads a moment ago.
    const before = this.cache();
    const api = checkApiUrl(apiUrlSetting());
    const { cache, read, skipped } = await runStatusRound(this.sent.list(), before, {
      now: Date.now,
      maxAgeDays: statusMaxAgeDays(),
      readThread: (ticket) => (api.ok ? this.readOne(ticket, api.url) : Promise.resolve({ ok: false, problem: { kind: 'unreachable' } })),
      readNames: async (ids, ticket) => {
        const token = api.ok ? await this.token(ticket) : undefined;
        return token && api.ok ? readUserNames(token, ids, { apiUrl: api.url }) : undefined;
      },
    });
    if (cache === before) return { read, skipped };
    const shownBefore = shown(this.cache());
    await this.save(cache);
    // A tree refresh costs the rows their commands for a moment: only when what they show changed.
    if (shown(this.cache()) !== shownBefore) this.changed();
    return { read, skipped };
  }

  private async token(ticket: SentTicket): Promise<string | undefined> {
    return this.secrets.find([secretKey('botToken', ticket.templateId), secretKey('botToken')]);
  }

  private async readOne(ticket: SentTicket, apiUrl: string): Promise<ThreadResult> {
    const token = await this.token(ticket);
    if (!token) return { ok: false, problem: { kind: 'notConnected' } };
    return readTicketThread(token, ticket.channel!, ticket.ts!, { apiUrl });
  }
}
