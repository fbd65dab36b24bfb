// Send to Slack in the real extension host, against the Slack stand-in (test/support/slackStandIn.ts):
// each delivery mode, Slack's failures, cancelling, and no secret left behind in any file.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { answers, closedPort, SlackStandIn } from '../support/slackStandIn';
import { api, deliveryChunk, sentTickets, waitFor } from './support';

// Made-up values that do not look like real Slack credentials.
const BOT_TOKEN = 'xoxb-test-token-standin';
const POST = '/api/chat.postMessage';
const CONTEXT = 'support-ticket-context';
const values = (customer = 'Acme & <Sons>') => ({ 'customer-name': customer, 'issue-link': 'https://github.com/o/r/issues/1', background: 'Deploy fails since Monday.' });

type SendResult = { ok: true; link?: string } | { ok: false; error: string; kind?: string };
const send = (args: Record<string, unknown>) => vscode.commands.executeCommand<SendResult>('cePlaybook.sendTicket', { confirm: false, ...args });
const connect = (kind: string, value: string, templateId?: string) => vscode.commands.executeCommand<{ ok: boolean; error?: string }>('cePlaybook.connectSlack', { kind, value, templateId });
const setApiUrl = (url: string | undefined) => vscode.workspace.getConfiguration('cePlaybook').update('slack.apiUrl', url, vscode.ConfigurationTarget.Global);
const enc = (s: string) => new TextEncoder().encode(s);

