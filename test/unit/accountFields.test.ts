import assert from 'node:assert/strict';
import fs from 'node:fs';
import { accountFills, accountValue, chosenCustomer, customerField } from '../../src/features/customers/model/accountFill';
import { accountCard, customerChoices, recentTicketsOf, CARD_TICKETS, type AccountCardLabels } from '../../src/features/customers/model/accountCard';
import { keyChoices, matchChoices, MAX_SHOWN } from '../../src/features/customers/model/choiceMatch';
import { fieldProblems } from '../../src/core/load/conditionChecks';
import { formatProblem } from '../../src/core/load/problem';
import type { Customer } from '../../src/core/schema/customerSchema';
import type { Template } from '../../src/core/schema/schema';
import { bundledHandbook, fixture } from './helpers';
import { EXAMPLE, loadWith } from './fieldConditionsSupport';

const CUSTOMERS = fs.readFileSync(fixture('customers', 'customers.yaml'), 'utf8');
const ACCOUNT_FIELDS = fs.readFileSync(fixture('customers', 'account-fields.yaml'), 'utf8');

function loaded(files: Record<string, string>) {
  const result = loadWith(files);
  return { handbook: result.handbook, problems: [...result.problems.values()].flat().map(formatProblem) };
}
const team = () => loaded({ 'our-team.yaml': EXAMPLE, 'customers.yaml': CUSTOMERS, 'account-fields.yaml': ACCOUNT_FIELDS });
const request = (): Template => team().handbook.templates.find((t) => t.id === 'support-ticket-request')!;
const customers = (): Customer[] => team().handbook.customers;
const acme = () => customers().find((c) => c.id === 'acme-rockets')!;

describe('customer fields: the data', () => {
  it('the bundled templates mark "Customer Name" as the customer field, and fill nothing from the account (a team decides that)', () => {
    for (const template of bundledHandbook().templates) {
      assert.equal(customerField(template)?.label, 'Customer Name', template.id);
      assert.deepEqual(template.fields.filter((f) => f.fromCustomer), [], template.id);
    }
  });

  it('a team file maps a field from the account over the worked example of conditions; both apply', () => {
    const { problems } = team();
    assert.deepEqual(problems, []);
    const fields = request().fields;
    assert.equal(fields.find((f) => f.id === 'issue-link')?.fromCustomer, 'zendesk');
    assert.deepEqual(fields.find((f) => f.id === 'time-consideration')?.when, { field: 'time-sensitive', equals: 'Yes' });
  });

  it('an account value that does not exist is a schema problem at its value, and the file is left out', () => {
    const text = 'templates:\n  - id: support-ticket-context\n    fieldChanges:\n      - id: issue-link\n        fromCustomer: salesforce\n';
    const { handbook, problems } = loaded({ 'bad.yaml': text });
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /^bad\.yaml:5:23: error: .*"salesforce"; expected one of "crm", "zendesk", .* \[schema\]$/);
    assert.equal(handbook.templates.find((t) => t.id === 'support-ticket-context')!.fields[1].fromCustomer, undefined);
  });

  it('a customer field that is not one line or not the only one, and fills that can never happen, are problems of the field', () => {
    const base = bundledHandbook().templates.find((t) => t.id === 'support-ticket-request')!;
    const problemsOf = (change: (fields: Template['fields']) => Template['fields']) =>
      fieldProblems({ id: base.id, fields: change(base.fields.map((f) => ({ ...f }))) }).map((p) => `${p.fieldId} ${p.path.join('.')}`);
    assert.deepEqual(problemsOf((f) => f), []);
    assert.deepEqual(problemsOf((f) => f.map((x) => (x.id === 'ask' ? { ...x, customer: true } : x))), ['ask customer', 'ask customer']);
    assert.deepEqual(problemsOf((f) => f.map((x) => (x.id === 'customer-name' ? { ...x, customer: undefined } : x.id === 'why' ? { ...x, fromCustomer: 'plan' as const } : x))), ['why fromCustomer']);
    assert.deepEqual(problemsOf((f) => f.map((x) => (x.id === 'customer-name' ? { ...x, fromCustomer: 'crm' as const } : x))), ['customer-name fromCustomer']);
    assert.deepEqual(problemsOf((f) => [...f, { id: 'tier', label: 'Tier', type: 'choice', required: false, options: ['A'], fromCustomer: 'plan' as const }]), ['tier fromCustomer']);
  });
});

