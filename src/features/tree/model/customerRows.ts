/**
 * The tree's Customers rows: the team's customers (my accounts first, by the setting
 * cePlaybook.me), each with the tickets sent for it (matched by the ticket's customer name against
 * the customer's name and aliases, normalised). Customer data shows as typed in tooltips.
 */
import type { HandbookIndex } from '../../../core/handbook/handbookIndex';
import { myAccountsFirst, isMyAccount, ticketsOf } from '../../customers/model/customers';
import type { Customer } from '../../../core/schema/customerSchema';
import { markdownText } from '../../../core/render/plainText';
import type { RowDescription } from './rows';

/** A ticket row under a customer: the sent ticket's reference (its commands take it) with the customer's id. */
export interface CustomerTicketNode { kind: 'sentTicket'; sentId: string; customerId: string }
export type CustomerNode = { kind: 'customer'; customerId: string } | CustomerTicketNode;

export interface CustomerRowsState {
  me?: string;
  sent?: { describe(sentId: string): RowDescription | undefined; customers?(): Array<{ id: string; customer?: string }> };
}

const md = markdownText;

function customerOf(index: HandbookIndex, id: string): Customer | undefined {
  return index.handbook.customers.find((c) => c.id === id);
}

const ticketsFor = (state: CustomerRowsState, customer: Customer) => ticketsOf(customer, state.sent?.customers?.() ?? []);

/** The customers under the root (mine first), or a customer's sent tickets (newest first). */
export function customerChildren(index: HandbookIndex, state: CustomerRowsState, node: { kind: 'root' } | { kind: 'customer'; customerId: string }): CustomerNode[] {
  if (node.kind === 'root') return myAccountsFirst(index.handbook.customers, state.me).map(({ customer }) => ({ kind: 'customer', customerId: customer.id }));
  const customer = customerOf(index, node.customerId);
  return customer ? ticketsFor(state, customer).map((t) => ({ kind: 'sentTicket', sentId: t.id, customerId: customer.id })) : [];
}

function tooltip(c: Customer): string {
  const team = c.accountTeam ?? {};
  const lines = [
    `**${md(c.name)}**`,
    c.aliases?.length && md(c.aliases.join(', ')),
    [team.ae && `AE ${md(team.ae)}`, team.ce && `CE ${md(team.ce)}`, team.sdr && `SDR ${md(team.sdr)}`].filter(Boolean).join(' · '),
    [c.plan && md(c.plan), c.sharedChannel && md(c.sharedChannel)].filter(Boolean).join(' · '),
    // Shown as text: a tooltip makes no link from data.
    ...Object.entries(c.links ?? {}).map(([kind, link]) => `${kind}: ${md(link)}`),
    c.notes && md(c.notes),
  ];
  return lines.filter(Boolean).join('\n\n');
}

export function describeCustomer(index: HandbookIndex, labels: { myAccount: string }, state: CustomerRowsState, node: { kind: 'customer'; customerId: string }): RowDescription | undefined {
  const c = customerOf(index, node.customerId);
  if (!c) return undefined;
  const mine = isMyAccount(c, state.me);
  const tickets = ticketsFor(state, c).length;
  const description = [mine ? labels.myAccount : undefined, c.plan].filter(Boolean).join(' · ') || undefined;
  return {
    id: `customer:${c.id}`, label: c.name, description,
    get tooltip() { return tooltip(c); },
    accessibilityLabel: `${c.name}${description ? `, ${description}` : ''}`,
    icon: mine ? 'star-full' : 'briefcase', contextValue: 'customer', collapsible: tickets ? 'collapsed' : 'none',
  };
}

/** A sent ticket under its customer: the Sent tickets row with an id of its own (a row id is unique in the tree). */
export function describeCustomerTicket(state: CustomerRowsState, node: CustomerTicketNode): RowDescription | undefined {
  const row = state.sent?.describe(node.sentId);
  return row && { ...row, id: `customer:${node.customerId}/sent:${node.sentId}` };
}
