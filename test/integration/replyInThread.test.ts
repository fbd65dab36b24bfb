// Replies are replies (issue 20 §3, §2): Follow Up in Thread opens a reply page whose Send posts in
// the ticket's thread and is recorded under the ticket; "the customer is asking me for an update"
// leads to the thread and to the @cs-leadership message. Real pages, real delivery, Slack replaced by
// the stand-in.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { answers, SlackStandIn } from '../support/slackStandIn';
import { readSentTickets, SENT_TICKETS_KEY } from '../../src/features/slack/model/sentTickets';
import type { TicketChoice } from '../../src/features/reply/updateFlow';
import { markdownText } from '../../src/core/render/plainText';
import { api, closeAllEditors, waitFor, untilReady } from './support';

const BOT_TOKEN = 'xoxb-test-token-reply';
const POST = '/api/chat.postMessage';
const CONTEXT = 'support-ticket-context';
const values = (customer: string) => ({ 'customer-name': customer, 'issue-link': 'https://github.com/o/r/issues/20', background: 'Exports time out.' });
const send = (customer: string) => vscode.commands.executeCommand<{ ok: boolean }>('cePlaybook.sendTicket', { confirm: false, templateId: CONTEXT, values: values(customer) });
const setApiUrl = (url: string | undefined) => vscode.workspace.getConfiguration('cePlaybook').update('slack.apiUrl', url, vscode.ConfigurationTarget.Global);
/** The extension's global state (set before the tests): the sent tickets as stored. */
let userState: vscode.Memento;
const sentTickets = () => readSentTickets(userState.get(SENT_TICKETS_KEY));
const ticketOf = (customer: string) => sentTickets().find((t) => t.customer === customer)!;

async function rowOf(customer: string) {
  const { tree } = await api();
  const id = ticketOf(customer).id;
  const node = tree.provider.getChildren({ kind: 'root', root: 'sent' }).find((n) => n.kind === 'sentTicket' && n.sentId === id)!;
  const item = tree.provider.resolveTreeItem(tree.provider.getTreeItem(node), node);
  return { node, description: String(item.description), tooltip: (item.tooltip as vscode.MarkdownString).value };
}

