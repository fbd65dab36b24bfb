/**
 * Customers as the tools, the tree and the pickers find them: by name or alias, normalised (case,
 * accents, punctuation and spacing do not matter), and "my accounts" by the account team.
 */
import type { Customer } from '../../../core/schema/customerSchema';

// Legal forms a CRM adds or a CE leaves out ("Acme Corp." and "ACME" are one customer).
const LEGAL_FORMS = new Set(['inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'llc', 'ltd', 'limited', 'plc', 'gmbh', 'ag', 'sa', 'sas', 'bv', 'nv', 'oy', 'ab', 'pty', 'kk']);

/**
 * A customer's name as compared everywhere (picker, tree, duplicate check): "Acme, Inc.", "ACME inc"
 * and "Acme" are the same name, "Zürich AG" and "zurich" too, "Ben & Jerry" and "ben and jerry".
 * A name that is only a legal form keeps it.
 */
export function normaliseName(text: string): string {
  const words = text
    .slice(0, 500)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1])) words.pop();
  return words.join(' ');
}

/** The names a customer goes by: its name, then its aliases. */
export const namesOf = (customer: Customer): string[] => [customer.name, ...(customer.aliases ?? [])];

/** Whether a text names the customer (its name or an alias, normalised). */
export function namesCustomer(customer: Customer, text: string): boolean {
  const wanted = normaliseName(text);
  return wanted !== '' && namesOf(customer).some((n) => normaliseName(n) === wanted);
}

/** The customer a text names: by id first, then by name or alias. */
export function findCustomer(customers: readonly Customer[], text: string): Customer | undefined {
  return customers.find((c) => c.id === text) ?? customers.find((c) => namesCustomer(c, text));
}

/**
 * Whether the account team names `me` (the setting cePlaybook.me: a name or a Slack user id) as its
 * CE, AE or SDR. An empty `me` names nobody.
 */
export function isMyAccount(customer: Customer, me: string | undefined): boolean {
  const wanted = normaliseName(me ?? '');
  if (!wanted) return false;
  const team = customer.accountTeam ?? {};
  return [team.ce, team.ae, team.sdr].some((person) => person !== undefined && normaliseName(person) === wanted);
}

/** My accounts first (each group in the data's order). */
export function myAccountsFirst(customers: readonly Customer[], me: string | undefined): Array<{ customer: Customer; mine: boolean }> {
  const rows = customers.map((customer) => ({ customer, mine: isMyAccount(customer, me) }));
  return [...rows.filter((r) => r.mine), ...rows.filter((r) => !r.mine)];
}

/** The tickets sent for this customer: those whose customer field is its name or an alias. */
export function ticketsOf<T extends { customer?: string }>(customer: Customer, tickets: readonly T[]): T[] {
  const names = new Set(namesOf(customer).map(normaliseName));
  return tickets.filter((t) => t.customer !== undefined && names.has(normaliseName(t.customer)));
}

/** Customers whose name or an alias contains every word of the query (normalised); all for an empty query. */
export function matchCustomers(customers: readonly Customer[], query: string): Customer[] {
  const words = normaliseName(query).split(' ').filter(Boolean);
  if (!words.length) return [...customers];
  return customers.filter((c) => namesOf(c).some((n) => {
    const name = normaliseName(n);
    return words.every((w) => name.includes(w));
  }));
}
