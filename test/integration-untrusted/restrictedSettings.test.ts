// Settings that send the user somewhere or load something are restricted: in this untrusted folder
// its .vscode/settings.json (test/integration-untrusted/workspace/.vscode/settings.json) sets each
// of them, and VS Code must hand the extension the defaults instead.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

const RESTRICTED: Array<[string, unknown]> = [
  ['slack.workspaceUrl', ''],
  ['slack.teamId', ''],
  ['dataFiles', []],
];

describe('restricted settings in an untrusted workspace', () => {
  it('the folder sets them (so ignoring them is the extension manifest’s doing)', async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json')));
    for (const [name] of RESTRICTED) assert.ok(text.includes(`"cePlaybook.${name}"`), name);
  });

  for (const [name, fallback] of RESTRICTED) {
    it(`cePlaybook.${name} keeps its default, not the workspace's value`, () => {
      const config = vscode.workspace.getConfiguration('cePlaybook', vscode.workspace.workspaceFolders![0].uri);
      assert.deepEqual(config.get(name), fallback);
    });
  }
});
