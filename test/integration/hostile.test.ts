/**
 * The hostile-file table in the real extension host, all in this one window: for each case write
 * its files to `.ce-playbook/`, run CE Playbook: Reload Data, and assert what the extension shows:
 * every diagnostic's file, line, column and rule, or what the tree tooltip, quick picks, panel and
 * inserted snippet contain. After every case the command has not thrown and the bundled data (or
 * the last good data) is still shown.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DIAGNOSTIC_CASES, type DiagnosticCase } from './hostile/diagnosticCases';
import { DISPLAY_CASES } from './hostile/displayCases';
import { api, closeAllEditors } from './support';

const enc = (s: string) => new TextEncoder().encode(s);

describe('hostile data files (one window: write, reload, assert, next)', () => {
  let dir: vscode.Uri;
  const written = new Set<string>();

  before(() => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the integration run opens a workspace folder');
    dir = vscode.Uri.joinPath(folder.uri, '.ce-playbook');
  });
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(dir, { recursive: true }).then(undefined, () => undefined);
    await vscode.commands.executeCommand('cePlaybook.reloadData');
  });

  /**
   * Writes the case's files and reloads. A new case starts clean (the earlier case's files deleted
   * and reloaded first); a case that keeps them writes before it deletes, so the watcher's own
   * reloads in between see the story in its order (a file breaks, then the other goes).
   */
  async function apply(files: DiagnosticCase['files'], keep = false): Promise<void> {
    const remove = async (names: string[]) => {
      for (const name of names) {
        await vscode.workspace.fs.delete(vscode.Uri.joinPath(dir, name)).then(undefined, () => undefined);
        written.delete(name);
      }
    };
    if (!keep) {
      await remove([...written]);
      await vscode.commands.executeCommand('cePlaybook.reloadData');
    }
    for (const [name, content] of Object.entries(files)) {
      if (content === null) continue;
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, name), typeof content === 'string' ? enc(content) : content);
      written.add(name);
    }
    await remove(Object.keys(files).filter((name) => files[name] === null));
    // Throws (and so fails the case) if the command does.
    await vscode.commands.executeCommand('cePlaybook.reloadData');
  }

  async function assertStillShowing(shows: string[] = []): Promise<void> {
    const { store } = await api();
    const h = store.current.handbook;
    assert.ok(h.teams.length >= 5 && h.templates.length >= 1 && h.guides.length >= 1, 'the bundled data is still shown');
    for (const key of shows) {
      const [collection, id] = key.split('/') as [keyof typeof h, string];
      assert.ok((h[collection] as Array<{ id: string }>).some((e) => e.id === id), `${key} is shown`);
    }
  }

  const shown = (d: vscode.Diagnostic, file: string) => ({ file, line: d.range.start.line + 1, column: d.range.start.character + 1, rule: String(d.code) });
  const order = (a: { file: string; line: number; column: number; rule: string }, b: typeof a) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);

  for (const c of DIAGNOSTIC_CASES) {
    it(`${c.name}: ${c.problems.map((p) => `${p.rule} at ${p.line}:${p.column}`).join(', ') || 'no problems'}`, async () => {
      await apply(c.files, c.keep);
      const diagnostics = [...written].flatMap((file) =>
        vscode.languages.getDiagnostics(vscode.Uri.joinPath(dir, file)).filter((d) => d.source === 'CE Playbook').map((d) => ({ ...shown(d, file), message: d.message })),
      );
      assert.deepEqual(
        diagnostics.map(({ message: _m, ...at }) => at).sort(order),
        c.problems.map(({ message: _m, ...at }) => at).sort(order),
      );
      for (const expected of c.problems.filter((p) => p.message)) {
        assert.ok(diagnostics.some((d) => d.file === expected.file && d.line === expected.line && expected.message!.test(d.message)), `${expected.message} in ${diagnostics.map((d) => d.message).join(' | ')}`);
      }
      await assertStillShowing(c.shows);
    });
  }

  it('cePlaybook.dataFiles stays inside the workspace and loads at most 200 files', async () => {
    const { data, store } = await api();
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const many = vscode.Uri.joinPath(folder, 'many');
    await apply({});
    for (let i = 0; i < 205; i++) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(many, `f${String(i).padStart(3, '0')}.yaml`), enc('teams: []\n'));
    const config = vscode.workspace.getConfiguration('cePlaybook');
    try {
      await config.update('dataFiles', ['../outside.yaml', '/etc/passwd', '/**/*.yaml', 'many/*.yaml'], vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('cePlaybook.reloadData');
      const files = await data.files();
      assert.equal(files.length, 200, 'the bound on the number of files');
      assert.ok(files.every((uri) => uri.path.startsWith(`${many.path}/`)), files.map((u) => u.path).filter((p) => !p.startsWith(many.path)).join(', '));
      await assertStillShowing();
      assert.deepEqual(store.status.failed, []);
    } finally {
      await config.update('dataFiles', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(many, { recursive: true });
      await vscode.commands.executeCommand('cePlaybook.reloadData');
    }
  });

  for (const c of DISPLAY_CASES) {
    it(c.name, async () => {
      await apply(c.files);
      const problems = [...written].flatMap((file) => vscode.languages.getDiagnostics(vscode.Uri.joinPath(dir, file)).filter((d) => d.source === 'CE Playbook'));
      assert.deepEqual(problems.map((d) => d.message), [], 'the file loads');
      await c.check(await api());
      await closeAllEditors();
      await assertStillShowing();
    });
  }
});
