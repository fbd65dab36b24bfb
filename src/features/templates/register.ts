/** Inserting ticket templates into the editor as snippets, and the actions of a template row. */
import * as vscode from 'vscode';
import type { HandbookStore } from '../data/handbookStore';
import { messages } from '../messages';
import { renderTemplate, templateSnippet, type TemplateFormat } from '../../model/templates/render';

/** A template by id, or its row's node from the tree's context menu. */
type Target = string | { templateId?: string } | undefined;
const templateIdOf = (target: Target) => (typeof target === 'string' ? target : target?.templateId);

/** Plain-text documents get the plain format; everything else Markdown. */
const formatFor = (document: vscode.TextDocument): TemplateFormat => (document.languageId === 'plaintext' ? 'plain' : 'markdown');

/**
 * Inserts the template at the cursor as a snippet: the user's selection (if any) is replaced, as
 * with any snippet; nothing else in the document changes. With no editor, a new Markdown document.
 */
export async function insertTemplate(store: HandbookStore, templateId: string): Promise<vscode.TextEditor | undefined> {
  const template = store.current.template(templateId);
  if (!template) {
    void vscode.window.showWarningMessage(messages.unknownTemplate(templateId));
    return undefined;
  }
  let editor = vscode.window.activeTextEditor;
  if (!editor) {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    editor = await vscode.window.showTextDocument(document);
  }
  await editor.insertSnippet(new vscode.SnippetString(templateSnippet(template, formatFor(editor.document))));
  return editor;
}

export function registerTemplates(context: vscode.ExtensionContext, deps: { store: HandbookStore }): void {
  const { store } = deps;
  const pickTemplate = async () => {
    const pick = await vscode.window.showQuickPick(
      store.current.handbook.templates.map((t) => ({ label: t.title, description: t.prefix, detail: t.description, id: t.id })),
      { title: messages.pickTemplate, matchOnDescription: true, matchOnDetail: true },
    );
    return pick?.id;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('cePlaybook.insertTicketContext', () => insertTemplate(store, 'support-ticket-context')),
    vscode.commands.registerCommand('cePlaybook.insertTicketRequest', () => insertTemplate(store, 'support-ticket-request')),
    vscode.commands.registerCommand('cePlaybook.insertTemplate', async (target?: Target) => {
      const id = templateIdOf(target) ?? (await pickTemplate());
      return id ? insertTemplate(store, id) : undefined;
    }),
    vscode.commands.registerCommand('cePlaybook.copyTemplateForSlack', async (target?: Target) => {
      const id = templateIdOf(target) ?? (await pickTemplate());
      const template = id ? store.current.template(id) : undefined;
      if (!template) return id ? void vscode.window.showWarningMessage(messages.unknownTemplate(id)) : undefined;
      await vscode.env.clipboard.writeText(renderTemplate(template, {}, 'slack'));
      vscode.window.setStatusBarMessage(messages.copied(template.title), 3000);
    }),
    vscode.commands.registerCommand('cePlaybook.templateActions', async (target?: Target) => {
      const id = templateIdOf(target);
      const template = id ? store.current.template(id) : undefined;
      if (!template) return void vscode.window.showWarningMessage(messages.unknownTemplate(String(id)));
      const items = [
        { label: `$(insert) ${messages.insert}`, command: 'cePlaybook.insertTemplate' },
        { label: `$(copy) ${messages.copyForSlack}`, command: 'cePlaybook.copyTemplateForSlack' },
      ];
      const pick = await vscode.window.showQuickPick(items, { title: messages.templateActionsTitle(template.title) });
      if (pick) await vscode.commands.executeCommand(pick.command, template.id);
    }),
  );
}
