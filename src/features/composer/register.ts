/** "Compose Ticket…": the composer pages load on first use (dist/composer.js); only this is in extension.js. */
import vscode = require('vscode');
import type * as Composer from './composer.chunk';
import type { HandbookStore } from '../data/handbookStore';
import type { TemplatesFeature } from '../templates/register';
import type { SlackFeature } from '../slack/register';
import type { ComposerPrompts } from './composerPages';
import { lazyChunk } from '../../core/host/lazyChunk';
import { registerCommand } from '../../core/host/commands';
import { afterActivation, onFirstUse } from '../../core/host/deferred';
import { userState } from '../../core/host/userState';

const chunk = lazyChunk<typeof Composer>('composer');

export interface ComposerFeature {
  /** The open pages (loads the chunk). */
  readonly pages: InstanceType<typeof Composer.ComposerPages>;
}

export function registerComposer(context: vscode.ExtensionContext, deps: { store: HandbookStore; templates: TemplatesFeature; slack: SlackFeature; scripted?: () => Partial<ComposerPrompts> }): ComposerFeature {
  const get = onFirstUse(context, () => new (chunk().ComposerPages)(context.extensionUri, deps.store, deps.templates, userState(context), deps.scripted));
  // A page restored after a reload waits for its serializer, registered once activation has returned.
  afterActivation(context, () => context.subscriptions.push(
    vscode.window.registerWebviewPanelSerializer('cePlaybook.composer', { deserializeWebviewPanel: (panel, state) => get().deserializeWebviewPanel(panel, state) }),
  ));
  context.subscriptions.push(
    registerCommand('cePlaybook.composeTicket', (ticket) => get().compose(ticket)),
    // No page is open while the chunk is not loaded: nothing to tell.
    deps.slack.onDidSend((notice) => get.made?.sentElsewhere(notice)),
    deps.slack.onDidConnect(() => get.made?.destinationsChanged()),
  );
  return { get pages() { return get(); } };
}
