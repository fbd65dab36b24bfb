// A reply in a thread ends with its ticket. Follow Up in Thread opens the reply page (see
// replyInThread.test.ts), never the composer; what is left of the composer's thread mode (opened with
// composeTicket's `thread` argument) still ends with its ticket: the next ticket opened on the same
// (reused) page without a thread is a new message in the channel, not a reply in the previous
// customer's thread. Real composer pages, real delivery, Slack replaced by the stand-in.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SlackStandIn } from '../support/slackStandIn';
import { api, closeAllEditors, waitFor, untilReady } from './support';

// Made-up values that do not look like real Slack credentials.
const BOT_TOKEN = 'xoxb-test-token-thread';
const POST = '/api/chat.postMessage';
const CONTEXT = 'support-ticket-context';
const values = (customer: string) => ({ 'customer-name': customer, 'issue-link': 'https://github.com/o/r/issues/7', background: 'Exports time out.' });
const setApiUrl = (url: string | undefined) => vscode.workspace.getConfiguration('cePlaybook').update('slack.apiUrl', url, vscode.ConfigurationTarget.Global);

describe('composer: a reply in a thread ends with its ticket (stand-in Slack)', function () {
  this.timeout(150_000);
  let slack: SlackStandIn;

  /** The composer page of CONTEXT, ready, opened as the help flow opens it (the customer's name). */
  const composeFor = async (customer: string) => {
    const { composer } = await api();
    await vscode.commands.executeCommand('cePlaybook.composeTicket', { templateId: CONTEXT, values: { 'customer-name': customer } });
    const page = composer.panels.get(CONTEXT)!;
    await untilReady(page);
    return page;
  };
  type Page = Awaited<ReturnType<typeof composeFor>>;
  /** The CE fills in the rest and presses Send (the confirmation is off: a modal cannot be answered here). */
  const pressSend = async (page: Page, customer: string) => {
    await page.handleMessage({ type: 'action', action: 'send', values: values(customer) });
    assert.equal(page.lastStatus?.kind, 'success', JSON.stringify(page.lastStatus));
  };
  /** Sends a ticket for `customer` from the page, then opens the page as a reply in its thread (composeTicket's `thread`). */
  const sendThenFollowUp = async (customer: string) => {
    const page = await composeFor(customer);
    await pressSend(page, customer);
    const sent = slack.messages.at(-1)!;
    await vscode.commands.executeCommand('cePlaybook.composeTicket', { templateId: CONTEXT, thread: { channel: sent.channel!, ts: sent.ts! } });
    return page;
  };

  before(async () => {
    slack = await SlackStandIn.start();
  });
  after(async () => {
    (await api()).composer.panels.askBeforeSending = true;
    await closeAllEditors();
    await vscode.commands.executeCommand('cePlaybook.clearSentTickets');
    await slack.close();
    await setApiUrl(undefined);
    await vscode.commands.executeCommand('cePlaybook.disconnectSlack');
  });
  beforeEach(async () => {
    const { composer, templates } = await api();
    await waitFor(async () => { await closeAllEditors(); return composer.panels.openTemplates.length === 0; }, 'the pages of the last test to close');
    await templates.fillDeps.drafts.clear(CONTEXT);
    composer.panels.askBeforeSending = false;
    slack.reset();
    slack.tokens.add(BOT_TOKEN);
    await setApiUrl(slack.apiUrl);
    assert.deepEqual(await vscode.commands.executeCommand('cePlaybook.connectSlack', { kind: 'botToken', value: BOT_TOKEN }), { ok: true });
  });

  it('Follow Up in Thread on a Sent tickets row opens the reply page, not the composer', async () => {
    const { tree, composer, reply } = await api();
    const page = await composeFor('Wayne');
    await pressSend(page, 'Wayne');
    const row = tree.provider.getChildren({ kind: 'root', root: 'sent' })[0];
    await vscode.commands.executeCommand('cePlaybook.followUpInThread', row);
    assert.equal(page.thread, undefined, 'the composer page is no reply');
    assert.deepEqual(composer.panels.openTemplates, [CONTEXT]);
    assert.ok(row.kind === 'sentTicket' && reply.pages.get(`thread:${row.sentId}`), 'the reply page of that ticket');
  });

  it('a reply in a thread (composeTicket with thread), then the help flow for another customer: the same page is a new ticket, posted to the channel without thread_ts', async () => {
    const page = await sendThenFollowUp('Acme Corp');
    const first = slack.messages[0];
    assert.deepEqual(page.thread, { channel: first.channel, ts: first.ts }, 'the page replies in the sent ticket\'s thread');
    assert.equal(page.panel.title, 'Reply in Thread: Support Ticket Context');
    assert.match(page.panel.webview.html, /Send posts this as a reply to the Support Ticket Context ticket for Acme Corp, sent [^<]*\d/);
    assert.ok(page.panel.webview.html.includes('data-action="leaveThread"'), 'the banner offers Send as a New Ticket');

    const next = await composeFor('Globex');
    assert.equal(next, page, 'the same page, reused');
    assert.equal(page.thread, undefined, 'no thread carried over from the follow-up');
    assert.deepEqual(page.state, { templateId: CONTEXT }, 'restored after a reload without the thread');
    assert.equal(page.panel.title, 'Compose Support Ticket Context');
    await pressSend(page, 'Globex');

    assert.equal(slack.messages.length, 2);
    const second = slack.messages[1];
    assert.match(JSON.stringify(second.blocks), /Globex/);
    assert.equal(second.threadTs, undefined, 'a new message, not a reply in Acme Corp\'s thread');
    assert.equal(slack.requestsTo(POST)[1].body.thread_ts, undefined);
    assert.equal(second.channel, first.channel, 'in the template\'s channel');
  });

  it('a reply goes into its thread, and then the page is a new ticket again: the next send is not a reply', async () => {
    const page = await sendThenFollowUp('Initech');
    const first = slack.messages[0];
    await pressSend(page, 'Initech');
    assert.equal(slack.messages[1].threadTs, first.ts, 'the follow-up is in the thread');
    assert.equal(page.thread, undefined, 'thread mode ended with the reply');
    assert.match(page.lastStatus!.text, /as a reply in the thread\. The draft is cleared; this page is a new ticket again\./);
    assert.equal(page.panel.title, 'Compose Support Ticket Context');
    await pressSend(page, 'Umbrella');
    assert.equal(slack.messages[2].threadTs, undefined);
  });

  it('"Send as a New Ticket" in the banner leaves the thread: the values stay, and Send posts a new message', async () => {
    const page = await sendThenFollowUp('Hooli');
    assert.ok(page.thread);
    await page.handleMessage({ type: 'change', values: values('Hooli') });
    await page.handleMessage({ type: 'action', action: 'leaveThread', values: values('Hooli') });
    assert.equal(page.thread, undefined);
    assert.deepEqual(page.state, { templateId: CONTEXT });
    assert.deepEqual(page.values, values('Hooli'), 'what was typed stays');
    assert.deepEqual(page.lastStatus, { kind: 'info', text: 'This page is now a new Support Ticket Context ticket: Send posts it as a new message, not in the thread.' });
    await pressSend(page, 'Hooli');
    assert.equal(slack.messages[1].threadTs, undefined);
  });
});
