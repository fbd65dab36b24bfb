/**
 * The team pages: the open command, the serializer, and the source link. Only the registrations
 * are in the activation bundle; the pages (dist/teamPages.js) load with the first page, opened or
 * restored.
 */
import vscode = require('vscode');
import type * as TeamPagesChunk from './teamPages.chunk';
import type { HandbookStore } from '../data/handbookStore';
import type { SeenChanges } from '../whatChanged/seenChanges';
import { registerCommand } from '../../core/host/commands';
import { lazyChunk } from '../../core/host/lazyChunk';
import { VIEW_TYPE } from './viewType';
import { afterActivation, onFirstUse } from '../../core/host/deferred';

const chunk = lazyChunk<typeof TeamPagesChunk>('teamPages');

export interface TeamPagesFeature {
  /** The open pages (loads the chunk). */
  readonly pages: TeamPagesChunk.TeamPages;
}

export function registerTeamPages(context: vscode.ExtensionContext, deps: { store: HandbookStore; changes?: SeenChanges }): TeamPagesFeature {
  const { store } = deps;
  const pages = onFirstUse(context, () => new (chunk().TeamPages)(context.extensionUri, store, deps.changes));
  // A page restored after a reload waits for its serializer, registered once activation has returned.
  afterActivation(context, () => context.subscriptions.push(
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, { deserializeWebviewPanel: (panel, state) => pages().deserializeWebviewPanel(panel, state) }),
  ));
  context.subscriptions.push(
    registerCommand('cePlaybook.openIntersection', (team) => chunk().openTeamPage(pages(), store, team)),
    registerCommand('cePlaybook.openSource', (team) => chunk().openSource(context.extensionUri, store, team)),
  );
  return { get pages() { return pages(); } };
}
