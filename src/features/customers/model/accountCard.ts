/**
 * The account card beside the composer's form, and the picker's choices, as plain text (pure; the
 * host passes the words in the CE's language and the tickets already in the words of their Sent
 * tickets rows). Only https: links are kept: the schema allows nothing else, and this holds for
 * data that did not come through it.
 */
import type { Customer } from '../../../core/schema/customerSchema';
import type { AccountCard, CustomerChoice } from '../../composer/accountMessages';
import { isMyAccount, myAccountsFirst, ticketsOf } from './customers';

export interface AccountCardLabels {
  heading(name: string): string;
  aka(aliases: string): string;
  myAccount: string;
  ae: string;
  ce: string;
  sdr: string;
  plan: string;
  sharedChannel: string;
  links: { heading: string; crm: string; zendesk: string; github: string; docs: string };
  notes: string;
  tickets: string;
  noTickets: string;
  openTicket: string;
}

/** How many of the customer's sent tickets the card lists (the newest). */
export const CARD_TICKETS = 5;

const LINK_KEYS = ['crm', 'zendesk', 'github', 'docs'] as const;

export const isHttps = (href: string): boolean => {
  try {
    return new URL(href).protocol === 'https:';
  } catch {
    return false;
  }
};

/** The card for a customer; `tickets`: its recent sent tickets, newest first, as the rows word them. */
export function accountCard(customer: Customer, me: string | undefined, L: AccountCardLabels, tickets: AccountCard['tickets']): AccountCard {
  const team = customer.accountTeam ?? {};
  const facts = [
    { label: L.ae, value: team.ae },
    { label: L.ce, value: team.ce },
    { label: L.sdr, value: team.sdr },
    { label: L.plan, value: customer.plan },
    { label: L.sharedChannel, value: customer.sharedChannel },
  ].filter((f): f is { label: string; value: string } => !!f.value);
  const links = LINK_KEYS.flatMap((key) => {
    const href = customer.links?.[key];
    return href && isHttps(href) ? [{ label: L.links[key], href }] : [];
  });
  const subtitle = [isMyAccount(customer, me) ? L.myAccount : '', customer.aliases?.length ? L.aka(customer.aliases.join(', ')) : ''].filter(Boolean).join(' · ');
  return {
    heading: L.heading(customer.name),
    ...(subtitle ? { subtitle } : {}),
    facts,
    linksHeading: L.links.heading,
    links,
    notesHeading: L.notes,
    ...(customer.notes ? { notes: customer.notes } : {}),
    ticketsHeading: L.tickets,
    tickets: tickets.slice(0, CARD_TICKETS).map((t) => ({ text: t.text, ...(t.href && isHttps(t.href) ? { href: t.href } : {}) })),
    noTickets: L.noTickets,
    openTicket: L.openTicket,
  };
}

/** The customer's sent tickets for its card: those naming it (name or alias), newest first, at most CARD_TICKETS. */
export function recentTicketsOf<T extends { customer?: string; sentAt: string }>(customer: Customer, sent: readonly T[]): T[] {
  return ticketsOf(customer, sent)
    .sort((a, b) => b.sentAt.localeCompare(a.sentAt))
    .slice(0, CARD_TICKETS);
}

/** The picker's choices: my accounts first, each with its aliases (matched as the CE types) and a detail line. */
export function customerChoices(customers: readonly Customer[], me: string | undefined, myAccount: string): CustomerChoice[] {
  return myAccountsFirst(customers, me).map(({ customer, mine }) => {
    const detail = [mine ? myAccount : '', customer.plan ?? ''].filter(Boolean).join(' · ');
    return { name: customer.name, aliases: [...(customer.aliases ?? [])], ...(detail ? { detail } : {}) };
  });
}
