/** The CE's sent tickets in globalState (per user), for the "Sent tickets" rows of the tree. */
import vscode = require('vscode');
import { readSentTickets, type SentTicket } from '../../model/slack/sentTickets';

export class SentTicketsStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly memento: vscode.Memento) {}

  /** Newest first. */
  list(): SentTicket[] {
    return readSentTickets(this.memento.get('cePlaybook.sentTickets'));
  }

  /** Replaces the list (see addSentTicket in model/slack/sentTickets.ts). */
  async set(tickets: SentTicket[]): Promise<void> {
    await this.memento.update('cePlaybook.sentTickets', tickets.length ? tickets : undefined);
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
