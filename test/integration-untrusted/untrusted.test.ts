// An untrusted workspace ignores its data files. Runs in the second integration run of
// scripts/test-integration.mjs: workspace trust on, the folder not trusted (no startup prompt), and
// the workspace holds .ce-playbook/team.yaml (test/integration-untrusted/workspace/) adding a team
// "partnerships" and changing a sentence of "marketing". A trusted workspace loads that same content
// (test/integration/dataFiles.test.ts); here none of it may show.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAllEditors, waitFor } from '../integration/support';

const OVERRIDDEN_MARKETING = 'CEs help marketing tell customer stories.';

describe('untrusted workspace', () => {
  after(closeAllEditors);

  it('is open and not trusted', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'this run opens the folder untrusted');
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the run opens a workspace folder');
    // The data file is there: ignoring it is the extension's decision, not a missing fixture.
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '.ce-playbook', 'team.yaml'));
    assert.match(new TextDecoder().decode(bytes), /id: partnerships/);
  });

  it('ignores .ce-playbook/team.yaml: no partnerships team, the bundled sentences, status untrusted', async () => {
    const extension = vscode.extensions.getExtension('ce-tools.ce-playbook');
    assert.ok(extension, 'the extension is installed in this host');
    const { store } = await api();
    // Activation starts the first (asynchronous) data load; wait for it to report.
    await waitFor(() => store.status.untrusted, 'the store to report the untrusted workspace', 10_000);
    assert.equal(store.status.untrusted, true);
    assert.equal(store.current.team('partnerships'), undefined);
    assert.deepEqual(store.current.handbook.teams.map((t) => t.id), ['sales', 'customer-support', 'software-engineers', 'product', 'marketing']);
    const marketing = store.current.team('marketing');
    assert.ok(marketing);
    assert.notEqual(marketing.valueToTeam.text, OVERRIDDEN_MARKETING);
    assert.equal(marketing.valueToTeam.text, store.bundled.teams.find((t) => t.id === 'marketing')?.valueToTeam.text);
    assert.equal(store.originOf('teams', 'marketing'), undefined, 'nothing is attributed to the workspace file');
    assert.deepEqual(store.status.stale, []);
    assert.deepEqual(store.status.failed, []);
  });

  it('says so above the tree, and the tree lists only the bundled teams', async () => {
    const { tree } = await api();
    assert.match(String(tree.view.message), /not trusted/);
    const teams = tree.provider.getChildren(tree.provider.getChildren()[0]).map((n) => tree.provider.getTreeItem(n).label);
    assert.deepEqual(teams, ['Sales', 'Customer Support (CS)', 'Software Engineers (SWEs)', 'Product', 'Marketing']);
  });

  it('Reload Data keeps ignoring the file, and the panel carries the same notice', async () => {
    const { store, teamPages } = await api();
    await vscode.commands.executeCommand('cePlaybook.reloadData');
    assert.equal(store.status.untrusted, true);
    assert.equal(store.current.team('partnerships'), undefined);
    await vscode.commands.executeCommand('cePlaybook.openIntersection', { kind: 'team', teamId: 'marketing' });
    const html = teamPages.get('marketing')?.panel.webview.html ?? '';
    assert.match(html, /not trusted/, 'the panel says the workspace data is not loaded');
    assert.ok(!html.includes(OVERRIDDEN_MARKETING), 'the panel shows the bundled sentence, not the file\'s');
  });
});
