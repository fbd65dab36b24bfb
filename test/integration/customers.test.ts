/**
 * Customers in the real extension host: the tree's Customers node (my accounts first by
 * cePlaybook.me, each with the tickets sent for it through the Slack stand-in), the customer tools
 * (asking before the model gets customer data) and the help guide's customer choices.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { SlackStandIn } from '../support/slackStandIn';
import { api, waitFor, withAnswers } from './support';

// Made-up values that do not look like real Slack credentials.
const BOT_TOKEN = 'xoxb-test-token-customers';
const CUSTOMERS = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'customers', 'customers.yaml'));
const setMe = (me: string | undefined) => vscode.workspace.getConfiguration('cePlaybook').update('me', me, vscode.ConfigurationTarget.Global);
const textOf = (result: vscode.LanguageModelToolResult) => result.content.map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : '')).join('');

describe('customers (real extension host)', function () {
  this.timeout(90_000);
  let slack: SlackStandIn;
  let file: vscode.Uri;
  let sentId = '';

  before(async () => {
    const { data } = await api();
    file = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.ce-playbook', 'customers.yaml');
    await vscode.workspace.fs.writeFile(file, CUSTOMERS);
    await data.reload();
    await setMe('U0ROBIN01');
    slack = await SlackStandIn.start();
    slack.tokens.add(BOT_TOKEN);
    await vscode.workspace.getConfiguration('cePlaybook').update('slack.apiUrl', slack.apiUrl, vscode.ConfigurationTarget.Global);
    assert.deepEqual(await vscode.commands.executeCommand('cePlaybook.connectSlack', { kind: 'botToken', value: BOT_TOKEN }), { ok: true });
    // A ticket for the customer under one of its aliases.
    const values = { 'customer-name': 'Acme Rocket Co.', 'issue-link': 'https://github.com/o/r/issues/1', background: 'Fictional.' };
    const sent = await vscode.commands.executeCommand<{ ok: boolean }>('cePlaybook.sendTicket', { templateId: 'support-ticket-context', values, confirm: false });
    assert.equal(sent.ok, true, JSON.stringify(sent));
  });

  after(async () => {
    await vscode.commands.executeCommand('cePlaybook.clearSentTickets');
    await vscode.commands.executeCommand('cePlaybook.disconnectSlack');
    await vscode.workspace.getConfiguration('cePlaybook').update('slack.apiUrl', undefined, vscode.ConfigurationTarget.Global);
    await setMe(undefined);
    await slack.close();
    await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
    await (await api()).data.reload();
  });

  it('the tree has a Customers node, my accounts first, each with the tickets sent for it (matched by alias)', async () => {
    const { tree } = await api();
    const labels = () => tree.provider.getChildren({ kind: 'root', root: 'customers' }).map((n) => tree.provider.getTreeItem(n).label);
    const roots = tree.provider.getChildren().filter((r) => r.kind === 'root');
    assert.deepEqual(roots.map((r) => tree.provider.getTreeItem(r).label), ['Teams', 'Processes', 'Customers', 'Sent tickets']);
    await waitFor(() => labels()[0] === 'Globex Fiction', 'my account (CE U0ROBIN01) first');
    assert.deepEqual(labels(), ['Globex Fiction', 'Acme Rockets', 'Initech Imaginary']);
    assert.equal(tree.provider.getTreeItem(tree.provider.find('customer:globex-fiction')!).description, 'My account · Team');

    const acme = tree.provider.find('customer:acme-rockets')!;
    assert.equal(tree.provider.getTreeItem(acme).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    const [ticket, ...more] = tree.provider.getChildren(acme);
    assert.equal(more.length, 0);
    sentId = (ticket as { sentId: string }).sentId;
    const item = tree.provider.getTreeItem(ticket);
    assert.equal(item.id, `customer:acme-rockets/sent:${sentId}`);
    assert.equal(item.label, 'Acme Rocket Co.');
    assert.equal(item.contextValue, 'sentTicketThread', 'Open in Slack and Follow Up in Thread, as under Sent tickets');
    assert.equal(item.command?.command, 'cePlaybook.openSentTicket');
    assert.equal(tree.provider.getChildren(tree.provider.find('customer:initech-imaginary')!).length, 0);

    // The real view reveals the row under its customer (getParent leads back to the root).
    await vscode.commands.executeCommand('workbench.view.extension.cePlaybook');
    await tree.view.reveal(ticket, { select: true, focus: false, expand: true });
    await waitFor(() => tree.view.selection.some((n) => tree.provider.getTreeItem(n).id === item.id), 'the ticket row under its customer selected');

    // Saying who I am differently changes my accounts.
    await setMe('Someone Else');
    await waitFor(() => labels()[0] === 'Initech Imaginary', 'Initech first for its CE');
  });

  it('getCustomer and listCustomers answer from the team\'s files, and ask before the model gets customer data', async () => {
    const { lmTools } = await api();
    const prepared = lmTools.prepare('cePlaybook_getCustomer', { customer: 'ACME' });
    assert.ok(prepared.confirmationMessages, 'customer data is shared only once the CE says yes');
    const message = prepared.confirmationMessages.message;
    assert.match(typeof message === 'string' ? message : message.value, /account of "ACME"/);
    assert.ok(lmTools.prepare('cePlaybook_listCustomers', {}).confirmationMessages);
    const got = textOf(await vscode.lm.invokeTool('cePlaybook_getCustomer', { input: { customer: 'ACME' }, toolInvocationToken: undefined }, new vscode.CancellationTokenSource().token));
    assert.match(got, /^Acme Rockets \(id acme-rockets\)\n/);
    assert.match(got, /Shared Slack channel: #ext-acme-rockets/);
    assert.match(got, /Source: the team's data \(\.ce-playbook\/customers\.yaml\)/);
    const list = textOf(await lmTools.invoke('cePlaybook_listCustomers', { query: 'globex' }));
    assert.match(list, /^Customers matching "globex" \(id: name\):\n- globex-fiction: Globex Fiction, Team$/);
  });

  it('the help guide offers the team\'s customers (my accounts first) and carries the chosen one into the ticket', async () => {
    const { composer } = await api();
    await setMe('Robin Sample');
    let offered: string[] = [];
    await withAnswers({ help: {
      askCustomerName: async (_guide, choices) => { offered = choices.items.map((i) => i.label); return choices.items[0].value; },
      askQuestion: (() => { const q = [0, 1]; return async () => ({ kind: 'answer' as const, index: q.shift()! }); })(),
      chooseAction: async (_g, _o, actions) => actions.find((a) => a.action.kind === 'composeTicket')!.action,
    } }, () => vscode.commands.executeCommand('cePlaybook.getHelp'));
    assert.deepEqual(offered, ['$(star-full) Acme Rockets', 'Globex Fiction', 'Initech Imaginary']);
    const page = await waitFor(() => composer.pages.get('support-ticket-context'), 'the composer');
    assert.equal(page.values['customer-name'], 'Acme Rockets');
    page.panel.dispose();
  });
});