describe('Send to Slack (stand-in Slack, real extension host)', function () {
  this.timeout(90_000);
  let slack: SlackStandIn;
  let dataFile: vscode.Uri;
  const usedSecrets: string[] = [];

  /** Writes the team data file and reloads (the watcher may miss a file in a new folder). */
  const useDelivery = async (yaml: string) => {
    const { data } = await api();
    await vscode.workspace.fs.writeFile(dataFile, enc(yaml));
    await data.reload();
  };

  before(async () => {
    slack = await SlackStandIn.start();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the integration run opens a workspace folder');
    dataFile = vscode.Uri.joinPath(folder.uri, '.ce-playbook', 'slack-delivery.yaml');
  });
  after(async () => {
    await vscode.commands.executeCommand('cePlaybook.clearSentTickets');
    await slack.close();
    await setApiUrl(undefined);
    await vscode.commands.executeCommand('cePlaybook.disconnectSlack');
    await vscode.workspace.fs.delete(dataFile).then(undefined, () => undefined);
    await (await api()).data.reload();
  });
  beforeEach(async () => {
    slack.reset();
    slack.tokens.add(BOT_TOKEN);
    await setApiUrl(slack.apiUrl);
    // A webhook an earlier test connected for a template would take that template's tickets.
    await vscode.commands.executeCommand('cePlaybook.disconnectSlack');
    assert.deepEqual(await connect('botToken', BOT_TOKEN), { ok: true });
    usedSecrets.push(BOT_TOKEN);
  });

  it('bot token: posts Block Kit to the template channel, links it, clears the draft and records the sent ticket', async () => {
    const { templates, tree } = await api();
    await templates.fillDeps.drafts.set({ templateId: CONTEXT, values: values(), step: 0 });
    const result = await send({ templateId: CONTEXT, values: values() });
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.match(String(result.ok && result.link), /^https:\/\/stand-in\.slack\.com\/archives\//);
    assert.equal(slack.messages.length, 1);
    const message = slack.messages[0];
    assert.equal(slack.requestsTo(POST)[0].body.channel, 'customer-support');
    const blocks = message.blocks as Array<{ type: string; text?: { text: string } }>;
    assert.deepEqual(blocks.map((b) => b.type), ['header', 'section', 'section', 'section', 'context']);
    assert.equal(blocks[0].text!.text, 'Support Ticket Context');
    assert.equal(blocks[1].text!.text, '*Customer Name*\nAcme &amp; &lt;Sons&gt;', 'data is escaped, shown as text');
    assert.equal(templates.fillDeps.drafts.get(CONTEXT), undefined, 'the draft is cleared after ok');
    const newest = (await sentTickets())[0];
    assert.equal(newest.templateId, CONTEXT);
    assert.equal(newest.customer, 'Acme & <Sons>');
    assert.equal(newest.link, result.ok ? result.link : undefined);
    assert.equal(newest.ts, message.ts);
    // The "Sent tickets" node shows it; its row opens it in Slack and can follow up in its thread.
    const sentRoot = { kind: 'root', root: 'sent' } as const;
    assert.ok(tree.provider.getChildren().some((n) => n.kind === 'root' && n.root === 'sent'));
    const row = tree.provider.getChildren(sentRoot)[0];
    assert.deepEqual(row, { kind: 'sentTicket', sentId: newest.id });
    const item = tree.provider.getTreeItem(row);
    assert.equal(item.label, 'Acme & <Sons>');
    assert.match(String(item.description), /^Support Ticket Context · /);
    assert.equal(item.contextValue, 'sentTicketThread');
    assert.deepEqual(item.command && { command: item.command.command, arguments: item.command.arguments }, { command: 'cePlaybook.openSentTicket', arguments: [row] });
    const { reply } = await api();
    await vscode.commands.executeCommand('cePlaybook.followUpInThread', row);
    const page = await waitFor(() => reply.pages.get(`thread:${newest.id}`), 'the reply page');
    assert.deepEqual(page.destination, { kind: 'thread', sentId: newest.id });
    assert.match(page.panel.webview.html, /for Acme &amp; &lt;Sons&gt;, sent /, 'whose ticket, escaped');
    page.panel.dispose();
  });

  it('a send from elsewhere (a failed send\'s Retry) tells the open composer page: sent, and the page is emptied', async () => {
    const { composer } = await api();
    await vscode.commands.executeCommand('cePlaybook.composeTicket', { templateId: CONTEXT, values: values('Retry Corp') });
    const page = await waitFor(() => composer.pages.get(CONTEXT), 'the composer page');
    try {
      assert.equal(page.values['customer-name'], 'Retry Corp');
      // What the notification's Retry runs: the same template and values, already confirmed.
      const result = await send({ templateId: CONTEXT, values: values('Retry Corp'), allowSecrets: true });
      assert.equal(result.ok, true, JSON.stringify(result));
      assert.deepEqual(page.lastStatus, { kind: 'success', text: 'Sent Support Ticket Context to Slack. The draft is cleared.' });
      assert.deepEqual(page.values, {}, 'the page is emptied, as after its own Send');
    } finally {
      page.panel.dispose();
    }
  });

  it('a ticket is never a reply: an old script\'s thread is refused, naming sendMessage, and nothing is posted', async () => {
    const result = await send({ templateId: CONTEXT, values: values('Thread Co'), thread: { channel: 'C0THREAD1', ts: '1700000000.000001' } });
    assert.equal(result.ok, false, JSON.stringify(result));
    assert.ok(!result.ok && result.kind === 'invalidArguments' && /takes no thread.*cePlaybook\.sendMessage/.test(result.error), JSON.stringify(result));
    assert.equal(slack.requestsTo(POST).length, 0);
    assert.equal(slack.messages.length, 0);
  });

  it('429 with Retry-After, then success: exactly one message', async () => {
    slack.script(POST, answers.rateLimited(1));
    const result = await send({ templateId: CONTEXT, values: values() });
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.equal(slack.requestsTo(POST).length, 2);
    assert.equal(slack.messages.length, 1);
  });

  it('5xx beyond the retries: a clear error, the draft kept, nothing posted', async () => {
    const { templates } = await api();
    slack.script(POST, ...Array.from({ length: 6 }, () => answers.serverError(503)));
    const result = await send({ templateId: CONTEXT, values: values('Server Error Inc') });
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.kind, 'server');
    assert.match(!result.ok ? result.error : '', /server error.*Your draft is kept/);
    assert.equal(slack.requestsTo(POST).length, 4, 'the first try and 3 retries');
    assert.equal(slack.messages.length, 0);
    assert.equal(templates.fillDeps.drafts.get(CONTEXT)?.values['customer-name'], 'Server Error Inc');
  });

  it('invalid_auth and channel_not_found are told in words, without retrying', async () => {
    await connect('botToken', 'xoxb-revoked-token');
    usedSecrets.push('xoxb-revoked-token');
    const refused = await send({ templateId: CONTEXT, values: values() });
    assert.equal(!refused.ok && refused.kind, 'invalidAuth');
    assert.match(!refused.ok ? refused.error : '', /Connect Slack/);
    await connect('botToken', BOT_TOKEN);
    slack.script(POST, answers.apiError('channel_not_found'));
    const missing = await send({ templateId: CONTEXT, values: values() });
    assert.equal(!missing.ok && missing.kind, 'channelNotFound');
    assert.match(!missing.ok ? missing.error : '', /#customer-support/);
    slack.script(POST, answers.apiError('not_in_channel'));
    const notIn = await send({ templateId: CONTEXT, values: values() });
    assert.equal(!notIn.ok && notIn.kind, 'notInChannel');
    assert.equal(slack.requestsTo(POST).length, 3);
  });

  it('connection refused: network error, the draft kept', async () => {
    const { templates } = await api();
    await setApiUrl(`http://127.0.0.1:${await closedPort()}/api/`);
    const result = await send({ templateId: CONTEXT, values: values('Offline Ltd') });
    assert.equal(!result.ok && result.kind, 'network');
    assert.equal(templates.fillDeps.drafts.get(CONTEXT)?.values['customer-name'], 'Offline Ltd');
  });

  it('a slow response is cancelled: one request only, never sent again, the draft kept', async () => {
    const { templates } = await api();
    slack.script(POST, answers.hang());
    const sending = send({ templateId: CONTEXT, values: values('Slow Corp') });
    await slack.waitForRequests(POST, 1);
    assert.equal(deliveryChunk().cancelSending(), 1, 'one send in progress');
    const result = await sending;
    assert.equal(!result.ok && result.kind, 'cancelled');
    await waitFor(() => slack.requestsTo(POST)[0].aborted, 'the cancelled request to be closed');
    // Another send goes through: the cancelled one was not retried in between or after.
    assert.equal((await send({ templateId: CONTEXT, values: values('After Corp') })).ok, true);
    assert.equal(slack.requestsTo(POST).length, 2);
    assert.deepEqual(slack.messages.map((m) => (m.blocks as Array<{ text?: { text: string } }>)[1].text?.text), ['*Customer Name*\nAfter Corp']);
    assert.equal(templates.fillDeps.drafts.get(CONTEXT), undefined, 'the later ok send cleared the draft');
  });

  it('not connected, incomplete, or a value that looks like a secret: not sent', async () => {
    await vscode.commands.executeCommand('cePlaybook.disconnectSlack');
    const notConnected = await send({ templateId: CONTEXT, values: values() });
    assert.equal(!notConnected.ok && notConnected.kind, 'notConnected');
    await connect('botToken', BOT_TOKEN);
    const incomplete = await send({ templateId: CONTEXT, values: { 'customer-name': 'Acme' } });
    assert.equal(!incomplete.ok && incomplete.kind, 'incomplete');
    const secret = await send({ templateId: CONTEXT, values: { ...values(), background: 'db password=hunter2hunter2' } });
    assert.equal(!secret.ok && secret.kind, 'declined');
    assert.match(!secret.ok ? secret.error : '', /Background information.*password/);
    assert.equal(slack.requestsTo(POST).length, 0);
  });

  it('workflow webhook: one variable per field, named as the data maps them', async () => {
    await useDelivery(`templates:\n  - id: ${CONTEXT}\n    delivery: { mode: workflowWebhook, variables: { customer-name: customer_name } }\n`);
    const url = slack.workflowWebhookUrl('context');
    assert.deepEqual(await connect('workflowWebhook', url, CONTEXT), { ok: true });
    usedSecrets.push(url);
    const result = await send({ templateId: CONTEXT, values: values() });
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.deepEqual(slack.messages[0].variables, { customer_name: 'Acme & <Sons>', 'issue-link': 'https://github.com/o/r/issues/1', background: 'Deploy fails since Monday.' });
  });

  it('incoming webhook: the Block Kit message to the webhook', async () => {
    await useDelivery(`templates:\n  - id: ${CONTEXT}\n    delivery: { mode: incomingWebhook }\n`);
    const url = slack.incomingWebhookUrl('all');
    assert.deepEqual(await connect('incomingWebhook', url), { ok: true });
    usedSecrets.push(url);
    const result = await send({ templateId: CONTEXT, values: values() });
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.equal(slack.messages[0].via, 'incomingWebhook');
    assert.equal((slack.messages[0].blocks as unknown[]).length, 5);
    await vscode.workspace.fs.delete(dataFile);
    await (await api()).data.reload();
  });

  it('refuses plain-http webhooks, a token in a data file, and a webhook URL in the API URL setting', async () => {
    const http = await connect('incomingWebhook', 'http://example.com/services/T0/B0/x');
    assert.equal(http.ok, false);
    await vscode.workspace.fs.writeFile(dataFile, enc(`templates:\n  - id: ${CONTEXT}\n    description: "token xoxb-made-up-value-here"\n`));
    const diagnostics = await waitFor(() => { const d = vscode.languages.getDiagnostics(dataFile); return d.length ? d : undefined; }, 'a diagnostic on the data file');
    assert.match(diagnostics[0].message, /Slack token.*Connect Slack/);
    assert.equal(diagnostics[0].range.start.line, 2);
    await vscode.workspace.fs.delete(dataFile);
    await (await api()).data.reload();
    await setApiUrl('https://hooks.slack.com/services/T0/B0/madeup');
    const result = await send({ templateId: CONTEXT, values: values() });
    assert.equal(!result.ok && result.kind, 'invalidUrl');
    assert.equal(slack.requests.length, 0);
  });

  it('Clear Sent Tickets empties the list and the tree drops the node', async () => {
    const { tree } = await api();
    assert.ok(tree.provider.getChildren().some((n) => n.kind === 'root' && n.root === 'sent'), 'earlier tests sent tickets');
    await vscode.commands.executeCommand('cePlaybook.clearSentTickets');
    assert.deepEqual(await sentTickets(), []);
    assert.ok(!tree.provider.getChildren().some((n) => n.kind === 'root' && n.root === 'sent'));
  });

  it('leaves no secret in any file under the user data and extension storage folders', async () => {
    const storagePaths = (await api()).storage;
    // globalStorage is <user data>/User/globalStorage/<extension>: scan the whole user data folder.
    const userData = path.resolve(storagePaths.globalStorage, '..', '..', '..');
    const extensionFolders = [storagePaths.globalStorage, storagePaths.workspaceStorage, storagePaths.log].filter((p): p is string => !!p);
    const candidates = [...new Set([userData, ...extensionFolders.map((p) => path.dirname(p))])].filter((p) => fs.existsSync(p));
    // Each file once: leave out folders inside another one scanned.
    const roots = candidates.filter((p) => !candidates.some((other) => other !== p && p.startsWith(other + path.sep)));
    assert.ok(roots.length > 0, 'there are folders to scan');
    const scan = (needles: string[]) => {
      const hits: string[] = [];
      for (const root of roots) {
        for (const name of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          const file = path.join(root, name);
          let content: Buffer;
          try { if (!fs.statSync(file).isFile() || fs.statSync(file).size > 50_000_000) continue; content = fs.readFileSync(file); } catch { continue; }
          for (const needle of needles) if (content.includes(needle) || content.includes(Buffer.from(needle, 'utf16le'))) hits.push(`${needle.slice(0, 8)}… in ${file}`);
        }
      }
      return hits;
    };
    // The scan can fail: a canary written into the extension's storage is found.
    const canary = vscode.Uri.joinPath(vscode.Uri.file(storagePaths.globalStorage), 'canary.txt');
    await vscode.workspace.fs.createDirectory(vscode.Uri.file(storagePaths.globalStorage));
    await vscode.workspace.fs.writeFile(canary, enc('canary-not-a-secret-41'));
    assert.equal(scan(['canary-not-a-secret-41']).length, 1);
    await vscode.workspace.fs.delete(canary);
    assert.ok(usedSecrets.length >= 3);
    assert.deepEqual(scan([...new Set(usedSecrets)]), []);
  });
});
