/**
 * The items of the help guide's "Which customer is it?" picker: the team's customers (my accounts
 * first), found by name or alias as the CE types, and what is typed when it names none of them.
 * Data shows as typed (`$(name)` stays text); the picker itself is in features/helpGuide/helpGuideFlow.ts.
 */
import type { Customer } from '../../../core/schema/customerSchema';
import { escapeIcons } from '../../../core/render/plainText';
import { myAccountsFirst, normaliseName, namesOf } from './customers';

export interface CustomerPickItem {
  label: string;
  description?: string;
  detail?: string;
  /** The name carried into the template; '' for "without a customer". */
  value: string;
  choice: 'customer' | 'typed' | 'none';
  alwaysShow?: boolean;
}

export interface CustomerPickLabels {
  myAccount: string;
  /** "Use "{typed}"" */
  useTyped(typed: string): string;
  notInData: string;
  withoutCustomer: string;
}

/** The team's customers: aliases in the description, so the quick pick's type-ahead finds them too. */
export function customerPickItems(customers: readonly Customer[], me: string | undefined, L: CustomerPickLabels): CustomerPickItem[] {
  return myAccountsFirst(customers, me).map(({ customer, mine }) => ({
    label: `${mine ? '$(star-full) ' : ''}${escapeIcons(customer.name)}`,
    description: customer.aliases?.length ? escapeIcons(customer.aliases.join(', ')) : undefined,
    detail: [mine ? L.myAccount : undefined, customer.plan && escapeIcons(customer.plan)].filter(Boolean).join(' · ') || undefined,
    value: customer.name,
    choice: 'customer',
  }));
}

/**
 * Every item for what is typed: nothing typed, "without a customer" comes first; something typed
 * that is not exactly a customer's name or alias is offered as it is, after the customers it matches.
 */
export function customerPickItemsFor(items: readonly CustomerPickItem[], customers: readonly Customer[], typed: string, L: CustomerPickLabels): CustomerPickItem[] {
  const text = typed.trim();
  if (!text) return [{ label: L.withoutCustomer, value: '', choice: 'none' }, ...items];
  const wanted = normaliseName(text);
  const exact = customers.some((c) => namesOf(c).some((n) => normaliseName(n) === wanted));
  return exact ? [...items] : [...items, { label: L.useTyped(escapeIcons(text)), description: L.notInData, value: text, choice: 'typed', alwaysShow: true }];
}
