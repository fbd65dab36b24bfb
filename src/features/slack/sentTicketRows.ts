/**
 * The "Sent tickets" rows of the tree: their ids are read from globalState here (so the tree knows
 * whether to show the node); how each row looks comes with the Slack delivery code, loaded when
 * the node is expanded.
 */
import type vscode from 'vscode';
import type { TreeState } from '../tree/model/treeModel';
import { SENT_TICKETS_KEY } from './model/sentTickets';
import type { StatusReactions } from '../../core/schema/schemaStatus';
import type * as SlackDelivery from './slackDelivery.chunk';
import { lazyChunk } from '../../core/host/lazyChunk';

const delivery = lazyChunk<typeof SlackDelivery>('slackDelivery');

/** `reactionsFor`: what reactions mean for a template's tickets (its `delivery.statusReactions`). */
export function sentTicketRows(memento: vscode.Memento, reactionsFor?: (templateId: string) => StatusReactions | undefined): NonNullable<TreeState['sent']> {
  return {
    ids: () => {
      const list = memento.get<Array<{ id?: unknown }>>(SENT_TICKETS_KEY);
      return Array.isArray(list) ? list.flatMap((t) => (typeof t?.id === 'string' ? [t.id] : [])) : [];
    },
    describe: (sentId) => delivery().describeSentTicket(memento, sentId, reactionsFor),
    // The customer of each ticket, for the rows under the tree's Customers (read without the Slack code).
    customers: () => {
      const list = memento.get<Array<{ id?: unknown; customer?: unknown }>>(SENT_TICKETS_KEY);
      return Array.isArray(list) ? list.flatMap((t) => (typeof t?.id === 'string' ? [{ id: t.id, ...(typeof t.customer === 'string' ? { customer: t.customer } : {}) }] : [])) : [];
    },
  };
}
