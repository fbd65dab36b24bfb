/**
 * What the template commands do (loaded on first use with the templates chunk; register.ts only
 * registers them): insert as a snippet, pick a template, fill a draft block in place, copy one for
 * Slack, the actions of a template row, and the snippet completions of every template.
 */
import vscode = require('vscode');
import type { DraftBlock } from './model/draftChecker';
import type { FieldValues } from '../../core/templates/render';
import { renderTemplate, templateSnippet, type TemplateFormat } from '../../core/templates/render';
import { entryRef, lookupEntry, type StepRef, type TemplateRef } from '../../core/handbook/entryRef';
import type { Template } from '../../core/schema/schema';
import type { HandbookStore } from '../data/handbookStore';
import { executeCommand } from '../../core/host/commands';
import { messages } from '../../core/host/messages';
import { notificationText } from '../../core/render/plainText';
import { templatePickItems } from '../../core/render/pickItems';
import { collectValues, deliverResult, runFillForm, type FillDeps } from './fillForm';

const t = vscode.l10n.t;

export interface TemplateContext {
  store: HandbookStore;
  editor(): Promise<vscode.TextEditor>;
  /** The draft block at a line of an open document and its values (see draftDiagnostics.ts). */
  blockAt(document: vscode.TextDocument, line: number): { block: DraftBlock; values: FieldValues } | undefined;
  fillDeps(): FillDeps;
}

/** Plain-text documents get the plain format; everything else Markdown. */
const formatFor = (document: vscode.TextDocument): TemplateFormat => (document.languageId === 'plaintext' ? 'plain' : 'markdown');

/** Inserts as a snippet at the cursor: only a selection the user made is replaced. */
export async function insertTemplate(ctx: TemplateContext, templateId: string): Promise<vscode.TextEditor | undefined> {
  const template = ctx.store.current.template(templateId);
  if (!template) {
    void vscode.window.showWarningMessage(messages.unknownTemplate(templateId));
    return undefined;
  }
  const editor = await ctx.editor();
  await editor.insertSnippet(new vscode.SnippetString(templateSnippet(template, formatFor(editor.document))));
  return editor;
}

async function pickTemplate(store: HandbookStore, title: string): Promise<string | undefined> {
  const pick = await vscode.window.showQuickPick(
    templatePickItems(store.current.handbook),
    { title, matchOnDescription: true, matchOnDetail: true },
  );
  return pick?.value;
}

/** The template a row stands for (a step's is the one the step calls for), or the user's pick. */
export async function resolveTemplate(ctx: TemplateContext, ref: TemplateRef | StepRef | undefined, title = messages.pickTemplate): Promise<Template | undefined> {
  const fromRef = ref?.kind === 'step' ? lookupEntry(ctx.store.current, ref)?.step.template : ref?.templateId;
  const id = fromRef ?? (await pickTemplate(ctx.store, title));
  if (!id) return undefined;
  const template = ctx.store.current.template(id);
  if (!template) void vscode.window.showWarningMessage(messages.unknownTemplate(id));
  return template;
}

export async function fillTemplate(ctx: TemplateContext, ref: TemplateRef | StepRef | undefined, initial?: Record<string, string>) {
  const template = await resolveTemplate(ctx, ref, messages.pickTemplateToFill);
  return template ? runFillForm(ctx.fillDeps(), template, initial) : undefined;
}

/** Copying for Slack goes through the form, so nothing is handed over with a required field empty. */
export async function copyTemplateForSlack(ctx: TemplateContext, ref: TemplateRef | StepRef | undefined) {
  const template = await resolveTemplate(ctx, ref, messages.pickTemplateToCopy);
  if (!template) return undefined;
  const values = await collectValues(ctx.fillDeps(), template);
  return values ? deliverResult(ctx.fillDeps(), template, values, { kind: 'copy', format: 'slack' }) : undefined;
}

/** The draft block at a line of a document, or a message saying there is none. */
async function findBlock(ctx: TemplateContext, uri: vscode.Uri, line: number) {
  const document = await vscode.workspace.openTextDocument(uri);
  const found = ctx.blockAt(document, line);
  if (!found) void vscode.window.showWarningMessage(t('There is no filled-in template at line {0} any more.', line + 1));
  return found && { document, ...found };
}

/** Fills a draft block in through the form and replaces it in place, in the format it was written in. */
export async function fillDraft(ctx: TemplateContext, uri: vscode.Uri, line: number) {
  const found = await findBlock(ctx, uri, line);
  if (!found) return undefined;
  const { document, block } = found;
  const values = await collectValues(ctx.fillDeps(), block.template, found.values);
  if (!values) return undefined;
  const range = new vscode.Range(block.startLine, 0, block.endLine, document.lineAt(block.endLine).text.length);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, range, renderTemplate(block.template, values, block.format).replace(/\n$/, ''));
  await vscode.workspace.applyEdit(edit);
  await ctx.fillDeps().drafts.clear(block.template.id);
  return values;
}

export async function copyDraftForSlack(ctx: TemplateContext, uri: vscode.Uri, line: number) {
  const found = await findBlock(ctx, uri, line);
  if (!found) return undefined;
  const { block, values } = found;
  if (block.missing.length > 0) {
    // Refuse at once; the warning offers to fill the block in without holding the command.
    const fill = t('Fill In…');
    void vscode.window
      .showWarningMessage(notificationText(t('Not copied: {0} is missing {1}. Fill in every required field first.', block.template.title, block.missing.map((f) => `"${f.label}"`).join(', '))), fill)
      .then((choice) => (choice === fill ? executeCommand('cePlaybook.fillDraft', uri, line) : undefined));
    return undefined;
  }
  const text = renderTemplate(block.template, values, 'slack');
  await vscode.env.clipboard.writeText(text);
  vscode.window.setStatusBarMessage(messages.copied(block.template.title), 3000);
  return text;
}

export async function templateActions(ctx: TemplateContext, ref: TemplateRef | undefined) {
  const template = await resolveTemplate(ctx, ref);
  if (!template) return;
  const items = [
    { label: `$(insert) ${messages.insert}`, command: 'cePlaybook.insertTemplate' as const },
    { label: `$(edit) ${messages.fillIn}`, command: 'cePlaybook.fillTemplate' as const },
    { label: `$(copy) ${messages.copyForSlack}`, command: 'cePlaybook.copyTemplateForSlack' as const },
  ];
  const pick = await vscode.window.showQuickPick(items, { title: messages.templateActionsTitle(template.title) });
  if (pick) await executeCommand(pick.command, entryRef.template(template.id));
}

/** Completion items for templates a team adds or changes (the bundled ones' snippets are built with the extension). */
export function templateSnippetItems(templates: readonly Template[], document: vscode.TextDocument, word: vscode.Range | undefined): vscode.CompletionItem[] {
  return templates.map((tpl) => {
    const item = new vscode.CompletionItem({ label: tpl.prefix, description: tpl.title }, vscode.CompletionItemKind.Snippet);
    item.insertText = new vscode.SnippetString(templateSnippet(tpl, formatFor(document)));
    item.documentation = new vscode.MarkdownString().appendText(tpl.description);
    item.detail = t('CE Playbook: {0}', tpl.title);
    if (word) item.range = word;
    return item;
  });
}
