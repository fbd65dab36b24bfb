/**
 * The "CE Playbook" sidebar tree and the commands its leaf rows run. Only the registrations are
 * in the activation bundle: the provider and the tree model (dist/tree.js) load when the view is
 * created, once activation has returned.
 */
import vscode = require('vscode');
import type { HandbookStore } from '../data/handbookStore';
import type * as Tree from './tree.chunk';
import type { PlaybookTreeProvider } from './playbookTreeProvider';
import { dataNotice } from '../data/notice';
import type { TreeNode, TreeState } from './model/treeModel';
import type { SeenChanges } from '../whatChanged/seenChanges';
import { registerCommand } from '../../core/host/commands';
import { lazyChunk } from '../../core/host/lazyChunk';
import { afterActivation, onFirstUse } from '../../core/host/deferred';

const treeChunk = lazyChunk<typeof Tree>('tree');

export const VIEW_ID = 'cePlaybook.explorer';
const CONTAINER_ID = 'cePlaybook';

export interface TreeFeature {
  /** The rows (loads the tree chunk). */
  readonly provider: PlaybookTreeProvider;
  /** Refreshes the rows the view was given; nothing to do before the view asked for any. */
  refresh(): void;
  /** A tick changed: refreshes that checklist's rows, if the view has them. */
  refreshChecklist(procedureId: string): void;
  view: vscode.TreeView<TreeNode>;
  /** Shows the row of an entry, selected and expanded; false if the tree has no such row. */
  reveal(node: TreeNode, options?: { focus?: boolean }): Promise<boolean>;
  /** The view's checkbox changes, from whenever the view is created. */
  onDidChangeCheckboxState: vscode.Event<vscode.TreeCheckboxChangeEvent<TreeNode>>;
}

export function registerTree(context: vscode.ExtensionContext, deps: { store: HandbookStore; checked?: () => ReadonlySet<string>; changes?: SeenChanges; sent?: TreeState['sent'] }): TreeFeature {
  const { store } = deps;
  const provider = onFirstUse(context, (): PlaybookTreeProvider => new (treeChunk().PlaybookTreeProvider)(store, deps.checked, () => deps.changes?.entryCount ?? 0, deps.sent));
  // Say above the tree when the data is not all there (untrusted workspace, a broken data file).
  // The welcome text is for a playbook that is really empty, not for the moment before it loads
  // (the context key starts unset, i.e. not empty).
  let empty = false;
  let shownChanges = 0;
  let treeView: vscode.TreeView<TreeNode> | undefined;
  const checkboxes = new vscode.EventEmitter<vscode.TreeCheckboxChangeEvent<TreeNode>>();
  const updateMessage = () => {
    if (!treeView) return;
    // Setting the message costs a round trip to the workbench: only when it changes.
    const message = dataNotice(store);
    if (message !== treeView.message) treeView.message = message;
    const isEmpty = provider().isEmpty();
    if (isEmpty !== empty) {
      empty = isEmpty;
      void vscode.commands.executeCommand('setContext', 'cePlaybook.empty', isEmpty);
    }
  };
  /**
   * The view is created once activation has returned (or when something needs it first): creating
   * it costs the extension host several milliseconds, and VS Code asks for the rows only then anyway.
   */
  const view = (): vscode.TreeView<TreeNode> => {
    if (treeView) return treeView;
    // Ticks are per step: a parent row has no checkbox to propagate to.
    const made = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider(), showCollapseAll: true, manageCheckboxStateManually: true });
    treeView = made;
    context.subscriptions.push(
      made,
      made.onDidChangeVisibility((e) => { if (e.visible) provider().refreshIfDayChanged(); }),
      made.onDidChangeCheckboxState((e) => checkboxes.fire(e)),
    );
    updateMessage();
    return made;
  };
  afterActivation(context, () => void view());
  context.subscriptions.push(
    checkboxes,
    store.onDidChange(updateMessage),
    // The row shows only how many entries changed: refresh when that does, not on every reload.
    ...(deps.changes ? [deps.changes.onDidChange(() => {
      if (deps.changes!.entryCount !== shownChanges) provider.made?.refresh();
      shownChanges = deps.changes!.entryCount;
    })] : []),
    // Dates move on: recompute the meetings' next dates when the view is shown or the setting changes.
    // …and "my accounts" when the CE says who they are.
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('cePlaybook.meetings.referenceDates') || e.affectsConfiguration('cePlaybook.me')) provider.made?.refresh(); }),
    registerCommand('cePlaybook.showStep', (ref) => treeChunk().showStep(store, ref)),
    registerCommand('cePlaybook.showMeeting', (ref) => treeChunk().showMeeting(store, provider(), ref)),
  );
  const reveal = async (node: TreeNode, options: { focus?: boolean } = {}) => {
    const found = provider().find(treeChunk().nodeId(node));
    if (!found) return false;
    // A view that is not shown yet renders asynchronously; revealing into it can lose the selection.
    if (!view().visible) await vscode.commands.executeCommand(`workbench.view.extension.${CONTAINER_ID}`);
    await view().reveal(found, { select: true, focus: options.focus ?? false, expand: true }).then(undefined, () => undefined);
    return true;
  };
  return {
    get provider() {
      return provider();
    },
    refresh: () => provider.made?.refresh(),
    refreshChecklist: (procedureId) => provider.made?.refreshChecklist(procedureId),
    get view() {
      return view();
    },
    reveal,
    onDidChangeCheckboxState: checkboxes.event,
  };
}
