/**
 * The playbook's language model tools in the real extension host: registered under their
 * contributed names, and `vscode.lm.invokeTool` (no model needed) answers from the handbook and the
 * workspace's data files.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { TOOL_DEFINITIONS } from '../../src/features/tools/model/definitions';
import { api, closeAllEditors, EXTENSION_ID, waitFor } from './support';

const textOf = (result: vscode.LanguageModelToolResult) =>
  result.content.map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : '')).join('');
const invoke = async (name: string, input: object) =>
  textOf(await vscode.lm.invokeTool(name, { input, toolInvocationToken: undefined }, new vscode.CancellationTokenSource().token));

describe('language model tools (real extension host)', () => {
  before(api);
  afterEach(closeAllEditors);

  it('every contributed tool is registered under its contributed name, with its schema and tags', () => {
    const contributed: Array<{ name: string; tags: string[] }> = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.languageModelTools;
    // Every tool of the one tool table, none left out and none extra.
    assert.deepEqual(contributed.map((t) => t.name).sort(), TOOL_DEFINITIONS.map((d) => d.lmName).sort());
    for (const tool of contributed) {
      const registered = vscode.lm.tools.find((t) => t.name === tool.name);
      assert.ok(registered, `${tool.name} is in vscode.lm.tools`);
      assert.deepEqual([...registered.tags], tool.tags);
      assert.equal((registered.inputSchema as { type?: string }).type, 'object');
    }
  });

  it('routeHelp: with no support engineer assigned yet, the handbook names the Support Ticket Context and #customer-support', async () => {
    const { store } = await api();
    const step = store.current.procedure('engage-support')!.steps.find((s) => s.id === 'not-yet-assigned')!;
    const text = await invoke('cePlaybook_routeHelp', { answers: { need: 'assigned', assigned: 'give-context' } });
    assert.ok(text.includes(step.text), text);
    assert.match(text, /Template: Support Ticket Context \(support-ticket-context\)/);
    assert.match(text, /Channel: #customer-support/);
    const open = await invoke('cePlaybook_routeHelp', {});
    assert.match(open, /\[assigned\] Has a support engineer already been assigned to the issue\?/);
  });

  it('draftTicket: the Support Ticket Request lists exactly the required fields still empty', async () => {
    const text = await invoke('cePlaybook_draftTicket', { templateId: 'support-ticket-request', values: { 'customer-name': 'Acme', ask: 'Raise the API rate limit', why: 'Their nightly sync fails' } });
    const missing = /Required fields still empty \(\d+\): (.*)\. Ask the user/.exec(text)?.[1];
    assert.equal(missing, 'Link to issue (Slack / Github issue / ZD ticket #) [issue-link]; What happens if we don’t take this desired action [if-not]; Is there a time consideration we need to be aware of, if so what is it and why? [time-consideration]');
    assert.match(text, /^- \*\*Customer Name:\*\* Acme$/m);
  });

  it('search, teams, procedures, templates and the draft checker answer from the handbook', async () => {
    assert.match(await invoke('cePlaybook_search', { query: 'BambooHr' }), /Log time off request in BambooHr/);
    assert.match(await invoke('cePlaybook_listTeams', {}), /- customer-support: Customer Support \(CS\)/);
    assert.match(await invoke('cePlaybook_getTeam', { teamId: 'sales' }), /@ce-sdr-collab/);
    assert.match(await invoke('cePlaybook_getProcedure', { procedureId: 'out-of-office' }), /^3\. Work with their manager to identify a coverage plan$/m);
    assert.match(await invoke('cePlaybook_listTemplates', {}), /support-ticket-context: Support Ticket Context/);
    assert.match(await invoke('cePlaybook_getTemplate', { templateId: 'support-ticket-context' }), /Customer Name \[customer-name; required\]/);
    assert.match(await invoke('cePlaybook_checkDraft', { text: '**Support Ticket Context**\n- **Customer Name:** Acme\n- **Link to issue (slack / GH / ZD ticket #):**\n' }), /2 required field\(s\) still empty: Link to issue \(slack \/ GH \/ ZD ticket #\) \(line 3\); Background information/);
  });

  it('a bad request is an error result for the model, not a failure', async () => {
    assert.match(await invoke('cePlaybook_getTeam', { teamId: 'legal' }), /^Error: The playbook has no team "legal"\. Known ids: sales,/);
    assert.match(await invoke('cePlaybook_search', { query: 'x'.repeat(500) }), /^Error: Invalid input for search: "query": Too big/);
  });

  it('openDraft asks before opening, then opens the draft in an editor', async () => {
    const { lmTools } = await api();
    const prepared = lmTools.prepare('cePlaybook_openDraft', { templateId: 'support-ticket-request' });
    assert.ok(prepared.confirmationMessages, 'openDraft asks for confirmation');
    const message = prepared.confirmationMessages.message;
    assert.match(typeof message === 'string' ? message : message.value, /Support Ticket Request/);
    assert.equal(lmTools.prepare('cePlaybook_search', { query: 'x' }).confirmationMessages, undefined, 'reading tools do not ask');
    const editorMessage = lmTools.prepare('cePlaybook_openDraft', { templateId: 'support-ticket-context', in: 'editor' }).confirmationMessages!.message;
    assert.match(typeof editorMessage === 'string' ? editorMessage : editorMessage.value, /in a new editor/);
    const text = textOf(await lmTools.invoke('cePlaybook_openDraft', { templateId: 'support-ticket-context', values: { 'customer-name': 'Acme' }, in: 'editor' }));
    assert.match(text, /^Opened the draft Support Ticket Context in a new editor/);
    const editor = await waitFor(() => vscode.window.activeTextEditor, 'the draft editor');
    assert.equal(editor.document.getText(), '**Support Ticket Context**\n- **Customer Name:** Acme\n- **Link to issue (slack / GH / ZD ticket #):**\n- **Background information or anything we should know that would be helpful?:**\n');
  });

  it('openDraft opens the ticket composer by default, with the values given', async () => {
    const { lmTools, composer } = await api();
    const message = lmTools.prepare('cePlaybook_openDraft', { templateId: 'support-ticket-request' }).confirmationMessages!.message;
    assert.match(typeof message === 'string' ? message : message.value, /Support Ticket Request in the ticket composer/);
    const text = textOf(await lmTools.invoke('cePlaybook_openDraft', { templateId: 'support-ticket-request', values: { 'customer-name': 'Globex', ask: 'A license extension' } }));
    assert.match(text, /^Opened the draft Support Ticket Request in the ticket composer/);
    const page = await waitFor(() => composer.pages.get('support-ticket-request'), 'the composer page');
    assert.equal(page.values['customer-name'], 'Globex');
    assert.equal(page.values.ask, 'A license extension');
    page.panel.dispose();
  });

  it('the MCP server is offered only from VS Code 1.101 on (1.100 has a preview API that must be left alone)', async () => {
    const { lmTools } = await api();
    const [major, minor] = vscode.version.split('.').map(Number);
    assert.equal(lmTools.mcpOffered, major > 1 || minor >= 101, `VS Code ${vscode.version}`);
  });

  describe('with a team data file', () => {
    let file: vscode.Uri;
    before(async () => {
      const folder = vscode.workspace.workspaceFolders![0];
      file = vscode.Uri.joinPath(folder.uri, '.ce-playbook', 'assistants.yaml');
    });
    after(async () => {
      await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
      await (await api()).data.reload();
    });

    it('the tools see the changed sentence and name the file; a broken save keeps it and reports the problem', async () => {
      const { data } = await api();
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('teams:\n  - id: customer-support\n    valueToCe:\n      text: "Our support team answers CEs within one business day."\n'));
      await data.reload();
      const text = await invoke('cePlaybook_getTeam', { teamId: 'customer-support' });
      assert.match(text, /How CS adds value to CE: Our support team answers CEs within one business day\./);
      assert.match(text, /changed or added by the team file \.ce-playbook\/assistants\.yaml/);

      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('teams:\n  - id: customer-support\n    valueToCe:\n      txet: "typo"\n'));
      await data.reload();
      const stale = await invoke('cePlaybook_getTeam', { teamId: 'customer-support' });
      assert.match(stale, /Our support team answers CEs within one business day\./, 'the last good version stays');
      assert.match(stale, /\.ce-playbook\/assistants\.yaml:4:7: error: .*txet/);
    });
  });
});
