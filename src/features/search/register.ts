/**
 * Search everything: one quick pick over every team facet, procedure step, template and field,
 * meeting, channel, user group and out-of-office step (see searchQuickPick.ts, loaded on first use).
 */
import vscode = require('vscode');
import type * as Search from './search.chunk';
import type { SearchIndex, SearchResult } from './model/searchIndex';
import type { TreeNode } from '../tree/model/treeModel';
import type { HandbookStore } from '../data/handbookStore';
import { lazyChunk } from '../../core/host/lazyChunk';
import { registerCommand } from '../../core/host/commands';

const search = lazyChunk<typeof Search>('search');

export interface SearchFeature {
  index(): SearchIndex;
  /** Reveals the result's row and opens what it belongs to. */
  open(result: Pick<SearchResult, 'target'>): Promise<void>;
}

export function registerSearch(context: vscode.ExtensionContext, deps: { store: HandbookStore; reveal(node: TreeNode): Promise<unknown> }): SearchFeature {
  // Built on the first search, and again after the data changes.
  let index: SearchIndex | undefined;
  const searchDeps = { ...deps, index: () => (index ??= search().buildSearchIndex(deps.store.current.handbook)) };
  context.subscriptions.push(
    deps.store.onDidChange(() => { index = undefined; }),
    registerCommand('cePlaybook.search', (initial) => void search().showSearch(searchDeps, initial)),
  );
  return { index: searchDeps.index, open: (result) => search().openSearchResult(searchDeps, result) };
}
