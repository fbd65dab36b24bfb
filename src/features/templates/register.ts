/** Ticket templates: insert as a snippet, fill in as a form, check drafts, copy for Slack. */
import vscode = require('vscode');
import { notificationText } from '../../model/render/plainText';
import { templatePickItems } from '../../model/render/pickItems';
import type { HandbookStore } from '../data/handbookStore';
import { messages } from '../messages';
import { convertBlock, blockValues } from '../../model/templates/draftChecker';
import { renderTemplate, templateSnippet, type TemplateFormat } from '../../model/templates/render';
import { DraftChecker, DRAFT_LANGUAGES } from './draftDiagnostics';
import type { FillDeps } from './fillForm';
import type * as Commands from '../../lazy/commands';
import { lazyChunk } from '../lazy';
import { executeCommand, registerCommand } from '../commands';
import { entryRef, type StepRef, type TemplateRef } from '../../model/handbook/entryRef';

const commands = lazyChunk<typeof Commands>('commands');

const t = vscode.l10n.t;


/** Plain-text documents get the plain format; everything else Markdown. */
const formatFor = (document: vscode.TextDocument): TemplateFormat => (document.languageId === 'plaintext' ? 'plain' : 'markdown');

/**
 * The editor to insert into. A webview or quick pick takes focus away from the editor, so the
 * last text editor the user was in counts too; with none, a new untitled Markdown document.
 */
class EditorTarget implements vscode.Disposable {
  private last: vscode.TextEditor | undefined = vscode.window.activeTextEditor;
  private readonly subscription = vscode.window.onDidChangeActiveTextEditor((e) => { if (e) this.last = e; });

