/** The CE's sent tickets in globalState (per user), for the "Sent tickets" rows of the tree. */
import vscode = require('vscode');
import { addSentTicket, readSentTickets, type SentTicket } from '../../model/slack/sentTickets';

const SENT_KEY = 'cePlaybook.sentTickets';

export class SentTicketsStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly memento: vscode.Memento) {}

  /** Newest first. */
  list(): SentTicket[] {
    return readSentTickets(this.memento.get<unknown>(SENT_KEY));
  }

  find(id: string): SentTicket | undefined {
    return this.list().find((t) => t.id === id);
  }

  async add(ticket: SentTicket): Promise<void> {
    await this.memento.update(SENT_KEY, addSentTicket(this.list(), ticket));
    this.changed.fire();
  }

  async clear(): Promise<void> {
    await this.memento.update(SENT_KEY, undefined);
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
