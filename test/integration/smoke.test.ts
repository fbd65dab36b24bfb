// Smoke suite against the real extension, run inside the extension host (see ./index.ts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, untitledDocument, waitFor } from './support';

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

  it('registers every command package.json contributes, so no menu entry or palette entry is "not found"', async () => {
    const contributed: Array<{ command: string }> = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.commands;
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.ok(contributed.length >= 20 && contributed.some((c) => c.command === INSERT_REQUEST));
    assert.deepEqual(contributed.map((c) => c.command).filter((id) => !registered.has(id)), []);
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
    const document = await untitledDocument('keep me\n');
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
