/**
 * Follow Up in Thread (the reply page), The Customer Is Asking for an Update…, and the message page to
 * a channel: only these registrations are in extension.js; the pages and the flow load on first use
 * (dist/reply.js, its webview script dist/webview/reply.js).
 */
import vscode = require('vscode');
import type * as Reply from './reply.chunk';
import type { HandbookStore } from '../data/handbookStore';
import { lazyChunk } from '../../core/host/lazyChunk';
import { registerCommand } from '../../core/host/commands';
import { afterActivation, onFirstUse } from '../../core/host/deferred';
import { userState } from '../../core/host/userState';

const chunk = lazyChunk<typeof Reply>('reply');

export interface ReplyFeature {
  /** The open message pages (loads the chunk). */
  readonly pages: InstanceType<typeof Reply.ReplyPages>;
}

/** `scripted`: answers given for the CE in a test run (see src/testExports.ts); the rest are the real prompts. */
export function registerReply(context: vscode.ExtensionContext, deps: { store: HandbookStore; scripted?: () => Partial<Reply.UpdatePrompts> }): ReplyFeature {
  const get = onFirstUse(context, () => new (chunk().ReplyPages)(context.extensionUri, deps.store, userState(context)));
  // A page open at the last shutdown comes back (its text from the autosave): VS Code keeps it until
  // its serializer registers, once activation has returned.
  afterActivation(context, () => context.subscriptions.push(
    vscode.window.registerWebviewPanelSerializer('cePlaybook.reply', { deserializeWebviewPanel: async (panel, state) => get().deserializeWebviewPanel(panel, state) }),
  ));
  context.subscriptions.push(
    registerCommand('cePlaybook.followUpInThread', (ticket) => get().openThread(ticket) && undefined),
    registerCommand('cePlaybook.composeMessage', (message) => get().openChannel(message) && undefined),
    registerCommand('cePlaybook.askForUpdate', (arg) => chunk().askForUpdate(get(), userState(context), { ...chunk().quickInputUpdatePrompts, ...deps.scripted?.() }, arg)),
  );
  return { get pages() { return get(); } };
}
