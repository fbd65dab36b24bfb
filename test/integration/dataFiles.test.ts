import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as vscode from 'vscode';
import { api, closeAllEditors, untitledDocument, waitFor } from './support';

const enc = (s: string) => new TextEncoder().encode(s);
const VALID = `teams:
  - id: marketing
    valueToTeam:
      text: "CEs help marketing tell customer stories."
  - id: partnerships
    name: "Partnerships"
    source: { page: team-culture, section: "How we intersect other teams" }
    valueToTeam: { label: "How CE adds value to partnerships", text: "CEs give partners technical depth." }
    valueToCe: { label: "How partnerships adds value to CE", text: "Partners bring new customers." }
    collaboration: { label: "Collaboration overview", text: "Partner calls every quarter." }
`;

describe('team data files in the workspace (real file system and watcher)', () => {
  let file: vscode.Uri;
  before(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the integration run opens a workspace folder');
    file = vscode.Uri.joinPath(folder.uri, '.ce-playbook', 'team.yaml');
  });
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(file, '..'), { recursive: true }).then(undefined, () => undefined);
    const { data } = await api();
    await data.reload();
  });

  it('a valid override shows the changed sentence and the new team, with where they came from', async () => {
    const { store, tree, teamPages } = await api();
    await vscode.workspace.fs.writeFile(file, enc(VALID));
    await waitFor(() => store.current.team('partnerships'), 'the watcher to load the new team', 10_000);
    assert.equal(store.current.team('marketing')!.valueToTeam.text, 'CEs help marketing tell customer stories.');
    assert.equal(store.current.team('marketing')!.valueToCe.label, 'How marketing adds value to CE', 'unchanged fields stay');
    const teams = tree.provider.getChildren({ kind: 'root', root: 'teams' }).map((n) => tree.provider.getTreeItem(n).label);
    assert.deepEqual(teams, ['Sales', 'Customer Support (CS)', 'Software Engineers (SWEs)', 'Product', 'Marketing', 'Partnerships']);
    assert.equal(store.originOf('teams', 'partnerships'), '.ce-playbook/team.yaml');
    await vscode.commands.executeCommand('cePlaybook.openIntersection', { kind: 'team', teamId: 'marketing' });
    const html = teamPages.get('marketing')!.panel.webview.html;
    assert.ok(html.includes('CEs help marketing tell customer stories.'));
    assert.ok(html.includes('Changed by .ce-playbook/team.yaml'));
  });

  it('a template the team adds works like a bundled one: snippet prefix, insert and draft check', async () => {
    const { store } = await api();
    const escalation = `templates:
  - id: escalation
    title: "Escalation Note"
    description: "For escalations to leadership."
    prefix: ce-escalation
    channel: customer-support
    teams: [customer-support]
    source: { page: team-culture, section: "Customer Support Engineers (CSEs)" }
    fields:
      - { id: customer-name, label: "Customer Name", type: line, required: true }
      - { id: impact, label: "Impact", type: choice, required: true, options: ["High", "Low"] }
`;
    const extra = vscode.Uri.joinPath(file, '..', 'escalation.yaml');
    await vscode.workspace.fs.writeFile(extra, enc(escalation));
    try {
      await waitFor(() => store.current.template('escalation'), 'the team template', 10_000);
      const document = await untitledDocument('ce-esc');
      await vscode.window.showTextDocument(document);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 6));
      const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'ce-escalation');
      assert.ok(item, 'the team template is offered as a snippet');
      assert.equal((item.insertText as vscode.SnippetString).value, '**Escalation Note**\n- **Customer Name:** ${1}\n- **Impact:** ${2|High,Low|}\n$0');
      await vscode.commands.executeCommand('cePlaybook.insertTemplate', { kind: 'template', templateId: 'escalation' });
      // The choice tab stop starts on its first option, so only "Customer Name" is empty.
      const warnings = await waitFor(() => { const d = vscode.languages.getDiagnostics(document.uri); return d.length ? d : undefined; }, 'a warning on the team template');
      assert.deepEqual(warnings.map((d) => d.message.split('.')[0]), ['"Customer Name" is empty']);
    } finally {
      await vscode.workspace.fs.delete(extra);
      await waitFor(() => !store.current.template('escalation'), 'the template to go', 10_000);
    }
  });

  it('breaking the file raises positioned diagnostics and keeps the last good tree', async () => {
    const { store, data, tree } = await api();
    await vscode.workspace.fs.writeFile(file, enc(VALID.replace('name: "Partnerships"', 'name: "Partnerships\n    bogus: [')));
    const diagnostics = await waitFor(() => { const d = vscode.languages.getDiagnostics(file); return d.length ? d : undefined; }, 'diagnostics on the broken file', 10_000);
    assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diagnostics[0].source, 'CE Playbook');
    assert.match(diagnostics[0].message, /YAML syntax error/);
    assert.ok(diagnostics[0].range.start.line >= 5, `points into the file, at line ${diagnostics[0].range.start.line + 1}`);
    assert.ok(store.current.team('partnerships'), 'the last good data stays on screen');
    assert.deepEqual(store.status.stale, ['.ce-playbook/team.yaml']);
    assert.match(String(tree.view.message), /has problems.*last good version is shown/);
    assert.ok(data.diagnostics.has(file));
  });

  it('fixing the file clears the diagnostics', async () => {
    const { store, tree } = await api();
    await vscode.workspace.fs.writeFile(file, enc(VALID.replace('Partnerships"', 'Partnerships (fixed)"')));
    await waitFor(() => vscode.languages.getDiagnostics(file).length === 0 && store.current.team('partnerships')?.name === 'Partnerships (fixed)', 'the fix to load', 10_000);
    assert.equal(tree.view.message, undefined);
  });

  it('a file over the size limit is refused unread at 1:1, and the other file stays loaded', async () => {
    const { store } = await api();
    await vscode.workspace.fs.writeFile(file, enc(VALID));
    await vscode.commands.executeCommand('cePlaybook.reloadData');
    const big = vscode.Uri.joinPath(file, '..', 'big.yaml');
    // A sparse file: 600 MB to stat, no disk used. Reading it made the load fail as a whole.
    fs.writeFileSync(big.fsPath, '');
    fs.truncateSync(big.fsPath, 600 * 1024 * 1024);
    try {
      await vscode.commands.executeCommand('cePlaybook.reloadData');
      const diagnostics = await waitFor(() => { const d = vscode.languages.getDiagnostics(big); return d.length ? d : undefined; }, 'the size problem on big.yaml', 10_000);
      assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['file-too-large', 0, 0]]);
      assert.equal(diagnostics[0].message, 'The file is 629145600 bytes; data files may be at most 1048576 bytes. Split it into smaller files.');
      assert.equal(store.current.team('partnerships')?.name, 'Partnerships', 'the other file is still applied');
    } finally {
      fs.rmSync(big.fsPath, { force: true });
      await vscode.commands.executeCommand('cePlaybook.reloadData');
    }
  });

  it('deleting the file brings back the bundled data; Reload Data does it by hand', async () => {
    const { store } = await api();
    await vscode.workspace.fs.delete(file);
    await waitFor(() => !store.current.team('partnerships'), 'the bundled data after delete', 10_000);
    assert.equal(store.current.team('marketing')!.valueToTeam.text, store.bundled.teams.find((t) => t.id === 'marketing')!.valueToTeam.text);
    await vscode.commands.executeCommand('cePlaybook.reloadData');
    assert.equal(store.current.handbook.teams.length, 5);
  });
});

describe('a data file written right after its new .ce-playbook folder (a pull, a script)', function () {
  this.timeout(120_000);

  it('is loaded every time, though the file watcher can miss a file in a folder it has not seen yet (20 rounds)', async () => {
    const { store } = await api();
    const folder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.ce-playbook');
    const named = (name: string) => VALID.replace('name: "Partnerships"', `name: "${name}"`);
    const missed: number[] = [];
    try {
      for (let round = 0; round < 20; round++) {
        await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
        await waitFor(() => !store.current.team('partnerships'), 'the bundled data after the folder went', 10_000);
        await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'team.yaml'), enc(named(`Partnerships ${round}`)));
        const loaded = await waitFor(() => store.current.team('partnerships')?.name === `Partnerships ${round}`, `round ${round}`, 5_000).then(() => true, () => false);
        if (!loaded) missed.push(round);
      }
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
      await (await api()).data.reload();
    }
    assert.deepEqual(missed, [], 'rounds whose file was never loaded');
  });
});