describe('customer fields: choosing a customer', () => {
  it('the customer field names an account by its name or any alias, as people write it; free text names none', () => {
    const template = request();
    const named = (text: string) => chosenCustomer(template, { 'customer-name': text }, customers())?.id;
    assert.equal(named('Acme Rockets'), 'acme-rockets');
    assert.equal(named('  acme rocket co '), 'acme-rockets');
    assert.equal(named('ACME, Inc.'), 'acme-rockets');
    assert.equal(named('initech'), 'initech-imaginary');
    assert.equal(named('Acme Rock'), undefined, 'part of a name is not a choice');
    assert.equal(named('Someone New'), undefined);
    assert.equal(named(''), undefined);
    assert.equal(chosenCustomer({ fields: template.fields.filter((f) => !f.customer) }, { 'customer-name': 'ACME' }, customers()), undefined, 'no customer field, no customer');
  });

  it('fills only the mapped fields that are empty, with what the account has, never what the CE typed', () => {
    const template = request();
    assert.deepEqual(accountFills(template, { 'customer-name': 'ACME' }, acme()), { 'issue-link': 'https://example.zendesk.com/organizations/1' });
    assert.deepEqual(accountFills(template, { 'customer-name': 'ACME', 'issue-link': '   ' }, acme()), { 'issue-link': 'https://example.zendesk.com/organizations/1' }, 'blank counts as empty');
    assert.deepEqual(accountFills(template, { 'customer-name': 'ACME', 'issue-link': 'ZD-42' }, acme()), {}, 'typed stays');
    const globex = customers().find((c) => c.id === 'globex-fiction')!;
    assert.deepEqual(accountFills(template, {}, globex), {}, 'an account without the value fills nothing');
  });

  it('another customer chosen: a field the last account filled (untouched since) gets this account\'s value, or is emptied; what the CE typed stays', () => {
    const template = request();
    const link = 'https://example.zendesk.com/organizations/1';
    const other = { ...acme(), id: 'other', name: 'Other Co', aliases: [], links: { zendesk: 'https://example.zendesk.com/organizations/2' } };
    const initech = customers().find((c) => c.id === 'initech-imaginary')!;
    const before = { 'issue-link': link };
    assert.deepEqual(accountFills(template, { 'customer-name': 'Other Co', 'issue-link': link }, other, before), { 'issue-link': 'https://example.zendesk.com/organizations/2' });
    assert.deepEqual(accountFills(template, { 'customer-name': 'Initech', 'issue-link': link }, initech, before), { 'issue-link': '' }, 'not left with the last customer\'s link');
    assert.deepEqual(accountFills(template, { 'customer-name': 'Someone New', 'issue-link': link }, undefined, before), { 'issue-link': '' }, 'no account chosen');
    assert.deepEqual(accountFills(template, { 'customer-name': 'Other Co', 'issue-link': `${link}/tickets/7` }, other, before), {}, 'edited since: the CE\'s');
    assert.deepEqual(accountFills(template, { 'customer-name': 'ACME', 'issue-link': link }, acme(), before), {}, 'the same value: nothing to change');
  });

  it('reads each account value the schema names', () => {
    const a = acme();
    assert.deepEqual(
      (['crm', 'zendesk', 'github', 'docs', 'plan', 'sharedChannel', 'ae', 'ce', 'sdr'] as const).map((k) => accountValue(a, k)),
      ['https://crm.example.com/accounts/acme-rockets', 'https://example.zendesk.com/organizations/1', undefined, undefined, 'Enterprise', '#ext-acme-rockets', 'Dana Example', 'Robin Sample', 'U0SDR0001'],
    );
  });
});

const L: AccountCardLabels = {
  heading: (n) => `Account: ${n}`,
  aka: (a) => `also ${a}`,
  myAccount: 'My account',
  ae: 'AE', ce: 'CE', sdr: 'SDR', plan: 'Plan', sharedChannel: 'Shared channel',
  links: { heading: 'Links', crm: 'CRM', zendesk: 'Zendesk', github: 'GitHub', docs: 'Docs' },
  notes: 'Notes', tickets: 'Recent tickets', noTickets: 'None yet.', openTicket: 'Open in Slack',
};

