/** The CE's sent tickets in globalState (per user), shown as the "Sent tickets" rows of the tree, with their statuses. */
import type vscode from 'vscode';
import { readSentTickets, SENT_TICKETS_KEY, type SentTicket } from './model/sentTickets';
import { pruneStatusCache, readStatusCache, TICKET_STATUS_KEY } from './model/statusCache';

export class SentTicketsStore {
  constructor(private readonly memento: vscode.Memento, private readonly changed: () => void) {}

  /** Newest first. */
  list(): SentTicket[] {
    return readSentTickets(this.memento.get(SENT_TICKETS_KEY));
  }

  /** Replaces the list (see addSentTicket in features/slack/model/sentTickets.ts) and updates the tree. */
  async set(tickets: SentTicket[]): Promise<void> {
    await this.memento.update(SENT_TICKETS_KEY, tickets.length ? tickets : undefined);
    // The statuses of tickets no longer listed go with them (all of it when the list is cleared).
    const statuses = pruneStatusCache(readStatusCache(this.memento.get(TICKET_STATUS_KEY)), tickets.map((t) => t.id));
    await this.memento.update(TICKET_STATUS_KEY, tickets.length ? statuses : undefined);
    this.changed();
  }
}
