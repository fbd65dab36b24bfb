// The language model tools in an untrusted workspace: registered, and answering from the bundled
// handbook only; the workspace's .ce-playbook/team.yaml (a "partnerships" team, a changed
// marketing sentence) must not reach an assistant either.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, waitFor } from '../integration/support';

const invoke = async (name: string, input: object) => {
  const result = await vscode.lm.invokeTool(name, { input, toolInvocationToken: undefined }, new vscode.CancellationTokenSource().token);
  return result.content.map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : '')).join('');
};

describe('language model tools in an untrusted workspace', () => {
  it('answer from the bundled handbook only', async () => {
    const { store } = await api();
    await waitFor(() => store.status.untrusted, 'the store to report the untrusted workspace');
    assert.ok(vscode.lm.tools.some((t) => t.name === 'cePlaybook_getTeam'), 'the tools are registered');
    const teams = await invoke('cePlaybook_listTeams', {});
    assert.match(teams, /- marketing: Marketing/);
    assert.doesNotMatch(teams, /partnerships/);
    const marketing = await invoke('cePlaybook_getTeam', { teamId: 'marketing' });
    assert.ok(marketing.includes(store.bundled.teams.find((t) => t.id === 'marketing')!.valueToTeam.text), marketing);
    assert.doesNotMatch(marketing, /CEs help marketing tell customer stories|team file/);
    assert.match(await invoke('cePlaybook_search', { query: 'partnerships' }), /^Nothing in the playbook matches "partnerships"/);
  });
});