  async editor(): Promise<vscode.TextEditor> {
    const active = vscode.window.activeTextEditor;
    if (active) return active;
    const last = this.last;
    if (last && !last.document.isClosed) return vscode.window.showTextDocument(last.document, { viewColumn: last.viewColumn, selection: last.selection });
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    return vscode.window.showTextDocument(document);
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

export interface TemplatesFeature {
  readonly fillDeps: FillDeps;
  draftChecker: DraftChecker;
  insert(templateId: string): Promise<vscode.TextEditor | undefined>;
}

export function registerTemplates(context: vscode.ExtensionContext, deps: { store: HandbookStore }): TemplatesFeature {
  const { store } = deps;
  const target = new EditorTarget();
  const draftChecker = new DraftChecker(store);

  /** Inserts as a snippet at the cursor: only a selection the user made is replaced. */
  const insert = async (templateId: string) => {
    const template = store.current.template(templateId);
    if (!template) {
      void vscode.window.showWarningMessage(messages.unknownTemplate(templateId));
      return undefined;
    }
    const editor = await target.editor();
    await editor.insertSnippet(new vscode.SnippetString(templateSnippet(template, formatFor(editor.document))));
    return editor;
  };

  // The form's code loads on first use; tests replace its prompts through this same object.
  let fillDepsCache: FillDeps | undefined;
  const fillDeps = (): FillDeps => {
    if (fillDepsCache) return fillDepsCache;
    const form = commands().fillForm;
    return (fillDepsCache = {
      store,
      drafts: new form.DraftStore(context.globalState),
      prompter: form.promptWithQuickInput,
      chooseAction: form.chooseResultAction,
      askResume: form.askResume,
      insertText: async (text) => {
        const editor = await target.editor();
        await editor.insertSnippet(new vscode.SnippetString().appendText(text));
      },
      openChannel: async (channelId) => { await executeCommand('cePlaybook.openChannel', entryRef.channel(channelId)); },
    });
  };
  const form = () => commands().fillForm;

  const pickTemplate = async (title: string) => {
    const pick = await vscode.window.showQuickPick(
      templatePickItems(store.current.handbook),
      { title, matchOnDescription: true, matchOnDetail: true },
    );
    return pick?.value;
  };
  /** The template a row stands for (a step's is the one the step calls for), or the user's pick. */
  const resolve = async (ref: TemplateRef | StepRef | undefined, title = messages.pickTemplate) => {
    const fromRef = ref?.kind === 'step' ? store.current.procedure(ref.procedureId)?.steps.find((s) => s.id === ref.stepId)?.template : ref?.templateId;
    const id = fromRef ?? (await pickTemplate(title));
    if (!id) return undefined;
    const template = store.current.template(id);
    if (!template) void vscode.window.showWarningMessage(messages.unknownTemplate(id));
    return template;
  };

  /** The draft block at a line of a document, or a message saying there is none. */
  const blockAt = async (uri: vscode.Uri, line: number) => {
    const document = await vscode.workspace.openTextDocument(uri);
    const block = draftChecker.blockAt(document, line);
    if (!block) void vscode.window.showWarningMessage(t('There is no filled-in template at line {0} any more.', line + 1));
    return block && { document, block };
  };

  // Every template's snippet prefix (ce-context, ce-request, and the team's own) comes from the
  // merged data, so a team's change applies and a hidden template is not offered.
  const templateSnippets: vscode.CompletionItemProvider = {
    provideCompletionItems(document, position) {
      const word = document.getWordRangeAtPosition(position, /[a-z][a-z0-9-]*/);
      return store.current.handbook.templates
        .map((tpl) => {
          const item = new vscode.CompletionItem({ label: tpl.prefix, description: tpl.title }, vscode.CompletionItemKind.Snippet);
          item.insertText = new vscode.SnippetString(templateSnippet(tpl, formatFor(document)));
          item.documentation = new vscode.MarkdownString().appendText(tpl.description);
          item.detail = `CE Playbook: ${tpl.title}`;
          if (word) item.range = word;
          return item;
        });
    },
  };

  context.subscriptions.push(
    target,
    draftChecker,
    vscode.languages.registerCompletionItemProvider(DRAFT_LANGUAGES.map((language) => ({ language })), templateSnippets),
    vscode.languages.registerCodeLensProvider(DRAFT_LANGUAGES.map((language) => ({ language })), draftChecker),
    registerCommand('cePlaybook.insertTicketContext', () => insert('support-ticket-context')),
    registerCommand('cePlaybook.insertTicketRequest', () => insert('support-ticket-request')),
    registerCommand('cePlaybook.insertTemplate', async (ref) => {
      const template = await resolve(ref);
      return template ? insert(template.id) : undefined;
    }),
    registerCommand('cePlaybook.fillTemplate', async (ref, initial) => {
      const template = await resolve(ref, messages.pickTemplateToFill);
      return template ? form().runFillForm(fillDeps(), template, initial) : undefined;
    }),
    // Copying for Slack goes through the form, so nothing is handed over with a required field empty.
    registerCommand('cePlaybook.copyTemplateForSlack', async (ref) => {
      const template = await resolve(ref, messages.pickTemplateToCopy);
      if (!template) return undefined;
      const values = await form().collectValues(fillDeps(), template);
      return values ? form().deliverResult(fillDeps(), template, values, { kind: 'copy', format: 'slack' }) : undefined;
    }),
    registerCommand('cePlaybook.fillDraft', async (uri, line) => {
      const found = await blockAt(uri, line);
      if (!found) return undefined;
      const { document, block } = found;
      const values = await form().collectValues(fillDeps(), block.template, blockValues(block));
      if (!values) return undefined;
      // Replace the block in place, in the format it was written in.
      const range = new vscode.Range(block.startLine, 0, block.endLine, document.lineAt(block.endLine).text.length);
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, range, renderTemplate(block.template, values, block.format).replace(/\n$/, ''));
      await vscode.workspace.applyEdit(edit);
      await fillDeps().drafts.clear(block.template.id);
      return values;
    }),
    registerCommand('cePlaybook.copyDraftForSlack', async (uri, line) => {
      const found = await blockAt(uri, line);
      if (!found) return undefined;
      const { block } = found;
      if (block.missing.length > 0) {
        // Refuse at once; the warning offers to fill the block in without holding the command.
        const fill = t('Fill In…');
        void vscode.window
          .showWarningMessage(notificationText(t('Not copied: {0} is missing {1}. Fill in every required field first.', block.template.title, block.missing.map((f) => `"${f.label}"`).join(', '))), fill)
          .then((choice) => (choice === fill ? executeCommand('cePlaybook.fillDraft', uri, line) : undefined));
        return undefined;
      }
      const text = convertBlock(block, 'slack');
      await vscode.env.clipboard.writeText(text);
      vscode.window.setStatusBarMessage(messages.copied(block.template.title), 3000);
      return text;
    }),
    registerCommand('cePlaybook.templateActions', async (ref) => {
      const template = await resolve(ref);
      if (!template) return;
      const items = [
        { label: `$(insert) ${messages.insert}`, command: 'cePlaybook.insertTemplate' as const },
        { label: `$(edit) ${messages.fillIn}`, command: 'cePlaybook.fillTemplate' as const },
        { label: `$(copy) ${messages.copyForSlack}`, command: 'cePlaybook.copyTemplateForSlack' as const },
      ];
      const pick = await vscode.window.showQuickPick(items, { title: messages.templateActionsTitle(template.title) });
      if (pick) await executeCommand(pick.command, entryRef.template(template.id));
    }),
  );
  return { get fillDeps() { return fillDeps(); }, draftChecker, insert };
}
