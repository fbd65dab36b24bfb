/**
 * Search everything (loaded on first use): one quick pick over every team facet, procedure step, template and field,
 * meeting, channel, user group and out-of-office step. Choosing a result reveals its row in the
 * tree and opens what it belongs to.
 */
import vscode = require('vscode');
import { searchPickItem } from '../../model/render/pickItems';
import type { SearchIndex, SearchResult, SearchResultKind, SearchTarget } from '../../model/search/searchIndex';
import type { TreeNode } from '../../model/tree/treeModel';
import type { HandbookStore } from '../data/handbookStore';
import type { TreeFeature } from '../tree/register';
import { executeCommand } from '../commands';
import { entryRef } from '../../model/handbook/entryRef';

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

export function treeNodeOf(target: SearchTarget): TreeNode {
  switch (target.kind) {
    case 'team': return { kind: 'team', teamId: target.teamId };
    case 'step': return { kind: 'step', procedureId: target.procedureId, stepId: target.stepId };
    case 'procedure': return { kind: 'procedure', procedureId: target.procedureId };
    case 'template': return { kind: 'template', templateId: target.templateId };
    case 'meeting': return { kind: 'meeting', meetingId: target.meetingId };
    case 'channel': return { kind: 'channel', channelId: target.channelId };
    case 'userGroup': return { kind: 'userGroup', userGroupId: target.userGroupId };
  }
}


export interface SearchDeps {
  store: HandbookStore;
  tree: TreeFeature;
  index(): SearchIndex;
}

/** Reveals the result's row in the tree and opens what it belongs to. */
export async function openSearchResult(deps: SearchDeps, { target }: Pick<SearchResult, 'target'>): Promise<void> {
  const { store, tree } = deps;
  const node = treeNodeOf(target);
  const found = tree.provider.find(tree.provider.treeModel.describe(node).id);
  if (found) {
    // A view that is not shown yet renders asynchronously; revealing into it can lose the selection.
    if (!tree.view.visible) await vscode.commands.executeCommand('workbench.view.extension.cePlaybook');
    await tree.view.reveal(found, { select: true, focus: false, expand: true }).then(undefined, () => undefined);
  }
  switch (target.kind) {
    case 'team': return void (await executeCommand('cePlaybook.openIntersection', target));
    case 'template': return void (await executeCommand('cePlaybook.templateActions', target));
    case 'meeting': return void (await executeCommand('cePlaybook.showMeeting', target));
    case 'channel':
    case 'userGroup': return void (await executeCommand('cePlaybook.channelActions', target));
    case 'procedure':
    case 'step': {
      // A step of a team's procedure belongs to that team's page; a checklist step to the tree.
      const procedure = store.current.procedure(target.procedureId);
      if (procedure?.team) return void (await executeCommand('cePlaybook.openIntersection', entryRef.team(procedure.team)));
      if (target.kind === 'step') return void (await executeCommand('cePlaybook.showStep', target));
    }
  }
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
