/**
 * "The customer is asking me for an update": which of the CE's sent tickets are that customer's.
 * The name is compared as people write it (see normaliseName: case, accents, punctuation, "&" and a
 * trailing legal form ignored), and every name of the account counts when the team's customers data
 * has it. Pure.
 */
import { namesCustomer, namesOf, normaliseName } from '../../customers/model/customers';
import type { Customer } from '../../../core/schema/customerSchema';
import type { SentTicket } from '../../slack/model/sentTickets';

/** The customer's sent tickets, newest first; every sent ticket when no name is given. */
export function customerTickets(sent: readonly SentTicket[], customer: string | undefined, customers: readonly Customer[] = []): SentTicket[] {
  const wanted = normaliseName(customer ?? '');
  const sorted = [...sent].sort((a, b) => Date.parse(b.sentAt) - Date.parse(a.sentAt));
  if (!wanted) return sorted;
  const account = customers.find((c) => namesCustomer(c, wanted));
  const names = new Set(account ? namesOf(account).map(normaliseName) : [wanted]);
  return sorted.filter((t) => names.has(normaliseName(t.customer ?? '')));
}
