// Before the same ticket is filed twice (real extension host, Slack stand-in): after a ticket for
// Acme Corp is sent, composing another one for "ACME corp." says so before Send and offers the
// thread; "Keep as a New Ticket" and another customer clear it; "Follow Up in That Thread" turns the
// page into the reply with what was typed. Nothing is blocked.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SlackStandIn } from '../support/slackStandIn';
import { api, closeAllEditors, sentTickets, waitFor, untilReady } from './support';

const BOT_TOKEN = 'xoxb-test-token-earlier';
const CONTEXT = 'support-ticket-context';
const values = (customer: string) => ({ 'customer-name': customer, 'issue-link': `https://github.com/o/r/issues/${customer.length}`, background: 'Deploys fail.' });
const setApiUrl = (url: string | undefined) => vscode.workspace.getConfiguration('cePlaybook').update('slack.apiUrl', url, vscode.ConfigurationTarget.Global);

describe('the composer says when a ticket was sent before (stand-in Slack)', function () {
  this.timeout(90_000);
  let slack: SlackStandIn;

  before(async () => {
    slack = await SlackStandIn.start();
    slack.tokens.add(BOT_TOKEN);
    await setApiUrl(slack.apiUrl);
    await vscode.commands.executeCommand('cePlaybook.clearSentTickets');
    await vscode.commands.executeCommand('cePlaybook.disconnectSlack');
    await vscode.commands.executeCommand('cePlaybook.connectSlack', { kind: 'botToken', value: BOT_TOKEN });
    const sent = await vscode.commands.executeCommand<{ ok: boolean }>('cePlaybook.sendTicket', { templateId: CONTEXT, values: values('Acme Corp'), confirm: false });
    assert.equal(sent.ok, true, JSON.stringify(sent));
    // Its thread read now, as the view or a window focus may read it at any moment: the notice says its status.
    await vscode.commands.executeCommand('cePlaybook.refreshTicketStatus');
  });
  after(async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('cePlaybook.clearSentTickets');
    await vscode.commands.executeCommand('cePlaybook.disconnectSlack');
    await setApiUrl(undefined);
    await slack.close();
    await (await api()).templates.fillDeps.drafts.clear(CONTEXT);
  });
  beforeEach(async () => {
    const { composer, templates } = await api();
    await waitFor(async () => { await closeAllEditors(); return composer.pages.openTemplates.length === 0; }, 'the pages of the last test to close');
    await templates.fillDeps.drafts.clear(CONTEXT);
  });

  it('names the earlier ticket for the same customer (written another way), and goes for another customer or on Keep as a New Ticket', async () => {
    const { composer } = await api();
    await vscode.commands.executeCommand('cePlaybook.composeTicket', { templateId: CONTEXT, values: { 'customer-name': 'ACME corp.' } });
    const page = composer.pages.get(CONTEXT)!;
    await untilReady(page);
    const text = await waitFor(() => page.earlierText, 'the sent-before notice');
    assert.match(text, /^You sent a Support Ticket Context for Acme Corp on \w+ \d+ \(0 replies\)\. Follow up in that thread instead\?$/);
    assert.match(page.panel.webview.html, /<section id="earlier" class="earlier-notice" hidden/, 'the page has the notice\'s place, shown by the script');

    await page.handleMessage({ type: 'change', values: { 'customer-name': 'Globex' } });
    assert.equal(page.earlierText, undefined, 'another customer: no notice');
    await page.handleMessage({ type: 'change', values: { 'customer-name': 'Acme Corp' } });
    assert.ok(page.earlierText);
    await page.handleMessage({ type: 'action', action: 'keepNewTicket', values: { 'customer-name': 'Acme Corp' } });
    assert.equal(page.earlierText, undefined, 'Keep as a New Ticket: not mentioned again on this page');
  });

  it('Follow Up in That Thread opens the reply page of that ticket; the composer keeps what was typed', async () => {
    const { composer, reply } = await api();
    await vscode.commands.executeCommand('cePlaybook.composeTicket', { templateId: CONTEXT, values: { 'customer-name': 'Acme Corp', background: 'Still failing.' } });
    const page = composer.pages.get(CONTEXT)!;
    await untilReady(page);
    await waitFor(() => page.earlierText, 'the sent-before notice');
    await page.handleMessage({ type: 'action', action: 'followUpEarlier', values: { 'customer-name': 'Acme Corp', background: 'Still failing.' } });
    const sent = (await sentTickets()).find((t) => t.ts === slack.messages[0].ts)!;
    const replyPage = await waitFor(() => reply.pages.get(`thread:${sent.id}`), 'the reply page of that ticket');
    assert.match(replyPage.panel.webview.html, /A reply in the thread of the Support Ticket Context for Acme Corp/);
    assert.equal(composer.pages.get(CONTEXT)!.panel.title, 'Compose Support Ticket Context', 'the composer page stays a new ticket');
    assert.equal(composer.pages.get(CONTEXT)!.values.background, 'Still failing.', 'nothing typed is lost');
  });
});
