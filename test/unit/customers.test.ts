import assert from 'node:assert/strict';
import fs from 'node:fs';
import { findCustomer, isMyAccount, myAccountsFirst, normaliseName, ticketsOf } from '../../src/features/customers/model/customers';
import { customerPickItems, customerPickItemsFor, type CustomerPickLabels } from '../../src/features/customers/model/customerPick';
import { HandbookIndex } from '../../src/core/handbook/handbookIndex';
import { loadHandbook } from '../../src/core/load/loadHandbook';
import { formatProblem } from '../../src/core/load/problem';
import { runTool } from '../../src/features/tools/model/run';
import { TreeModel, nodeId, type TreeNode } from '../../src/features/tree/model/treeModel';
import { bundledHandbook, fixture } from './helpers';
import { testTreeLabels } from './labels';
import { bundledContext, contextWithFiles } from './toolsSupport';

const CUSTOMERS = fs.readFileSync(fixture('customers', 'customers.yaml'), 'utf8');

function load(files: Record<string, string>) {
  const inputs = Object.entries(files).map(([label, text]) => ({ key: label, label, bytes: Buffer.from(text) }));
  const loaded = loadHandbook(bundledHandbook(), inputs);
  return { handbook: loaded.handbook, problems: [...loaded.problems.values()].flat().map(formatProblem) };
}

describe('customers: the collection', () => {
  it('the bundled handbook has no customers', () => {
    assert.deepEqual(bundledHandbook().customers, []);
  });

  it('loads from a team file and layers by id: a later file changes a field, adds an account, hides one', () => {
    const { handbook, problems } = load({
      'a.yaml': CUSTOMERS,
      'b.yaml': 'customers:\n  - id: acme-rockets\n    plan: Enterprise Plus\n  - id: initech-imaginary\n    hidden: true\n  - id: hooli-pretend\n    name: Hooli Pretend\n',
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(handbook.customers.map((c) => c.id), ['acme-rockets', 'globex-fiction', 'hooli-pretend']);
    const acme = handbook.customers[0];
    assert.equal(acme.plan, 'Enterprise Plus');
    assert.equal(acme.accountTeam?.ce, 'Robin Sample', 'the rest of the entry stays');
    assert.equal(acme.links?.crm, 'https://crm.example.com/accounts/acme-rockets');
  });

  it('a link that is not https is an error at its line and column, and the file keeps none of its customers', () => {
    const text = 'customers:\n  - id: acme-rockets\n    name: Acme Rockets\n    links:\n      crm: http://crm.example.com/a\n';
    const { handbook, problems } = load({ 'c.yaml': text });
    assert.equal(handbook.customers.length, 0);
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^c\.yaml:5:12: error: .*https:\/\/ link.* \[schema\]$/);
  });

  it('unknown properties, a bad channel and a new customer without a name are reported where they are', () => {
    const text = 'customers:\n  - id: acme-rockets\n    name: Acme Rockets\n    owner: Dana\n  - id: globex-fiction\n    name: Globex\n    sharedChannel: "Globex Shared"\n';
    const { problems } = load({ 'd.yaml': text });
    assert.ok(problems.some((p) => /^d\.yaml:4:5: error: .*owner/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => /^d\.yaml:7:20: error: .*Slack channel/.test(p)), problems.join('\n'));
    const missing = load({ 'e.yaml': 'customers:\n  - id: nameless\n    plan: Team\n' }).problems;
    assert.equal(missing.length, 1);
    assert.match(missing[0], /^e\.yaml:2:5: error: The customer "nameless" is missing "name"/);
  });

  it('a name with a bidirectional override is refused like any deceptive name', () => {
    const { problems } = load({ 'f.yaml': 'customers:\n  - id: acme\n    name: "Acme \\u202eReversed"\n' });
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^f\.yaml:3:11: error: .*bidirectional/);
  });
});

