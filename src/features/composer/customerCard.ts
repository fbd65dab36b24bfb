/**
 * One composer page's customer: the picker's choices, the fields the chosen account fills (only
 * empty ones, once per customer chosen) and the account card with the customer's recent sent
 * tickets, in the words of their Sent tickets rows. Nothing of the customer's data is logged.
 */
import vscode = require('vscode');
import { accountFills, chosenCustomer, customerField } from '../customers/model/accountFill';
import { accountCard, customerChoices, recentTicketsOf, type AccountCardLabels } from '../customers/model/accountCard';
import { readSentTickets, SENT_TICKETS_KEY } from '../slack/model/sentTickets';
import type { AccountCard, AccountMessage, CustomerChoice } from './accountMessages';
import type { Customer } from '../../core/schema/customerSchema';
import type { StatusReactions } from '../../core/schema/schemaStatus';
import type { Template } from '../../core/schema/schema';
import type * as SlackDelivery from '../slack/slackDelivery.chunk';
import { lazyChunk } from '../../core/host/lazyChunk';

const t = vscode.l10n.t;
// How a sent ticket's row reads (status, template, time) comes with the Slack code, as for the tree.
const delivery = lazyChunk<typeof SlackDelivery>('slackDelivery');

export const accountLabels: AccountCardLabels = {
  heading: (name) => t('Account: {0}', name),
  aka: (aliases) => t('also {0}', aliases),
  myAccount: t('My account'),
  ae: t('AE'),
  ce: t('CE'),
  sdr: t('SDR'),
  plan: t('Plan'),
  sharedChannel: t('Shared channel'),
  links: { heading: t('Links'), crm: t('CRM'), zendesk: t('Zendesk'), github: t('GitHub'), docs: t('Docs') },
  notes: t('Notes'),
  tickets: t('Your recent tickets for this customer'),
  noTickets: t('None sent from here yet.'),
  openTicket: t('Open in Slack'),
};

export const customerPickerLabels = {
  list: t('Customers'),
  hint: t('Type part of a name or alias to choose one of your team\'s customers (↓ shows them all), or type any name.'),
  filled: (name: string, labels: string) => t('Filled from the account of {0}: {1}.', name, labels),
  emptied: (labels: string) => t('Emptied {0}: it came from the account chosen before.', labels),
};

export interface AccountDeps {
  customers(): readonly Customer[];
  me(): string | undefined;
  /** globalState: the sent tickets and their status as last read. */
  userState: vscode.Memento;
  reactionsFor(templateId: string): StatusReactions | undefined;
}


export class AccountTracker {
  /** The customer the fills were last made for ('' for none): a page fills once per customer chosen. */
  private filledFor: string | undefined;
  /** What the fills put in each field, so a change of customer replaces them (unless the CE edited them). */
  private filledValues: Record<string, string> = {};
  private postedChoices: string | undefined;
  private postedCard: string | undefined;
  /** What the page was last told: the picker's customers and the account card (none: no card). */
  choices: CustomerChoice[] = [];
  private choicesOf: { customers: readonly Customer[]; me: string | undefined } | undefined;
  card: AccountCard | undefined;

  constructor(private readonly deps: AccountDeps) {}

  /** The page has a new document: its choices and card are posted again (nothing is filled again). */
  reset(): void {
    this.postedChoices = undefined;
    this.choicesOf = undefined;
    this.postedCard = JSON.stringify(null);
    this.card = undefined;
  }

  /** The values with the chosen account's fills, and what to post (only what changed). */
  next(template: Template, values: Readonly<Record<string, string>>): { values: Record<string, string>; filled: boolean; messages: AccountMessage[] } {
    const messages: AccountMessage[] = [];
    if (!customerField(template)) return { values: { ...values }, filled: false, messages };
    const customers = this.deps.customers();
    const me = this.deps.me();
    // Worked out again only when the data or who I am changed, not on every keystroke (up to thousands of accounts).
    if (customers !== this.choicesOf?.customers || me !== this.choicesOf.me) {
      this.choicesOf = { customers, me };
      this.choices = customerChoices(customers, me, accountLabels.myAccount);
      const choicesKey = JSON.stringify(this.choices);
      if (choicesKey !== this.postedChoices) {
        this.postedChoices = choicesKey;
        messages.push({ type: 'customers', customers: this.choices });
      }
    }
    const customer = chosenCustomer(template, values, customers);
    let next = { ...values };
    let filled = false;
    if ((customer?.id ?? '') !== this.filledFor) {
      this.filledFor = customer?.id ?? '';
      const fills = accountFills(template, values, customer, this.filledValues);
      this.filledValues = Object.fromEntries(Object.entries(fills).filter(([, value]) => value !== ''));
      const fields = template.fields.filter((f) => fills[f.id] !== undefined);
      if (fields.length) {
        next = { ...next, ...fills };
        filled = true;
        const labels = (values: boolean) => fields.filter((f) => (fills[f.id] !== '') === values).map((f) => `"${f.label}"`).join(', ');
        const announce = [customer && labels(true) ? customerPickerLabels.filled(customer.name, labels(true)) : '', labels(false) ? customerPickerLabels.emptied(labels(false)) : ''].filter(Boolean).join(' ');
        messages.push({ type: 'fill', fields: fields.map((f) => ({ field: f.id, was: values[f.id] ?? '', value: fills[f.id] })), announce });
      }
    }
    const card = customer ? accountCard(customer, me, accountLabels, this.ticketsOf(customer)) : undefined;
    const cardKey = JSON.stringify(card ?? null);
    if (cardKey !== this.postedCard) {
      this.postedCard = cardKey;
      this.card = card;
      messages.push(card ? { type: 'account', card } : { type: 'account' });
    }
    return { values: next, filled, messages };
  }

  /** The customer's recent sent tickets as their rows say them (the Slack code is loaded only when there are some). */
  private ticketsOf(customer: Customer): Array<{ text: string; href?: string }> {
    const recent = recentTicketsOf(customer, readSentTickets(this.deps.userState.get(SENT_TICKETS_KEY)));
    if (!recent.length) return [];
    return recent.flatMap((ticket) => {
      const row = delivery().describeSentTicket(this.deps.userState, ticket.id, this.deps.reactionsFor);
      return row ? [{ text: row.description ?? ticket.templateTitle, ...(ticket.link ? { href: ticket.link } : {}) }] : [];
    });
  }
}
