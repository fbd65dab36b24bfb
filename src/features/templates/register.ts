/**
 * Ticket templates: insert as a snippet, fill in as a form, check drafts, copy for Slack. Only the
 * registrations and the draft checks run at activation; the commands' work is in
 * templateCommands.ts and fillForm.ts, loaded with the commands chunk on first use.
 */
import vscode = require('vscode');
import type * as Commands from '../../lazy/commands';
import type { HandbookStore } from '../data/handbookStore';
import { DraftChecker, DRAFT_LANGUAGES } from './draftDiagnostics';
import { EditorTarget } from './editorTarget';
import type { FillDeps } from './fillForm';
import type { TemplateContext } from './templateCommands';
import { lazyChunk } from '../lazy';
import { executeCommand, registerCommand } from '../commands';
import { entryRef } from '../../model/handbook/entryRef';
import { blockValues } from '../../model/templates/draftChecker';

const commands = lazyChunk<typeof Commands>('commands');

export interface TemplatesFeature {
  readonly fillDeps: FillDeps;
  draftChecker: DraftChecker;
  insert(templateId: string): Promise<vscode.TextEditor | undefined>;
}

export function registerTemplates(context: vscode.ExtensionContext, deps: { store: HandbookStore }): TemplatesFeature {
  const { store } = deps;
  const target = new EditorTarget();
  const draftChecker = new DraftChecker(store);
  const ctx = templateContext(context, store, target, draftChecker);
  const run = () => commands().templateCommands;

  context.subscriptions.push(
    target,
    draftChecker,
    vscode.languages.registerCompletionItemProvider(DRAFT_LANGUAGES.map((language) => ({ language })), templateSnippets(store)),
    vscode.languages.registerCodeLensProvider(DRAFT_LANGUAGES.map((language) => ({ language })), draftChecker),
    registerCommand('cePlaybook.insertTicketContext', () => run().insertTemplate(ctx, 'support-ticket-context')),
    registerCommand('cePlaybook.insertTicketRequest', () => run().insertTemplate(ctx, 'support-ticket-request')),
    registerCommand('cePlaybook.insertTemplate', async (ref) => {
      const template = await run().resolveTemplate(ctx, ref);
      return template ? run().insertTemplate(ctx, template.id) : undefined;
    }),
    registerCommand('cePlaybook.fillTemplate', (ref, initial) => run().fillTemplate(ctx, ref, initial)),
    registerCommand('cePlaybook.copyTemplateForSlack', (ref) => run().copyTemplateForSlack(ctx, ref)),
    registerCommand('cePlaybook.fillDraft', (uri, line) => run().fillDraft(ctx, uri, line)),
    registerCommand('cePlaybook.copyDraftForSlack', (uri, line) => run().copyDraftForSlack(ctx, uri, line)),
    registerCommand('cePlaybook.templateActions', (ref) => run().templateActions(ctx, ref)),
  );
  return { get fillDeps() { return ctx.fillDeps(); }, draftChecker, insert: (templateId) => run().insertTemplate(ctx, templateId) };
}

function templateContext(context: vscode.ExtensionContext, store: HandbookStore, target: EditorTarget, draftChecker: DraftChecker): TemplateContext {
  // Made on first use; tests replace the form's prompts through this same object.
  let fillDeps: FillDeps | undefined;
  return {
    store,
    editor: () => target.editor(),
    blockAt: (document, line) => {
      const block = draftChecker.blockAt(document, line);
      return block && { block, values: blockValues(block) };
    },
    fillDeps: () => {
      if (fillDeps) return fillDeps;
      const form = commands().fillForm;
      return (fillDeps = {
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
    },
  };
}

/**
 * Every template's snippet prefix (ce-context, ce-request and the team's own) comes from the merged
 * data, so a team's change applies and a hidden template is not offered. The snippet code loads
 * only once the word typed can start a prefix.
 */
function templateSnippets(store: HandbookStore): vscode.CompletionItemProvider {
  return {
    provideCompletionItems(document, position) {
      const word = document.getWordRangeAtPosition(position, /[a-z][a-z0-9-]*/);
      const typed = word ? document.getText(new vscode.Range(word.start, position)) : '';
      const templates = store.current.handbook.templates.filter((tpl) => tpl.prefix.startsWith(typed));
      if (templates.length === 0) return [];
      return commands().templateCommands.templateSnippetItems(templates, document, word);
    },
  };
}
