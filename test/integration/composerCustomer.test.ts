/**
 * The composer knows the account, in the real extension host with a real composer page: the
 * team's customers (and a team file filling the issue link from the account's Zendesk link) in the
 * workspace, a ticket for the customer sent through the Slack stand-in and its thread read. Typing
 * an alias chooses the account: the empty link is filled (never one the CE typed), the card has the
 * account team, plan, channel, links and the sent ticket in the words of its Sent tickets row.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { SlackStandIn } from '../support/slackStandIn';
import { api, closeAllEditors, untilReady, waitFor } from './support';

const BOT_TOKEN = 'xoxb-test-token-composer-customer';
const CONTEXT = 'support-ticket-context';
const ZENDESK = 'https://example.zendesk.com/organizations/1';
const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'customers', name));
const setting = (key: string, value: unknown) => vscode.workspace.getConfiguration('cePlaybook').update(key, value, vscode.ConfigurationTarget.Global);

describe('composer: the customer picker and the account card (real extension host)', function () {
  this.timeout(90_000);
  let slack: SlackStandIn;
  let files: vscode.Uri[] = [];
  /**
   * The values as the help guide or a compose link gives them: the page's webview is told too, so
   * what it sends back after a fill agrees with the host (a change message alone would not be).
   */
  const enter = (values: Record<string, string>) => vscode.commands.executeCommand('cePlaybook.composeTicket', { templateId: CONTEXT, values });
  /** The webview answers each fill with its values (a change message): resolves once the host has it. */
  const answerToFill = (page: { panel: vscode.WebviewPanel }) => new Promise<void>((resolve) => {
    const listening = page.panel.webview.onDidReceiveMessage((message: { type?: string }) => {
      if (message?.type === 'change') { listening.dispose(); resolve(); }
    });
  });

  before(async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    files = ['customers.yaml', 'account-fields.yaml'].map((name) => vscode.Uri.joinPath(folder, '.ce-playbook', `composer-${name}`));
    await vscode.workspace.fs.writeFile(files[0], fixture('customers.yaml'));
    await vscode.workspace.fs.writeFile(files[1], fixture('account-fields.yaml'));
    await (await api()).data.reload();
    await setting('me', 'Robin Sample');
    slack = await SlackStandIn.start();
    slack.tokens.add(BOT_TOKEN);
    await setting('slack.apiUrl', slack.apiUrl);
    assert.deepEqual(await vscode.commands.executeCommand('cePlaybook.connectSlack', { kind: 'botToken', value: BOT_TOKEN }), { ok: true });
    await vscode.commands.executeCommand('cePlaybook.clearSentTickets');
    // A ticket for the customer under its name, answered in its thread, and the thread read.
    slack.onMessage = (ticket) => { slack.threads.reply(ticket.ts!, 'U0SUPPORT', 'Looking.'); };
    const values = { 'customer-name': 'Acme Rockets', 'issue-link': 'https://github.com/o/r/issues/9', background: 'Fictional.' };
    const sent = await vscode.commands.executeCommand<{ ok: boolean }>('cePlaybook.sendTicket', { templateId: CONTEXT, values, confirm: false });
    slack.onMessage = undefined;
    assert.equal(sent.ok, true, JSON.stringify(sent));
    await vscode.commands.executeCommand('cePlaybook.refreshTicketStatus');
  });

  after(async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('cePlaybook.clearSentTickets');
    await vscode.commands.executeCommand('cePlaybook.disconnectSlack');
    await setting('slack.apiUrl', undefined);
    await setting('me', undefined);
    await slack.close();
    for (const file of files) await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
    await (await api()).data.reload();
    await (await api()).templates.fillDeps.drafts.clear(CONTEXT);
  });

  it('offers the team\'s customers, mine first; typing an alias fills the empty link from the account and shows its card', async () => {
    const { composer, templates } = await api();
    await templates.fillDeps.drafts.clear(CONTEXT);
    await vscode.commands.executeCommand('cePlaybook.composeTicket', { templateId: CONTEXT });
    const page = composer.pages.get(CONTEXT)!;
    await untilReady(page);
    assert.match(page.panel.webview.html, /role="combobox"/);
    assert.match(page.panel.webview.html, /Type part of a name or alias/, 'the hint, since the team has customers');
    assert.deepEqual(page.account.choices.map((c) => c.name), ['Acme Rockets', 'Globex Fiction', 'Initech Imaginary'], 'my account (CE Robin Sample) first');
    assert.equal(page.account.card, undefined);

    const answered = answerToFill(page);
    await enter({ 'customer-name': 'acme rocket co' });
    await answered;
    assert.equal(page.values['issue-link'], ZENDESK, 'the empty link is filled from the account');
    const card = page.account.card!;
    assert.equal(card.heading, 'Account: Acme Rockets');
    assert.equal(card.subtitle, 'My account · also ACME, Acme Rocket Co.');
    assert.deepEqual(card.facts.map((f) => `${f.label}: ${f.value}`), ['AE: Dana Example', 'CE: Robin Sample', 'SDR: U0SDR0001', 'Plan: Enterprise', 'Shared channel: #ext-acme-rockets']);
    assert.deepEqual(card.links.map((l) => l.label), ['CRM', 'Zendesk']);
    assert.equal(card.tickets.length, 1);
    assert.match(card.tickets[0].text, /^1 reply · last by .+ · Support Ticket Context · /, 'the same words as the Sent tickets row');
    assert.match(card.tickets[0].href ?? '', /^https:\/\/stand-in\.slack\.com\/archives\//);
    const draft = await waitFor(() => templates.fillDeps.drafts.get(CONTEXT), 'the autosaved draft with the fill');
    assert.equal(draft.values['issue-link'], ZENDESK);
  });

  it('never overwrites what the CE typed, fills once per customer chosen, and free text has no card', async () => {
    const { composer } = await api();
    const page = composer.pages.get(CONTEXT)!;
    // As the last test left it: Acme Rockets chosen, the link filled from its account. Then another
    // customer: the link goes with the account it came from.
    assert.equal(page.values['issue-link'], ZENDESK);
    const answered = answerToFill(page);
    await enter({ 'customer-name': 'Initech' });
    await answered;
    assert.equal(page.values['issue-link'], '', 'the last customer\'s link is not left in the next customer\'s ticket');
    assert.equal(page.values['customer-name'], 'Initech');
    // Another account without a Zendesk link: its card, nothing filled; the typed link stays.
    await enter({ 'customer-name': 'Initech', 'issue-link': 'ZD-9' });
    assert.equal(page.account.card?.heading, 'Account: Initech Imaginary');
    assert.deepEqual(page.account.card?.tickets, []);
    assert.equal(page.values['issue-link'], 'ZD-9');
    await enter({ 'customer-name': 'ACME', 'issue-link': 'ZD-9' });
    assert.equal(page.values['issue-link'], 'ZD-9', 'typed, so kept');
    // The CE empties the link with the same customer: it stays empty (filled once per choice).
    await page.handleMessage({ type: 'change', values: { 'customer-name': 'ACME', 'issue-link': '' } });
    assert.equal(page.values['issue-link'], '');
    await page.handleMessage({ type: 'change', values: { 'customer-name': 'Someone New', 'issue-link': '' } });
    assert.equal(page.account.card, undefined, 'a name that is no account: free text, no card');
    assert.equal(page.values['customer-name'], 'Someone New');
    assert.equal(page.values['issue-link'], '');
  });

  it('follows the data: an account added to the team\'s files is offered, and named already, gets its card without a keystroke', async () => {
    const { composer, data } = await api();
    const page = composer.pages.get(CONTEXT)!;
    const more = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.ce-playbook', 'composer-more.yaml');
    files.push(more);
    await vscode.workspace.fs.writeFile(more, new TextEncoder().encode('customers:\n  - id: someone-new\n    name: Someone New\n    plan: Trial\n'));
    await data.reload();
    await waitFor(() => page.account.choices.some((c) => c.name === 'Someone New'), 'the new account in the picker');
    assert.equal(page.account.card?.heading, 'Account: Someone New');
  });
});