describe('customers: finding them', () => {
  const { handbook } = load({ 'a.yaml': CUSTOMERS });
  const customers = handbook.customers;

  it('normalises case, accents, punctuation and spacing', () => {
    assert.equal(normaliseName('  Zürich   Re, AG. '), 'zurich re', 'a trailing legal form is left out');
    assert.equal(normaliseName('Acme Rocket Co.'), normaliseName('acme rocket'));
    assert.equal(findCustomer(customers, 'acme rocket co')?.id, 'acme-rockets', 'by an alias');
    assert.equal(findCustomer(customers, 'INITECH')?.id, 'initech-imaginary');
    assert.equal(findCustomer(customers, 'globex-fiction')?.id, 'globex-fiction', 'by id');
    assert.equal(findCustomer(customers, 'Acme Rock'), undefined, 'a part of a name is not the name');
  });

  it('"my accounts" are those whose account team names me (name or Slack id), first', () => {
    assert.equal(isMyAccount(customers[0], 'robin sample'), true);
    assert.equal(isMyAccount(customers[1], 'u0robin01'), true);
    assert.equal(isMyAccount(customers[2], 'Robin Sample'), false);
    assert.equal(isMyAccount(customers[0], ''), false);
    assert.deepEqual(myAccountsFirst(customers, 'Someone Else').map((r) => [r.customer.id, r.mine]), [['initech-imaginary', true], ['acme-rockets', false], ['globex-fiction', false]]);
    assert.deepEqual(myAccountsFirst(customers, undefined).map((r) => r.customer.id), ['acme-rockets', 'globex-fiction', 'initech-imaginary']);
  });

  it('a customer\'s sent tickets are those whose customer is its name or an alias', () => {
    const tickets = [{ id: '1', customer: 'ACME' }, { id: '2', customer: 'acme rockets' }, { id: '3', customer: 'Acme Rock' }, { id: '4' }, { id: '5', customer: 'Globex Fiction' }];
    assert.deepEqual(ticketsOf(customers[0], tickets).map((t) => t.id), ['1', '2']);
  });

  it('the picker offers my accounts first, aliases for type-ahead, and what is typed when it names nobody', () => {
    const L: CustomerPickLabels = { myAccount: 'Mine', useTyped: (t) => `Use "${t}"`, notInData: 'not in data', withoutCustomer: 'No customer' };
    const items = customerPickItems(customers, 'U0ROBIN01', L);
    assert.deepEqual(items.map((i) => i.label), ['$(star-full) Globex Fiction', 'Acme Rockets', 'Initech Imaginary']);
    assert.equal(items[1].description, 'ACME, Acme Rocket Co.');
    assert.deepEqual(customerPickItemsFor(items, customers, '', L).map((i) => i.choice), ['none', 'customer', 'customer', 'customer']);
    const typed = customerPickItemsFor(items, customers, 'Umbrella $(zap)', L).at(-1)!;
    assert.deepEqual([typed.choice, typed.value, typed.label, typed.alwaysShow], ['typed', 'Umbrella $(zap)', 'Use "Umbrella \\$(zap)"', true]);
    assert.equal(customerPickItemsFor(items, customers, 'acme rocket co.', L).some((i) => i.choice === 'typed'), false, 'an alias typed in full is the customer');
  });
});

