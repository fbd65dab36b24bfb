/**
 * Ticket templates: insert as a snippet, fill in as a form, check drafts, copy for Slack. Only the
 * commands are registered at activation; the draft checks and the snippet completions
 * (dist/draftChecks.js) start once it has returned, and the commands' work is in
 * templateCommands.ts and fillForm.ts, loaded with the templates chunk on first use.
 */
import vscode = require('vscode');
import type * as Templates from './templates.chunk';
import type * as DraftChecks from './draftChecks.chunk';
import type { HandbookStore } from '../data/handbookStore';
import type { DraftChecker } from './draftDiagnostics';
import { EditorTarget } from './editorTarget';
import { afterActivation, onFirstUse } from '../../core/host/deferred';
import type { FillDeps, FillPrompts } from './fillForm';
import type { TemplateContext } from './templateCommands';
import { lazyChunk } from '../../core/host/lazyChunk';
import { executeCommand, registerCommand } from '../../core/host/commands';
import { entryRef } from '../../core/handbook/entryRef';
import { userState } from '../../core/host/userState';

const templateChunk = lazyChunk<typeof Templates>('templates');
const draftChecks = lazyChunk<typeof DraftChecks>('draftChecks');

export interface TemplatesFeature {
  /** The form's steps, with the prompts of this moment. */
  readonly fillDeps: Readonly<FillDeps>;
  /** The draft checks (started after activation, or now if asked first). */
  readonly draftChecker: DraftChecker;
  insert(templateId: string): Promise<vscode.TextEditor | undefined>;
}

/** `scripted`: answers given for the CE in a test run (see src/testExports.ts); the rest are the real prompts. */
export function registerTemplates(context: vscode.ExtensionContext, deps: { store: HandbookStore; scripted?: () => Partial<FillPrompts> }): TemplatesFeature {
  const { store } = deps;
  const target = new EditorTarget();
  const draftChecker = onFirstUse(context, (): DraftChecker => {
    const { DraftChecker, DRAFT_LANGUAGES, templateSnippets } = draftChecks();
    const selector = DRAFT_LANGUAGES.map((language) => ({ language }));
    const checker = new DraftChecker(store);
    context.subscriptions.push(
      vscode.languages.registerCompletionItemProvider(selector, templateSnippets(store)),
      vscode.languages.registerCodeLensProvider(selector, checker),
    );
    return checker;
  });
  afterActivation(context, () => void draftChecker());
  const ctx = templateContext(context, store, target, draftChecker, deps.scripted);
  const run = () => templateChunk().templateCommands;

  context.subscriptions.push(
    target,
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
  return { get fillDeps() { return ctx.fillDeps(); }, get draftChecker() { return draftChecker(); }, insert: (templateId) => run().insertTemplate(ctx, templateId) };
}

function templateContext(context: vscode.ExtensionContext, store: HandbookStore, target: EditorTarget, draftChecker: () => DraftChecker, scripted?: () => Partial<FillPrompts>): TemplateContext {
  // Made on first use (the draft store is one for the session).
  let fillDeps: FillDeps | undefined;
  const made = (): FillDeps => {
    if (fillDeps) return fillDeps;
    const form = templateChunk().fillForm;
    return (fillDeps = {
      store,
      drafts: new form.DraftStore(userState(context)),
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
  return {
    store,
    editor: () => target.editor(),
    blockAt: (document, line) => draftChecker().blockAt(document, line),
    fillDeps: () => ({ ...made(), ...scripted?.() }),
  };
}
