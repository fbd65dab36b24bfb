// Smoke suite against the real extension, run inside the extension host (see ./index.ts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, waitFor } from './support';

const EXTENSION_ID = 'ce-tools.ce-playbook';
const INSERT_CONTEXT = 'cePlaybook.insertTicketContext';
const INSERT_REQUEST = 'cePlaybook.insertTicketRequest';
const CONTEXT_FIELDS = ['Customer Name:', 'Link to issue (slack / GH / ZD ticket #):'];

describe('CE Playbook smoke', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this host`);
    await extension.activate();
  });

  beforeEach(closeAllEditors);
  after(closeAllEditors);

  it('is present and activates', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} not found`);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('registers the insert commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of [INSERT_CONTEXT, INSERT_REQUEST]) {
      assert.ok(commands.includes(id), `command ${id} is not registered`);
    }
  });

  it('inserts the ticket context into a new untitled Markdown document when no editor is open', async () => {
    assert.equal(vscode.window.activeTextEditor, undefined, 'precondition: no editor open');
    await vscode.commands.executeCommand(INSERT_CONTEXT);
    const editor = await waitFor(() => vscode.window.activeTextEditor, 'an active editor');
    await waitFor(() => editor.document.getText().includes(CONTEXT_FIELDS[0]), 'the inserted text');
    assert.equal(editor.document.isUntitled, true, 'expected an untitled document');
    assert.equal(editor.document.languageId, 'markdown');
    const text = editor.document.getText();
    for (const field of CONTEXT_FIELDS) assert.ok(text.includes(field), `missing "${field}" in:\n${text}`);
  });

  it('inserts the ticket context at the cursor of the active editor, keeping its text', async () => {
    const document = await vscode.workspace.openTextDocument({ content: 'keep me\n', language: 'markdown' });
    const editor = await vscode.window.showTextDocument(document);
    const end = document.lineAt(document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);

    await vscode.commands.executeCommand(INSERT_CONTEXT);
    await waitFor(() => document.getText().includes(CONTEXT_FIELDS[0]), 'the inserted text');

    assert.equal(vscode.window.activeTextEditor?.document, document, 'the command should write into the active editor, not a new one');
    const text = document.getText();
    assert.ok(text.startsWith('keep me'), `existing text was not kept at the start:\n${text}`);
    for (const field of CONTEXT_FIELDS) assert.ok(text.includes(field), `missing "${field}" in:\n${text}`);
  });
});
