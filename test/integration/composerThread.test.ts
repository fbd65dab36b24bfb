// The composer is only ever a new ticket (issue 19 §1: a ticket goes only where the CE saw it go; a
// reply is the reply page's). Follow Up in Thread opens the reply page (see replyInThread.test.ts),
// never the composer; a `thread` an old script still passes to composeTicket is ignored, so the next
// send is a new message in the channel, never a reply in an earlier customer's thread. Real composer
// pages, real delivery, Slack replaced by the stand-in.
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

describe('composer: every open is a new ticket, never a reply in a thread (stand-in Slack)', function () {
  this.timeout(150_000);
  let slack: SlackStandIn;

  /** The composer page of CONTEXT, ready, opened as the help guide opens it (the customer's name). */
  const composeFor = async (customer: string) => {
    const { composer } = await api();
    await vscode.commands.executeCommand('cePlaybook.composeTicket', { templateId: CONTEXT, values: { 'customer-name': customer } });
    const page = composer.pages.get(CONTEXT)!;
    await untilReady(page);
    return page;
  };
  type Page = Awaited<ReturnType<typeof composeFor>>;
  /** The CE fills in the rest and presses Send (the confirmation is off: a modal cannot be answered here). */
  const pressSend = async (page: Page, customer: string) => {
    await page.handleMessage({ type: 'action', action: 'send', values: values(customer) });
    assert.equal(page.lastStatus?.kind, 'success', JSON.stringify(page.lastStatus));
  };
  /** Sends a ticket for `customer` from the page, then opens the page as an old script did for a reply in its thread (composeTicket's `thread`). */
  const sendThenOldFollowUp = async (customer: string, given?: Record<string, string>) => {
    const page = await composeFor(customer);
    await pressSend(page, customer);
    const sent = slack.messages.at(-1)!;
    await vscode.commands.executeCommand('cePlaybook.composeTicket', { templateId: CONTEXT, thread: { channel: sent.channel!, ts: sent.ts! }, ...(given ? { values: given } : {}) });
    return page;
  };
  /** What the page shows and keeps for a restore is a new ticket of the template. */
  const assertNewTicket = (page: Page, why: string) => {
    assert.equal(page.panel.title, 'Compose Support Ticket Context', why);
    assert.deepEqual(page.state, { templateId: CONTEXT }, `${why}: restored after a reload as a new ticket`);
    assert.ok(!/thread-banner|A reply in the thread|Reply in Thread/.test(page.panel.webview.html), `${why}: no reply banner`);
    assert.match(page.panel.webview.html, /Goes to #customer-support/, `${why}: the template's channel`);
  };

  before(async () => {
    slack = await SlackStandIn.start();
  });
  after(async () => {
    (await api()).answers.reset();
    await closeAllEditors();
    await vscode.commands.executeCommand('cePlaybook.clearSentTickets');
    await slack.close();
    await setApiUrl(undefined);
    await vscode.commands.executeCommand('cePlaybook.disconnectSlack');
  });
  beforeEach(async () => {
    const { composer, templates, answers } = await api();
    await waitFor(async () => { await closeAllEditors(); return composer.pages.openTemplates.length === 0; }, 'the pages of the last test to close');
    await templates.fillDeps.drafts.clear(CONTEXT);
    // The Send confirmation is a modal: the CE presses Send.
    answers.script({ send: { confirm: async (_message, _detail, action) => action } });
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
    assert.ok(row.kind === 'sentTicket' && reply.pages.get(`thread:${row.sentId}`), 'the reply page of that ticket');
    assert.deepEqual(composer.pages.openTemplates, [CONTEXT]);
    assertNewTicket(page, 'the composer page is no reply');
  });

  it('composeTicket with an old script\'s thread, then the help guide for another customer: the same page is a new ticket, posted to the channel without thread_ts', async () => {
    const page = await sendThenOldFollowUp('Acme Corp');
    const first = slack.messages[0];
    assertNewTicket(page, 'a thread given to composeTicket');

    const next = await composeFor('Globex');
    assert.equal(next, page, 'the same page, reused');
    assertNewTicket(page, 'the next customer');
    await pressSend(page, 'Globex');

    assert.equal(slack.messages.length, 2);
    const second = slack.messages[1];
    assert.match(JSON.stringify(second.blocks), /Globex/);
    assert.equal(second.threadTs, undefined, 'a new message, not a reply in Acme Corp\'s thread');
    assert.equal(slack.requestsTo(POST)[1].body.thread_ts, undefined);
    assert.equal(second.channel, first.channel, 'in the template\'s channel');
  });

  it('Send after an open with a thread posts a new ticket, and so does the next one: nothing carries into the next ticket', async () => {
    const page = await sendThenOldFollowUp('Initech', { 'customer-name': 'Initech' });
    const first = slack.messages[0];
    await pressSend(page, 'Initech');
    assert.equal(slack.messages.length, 2);
    assert.equal(slack.messages[1].threadTs, undefined, 'not a reply in the thread the script named');
    assert.equal(slack.messages[1].channel, first.channel);
    assert.deepEqual(page.lastStatus?.text, 'Sent Support Ticket Context to Slack. The draft is cleared.');
    assertNewTicket(page, 'after the send');
    await pressSend(page, 'Umbrella');
    assert.equal(slack.messages[2].threadTs, undefined);
    assert.ok(slack.requestsTo(POST).every((r) => r.body.thread_ts === undefined), 'no request was a reply');
  });
});