describe('replies are replies, and "any update?" (stand-in Slack)', function () {
  this.timeout(150_000);
  let slack: SlackStandIn;
  let dataFile: vscode.Uri;
  const confirmations: Array<{ message: string; detail: string }> = [];
  const useData = async (yaml: string | undefined) => {
    if (yaml === undefined) await vscode.workspace.fs.delete(dataFile).then(undefined, () => undefined);
    else await vscode.workspace.fs.writeFile(dataFile, new TextEncoder().encode(yaml));
    await (await api()).data.reload();
  };
  /** The reply page Follow Up in Thread opens from the customer's Sent tickets row, ready. */
  const followUp = async (customer: string) => {
    const { reply } = await api();
    await vscode.commands.executeCommand('cePlaybook.followUpInThread', (await rowOf(customer)).node);
    const page = await waitFor(() => reply.pages.get(`thread:${ticketOf(customer).id}`), 'the reply page');
    await untilReady(page);
    return page;
  };

  before(async () => {
    slack = await SlackStandIn.start();
    slack.tokens.add(BOT_TOKEN);
    userState = (await api()).storage.globalState;
    dataFile = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.ce-playbook', 'reply-in-thread.yaml');
    await setApiUrl(slack.apiUrl);
    await vscode.commands.executeCommand('cePlaybook.disconnectSlack');
    assert.deepEqual(await vscode.commands.executeCommand('cePlaybook.connectSlack', { kind: 'botToken', value: BOT_TOKEN }), { ok: true });
    await vscode.commands.executeCommand('cePlaybook.clearSentTickets');
    // The CE reads the confirmation and presses Send; a failure's notification is left unanswered.
    (await api()).answers.script({ send: {
      confirm: async (message, detail, action) => { confirmations.push({ message, detail }); return action; },
      failure: async () => undefined,
    } });
  });
  after(async () => {
    (await api()).answers.reset();
    await closeAllEditors();
    await vscode.commands.executeCommand('cePlaybook.clearSentTickets');
    await useData(undefined);
    await setApiUrl(undefined);
    await vscode.commands.executeCommand('cePlaybook.disconnectSlack');
    await slack.close();
  });

  it('send, support replies, refresh, Follow Up in Thread: a reply page; Send posts in that thread; the row shows "1 follow-up", no new sent ticket', async () => {
    slack.threads.users.set('U0DANA', { name: 'dana', displayName: 'Dana' });
    slack.onMessage = (ticket) => { if (!ticket.threadTs) slack.threads.reply(ticket.ts!, 'U0DANA', 'Looking into it now'); };
    assert.equal((await send('Acme Corp')).ok, true);
    slack.onMessage = undefined;
    const ticket = slack.messages[0];
    await vscode.commands.executeCommand('cePlaybook.refreshTicketStatus');

    const page = await followUp('Acme Corp');
    const html = page.panel.webview.html;
    assert.equal(page.panel.title, 'Reply: Acme Corp');
    assert.match(html, /A reply in the thread of the Support Ticket Context for Acme Corp, sent [^<]*\d{4}[^<]* in #customer-support \(Slack id C\w+\)\./);
    assert.match(html, /<span class="reply-by">Dana<\/span>[\s\S]*<p>Looking into it now<\/p>/, 'the last replies, as read');
    assert.equal((html.match(/<textarea/g) ?? []).length, 1, 'one text area, not the template\'s fields');
    assert.ok(!html.includes('data-field'), 'no template field');

    await page.handleMessage({ type: 'change', text: 'Any update? <!channel>' });
    await page.handleMessage({ type: 'send', text: 'Any update? <!channel>' });
    assert.equal(page.lastStatus?.kind, 'success', JSON.stringify(page.lastStatus));
    const posted = slack.messages.at(-1)!;
    assert.equal(posted.threadTs, ticket.ts, 'a reply in the ticket\'s thread');
    assert.equal(posted.channel, ticket.channel);
    assert.equal(posted.text, 'Any update? &lt;!channel&gt;', 'typed text is text: no @channel');
    assert.equal(slack.requestsTo(POST).at(-1)!.headers.authorization, `Bearer ${BOT_TOKEN}`);
    assert.match(confirmations.at(-1)!.message, /^Send this message to the thread of the ticket for Acme Corp sent \d{4}-\d\d-\d\d \d\d:\d\d UTC in #customer-support \(Slack id C\w+\)\?$/, 'the confirmation names the thread');

    assert.equal(sentTickets().length, 1, 'not a new sent ticket');
    assert.match((await rowOf('Acme Corp')).description, /· 1 follow-up · Support Ticket Context · /);
    assert.ok((await rowOf('Acme Corp')).tooltip.includes(`Your follow\\-ups\\:\n\nYou followed up `), 'the tooltip lists the follow-ups');
    assert.ok((await rowOf('Acme Corp')).tooltip.endsWith(markdownText('Any update? <!channel>')), 'as text, escaped');
    assert.equal(page.text, '', 'cleared once Slack has it');
    assert.equal((await api()).reply.pages.draft(`thread:${ticketOf('Acme Corp').id}`), undefined);
  });

  it('a failure keeps the text (autosaved, there again when the page opens again); the next Send posts it once', async () => {
    const { reply } = await api();
    let page = await followUp('Acme Corp');
    slack.script(POST, answers.apiError('not_in_channel'));
    const before = slack.messages.length;
    await page.handleMessage({ type: 'send', text: 'Second follow-up' });
    assert.equal(page.lastStatus?.kind, 'error');
    assert.match(page.lastStatus!.text, /Your text is kept\./);
    assert.equal(slack.messages.length, before);
    assert.equal(reply.pages.draft(page.key), 'Second follow-up');
    page.panel.dispose();
    page = await followUp('Acme Corp');
    assert.equal(page.text, 'Second follow-up', 'the draft, per thread');
    await page.handleMessage({ type: 'send', text: page.text });
    assert.equal(page.lastStatus?.kind, 'success');
    assert.equal(slack.messages.length, before + 1, 'posted once');
    assert.match((await rowOf('Acme Corp')).description, /· 2 follow-ups · /);
  });

  it('nothing carries into the next ticket: a ticket for Globex goes to the channel, and its reply page is its own', async () => {
    const { reply } = await api();
    const acme = await followUp('Acme Corp');
    await acme.handleMessage({ type: 'change', text: 'For Acme only' });
    assert.equal((await send('Globex')).ok, true);
    assert.equal(slack.messages.at(-1)!.threadTs, undefined, 'a new message in the channel');
    const globex = await followUp('Globex');
    assert.notEqual(globex, acme);
    assert.equal(globex.text, '', 'nothing typed for Acme');
    await globex.handleMessage({ type: 'send', text: 'Globex follow-up' });
    assert.equal(slack.messages.at(-1)!.threadTs, slack.messages.find((m) => /Globex/.test(JSON.stringify(m.blocks)))!.ts, 'in Globex\'s own thread');
    // Autosave is debounced: wait for Acme's draft, then it must be Acme's text (not Globex's, not gone).
    assert.equal(await waitFor(() => reply.pages.draft(acme.key), 'Acme\'s autosaved draft'), 'For Acme only', 'Acme\'s text stays with Acme\'s thread');
  });

  it('"any update?" → @cs-leadership in #customer-support, the context prefilled; <!subteam^ID> when the data gives the id, else by name and the page says why', async () => {
    const { reply, answers: scripted } = await api();
    await closeAllEditors();
    await useData('userGroups:\n  - id: cs-leadership\n    slackId: S0CSLEAD1\n');
    let shown: { heading: string; detail: string; actions: string[] } | undefined;
    let offered: TicketChoice[] = [];
    scripted.script({ update: {
      pickTicket: async (_title, choices) => { offered = choices; return choices.find((c) => c.ticket?.customer === 'Acme Corp'); },
      chooseAction: async (heading, detail, actions) => { shown = { heading, detail, actions }; return actions.find((a) => a.includes('@cs-leadership')); },
    } });
    const countBefore = sentTickets().length;
    assert.equal(await vscode.commands.executeCommand('cePlaybook.askForUpdate', { customer: 'ACME corp.', stepId: 'more-help' }), 'message');
    assert.deepEqual(offered.map((c) => c.ticket?.customer), ['Acme Corp', undefined], 'the customer\'s tickets (normalised name), then "None of these"');
    assert.match(offered[0].description!, /1 reply/);
    assert.match(offered[0].detail!, /Last reply, Dana: Looking into it now/);
    assert.deepEqual(shown!.actions, ['Ask @cs-leadership in #customer-support…', 'Reply in the Thread to the Support Engineer…']);
    assert.ok(shown!.detail.includes('If additional assistance is needed, the CE should reach out to @cs-leadership for additional guidance in the #customer-support channel, sharing context around the situation and the specific request.'), 'the handbook\'s words');

    const key = `channel:customer-support:${ticketOf('Acme Corp').id}`;
    let page = await waitFor(() => reply.pages.get(key), 'the message page');
    await untilReady(page);
    assert.match(page.panel.webview.html, /@cs-leadership is mentioned as the user group \(Slack id S0CSLEAD1\), so Slack notifies its members\./);
    assert.match(page.text, /^@cs-leadership Acme Corp is asking me for an update/);
    assert.ok(page.text.includes(ticketOf('Acme Corp').link!), 'a link to the ticket\'s thread');
    assert.match(page.text, /What I asked in the thread so far:\n• .*: Any update\? <!channel>/);
    await page.handleMessage({ type: 'send', text: page.text });
    assert.equal(page.lastStatus?.kind, 'success', JSON.stringify(page.lastStatus));
    let posted = slack.messages.at(-1)!;
    assert.equal(posted.threadTs, undefined, 'a message in the channel, not in a thread');
    assert.match(posted.text!, /^<!subteam\^S0CSLEAD1\|@cs-leadership> Acme Corp is asking me for an update/);
    assert.ok(posted.text!.includes('Any update? &lt;!channel&gt;'), 'the rest stays text');
    assert.match(confirmations.at(-1)!.message, /^Send this message to #customer-support\?/);
    assert.equal(sentTickets().length, countBefore, 'no new sent ticket');
    assert.match((await rowOf('Acme Corp')).description, /· 2 follow-ups · 1 message about it · /);

    await useData(undefined);
    page.panel.dispose();
    page = reply.pages.openChannel({ channelId: 'customer-support', userGroupId: 'cs-leadership', sentId: ticketOf('Acme Corp').id })!;
    await untilReady(page);
    assert.match(page.panel.webview.html, /@cs-leadership is written as its name only: Slack notifies a user group only by its Slack id/);
    await page.handleMessage({ type: 'send', text: page.text });
    posted = slack.messages.at(-1)!;
    assert.match(posted.text!, /^@cs-leadership Acme Corp/);
  });

  it('the row action on a sent ticket goes straight to the steps, without asking which ticket', async () => {
    const { reply, answers: scripted } = await api();
    let picked = false;
    scripted.script({ update: { pickTicket: async () => { picked = true; return undefined; }, chooseAction: async (_h, _d, actions) => actions.find((a) => a.startsWith('Reply')) } });
    assert.equal(await vscode.commands.executeCommand('cePlaybook.askForUpdate', (await rowOf('Globex')).node), 'reply');
    assert.equal(picked, false);
    assert.ok(reply.pages.get(`thread:${ticketOf('Globex').id}`), 'the reply page of Globex\'s ticket');
  });

  it('a page open at a window reload comes back from the state its script kept, with its text; a state that is not one closes', async () => {
    const { reply } = await api();
    const acme = await followUp('Acme Corp');
    await acme.handleMessage({ type: 'change', text: 'Typed before the reload' });
    await acme.saved;
    const state = JSON.parse(/data-state="([^"]*)"/.exec(acme.panel.webview.html)![1].replace(/&quot;/g, '"'));
    assert.deepEqual(state, { kind: 'thread', sentId: ticketOf('Acme Corp').id });
    acme.panel.dispose();
    // What VS Code does after a reload: a new panel of the page's view type, and the state.
    const panel = vscode.window.createWebviewPanel('cePlaybook.reply', 'Reply', vscode.ViewColumn.Active);
    reply.pages.deserializeWebviewPanel(panel, state);
    const restored = reply.pages.get(`thread:${ticketOf('Acme Corp').id}`)!;
    assert.equal(restored.panel, panel);
    assert.equal(restored.text, 'Typed before the reload');
    assert.match(panel.webview.html, /A reply in the thread of the Support Ticket Context for Acme Corp/);
    await untilReady(restored);

    let closed = false;
    const other = vscode.window.createWebviewPanel('cePlaybook.reply', 'Reply', vscode.ViewColumn.Active);
    other.onDidDispose(() => { closed = true; });
    reply.pages.deserializeWebviewPanel(other, { kind: 'thread', sentId: 'no-such-ticket' });
    assert.equal(closed, true, 'a ticket no longer listed');
    const third = vscode.window.createWebviewPanel('cePlaybook.reply', 'Reply', vscode.ViewColumn.Active);
    let thirdClosed = false;
    third.onDidDispose(() => { thirdClosed = true; });
    reply.pages.deserializeWebviewPanel(third, { kind: 'thread', sentId: 42 });
    assert.equal(thirdClosed, true, 'not a state of this page');
  });
});
