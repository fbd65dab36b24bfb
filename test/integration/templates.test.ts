import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FieldPrompt, PromptAnswer } from '../../src/features/templates/model/fillFlow';
import { api, closeAllEditors, editorWith, untitledDocument, waitFor } from './support';

const CONTEXT_MD = [
  '**Support Ticket Context**',
  '- **Customer Name:** ',
  '- **Link to issue (slack / GH / ZD ticket #):** ',
  '- **Background information or anything we should know that would be helpful?:** ',
  '',
].join('\n');
const REQUEST_LABELS = [
  'Customer Name',
  'Link to issue (Slack / Github issue / ZD ticket #)',
  'What’s the ask',
  'Why are we making this ask',
  'What happens if we don’t take this desired action',
  'Is there a time consideration we need to be aware of, if so what is it and why?',
  'Anything else we should know that would be helpful?',
];
const REQUEST_MD = ['**Support Ticket Request**', ...REQUEST_LABELS.map((l) => `- **${l}:** `), ''].join('\n');

/** Replaces the form's UI with scripted answers for the duration of a test. */
async function scriptForm(answers: Array<string | PromptAnswer>, action?: { kind: 'insert' | 'copy' | 'copyAndOpenChannel'; format: 'markdown' | 'slack' | 'plain' }) {
  const { templates, answers: scripted } = await api();
  const asked: FieldPrompt[] = [];
  const resumes: string[] = [];
  scripted.script({ fill: {
    prompter: () => async (p) => {
      asked.push(p);
      const next = answers.shift();
      if (next === undefined) return { kind: 'cancel' };
      return typeof next === 'string' ? { kind: 'value', value: next } : next;
    },
    chooseAction: async () => action,
    askResume: async (t) => { resumes.push(t.id); return 'resume'; },
  } });
  return { asked, resumes, restore: () => scripted.reset(), drafts: templates.fillDeps.drafts };
}

