/**
 * The team intersection pages: the open command, the serializer, and the source link. Only the
 * registrations are in the activation bundle; the pages' manager (dist/intersectionPanels.js) loads
 * with the first page, opened or restored.
 */
import vscode = require('vscode');
import type * as Panels from './teamPages.chunk';
import type { HandbookStore } from '../data/handbookStore';
import type { SeenChanges } from '../whatChanged/seenChanges';
import { registerCommand } from '../../core/host/commands';
import { lazyChunk } from '../../core/host/lazyChunk';
import { VIEW_TYPE } from './viewType';
import { afterActivation, onFirstUse } from '../../core/host/deferred';

const chunk = lazyChunk<typeof Panels>('teamPages');

export interface PanelsFeature {
  /** The open pages (loads the chunk). */
  readonly manager: Panels.IntersectionPanels;
}

export function registerPanels(context: vscode.ExtensionContext, deps: { store: HandbookStore; changes?: SeenChanges }): PanelsFeature {
  const { store } = deps;
  const manager = onFirstUse(context, () => new (chunk().IntersectionPanels)(context.extensionUri, store, deps.changes));
  // A page restored after a reload waits for its serializer, registered once activation has returned.
  afterActivation(context, () => context.subscriptions.push(
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, { deserializeWebviewPanel: (panel, state) => manager().deserializeWebviewPanel(panel, state) }),
  ));
  context.subscriptions.push(
    registerCommand('cePlaybook.openIntersection', (team) => chunk().openIntersection(manager(), store, team)),
    registerCommand('cePlaybook.openSource', (team) => chunk().openSource(context.extensionUri, store, team)),
  );
  return { get manager() { return manager(); } };
}
