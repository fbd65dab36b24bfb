/**
 * Search everything (loaded on first use): one quick pick over every team facet, procedure step, template and field,
 * meeting, channel, user group and out-of-office step. Choosing a result reveals its row in the
 * tree and opens what it belongs to.
 */
import vscode = require('vscode');
import { searchPickItem } from '../../core/render/pickItems';
import { boundQuery, MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from './model/queryLimit';
import type { SearchIndex, SearchResult, SearchResultKind } from './model/searchIndex';
import type { TreeNode } from '../tree/model/treeModel';
import { openEntryCall } from '../../core/commands/openEntry';
import type { HandbookStore } from '../data/handbookStore';
import { executeCall } from '../../core/host/commands';

const t = vscode.l10n.t;

const KIND: Record<SearchResultKind, { icon: string; name: () => string }> = {
  team: { icon: 'organization', name: () => t('Team') },
  teamFacet: { icon: 'organization', name: () => t('Team') },
  procedure: { icon: 'question', name: () => t('Procedure') },
  step: { icon: 'arrow-right', name: () => t('Step') },
  template: { icon: 'note', name: () => t('Template') },
  field: { icon: 'symbol-field', name: () => t('Template field') },
  meeting: { icon: 'calendar', name: () => t('Meeting') },
  channel: { icon: 'comment', name: () => t('Slack channel') },
  userGroup: { icon: 'mention', name: () => t('Slack user group') },
};

export interface SearchDeps {
  store: HandbookStore;
  index(): SearchIndex;
  /** Shows the entry's row in the tree. */
  reveal(node: TreeNode): Promise<unknown>;
}

/** Reveals the result's row in the tree and opens what it belongs to. */
export async function openSearchResult(deps: SearchDeps, { target }: Pick<SearchResult, 'target'>): Promise<void> {
  if (target.kind !== 'guide') await deps.reveal(target);
  const call = openEntryCall(deps.store.current, target);
  if (call) await executeCall(call);
}

/** The search quick pick: results ranked by the index, not filtered again by the quick pick. */
export function showSearch(deps: SearchDeps, initial?: string): vscode.QuickPick<vscode.QuickPickItem & { result?: SearchResult }> {
  const { store } = deps;
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { result?: SearchResult }>();
  pick.title = t('Search the CE Playbook');
  pick.placeholder = t('Type any words from the handbook: a team, a step, a field, a channel…');
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;
  const update = (query: string) => {
    // A pasted page is searched by its start only (the index bounds it); the title says so.
    pick.title = boundQuery(query).cut
      ? t('Search the CE Playbook: only the first {0} characters or {1} words are searched', MAX_QUERY_LENGTH, MAX_QUERY_WORDS)
      : t('Search the CE Playbook');
    pick.items = deps.index().search(query, 50).map((result) => ({
      ...searchPickItem(KIND[result.kind].icon, result.label, [KIND[result.kind].name(), result.teamId ? store.current.team(result.teamId)?.name : undefined].filter(Boolean).join(' · '), result.detail),
      alwaysShow: true,
      result,
    }));
  };
  const disposables = [
    pick.onDidChangeValue(update),
    pick.onDidAccept(() => {
      const chosen = pick.selectedItems[0]?.result;
      pick.hide();
      if (chosen) void openSearchResult(deps, chosen);
    }),
    pick.onDidHide(() => { disposables.forEach((d) => d.dispose()); pick.dispose(); }),
  ];
  if (initial) { pick.value = initial; update(initial); }
  pick.show();
  return pick;
}
