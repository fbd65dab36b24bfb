import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { api, waitFor } from './support';

const team = (text: string) => `teams:
  - id: marketing
    valueToTeam:
      text: "${text}"
`;
/**
 * Sets the file's times to a whole second (as tar, rsync or a checkout can), `secondsAgo` in the
 * past: far enough (more than RACY_MS in src/core/session/fileVersions.ts) and its stat is trusted.
 */
const setTimes = (file: string, at: number) => fs.utimesSync(file, at, at);
const wholeSecondAgo = (seconds: number) => Math.floor(Date.now() / 1000) - seconds;

describe('Reload Data costs what changed (real file system)', function () {
  this.timeout(60_000);
  let dir: string;
  let file: string;
  let broken: string;
  before(() => {
    dir = path.join(vscode.workspace.workspaceFolders![0].uri.fsPath, '.ce-playbook');
    file = path.join(dir, 'reload-team.yaml');
    broken = path.join(dir, 'reload-broken.yaml');
  });
  afterEach(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await (await api()).data.reload();
  });

  it('with nothing changed, tells nobody: no store change, no diagnostics sent again, the problems stay', async () => {
    const { store, data } = await api();
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, team('Version one.'));
    fs.writeFileSync(broken, 'teams:\n  - id: [\n');
    await data.reload();
    await waitFor(() => vscode.languages.getDiagnostics(vscode.Uri.file(broken)).length > 0, 'the broken file\'s problems');
    // The watcher's own reload of these writes may come at any moment, also while counting: it finds
    // nothing changed either, so nobody is told (no wait for it).
    await data.reload();
    let storeChanges = 0;
    let diagnosticChanges = 0;
    const listening = [store.onDidChange(() => storeChanges++), vscode.languages.onDidChangeDiagnostics(() => diagnosticChanges++)];
    try {
      await vscode.commands.executeCommand('cePlaybook.reloadData');
      await data.reload();
    } finally {
      listening.forEach((l) => l.dispose());
    }
    assert.equal(storeChanges, 0, 'the store is not replaced with equal data');
    assert.equal(diagnosticChanges, 0, 'unchanged problems are not sent again');
    assert.equal(store.current.team('marketing')!.valueToTeam.text, 'Version one.');
    assert.equal(vscode.languages.getDiagnostics(vscode.Uri.file(broken)).length, 1, 'the broken file keeps its problem');
    assert.deepEqual(store.status.failed, ['.ce-playbook/reload-broken.yaml']);
  });

  it('an edit of the same size with the modification time set back is still loaded', async () => {
    const { store, data } = await api();
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, team('Version one.'));
    const at = wholeSecondAgo(60);
    setTimes(file, at);
    await data.reload(); // read with a stat old enough to be remembered
    assert.equal(store.current.team('marketing')!.valueToTeam.text, 'Version one.');
    fs.writeFileSync(file, team('Version two.'));
    setTimes(file, at); // same size, same mtime: only the content (and ctime) changed
    await data.reload();
    assert.equal(store.current.team('marketing')!.valueToTeam.text, 'Version two.');
  });

  it('a file replaced by another of the same size and modification time (a checkout, a sync) is loaded', async () => {
    const { store, data } = await api();
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, team('Version one.'));
    const at = wholeSecondAgo(60);
    setTimes(file, at);
    await data.reload();
    assert.equal(store.current.team('marketing')!.valueToTeam.text, 'Version one.');
    const next = path.join(path.dirname(dir), 'reload-team.next');
    fs.writeFileSync(next, team('Version two.'));
    setTimes(next, at);
    fs.renameSync(next, file);
    await data.reload();
    assert.equal(store.current.team('marketing')!.valueToTeam.text, 'Version two.');
  });

  it('a file written twice in a row, the second time within the same timestamp tick, shows the second write', async () => {
    const { store, data } = await api();
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, team('Version one.'));
    const at = wholeSecondAgo(0); // this second: the tick of a file system with 1 s timestamps
    setTimes(file, at);
    await data.reload();
    assert.equal(store.current.team('marketing')!.valueToTeam.text, 'Version one.');
    fs.writeFileSync(file, team('Version two.'));
    setTimes(file, at);
    await data.reload();
    assert.equal(store.current.team('marketing')!.valueToTeam.text, 'Version two.');
  });
});