describe('ticket templates (real editors)', () => {
  beforeEach(closeAllEditors);
  after(closeAllEditors);

  it('with no editor open, insert opens an untitled Markdown document with exactly the template', async () => {
    for (const [command, expected] of [['cePlaybook.insertTicketContext', CONTEXT_MD], ['cePlaybook.insertTicketRequest', REQUEST_MD]]) {
      await closeAllEditors();
      await vscode.commands.executeCommand(command);
      const editor = await waitFor(() => vscode.window.activeTextEditor, 'an editor');
      assert.equal(editor.document.languageId, 'markdown');
      assert.equal(editor.document.getText(), expected);
      // The cursor sits in the first tab stop, after "Customer Name:".
      assert.equal(editor.selection.active.line, 1);
    }
  });

  it('inserts at the cursor and keeps everything else', async () => {
    const editor = await editorWith('keep me\n');
    await vscode.commands.executeCommand('cePlaybook.insertTicketContext');
    assert.equal(editor.document.getText(), `keep me\n${CONTEXT_MD}`);
  });

  it('replaces only the selection the user made', async () => {
    const content = 'before\nREPLACE ME\nafter\n';
    const document = await untitledDocument(content);
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(1, 0, 1, 10);
    await vscode.commands.executeCommand('cePlaybook.insertTicketContext');
    assert.equal(editor.document.getText(), `before\n${CONTEXT_MD}\nafter\n`);
  });

  it('uses the plain format in plain-text documents', async () => {
    const editor = await editorWith('', 'plaintext');
    await vscode.commands.executeCommand('cePlaybook.insertTemplate', { kind: 'template', templateId: 'support-ticket-context' });
    assert.equal(editor.document.getText(), 'Support Ticket Context\nCustomer Name: \nLink to issue (slack / GH / ZD ticket #): \nBackground information or anything we should know that would be helpful?: \n');
  });

  it('the form asks each field with its step and copies the result for Slack', async () => {
    const form = await scriptForm(['Acme', 'https://github.com/o/r/issues/1', 'Deploy fails'], { kind: 'copy', format: 'slack' });
    try {
      await form.drafts.clear('support-ticket-context');
      const result = await vscode.commands.executeCommand<{ text: string }>('cePlaybook.fillTemplate', { kind: 'template', templateId: 'support-ticket-context' });
      assert.deepEqual(form.asked.map((p) => `${p.step}/${p.totalSteps}`), ['1/3', '2/3', '3/3']);
      const expected = '*Support Ticket Context*\n• *Customer Name:* Acme\n• *Link to issue (slack / GH / ZD ticket #):* https://github.com/o/r/issues/1\n• *Background information or anything we should know that would be helpful?:* Deploy fails\n';
      assert.equal(result.text, expected);
      assert.equal(await vscode.env.clipboard.readText(), expected);
      assert.equal(form.drafts.get('support-ticket-context'), undefined, 'a delivered form leaves no draft');
    } finally {
      form.restore();
    }
  });

  it('cancelling keeps the draft; the next fill resumes it where it stopped', async () => {
    let form = await scriptForm(['Acme', { kind: 'cancel' }]);
    try {
      await form.drafts.clear('support-ticket-request');
      await vscode.commands.executeCommand('cePlaybook.fillTemplate', { kind: 'template', templateId: 'support-ticket-request' });
      assert.deepEqual(form.drafts.get('support-ticket-request')?.values, { 'customer-name': 'Acme' });
    } finally {
      form.restore();
    }
    const editor = await editorWith('');
    form = await scriptForm(['ZD-9', 'ask', 'why', 'if not', 'no', ''], { kind: 'insert', format: 'markdown' });
    try {
      await vscode.commands.executeCommand('cePlaybook.fillTemplate', { kind: 'template', templateId: 'support-ticket-request' });
      assert.deepEqual(form.resumes, ['support-ticket-request']);
      assert.equal(form.asked[0].field.id, 'issue-link');
      assert.ok(editor.document.getText().includes('- **Customer Name:** Acme\n- **Link to issue (Slack / Github issue / ZD ticket #):** ZD-9'));
    } finally {
      form.restore();
    }
  });

  it('warns about each empty required field in the Problems panel, and clears as fields are filled', async () => {
    const editor = await editorWith('');
    await vscode.commands.executeCommand('cePlaybook.insertTicketContext');
    const uri = editor.document.uri;
    const warnings = await waitFor(() => { const d = vscode.languages.getDiagnostics(uri); return d.length === 3 ? d : undefined; }, "three warnings");
    assert.deepEqual(warnings.map((d) => d.range.start.line), [1, 2, 3]);
    assert.ok(warnings.every((d) => d.severity === vscode.DiagnosticSeverity.Warning && d.source === 'CE Playbook'));
    assert.match(warnings[0].message, /"Customer Name" is empty\. The handbook asks for it in every Support Ticket Context raised in #customer-support\./);
    await editor.edit((e) => {
      e.insert(new vscode.Position(1, '- **Customer Name:** '.length), 'Acme');
      e.insert(new vscode.Position(2, '- **Link to issue (slack / GH / ZD ticket #):** '.length), 'ZD-1');
    });
    await waitFor(() => vscode.languages.getDiagnostics(uri).length === 1, 'one warning left');
    await editor.edit((e) => e.insert(editor.document.lineAt(3).range.end, 'Context.'));
    await waitFor(() => vscode.languages.getDiagnostics(uri).length === 0, 'no warnings');
  });

  it('offers Compose…, Fill In… and Copy for Slack code lenses on a block, and refuses to copy an incomplete one', async () => {
    const editor = await editorWith('');
    await vscode.commands.executeCommand('cePlaybook.insertTicketContext');
    const lenses = await waitFor(async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
      return l?.length ? l : undefined;
    }, 'code lenses');
    assert.deepEqual(lenses.map((l) => l.command?.command).sort(), ['cePlaybook.composeTicket', 'cePlaybook.copyDraftForSlack', 'cePlaybook.fillDraft']);
    await vscode.env.clipboard.writeText('unchanged');
    const copied = await vscode.commands.executeCommand('cePlaybook.copyDraftForSlack', editor.document.uri, 0);
    assert.equal(copied, undefined);
    assert.equal(await vscode.env.clipboard.readText(), 'unchanged');
  });

  it('Fill In… on a block fills it in place', async () => {
    const editor = await editorWith('Intro\n\n');
    await vscode.commands.executeCommand('cePlaybook.insertTicketContext');
    const form = await scriptForm(['Acme', 'ZD-2', 'All good']);
    try {
      await vscode.commands.executeCommand('cePlaybook.fillDraft', editor.document.uri, 2);
      assert.equal(editor.document.getText(), 'Intro\n\n**Support Ticket Context**\n- **Customer Name:** Acme\n- **Link to issue (slack / GH / ZD ticket #):** ZD-2\n- **Background information or anything we should know that would be helpful?:** All good\n');
      const copied = await vscode.commands.executeCommand<string>('cePlaybook.copyDraftForSlack', editor.document.uri, 2);
      assert.equal(copied, await vscode.env.clipboard.readText());
      assert.ok(copied.startsWith('*Support Ticket Context*\n• *Customer Name:* Acme'));
    } finally {
      form.restore();
    }
  });

  it('contributes the ce-context and ce-request snippets for Markdown and plain text', async () => {
    for (const language of ['markdown', 'plaintext']) {
      const editor = await editorWith('ce-', language);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(0, 3));
      const snippets = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      assert.ok(snippets.includes('ce-context') && snippets.includes('ce-request'), `${language}: ${snippets.join(', ')}`);
      await closeAllEditors();
    }
  });
});