describe('customer fields: the account card', () => {
  it('shows the account team, plan, shared channel, https links, notes and the tickets given, in that order', () => {
    const card = accountCard(acme(), 'Robin Sample', L, [{ text: '1 reply · Support Ticket Context · Dec 1', href: 'https://stand-in.slack.com/archives/C1/p1' }]);
    assert.equal(card.heading, 'Account: Acme Rockets');
    assert.equal(card.subtitle, 'My account · also ACME, Acme Rocket Co.');
    assert.deepEqual(card.facts, [
      { label: 'AE', value: 'Dana Example' }, { label: 'CE', value: 'Robin Sample' }, { label: 'SDR', value: 'U0SDR0001' },
      { label: 'Plan', value: 'Enterprise' }, { label: 'Shared channel', value: '#ext-acme-rockets' },
    ]);
    assert.deepEqual(card.links, [{ label: 'CRM', href: 'https://crm.example.com/accounts/acme-rockets' }, { label: 'Zendesk', href: 'https://example.zendesk.com/organizations/1' }]);
    assert.equal(card.notes, 'Fictional account. Prefers email over calls.');
    assert.deepEqual(card.tickets, [{ text: '1 reply · Support Ticket Context · Dec 1', href: 'https://stand-in.slack.com/archives/C1/p1' }]);
  });

  it('keeps only https links (for data that did not pass the schema) and leaves out what the account lacks', () => {
    const odd: Customer = { id: 'odd', name: 'Odd <b>Co</b>', links: { crm: 'javascript:alert(1)' as string, docs: 'http://docs.example.com' } };
    const card = accountCard(odd, undefined, L, [{ text: 'x', href: 'javascript:alert(1)' }]);
    assert.deepEqual(card.links, []);
    assert.deepEqual(card.facts, []);
    assert.equal(card.subtitle, undefined);
    assert.equal(card.notes, undefined);
    assert.deepEqual(card.tickets, [{ text: 'x' }]);
    assert.equal(card.heading, 'Account: Odd <b>Co</b>', 'text stays text: the webview sets it with textContent');
  });

  it('lists the customer\'s tickets (by name or alias) newest first, at most CARD_TICKETS', () => {
    const sent = [
      ...Array.from({ length: CARD_TICKETS + 2 }, (_, i) => ({ id: `t${i}`, customer: i % 2 ? 'ACME' : 'Acme Rockets', sentAt: `2026-12-0${i + 1}T10:00:00Z` })),
      { id: 'other', customer: 'Globex Fiction', sentAt: '2026-12-09T10:00:00Z' },
    ];
    assert.deepEqual(recentTicketsOf(acme(), sent).map((t) => t.id), ['t6', 't5', 't4', 't3', 't2']);
  });

  it('offers the customers to the picker with my accounts first, aliases to match and a detail line', () => {
    assert.deepEqual(customerChoices(customers(), 'U0ROBIN01', 'My account'), [
      { name: 'Globex Fiction', aliases: [], detail: 'My account · Team' },
      { name: 'Acme Rockets', aliases: ['ACME', 'Acme Rocket Co.'], detail: 'Enterprise' },
      { name: 'Initech Imaginary', aliases: ['Initech'] },
    ]);
  });
});

describe('customer fields: the picker\'s type-ahead', () => {
  const choices = () => keyChoices(customerChoices(customers(), undefined, 'My account'));
  const names = (query: string, max?: number) => matchChoices(choices(), query, max).map((c) => c.name);

  it('matches any part of a name or alias, every word typed, as people write names; nothing typed lists all', () => {
    assert.deepEqual(names(''), ['Acme Rockets', 'Globex Fiction', 'Initech Imaginary']);
    assert.deepEqual(names('rocket co'), ['Acme Rockets'], 'part of the alias "Acme Rocket Co."');
    assert.deepEqual(names('ÍNIT'), ['Initech Imaginary'], 'case and accents do not matter');
    assert.deepEqual(names('fiction globex'), ['Globex Fiction'], 'words in any order');
    assert.deepEqual(names('acme globex'), [], 'every word in one name');
    assert.deepEqual(names('zzz'), []);
  });

  it('lists at most the given number, in the given order', () => {
    const many = keyChoices(Array.from({ length: 500 }, (_, i) => ({ name: `Account ${i}`, aliases: [] })));
    assert.equal(matchChoices(many, 'account').length, MAX_SHOWN);
    assert.deepEqual(matchChoices(many, 'account 4', 3).map((c) => c.name), ['Account 4', 'Account 14', 'Account 24']);
  });
});
