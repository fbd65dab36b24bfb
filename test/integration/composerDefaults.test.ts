// A composer page already open when a team file gives its template a new field with a default: the
// page is drawn again with the field on its default (it showed empty before, and Send then missed it).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { api, closeAllEditors, waitFor, untilReady } from './support';

const REQUEST = 'support-ticket-request';
// Compiled to out/test/integration: the repository is three levels up.
const EXAMPLE = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'workspace-conditions', '.ce-playbook', 'our-team.yaml'));

describe('an open composer page and a template that gains a field with a default', function () {
  this.timeout(150_000);
  let dataFile: vscode.Uri;
  before(() => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the integration run opens a workspace folder');
    dataFile = vscode.Uri.joinPath(folder.uri, '.ce-playbook', 'composer-defaults.yaml');
  });
  after(async () => {
    const { composer, data, store, templates } = await api();
    // The page is gone before the data changes back, and the next suite starts on the bundled template.
    await waitFor(async () => { await closeAllEditors(); return composer.pages.openTemplates.length === 0; }, 'the page to close');
    await templates.fillDeps.drafts.clear(REQUEST);
    await vscode.workspace.fs.delete(dataFile).then(undefined, () => undefined);
    await data.reload();
    await waitFor(() => !store.current.template(REQUEST)?.fields.some((f) => f.id === 'severity'), 'the bundled template back');
  });

  it('starts the new field on its default, keeping what was typed', async () => {
    const { composer, data, store, templates } = await api();
    await templates.fillDeps.drafts.clear(REQUEST);
    assert.equal(store.current.template(REQUEST)?.fields.some((f) => f.id === 'severity'), false, 'precondition: the bundled template has no severity');
    await vscode.commands.executeCommand('cePlaybook.composeTicket', { templateId: REQUEST, values: { 'customer-name': 'Acme' } });
    const page = composer.pages.get(REQUEST)!;
    await untilReady(page);

    await vscode.workspace.fs.writeFile(dataFile, EXAMPLE);
    await data.reload();
    await waitFor(() => page.values.severity === 'P3', 'the severity field on its default');
    assert.equal(page.values['customer-name'], 'Acme');
    assert.match(page.panel.webview.html, /<option value="P3"[^>]* selected>/);
    // The redrawn page has loaded before the page closes, so the next suite's pages do not wait on it.
    await untilReady(page, 'the redrawn page ready');
  });
});
