// What the tools need from the rest of the extension (its own module, so the lazily loaded tool
// code can name it without importing the registration that loads it).
import type { DataFeature } from '../data/register';
import type { HandbookStore } from '../data/handbookStore';
import type { Memento } from 'vscode';

export interface LmToolsDeps {
  store: HandbookStore;
  data: DataFeature;
  /** Where the sent tickets and their statuses are kept (globalState), for listSentTickets and ticketStatus. */
  sentState?: Memento;
}
