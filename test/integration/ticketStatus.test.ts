// A sent ticket's status in the real extension host, against the Slack stand-in: the CE sends with
// the bot token, support replies and reacts in the thread, Refresh Ticket Status, and the row says
// "2 replies · last by … · Picked up"; a missing scope, webhooks and a 429 are told in words.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { answers, SlackStandIn } from '../support/slackStandIn';
import { markdownText } from '../../src/core/render/plainText';
import { api, sentTickets, ticketStatusCache, waitFor } from './support';

const BOT_TOKEN = 'xoxb-test-token-status';
const REPLIES = '/api/conversations.replies';
const CONTEXT = 'support-ticket-context';
const values = (customer: string) => ({ 'customer-name': customer, 'issue-link': 'https://github.com/o/r/issues/1', background: 'Deploy fails since Monday.' });
const send = (customer: string) => vscode.commands.executeCommand<{ ok: boolean }>('cePlaybook.sendTicket', { confirm: false, templateId: CONTEXT, values: values(customer) });
const refresh = () => vscode.commands.executeCommand<{ read: number; skipped: number }>('cePlaybook.refreshTicketStatus');
const connect = (kind: string, value: string, templateId?: string) => vscode.commands.executeCommand<{ ok: boolean }>('cePlaybook.connectSlack', { kind, value, templateId });
const setApiUrl = (url: string | undefined) => vscode.workspace.getConfiguration('cePlaybook').update('slack.apiUrl', url, vscode.ConfigurationTarget.Global);

/** The newest sent ticket's row as VS Code gets it, with its tooltip resolved as on hover. */
async function newestRow() {
  const { tree } = await api();
  const newest = (await sentTickets())[0];
  const node = tree.provider.getChildren({ kind: 'root', root: 'sent' }).find((n) => n.kind === 'sentTicket' && n.sentId === newest.id)!;
  const item = tree.provider.resolveTreeItem(tree.provider.getTreeItem(node), node);
  return { node, item, description: String(item.description), icon: (item.iconPath as vscode.ThemeIcon).id, tooltip: item.tooltip as vscode.MarkdownString };
}

