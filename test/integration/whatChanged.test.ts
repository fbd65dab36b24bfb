/** "What changed" in the real extension host: data changed since the user last saw it. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAllEditors, untilReady, waitFor } from './support';
import { SEEN_DATA_FILE, SEEN_DIGEST_KEY, seenDataText, seenDigest } from '../../src/features/whatChanged/model/seenText';
import type { Handbook } from '../../src/core/schema/schema';

const enc = (s: string) => new TextEncoder().encode(s);
const rowLabels = async () => {
  const { tree } = await api();
  return tree.provider.getChildren().map((n) => ({ label: tree.provider.getTreeItem(n).label, description: tree.provider.getTreeItem(n).description }));
};
const hasRow = async () => (await rowLabels()).some((r) => r.label === 'What changed');
const seenFile = async () => vscode.Uri.joinPath((await api()).storage.globalStorageUri, SEEN_DATA_FILE);

/** Records `handbook` as the data this user last saw, where and as the extension keeps it (undefined: never saw any). */
async function recordSeen(handbook: Handbook | undefined): Promise<void> {
  const { storage } = await api();
  if (handbook === undefined) {
    await storage.globalState.update(SEEN_DIGEST_KEY, undefined);
    await vscode.workspace.fs.delete(await seenFile()).then(undefined, () => undefined);
    return;
  }
  const text = seenDataText(handbook);
  await vscode.workspace.fs.createDirectory(storage.globalStorageUri);
  await vscode.workspace.fs.writeFile(await seenFile(), enc(text));
  await storage.globalState.update(SEEN_DIGEST_KEY, seenDigest(text));
}