describe('customers: the tree', () => {
  const { handbook } = load({ 'a.yaml': CUSTOMERS });
  const sent = {
    ids: () => ['t1', 't2', 't3'],
    describe: (sentId: string) => ({ id: `sent:${sentId}`, label: `ticket ${sentId}`, tooltip: '', accessibilityLabel: sentId, icon: 'send', contextValue: 'sentTicketThread', collapsible: 'none' as const }),
    customers: () => [{ id: 't1', customer: 'ACME' }, { id: 't2', customer: 'Globex Fiction' }, { id: 't3', customer: 'acme rockets' }],
  };
  const model = new TreeModel(new HandbookIndex(handbook), testTreeLabels, { checked: new Set(), sent, me: 'Robin Sample' });

  it('shows a Customers root, my accounts first, each with its sent tickets', () => {
    const roots = model.getChildren();
    assert.deepEqual(roots.map((r) => model.describe(r)!.label), ['Teams', 'Processes', 'Customers', 'Sent tickets']);
    const rows = model.getChildren({ kind: 'root', root: 'customers' });
    assert.deepEqual(rows.map((r) => model.describe(r)!.label), ['Acme Rockets', 'Globex Fiction', 'Initech Imaginary']);
    assert.equal(model.describe(rows[0])!.description, 'My account · Enterprise');
    assert.equal(model.describe(rows[0])!.icon, 'star-full');
    const tickets = model.getChildren(rows[0]);
    assert.deepEqual(tickets.map((t) => model.describe(t)!.label), ['ticket t1', 'ticket t3']);
    assert.deepEqual(model.getParent(tickets[0]), rows[0]);
    assert.equal(model.describe(rows[2])!.collapsible, 'none', 'no tickets, nothing to expand');
  });

  it('a ticket row under a customer keeps the sent ticket\'s commands but has an id of its own', () => {
    const all: TreeNode[] = [];
    const walk = (nodes: TreeNode[]) => nodes.forEach((n) => { all.push(n); walk(model.getChildren(n)); });
    walk(model.getChildren());
    const ids = all.map((n) => model.describe(n)!.id);
    assert.equal(new Set(ids).size, ids.length, 'row ids are unique');
    assert.deepEqual(ids.map(String).filter((id) => id.includes('t1')), ['customer:acme-rockets/sent:t1', 'sent:t1']);
    assert.ok(all.every((n) => nodeId(n) === model.describe(n)!.id));
    const underCustomer = all.find((n) => nodeId(n) === 'customer:acme-rockets/sent:t1')!;
    assert.equal(underCustomer.kind, 'sentTicket');
  });

  it('tooltips show customer data as typed (no link forms)', () => {
    const tooltip = model.describe({ kind: 'customer', customerId: 'acme-rockets' })!.tooltip;
    assert.ok(!tooltip.includes('](') && tooltip.includes('crm: https'), tooltip);
  });
});

describe('customers: the tools', () => {
  it('list and get customers from the team\'s files, by id, name or alias', () => {
    const ctx = contextWithFiles({ '.ce-playbook/customers.yaml': CUSTOMERS });
    const list = runTool('listCustomers', {}, ctx);
    assert.ok(list.ok);
    assert.deepEqual((list.data as { customers: Array<{ id: string }> }).customers.map((c) => c.id), ['acme-rockets', 'globex-fiction', 'initech-imaginary']);
    const filtered = runTool('listCustomers', { query: 'initech' }, ctx);
    assert.ok(filtered.ok && filtered.text.includes('initech-imaginary') && !filtered.text.includes('acme-rockets'));
    const got = runTool('cePlaybook_getCustomer', { customer: 'acme rocket co' }, ctx);
    assert.ok(got.ok);
    assert.equal((got.data as { id: string }).id, 'acme-rockets');
    assert.match(got.text, /Account team: AE Dana Example, CE Robin Sample, SDR U0SDR0001/);
    assert.match(got.text, /\.ce-playbook\/customers\.yaml/);
    const missing = runTool('getCustomer', { customer: 'Umbrella' }, ctx);
    assert.ok(!missing.ok && /No customer has the id, name or alias "Umbrella"/.test(missing.error));
    assert.ok(!runTool('getCustomer', {}, ctx).ok, 'the customer is required');
  });

  it('without the team\'s files there are no customers to give', () => {
    const list = runTool('listCustomers', {}, bundledContext());
    assert.ok(list.ok);
    assert.deepEqual(list.data, { customers: [], total: 0 });
    const got = runTool('getCustomer', { customer: 'Acme Rockets' }, bundledContext());
    assert.ok(!got.ok && /no customers/.test(got.error));
  });
});