describe('Sent ticket status (stand-in Slack, real extension host)', function () {
  this.timeout(60_000);
  let slack: SlackStandIn;
  let dataFile: vscode.Uri;
  const useData = async (yaml: string | undefined) => {
    if (yaml === undefined) await vscode.workspace.fs.delete(dataFile).then(undefined, () => undefined);
    else await vscode.workspace.fs.writeFile(dataFile, new TextEncoder().encode(yaml));
    await (await api()).data.reload();
  };

  before(async () => {
    slack = await SlackStandIn.start();
    slack.tokens.add(BOT_TOKEN);
    dataFile = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.ce-playbook', 'ticket-status.yaml');
    await setApiUrl(slack.apiUrl);
    await vscode.commands.executeCommand('cePlaybook.disconnectSlack');
    assert.deepEqual(await connect('botToken', BOT_TOKEN), { ok: true });
    await vscode.commands.executeCommand('cePlaybook.clearSentTickets');
  });
  after(async () => {
    await vscode.commands.executeCommand('cePlaybook.clearSentTickets');
    await useData(undefined);
    await setApiUrl(undefined);
    await vscode.commands.executeCommand('cePlaybook.disconnectSlack');
    await slack.close();
  });

  it('send, support replies and reacts in the thread, refresh: the row shows the replies, who replied last and the status', async () => {
    slack.threads.users.set('U0DANA', { name: 'dana', displayName: 'Dana' });
    // Support answers as the ticket lands, so no reading (the window's own, on focus) can come before.
    slack.onMessage = (ticket) => {
      slack.threads.reply(ticket.ts!, 'U0SAM', 'Looking, <@U0DANA> can you check?');
      slack.threads.reply(ticket.ts!, 'U0DANA', '*Fixed* in 5.3 <https://example.com/notes|notes>');
      slack.threads.react(ticket.ts!, 'eyes');
    };
    assert.equal((await send('Acme Corp')).ok, true);
    slack.onMessage = undefined;

    // (A refresh of the window's own, on focus, may have read it first: what counts is the row.)
    await refresh();
    const row = await newestRow();
    assert.match(row.description, /^2 replies · last by Dana \S.* · Picked up · Support Ticket Context · /);
    assert.equal(row.icon, 'eye');
    assert.ok(!row.tooltip.isTrusted, 'the tooltip runs no commands');
    assert.ok(row.tooltip.value.includes(markdownText('Last replies:')));
    assert.ok(row.tooltip.value.includes(`: ${markdownText('Looking, @Dana can you check?')}`), 'user ids as names where users.info knows them');
    assert.ok(row.tooltip.value.includes(`: ${markdownText('Fixed in 5.3 notes (https://example.com/notes)')}`), 'mrkdwn made plain, then escaped: no live link');
    assert.ok(!row.tooltip.value.includes('https://'), 'no autolink can form');
    assert.equal(slack.requestsTo(REPLIES)[0].headers.authorization, `Bearer ${BOT_TOKEN}`);

    // Follow Up in Thread: the reply page shows the same last replies, as text.
    await vscode.commands.executeCommand('cePlaybook.followUpInThread', row.node);
    const { reply } = await api();
    const page = await waitFor(() => reply.pages.get(`thread:${row.node.kind === 'sentTicket' ? row.node.sentId : ''}`), 'the reply page');
    const list = /<ol id="thread-replies"[\s\S]*?<\/ol>/.exec(page.panel.webview.html)?.[0] ?? '';
    assert.match(list, /<span class="reply-by">Dana<\/span>[\s\S]*<p>Fixed in 5\.3 notes \(https:\/\/example\.com\/notes\)<\/p>/);
    assert.ok(!list.includes('<a '), 'no link in it');
    page.panel.dispose();

    // At most once a minute: a second refresh right away asks Slack nothing.
    const asked = slack.requests.length;
    assert.deepEqual(await refresh(), { read: 0, skipped: 1 });
    assert.equal(slack.requests.length, asked);
  });

  it('a team file\'s statusReactions say what the reactions mean (no new reading needed)', async () => {
    await useData(`templates:\n  - id: ${CONTEXT}\n    delivery:\n      statusReactions:\n        eyes: "Looking into it"\n`);
    assert.match((await newestRow()).description, / · Looking into it · Support Ticket Context · /);
    await useData(undefined);
    assert.match((await newestRow()).description, / · Picked up · Support Ticket Context · /);
  });

  it('missing channels:history: the row says so in words, nothing else breaks', async () => {
    slack.threads.scopes = new Set(['chat:write']);
    assert.equal((await send('Globex')).ok, true);
    await refresh();
    const row = await newestRow();
    assert.match(row.description, /^status not available: the app needs channels:history · Support Ticket Context · /);
    assert.equal(row.icon, 'warning');
    slack.threads.scopes = undefined;
    assert.equal((await send('Initech')).ok, true, 'sending still works');
  });

  it('webhook deliveries have no thread: "started the workflow" / "posted by webhook", and Slack is not asked', async () => {
    await useData(`templates:\n  - id: ${CONTEXT}\n    delivery: { mode: workflowWebhook }\n`);
    assert.deepEqual(await connect('workflowWebhook', slack.workflowWebhookUrl('status'), CONTEXT), { ok: true });
    assert.equal((await send('Umbrella')).ok, true);
    assert.match((await newestRow()).description, /^started the workflow · Support Ticket Context · /);
    await vscode.commands.executeCommand('cePlaybook.disconnectSlack');
    await useData(`templates:\n  - id: ${CONTEXT}\n    delivery: { mode: incomingWebhook }\n`);
    assert.deepEqual(await connect('incomingWebhook', slack.incomingWebhookUrl('status')), { ok: true });
    assert.equal((await send('Hooli')).ok, true);
    assert.match((await newestRow()).description, /^posted by webhook · Support Ticket Context · /);
    await useData(undefined);
    await vscode.commands.executeCommand('cePlaybook.disconnectSlack');
    assert.deepEqual(await connect('botToken', BOT_TOKEN), { ok: true });
    assert.equal((await send('Wayne')).ok, true);
    await refresh();
    const botTs = new Set(slack.messages.filter((m) => m.via === 'chat.postMessage').map((m) => m.ts));
    assert.ok(slack.requestsTo(REPLIES).every((r) => botTs.has(r.body.ts as string)), 'only bot-token tickets have threads to read');
    const [sent, ticketStatus] = [await sentTickets(), await ticketStatusCache()];
    assert.equal(ticketStatus.tickets[sent.find((t) => t.customer === 'Wayne')!.id]?.reading?.replyCount, 0, 'a bot-token ticket is read: no replies yet');
    for (const hook of sent.filter((t) => t.mode !== 'botToken')) assert.equal(ticketStatus.tickets[hook.id], undefined, 'no status is made up for a webhook delivery');
    assert.match((await newestRow()).description, /^no replies yet · Support Ticket Context · /);
  });

  it('listSentTickets and ticketStatus (the assistant\'s tools, after the steps above) answer from the same store', async () => {
    const { lmTools } = await api();
    const textOf = (result: vscode.LanguageModelToolResult) => result.content.map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : '')).join('');
    const list = textOf(await lmTools.invoke('cePlaybook_listSentTickets', {}));
    assert.match(list, /Support Ticket Context for Acme Corp, sent .*: 2 replies · last by Dana at .* · Picked up/);
    assert.match(list, /for Umbrella, .*started the workflow/);
    const acme = (await sentTickets()).find((t) => t.customer === 'Acme Corp')!;
    const status = textOf(await lmTools.invoke('cePlaybook_ticketStatus', { sentId: acme.id }));
    assert.match(status, /- Dana at .*: "Fixed in 5\.3 notes \(https:\/\/example\.com\/notes\)"/);
  });

  it('a 429: Retry-After honoured, no request until then, in any window (the wait is kept with the statuses)', async () => {
    // Whichever reading comes first (this refresh, or the window's own on focus) gets the 429.
    slack.script(REPLIES, answers.rateLimited(120));
    const before = slack.requestsTo(REPLIES).length;
    assert.equal((await send('Stark')).ok, true);
    await refresh();
    assert.equal(slack.requestsTo(REPLIES).length, before + 1, 'the 429 stops the reading at once');
    const blockedUntil = (await ticketStatusCache()).blockedUntil!;
    assert.ok(blockedUntil > Date.now() + 100_000, 'about two minutes from now');
    await refresh();
    assert.equal(slack.requestsTo(REPLIES).length, before + 1, 'nothing asked while Slack asks to wait');
    assert.doesNotMatch((await newestRow()).description, /status not available/, 'a 429 is no problem for the row');
  });
});