describe('what changed (data changed between two activations)', () => {
  let file: vscode.Uri;
  before(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the integration run opens a workspace folder');
    file = vscode.Uri.joinPath(folder.uri, '.ce-playbook', 'pulled.yaml');
    const { whatChanged } = await api();
    await whatChanged.check();
  });
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(file, '..'), { recursive: true }).then(undefined, () => undefined);
    const { data, whatChanged } = await api();
    await data.reload();
    await vscode.commands.executeCommand('cePlaybook.markChangesSeen');
    await whatChanged.check();
  });

  it('on the first run ever, records the data silently: no row', async () => {
    const { whatChanged, store } = await api();
    await recordSeen(undefined);
    await whatChanged.check();
    assert.equal(whatChanged.seen.diff, undefined);
    assert.equal(await hasRow(), false);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(await seenFile())), JSON.stringify(store.current.handbook), 'recorded');
  });

  it('keeps what was seen in a file of the global storage and only its digest in global state; compares with it', async () => {
    const { whatChanged, store, storage } = await api();
    const older = structuredClone(store.current.handbook);
    older.teams.find((t) => t.id === 'product')!.valueToTeam.text = 'An older sentence.';
    await vscode.commands.executeCommand('cePlaybook.markChangesSeen');
    const text = JSON.stringify(store.current.handbook);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(await seenFile())), text, 'the file holds what was seen');
    assert.equal(storage.globalState.get(SEEN_DIGEST_KEY), seenDigest(text), 'global state holds its digest');
    assert.ok(storage.globalState.keys().every((key) => JSON.stringify(storage.globalState.get(key) ?? null).length < text.length), 'and not the text');

    await recordSeen(older);
    await whatChanged.check();
    assert.deepEqual(whatChanged.seen.diff?.changed.map((c) => [c.id, c.field, c.new]), [['product', 'valueToTeam.text', store.current.team('product')!.valueToTeam.text]]);

    // A record whose file does not match its digest is not trusted: recorded again, silently.
    await vscode.workspace.fs.writeFile(await seenFile(), enc('{"teams": "tampered"}'));
    await storage.globalState.update(SEEN_DIGEST_KEY, '0'.repeat(64));
    await whatChanged.check();
    assert.equal(whatChanged.seen.diff, undefined);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(await seenFile())), text);
  });

  it('after a bundled-data update: a row, the marked facet on the team page, the page with old and new text, Mark as Seen', async () => {
    const { whatChanged, store, teamPages } = await api();
    // The data as this user last saw it: the earlier page's value statement and no SDR route.
    const older = structuredClone(store.current.handbook);
    const marketing = older.teams.find((t) => t.id === 'marketing')!;
    marketing.valueToTeam.text = 'CEs help ensure that when developers think of Sourcegraph, they associate it with quality and responsiveness.';
    delete older.teams.find((t) => t.id === 'sales')!.routes;
    await recordSeen(older);
    await whatChanged.check();

    await waitFor(hasRow, 'the "What changed" row');
    assert.deepEqual((await rowLabels())[0], { label: 'What changed', description: '2 entries changed' });

    await vscode.commands.executeCommand('cePlaybook.openIntersection', { kind: 'team', teamId: 'marketing' });
    const teamHtml = teamPages.get('marketing')!.panel.webview.html;
    assert.match(teamHtml, /<section id="value-to-team" aria-labelledby="value-to-team-heading" class="changed"><h2 id="value-to-team-heading">How CE adds value to marketing <span class="changed-badge">Changed<\/span>/);
    assert.equal((teamHtml.match(/changed-badge/g) ?? []).length, 1, 'only the changed facet is marked');

    await vscode.commands.executeCommand('cePlaybook.showChanges');
    const page = await waitFor(() => whatChanged.page('seen'), 'the What changed page');
    assert.ok(page.panel.webview.html.includes('they associate it with quality and responsiveness.</div><div class="new"><span class="visually-hidden">Now: </span>CEs help ensure marketing material is relevant'));
    assert.ok(page.panel.webview.html.includes('routes[sdr-questions].text'));
    assert.match(page.panel.webview.html, /script-src 'nonce-[A-Za-z0-9]+'/);
    // Its script says it is ready, like every page's: what the host posts waits for that.
    await untilReady(page, 'the What changed page ready');

    await page.handleMessage({ type: 'markSeen' });
    await waitFor(async () => !(await hasRow()), 'the row to go after Mark as Seen');
    assert.ok(page.panel.webview.html.includes('Nothing has changed since you last looked.'));
    assert.equal(whatChanged.seen.diff, undefined);
  });

  it('after a pull changed a team data file: the row and the change, field by field', async () => {
    const { whatChanged, store, data } = await api();
    await vscode.workspace.fs.writeFile(file, enc('channels:\n  - id: feedback\n    description: "Where CEs share customer feedback with product and design."\n'));
    // The watcher reloads too; reloading here makes the test independent of its timing.
    await data.reload();
    assert.ok(store.current.channel('feedback')?.description.includes('design'), 'the pulled file is loaded');
    await waitFor(hasRow, 'the "What changed" row after the pull');
    assert.deepEqual(whatChanged.seen.diff?.changed.map((c) => [c.collection, c.id, c.field, c.old, c.new]), [
      ['channels', 'feedback', 'description', 'Where CEs can share customer feedback with product.', 'Where CEs share customer feedback with product and design.'],
    ]);
  });

  it('Compare Handbook Revisions: the renamed support section, the new SDR route, the rewritten values, the moved steps; a long text in the diff editor', async () => {
    const { whatChanged } = await api();
    await vscode.commands.executeCommand('cePlaybook.compareRevisions');
    const page = await waitFor(() => whatChanged.page('revisions'), 'the revisions page');
    const html = page.panel.webview.html;
    assert.ok(html.includes('Customer Support Engineers (CSEs)</div><div class="new"><span class="visually-hidden">Now: </span>Customer Support (CS)'));
    assert.ok(html.includes('routes[sdr-questions].text'));
    assert.ok(html.includes('CEs help ensure marketing material is relevant and valuable to engineers and engineering leaders.'));
    assert.ok(html.includes('steps[head-of-support].text'));
    assert.doesNotMatch(html, /data-action="markSeen"/);
    assert.match(html, /<h2 id="removed-heading">Only on the earlier page/);
    assert.match(html, /<p>2 added, 13 only on the earlier page, 5 changed\.<\/p>/);
    assert.doesNotMatch(html, /Handbook page: /, 'the pages themselves are named in the subtitle, not listed as changes');
    const index = Number(/data-action="openDiff" data-index="(\d+)"/.exec(html)?.[1]);
    assert.ok(Number.isInteger(index), 'a long text offers the diff editor');
    await page.handleMessage({ type: 'openDiff', index });
    const input = await waitFor(() => {
      const active = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return active instanceof vscode.TabInputTextDiff ? active : undefined;
    }, 'the diff editor');
    assert.equal(input.original.scheme, 'ce-playbook-change');
    const [before, after] = await Promise.all([vscode.workspace.openTextDocument(input.original), vscode.workspace.openTextDocument(input.modified)]);
    assert.notEqual(before.getText(), after.getText());
    assert.ok(before.getText().length > 0 && after.getText().length > 0);
  });
});
