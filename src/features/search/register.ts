/**
 * Search everything: one quick pick over every team facet, procedure step, template and field,
 * meeting, channel, user group and out-of-office step (see searchQuickPick.ts, loaded on first use).
 */
import vscode = require('vscode');
import type * as Commands from '../../lazy/commands';
import type { SearchIndex, SearchResult } from '../../model/search/searchIndex';
import type { TreeNode } from '../../model/tree/treeModel';
import type { HandbookStore } from '../data/handbookStore';
import { lazyChunk } from '../lazy';
import { registerCommand } from '../commands';

const commands = lazyChunk<typeof Commands>('commands');

export interface SearchFeature {
  index(): SearchIndex;
  /** Reveals the result's row and opens what it belongs to. */
  open(result: Pick<SearchResult, 'target'>): Promise<void>;
}

export function registerSearch(context: vscode.ExtensionContext, deps: { store: HandbookStore; reveal(node: TreeNode): Promise<unknown> }): SearchFeature {
  // Built on the first search, and again after the data changes.
  let index: SearchIndex | undefined;
  const searchDeps = { ...deps, index: () => (index ??= commands().buildSearchIndex(deps.store.current.handbook)) };
  context.subscriptions.push(
    deps.store.onDidChange(() => { index = undefined; }),
    registerCommand('cePlaybook.search', (initial) => void commands().showSearch(searchDeps, initial)),
  );
  return { index: searchDeps.index, open: (result) => commands().openSearchResult(searchDeps, result) };
}
