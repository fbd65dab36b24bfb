// A ticket goes only where the CE saw it go (real extension host, Slack stand-in): the webhook the CE
// connected for a template is used and named, the confirmation names the channel, the Slack id and
// the data file that remapped it, Retry asks again when the data changed the destination, an answer
// that is not Slack's "ok" is a failure, and a workspace's cePlaybook.slack.apiUrl is never used.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { answers, SlackStandIn } from '../support/slackStandIn';
import { api, sentTickets, waitFor } from './support';

// Made-up values that do not look like real Slack credentials.
const BOT_TOKEN = 'xoxb-test-token-destination';
const POST = '/api/chat.postMessage';
const CONTEXT = 'support-ticket-context';
const values = (customer: string) => ({ 'customer-name': customer, 'issue-link': 'https://github.com/o/r/issues/1', background: 'Deploy fails since Monday.' });
const remapSlackId = (slackId: string) => `channels:\n  - id: customer-support\n    slackId: ${slackId}\n`;

type SendResult = { ok: true; link?: string } | { ok: false; error: string; kind?: string };
const send = (args: Record<string, unknown>) => vscode.commands.executeCommand<SendResult>('cePlaybook.sendTicket', args);
const connect = (kind: string, value: string, templateId?: string) => vscode.commands.executeCommand<{ ok: boolean; error?: string }>('cePlaybook.connectSlack', { kind, value, templateId });
const config = () => vscode.workspace.getConfiguration('cePlaybook');
const enc = (s: string) => new TextEncoder().encode(s);

interface Asked { message: string; detail: string }

