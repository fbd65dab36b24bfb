/**
 * What a ticket takes from the customer's account: which customer the template's customer field
 * names (its name or an alias, compared as normaliseName does), and the values of the fields the
 * template fills `fromCustomer` — only those that are still empty, so nothing the CE typed is
 * ever overwritten. Pure; the composer applies it (features/composer/customerCard.ts).
 */
import type { Customer } from '../../../core/schema/customerSchema';
import type { AccountValue, Template, TemplateField } from '../../../core/schema/schema';
import { namesOf, normaliseName } from './customers';

type Values = Readonly<Record<string, string | undefined>>;

/** The template's customer field (`customer: true`; checked data has at most one). */
export function customerField(template: Pick<Template, 'fields'>): TemplateField | undefined {
  return template.fields.find((f) => f.customer === true);
}

// Every name and alias of a customer list, normalised once per list (the composer asks on every keystroke).
const indexes = new WeakMap<readonly Customer[], Map<string, Customer>>();
function nameIndex(customers: readonly Customer[]): Map<string, Customer> {
  let index = indexes.get(customers);
  if (!index) {
    index = new Map();
    // The first customer with a name wins, as findCustomer's order has it.
    for (const customer of customers) for (const name of namesOf(customer)) if (!index.has(normaliseName(name))) index.set(normaliseName(name), customer);
    indexes.set(customers, index);
  }
  return index;
}

/** The customer the customer field's value names, if any (a free text that names no account: none). */
export function chosenCustomer(template: Pick<Template, 'fields'>, values: Values, customers: readonly Customer[]): Customer | undefined {
  const field = customerField(template);
  const typed = field ? normaliseName((values[field.id] ?? '').trim()) : '';
  return typed ? nameIndex(customers).get(typed) : undefined;
}

/** One value of the account, as it would be written in the ticket; undefined when the data has none. */
export function accountValue(customer: Customer, key: AccountValue): string | undefined {
  switch (key) {
    case 'crm':
    case 'zendesk':
    case 'github':
    case 'docs':
      return customer.links?.[key];
    case 'plan':
      return customer.plan;
    case 'sharedChannel':
      return customer.sharedChannel;
    case 'ae':
    case 'ce':
    case 'sdr':
      return customer.accountTeam?.[key];
  }
}

/**
 * The fields `fromCustomer` the chosen account fills, by field id: the empty ones the account has a
 * value for, and the ones that still hold what the account chosen before filled (`previous`, which
 * the CE did not change since): those get this account's value, or are emptied ('') when it has none
 * or no account is chosen — the last customer's link never stays in the next customer's ticket.
 * What the CE typed is never touched.
 */
export function accountFills(template: Pick<Template, 'fields'>, values: Values, customer: Customer | undefined, previous: Readonly<Record<string, string>> = {}): Record<string, string> {
  const fills: Record<string, string> = {};
  for (const field of template.fields) {
    if (!field.fromCustomer || field.customer) continue;
    const current = values[field.id] ?? '';
    const fromBefore = previous[field.id] !== undefined && current === previous[field.id];
    if (current.trim() && !fromBefore) continue;
    const value = customer ? accountValue(customer, field.fromCustomer) : undefined;
    if (value) {
      if (value !== current) fills[field.id] = value;
    } else if (fromBefore) fills[field.id] = '';
  }
  return fills;
}
