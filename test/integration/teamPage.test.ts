import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAllEditors, editorWith, waitFor, untilReady, WEBVIEW_READY_MS } from './support';

describe('team intersection teamPages (real webviews)', function () {
  this.timeout(90_000);
  afterEach(closeAllEditors);

  it('opens a page for each team with its content, and the webview says ready', async function () {
    const { teamPages, store } = await api();
    // Each webview may take its own while to load on a busy machine (see WEBVIEW_READY_MS).
    this.timeout(store.current.handbook.teams.length * WEBVIEW_READY_MS);
    for (const team of store.current.handbook.teams) {
      const opened = await vscode.commands.executeCommand<string>('cePlaybook.openIntersection', { kind: 'team', teamId: team.id });
      assert.equal(opened, team.id);
      const page = teamPages.get(team.id)!;
      assert.ok(page, `no page for ${team.id}`);
      assert.equal(page.panel.title, team.name);
      assert.equal(page.panel.viewType, 'cePlaybook.intersection');
      const html = page.panel.webview.html;
      assert.ok(html.includes(team.valueToTeam.label), `${team.id}: value to team`);
      assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
      await untilReady(page, `${team.id} webview ready`);
    }
    assert.equal(teamPages.openTeams.length, store.current.handbook.teams.length);
  });

  it('a second open reveals the existing page instead of creating one', async () => {
    const { teamPages } = await api();
    await vscode.commands.executeCommand('cePlaybook.openIntersection', { kind: 'team', teamId: 'product' });
    const first = teamPages.get('product')!.panel;
    await vscode.commands.executeCommand('cePlaybook.openIntersection', { kind: 'team', teamId: 'product' });
    assert.equal(teamPages.get('product')!.panel, first);
    assert.deepEqual(teamPages.openTeams, ['product']);
  });

  it('an unknown team gets a message, not a page', async () => {
    const { teamPages } = await api();
    const result = await vscode.commands.executeCommand('cePlaybook.openIntersection', { kind: 'team', teamId: 'no-such-team' });
    assert.equal(result, undefined);
    assert.equal(teamPages.get('no-such-team'), undefined);
  });

  it('button messages run the right commands: copy a channel, insert a template', async () => {
    const { teamPages } = await api();
    const editor = await editorWith('Notes\n');
    await vscode.commands.executeCommand('cePlaybook.openIntersection', { kind: 'team', teamId: 'customer-support' });
    const page = teamPages.get('customer-support')!;
    await untilReady(page);

    await page.handleMessage({ type: 'action', action: 'copyChannel', id: 'cs-leadership' });
    assert.equal(await vscode.env.clipboard.readText(), '@cs-leadership');

    // The page has focus, so the template goes into the editor the user was in before.
    await page.handleMessage({ type: 'action', action: 'insertTemplate', id: 'support-ticket-context' });
    await waitFor(() => editor.document.getText().includes('**Support Ticket Context**'), 'template in the editor');
    assert.ok(editor.document.getText().startsWith('Notes\n'));
  });

  it('does nothing for malformed or unknown messages from the webview', async () => {
    const { teamPages } = await api();
    await vscode.commands.executeCommand('cePlaybook.openIntersection', { kind: 'team', teamId: 'sales' });
    const page = teamPages.get('sales')!;
    await vscode.env.clipboard.writeText('untouched');
    for (const bad of [null, 'x', { type: 'action', action: 'runCommand', id: 'workbench.action.quit' }, { type: 'action', action: 'copyChannel' }, { type: 'action', action: 'copyChannel', id: `ce${' '.repeat(500)}` }]) {
      await page.handleMessage(bad);
    }
    assert.equal(await vscode.env.clipboard.readText(), 'untouched', 'no copy button ran');
    // The same message, well formed, does copy: the guard is what stopped the ones above.
    await page.handleMessage({ type: 'action', action: 'copyChannel', id: 'ce' });
    assert.equal(await vscode.env.clipboard.readText(), '#ce');
  });

  it('re-renders open teamPages in place when the data changes', async () => {
    const { teamPages, store } = await api();
    await vscode.commands.executeCommand('cePlaybook.openIntersection', { kind: 'team', teamId: 'marketing' });
    const page = teamPages.get('marketing')!;
    await untilReady(page);
    const original = store.current.handbook;
    const changed = structuredClone(original);
    changed.teams.find((t) => t.id === 'marketing')!.name = 'Marketing (renamed)';
    const document = page.panel.webview.html;
    try {
      store.replace(changed);
      await waitFor(() => page.panel.title === 'Marketing (renamed)', 'title to follow the data');
      // In place: the content is posted to the page, which is not reloaded (scroll and focus stay).
      assert.equal(page.panel.webview.html, document, 'the page was reloaded instead of updated');
    } finally {
      store.replace(original);
    }
  });
});
