/**
 * Deep links: links into the playbook, such as vscode://ce-tools.ce-playbook/team/sales, to share in
 * Slack. A URI handler that opens them, and "Copy Link" on teams and templates (deepLinkHandler.ts,
 * in the deepLinks chunk). Not to be confused with link safety (core/render/linkSafety.ts): which
 * links in the data may be live.
 */
import vscode = require('vscode');
import type * as DeepLinks from './deepLinks.chunk';
import type { HandbookStore } from '../data/handbookStore';
import type { DraftStore } from '../templates/fillForm';
import { lazyChunk } from '../../core/host/lazyChunk';
import { registerCommand } from '../../core/host/commands';
import { afterActivation } from '../../core/host/deferred';

const deepLinks = lazyChunk<typeof DeepLinks>('deepLinks');

export function registerDeepLinks(context: vscode.ExtensionContext, deps: { store: HandbookStore; drafts: () => DraftStore }): { handle(uri: vscode.Uri): Promise<boolean> } {
  const handle = (uri: vscode.Uri) => deepLinks().openDeepLink(deps.store, uri, deps.drafts);
  // VS Code keeps a link that arrives before the handler (even the one that activated us) until it is registered.
  afterActivation(context, () => context.subscriptions.push(vscode.window.registerUriHandler({ handleUri: (uri) => void handle(uri) })));
  context.subscriptions.push(
    registerCommand('cePlaybook.copyLink', (entry) => deepLinks().copyDeepLink(context.extension.id, entry)),
  );
  return { handle };
}
