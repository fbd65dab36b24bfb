// Fields that follow the situation, through the real extension: the README's worked example as a
// team's .ce-playbook file; the composer hides the conditional field, keeps what was typed in it and
// does not send it (stand-in Slack); the draft check warns about it only when it applies; a condition
// naming an unknown field is a positioned problem and the last good data stays.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { SlackStandIn } from '../support/slackStandIn';
import { api, closeAllEditors, editorWith, waitFor, untilReady } from './support';

const REQUEST = 'support-ticket-request';
const BOT_TOKEN = 'xoxb-test-token-conditions';
const TIME_LABEL = 'Is there a time consideration we need to be aware of, if so what is it and why?';
// Compiled to out/test/integration: the repository is three levels up.
const EXAMPLE = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'workspace-conditions', '.ce-playbook', 'our-team.yaml'));
const filled = (timeSensitive: string) => ({
  'customer-name': 'Acme', 'issue-link': 'ZD-7', severity: 'P1', ask: 'Raise the limit', why: 'Launch', 'if-not': 'Churn',
  'time-sensitive': timeSensitive, 'time-consideration': 'Typed before the answer changed',
});
const setApiUrl = (url: string | undefined) => vscode.workspace.getConfiguration('cePlaybook').update('slack.apiUrl', url, vscode.ConfigurationTarget.Global);

describe('fields that follow the situation (a team file, real extension host)', function () {
  this.timeout(90_000);
  let slack: SlackStandIn;
  let dataFile: vscode.Uri;

  before(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the integration run opens a workspace folder');
    dataFile = vscode.Uri.joinPath(folder.uri, '.ce-playbook', 'field-conditions.yaml');
    await vscode.workspace.fs.writeFile(dataFile, EXAMPLE);
    const { data, store } = await api();
    await data.reload();
    await waitFor(() => store.current.template(REQUEST)?.fields.some((f) => f.id === 'time-sensitive'), 'the team file to load');
    slack = await SlackStandIn.start();
    slack.tokens.add(BOT_TOKEN);
    await setApiUrl(slack.apiUrl);
    assert.deepEqual(await vscode.commands.executeCommand('cePlaybook.connectSlack', { kind: 'botToken', value: BOT_TOKEN }), { ok: true });
    // The Send confirmation is a modal: the CE presses Send.
    (await api()).answers.script({ send: { confirm: async (_message, _detail, action) => action } });
  });
  after(async () => {
    (await api()).answers.reset();
    await closeAllEditors();
    await vscode.commands.executeCommand('cePlaybook.clearSentTickets');
    await vscode.commands.executeCommand('cePlaybook.disconnectSlack');
    await setApiUrl(undefined);
    await slack?.close();
    const { data, templates } = await api();
    await templates.fillDeps.drafts.clear(REQUEST);
    await vscode.workspace.fs.delete(dataFile).then(undefined, () => undefined);
    await data.reload();
  });

  it('the composer hides the field until it applies, keeps its text while hidden, and Send leaves it out', async () => {
    const { composer, templates } = await api();
    await templates.fillDeps.drafts.clear(REQUEST);
    await vscode.commands.executeCommand('cePlaybook.composeTicket', { templateId: REQUEST });
    const page = composer.pages.get(REQUEST)!;
    await untilReady(page);
    const html = page.panel.webview.html;
    assert.match(html, /data-field-id="time-consideration"[^>]* hidden>/, 'hidden while "Is there a time consideration?" has no answer');
    assert.match(html, /<option value="P3" selected>P3 — Degraded, or a workaround exists<\/option>/, 'the severity starts on the team\'s default, with its meaning');

    await page.handleMessage({ type: 'change', values: filled('No') });
    const draft = await waitFor(() => {
      const saved = templates.fillDeps.drafts.get(REQUEST);
      return saved?.values['time-sensitive'] === 'No' ? saved : undefined;
    }, 'the autosave');
    assert.equal(draft.values['time-consideration'], 'Typed before the answer changed', 'nothing typed is lost');

    await page.handleMessage({ type: 'action', action: 'send', values: filled('No') });
    assert.equal(page.lastStatus?.kind, 'success', JSON.stringify(page.lastStatus));
    const [message] = await waitFor(() => (slack.messages.length ? slack.messages : undefined), 'the message at the stand-in Slack', 20_000);
    const sent = JSON.stringify(message.blocks);
    assert.ok(!sent.includes('Typed before the answer changed') && !sent.includes(TIME_LABEL.slice(0, 40)), 'the hidden field is not sent');
    assert.ok(sent.includes('*Severity*\\nP1') && sent.includes('*Is there a time consideration?*\\nNo'), sent);
  });

  it('the draft check warns about the conditional field only while it applies', async () => {
    const draft = (answer: string) => [
      '**Support Ticket Request**', '- **Customer Name:** Acme', '- **Link to issue (Slack / Github issue / ZD ticket #):** ZD-1', '- **Severity:** P2',
      '- **What’s the ask:** a', '- **Why are we making this ask:** b', '- **What happens if we don’t take this desired action:** c',
      `- **Is there a time consideration?:** ${answer}`, `- **${TIME_LABEL}:**`, '',
    ].join('\n');
    const editor = await editorWith(draft('Yes'));
    const warnings = await waitFor(() => { const d = vscode.languages.getDiagnostics(editor.document.uri); return d.length ? d : undefined; }, 'the warning on the conditional field');
    assert.deepEqual(warnings.map((d) => d.range.start.line), [8]);
    await editor.edit((edit) => edit.replace(new vscode.Range(7, 0, 7, 200), '- **Is there a time consideration?:** No'));
    await waitFor(() => vscode.languages.getDiagnostics(editor.document.uri).length === 0, 'no warning once the field does not apply');
  });

  it('a condition on a field the template does not have: a problem at its line, the last good version stays', async () => {
    const { store } = await api();
    const broken = EXAMPLE.toString('utf8').replace('field: time-sensitive, equals', 'field: time-sensitiv, equals');
    await vscode.workspace.fs.writeFile(dataFile, new TextEncoder().encode(broken));
    const diagnostics = await waitFor(() => { const d = vscode.languages.getDiagnostics(dataFile); return d.length ? d : undefined; }, 'the problem in the team file', 10_000);
    const line = broken.split('\n').findIndex((l) => l.includes('time-sensitiv,'));
    assert.deepEqual(diagnostics.map((d) => [d.range.start.line, d.source]), [[line, 'CE Playbook']]);
    assert.match(diagnostics[0].message, /depends on "time-sensitiv", which is not a field of this template/);
    assert.deepEqual(store.current.template(REQUEST)!.fields.find((f) => f.id === 'time-consideration')!.when, { field: 'time-sensitive', equals: 'Yes' }, 'the last good version stays');
    await vscode.workspace.fs.writeFile(dataFile, EXAMPLE);
    await waitFor(() => vscode.languages.getDiagnostics(dataFile).length === 0, 'the fix to clear the problem', 10_000);
  });
});