describe('Send to Slack goes only where the CE saw it go (stand-in Slack)', function () {
  this.timeout(90_000);
  let slack: SlackStandIn;
  let folder: vscode.Uri;
  let dataFile: vscode.Uri;
  /** Every confirmation asked, answered "Send" unless a test says otherwise. */
  let asked: Asked[];

  const useData = async (yaml: string | undefined) => {
    if (yaml === undefined) await vscode.workspace.fs.delete(dataFile).then(undefined, () => undefined);
    else await vscode.workspace.fs.writeFile(dataFile, enc(yaml));
    await (await api()).data.reload();
  };

  before(async () => {
    slack = await SlackStandIn.start();
    folder = vscode.workspace.workspaceFolders![0].uri;
    dataFile = vscode.Uri.joinPath(folder, '.ce-playbook', 'slack-destination.yaml');
    await connect('botToken', BOT_TOKEN); // loads the delivery chunk
  });
  after(async () => {
    (await api()).answers.reset();
    await config().update('slack.apiUrl', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('cePlaybook.disconnectSlack');
    await vscode.commands.executeCommand('cePlaybook.clearSentTickets');
    await useData(undefined);
    await slack.close();
  });
  beforeEach(async () => {
    slack.reset();
    slack.tokens.add(BOT_TOKEN);
    asked = [];
    (await api()).answers.script({ send: {
      confirm: async (message, detail, action) => { asked.push({ message, detail }); return action; },
      failure: async () => undefined,
    } });
    await vscode.commands.executeCommand('cePlaybook.disconnectSlack');
    await config().update('slack.apiUrl', slack.apiUrl, vscode.ConfigurationTarget.Global);
    assert.deepEqual(await connect('botToken', BOT_TOKEN), { ok: true });
  });
  afterEach(async () => { await useData(undefined); });

  it('a workflow webhook connected for the template starts that workflow, and "Goes to" and the confirmation say so', async () => {
    const url = slack.workflowWebhookUrl('context-workflow');
    assert.deepEqual(await connect('workflowWebhook', url, CONTEXT), { ok: true });
    const result = await send({ templateId: CONTEXT, values: values('Webhook Co') });
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.deepEqual(slack.requests.map((r) => r.endpoint), ['workflowWebhook'], 'the connected workflow, not the bot token');
    assert.equal(slack.messages[0].path, new URL(url).pathname);
    assert.equal(asked.length, 1);
    assert.equal(asked[0].message, 'Send Support Ticket Context to the Slack workflow connected for Support Ticket Context?');
    assert.match(asked[0].detail, /You connected this webhook for Support Ticket Context \(Connect Slack…\): it takes the place of the data's delivery by the bot token\./);
    const { composer } = await api();
    await vscode.commands.executeCommand('cePlaybook.composeTicket', { templateId: CONTEXT });
    const page = await waitFor(() => composer.pages.get(CONTEXT), 'the composer page');
    try {
      assert.match(page.panel.webview.html, /Goes to the Slack workflow connected for Support Ticket Context/);
    } finally {
      page.panel.dispose();
    }
  });

  it('the confirmation names the channel, the Slack id actually used and the data file that remapped it', async () => {
    await useData(remapSlackId('C0REMAP123'));
    const result = await send({ templateId: CONTEXT, values: values('Remap Co') });
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.equal(slack.requestsTo(POST)[0].body.channel, 'C0REMAP123');
    assert.equal(asked[0].message, 'Send Support Ticket Context to #customer-support (Slack id C0REMAP123)?');
    assert.match(asked[0].detail, /^Slack id C0REMAP123 is set by \S*slack-destination\.yaml; the bundled handbook has none\./);
    assert.match(asked[0].detail, new RegExp(`Sent through 127\\.0\\.0\\.1:${new URL(slack.url).port} \\(setting cePlaybook\\.slack\\.apiUrl\\)`));
  });

  it('Retry after a data reload that changed the destination asks again; an unchanged one does not', async () => {
    let retry!: () => void;
    const failures: string[] = [];
    (await api()).answers.script({ send: { failure: (message, ...actions) => {
      failures.push(message);
      return new Promise((resolve) => { retry = () => resolve(actions.find((a) => a === 'Retry')); });
    } } });
    slack.script(POST, answers.apiError('channel_not_found'));
    const first = await send({ templateId: CONTEXT, values: values('Retry Co') });
    assert.equal(!first.ok && first.kind, 'channelNotFound');
    assert.equal(asked.length, 1);
    await useData(remapSlackId('C0MOVED456'));
    retry();
    await waitFor(() => slack.messages.length === 1, 'the retried ticket');
    assert.equal(asked.length, 2, 'asked again');
    assert.match(asked[1].detail, /^Where it goes or what it says changed since you confirmed it: check it again\./);
    assert.equal(asked[1].message, 'Send Support Ticket Context to #customer-support (Slack id C0MOVED456)?');
    assert.equal(slack.messages[0].channel, 'C0MOVED456');
    // Same data: the Retry sends what was confirmed without asking.
    slack.script(POST, answers.apiError('not_in_channel'));
    const second = await send({ templateId: CONTEXT, values: values('Retry Again Co') });
    assert.equal(!second.ok && second.kind, 'notInChannel');
    assert.equal(asked.length, 3);
    retry();
    await waitFor(() => slack.messages.length === 2, 'the second retried ticket');
    assert.equal(asked.length, 3, 'not asked again');
  });

  it('an HTML login page with status 200 is no success: a clear failure, the draft kept', async () => {
    const { templates } = await api();
    slack.script(POST, answers.htmlPage());
    const result = await send({ templateId: CONTEXT, values: values('Proxy Co'), confirm: false });
    assert.equal(!result.ok && result.kind, 'notSlack');
    assert.match(!result.ok ? result.error : '', /Slack's "ok" did not come back; a web page .* came instead.*Your draft is kept\./);
    assert.equal(templates.fillDeps.drafts.get(CONTEXT)?.values['customer-name'], 'Proxy Co');
    assert.equal((await sentTickets()).some((t) => t.customer === 'Proxy Co'), false);
  });

  it('a workspace\'s cePlaybook.slack.apiUrl is never used, even in a trusted workspace', async () => {
    assert.equal(vscode.workspace.isTrusted, true);
    const other = await SlackStandIn.start();
    other.tokens.add(BOT_TOKEN);
    const settings = vscode.Uri.joinPath(folder, '.vscode', 'settings.json');
    try {
      // templateFormat (a window setting) shows when VS Code has read the file.
      await vscode.workspace.fs.writeFile(settings, enc(JSON.stringify({ 'cePlaybook.slack.apiUrl': other.apiUrl, 'cePlaybook.templateFormat': 'plain' })));
      await waitFor(() => config().get('templateFormat') === 'plain', 'the workspace settings to be read');
      const result = await send({ templateId: CONTEXT, values: values('Settings Co'), confirm: false });
      assert.equal(result.ok, true, JSON.stringify(result));
      assert.equal(other.requests.length, 0, 'the token never went to the workspace\'s address');
      assert.equal(slack.requestsTo(POST).length, 1);
    } finally {
      await vscode.workspace.fs.delete(settings);
      await waitFor(() => config().get('templateFormat') === 'markdown', 'the workspace settings to be gone');
      await other.close();
    }
  });
});
