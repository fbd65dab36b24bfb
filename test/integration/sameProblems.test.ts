/**
 * The same data folder gives the same problems, in the same words and positions, in the editor (the
 * store's problems and the Problems panel made from them), in `ce-playbook validate` and in the MCP
 * server: the installed extension's dist/cli.js run as processes from this extension host, on the
 * workspace's own .ce-playbook/ folder.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { formatProblem } from '../../src/core/load/problem';
import { lines, mcpProblemLines, PROBLEM_FILES, validateProblems } from '../support/sameProblems';
import { api, EXTENSION_ID } from './support';

const FIXTURE = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'problems');

describe('one data folder, the same problems in the editor, validate and the MCP server', function () {
  this.timeout(60_000);
  let root: string;
  let folder: string;
  before(() => {
    root = vscode.workspace.workspaceFolders![0].uri.fsPath;
    folder = path.join(root, '.ce-playbook');
  });
  after(async () => {
    fs.rmSync(folder, { recursive: true, force: true });
    await (await api()).data.reload();
  });

  it('a YAML error, a schema error and a bad reference: the same problems everywhere; the good file still applies', async () => {
    fs.mkdirSync(folder, { recursive: true });
    for (const name of PROBLEM_FILES) fs.copyFileSync(path.join(FIXTURE, name), path.join(folder, name));
    const { store, data } = await api();
    await data.reload();
    const editor = store.status.problems;
    assert.deepEqual(editor.map((p) => [p.file, p.rule]), [
      ['.ce-playbook/bad-reference.yaml', 'unknown-reference'],
      ['.ce-playbook/schema-error.yaml', 'schema'],
      ['.ce-playbook/yaml-error.yaml', 'yaml-missing-char'],
    ]);
    assert.equal(store.current.team('marketing')?.valueToTeam.text, 'CEs help marketing tell customer stories.');

    // The Problems panel says what the store says, at the same places.
    const panel = editor.map((p) => {
      const shown = vscode.languages.getDiagnostics(vscode.Uri.parse(p.key));
      assert.equal(shown.length, 1, p.file);
      const d = shown[0];
      return formatProblem({ ...p, line: d.range.start.line + 1, column: d.range.start.character + 1, message: d.message, rule: String(d.code), severity: d.severity === vscode.DiagnosticSeverity.Error ? 'error' : 'warning' });
    });
    assert.deepEqual(panel, lines(editor));

    const cli = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'cli.js');
    const validated = validateProblems(cli, '.ce-playbook', root);
    // Whole positions (ends too), words and rules.
    assert.deepEqual(validated, editor.map(({ key: _key, layer: _layer, ...p }) => p));
    assert.deepEqual((await mcpProblemLines(cli, '.ce-playbook', root)).lines, lines(editor));
  });
});
