/** Maps the pure tree model to VS Code tree items (see model/tree/treeModel.ts for the logic). */
import vscode = require('vscode');
import type * as MeetingNotes from '../../lazy/meetingNotes';
import { nodeId, TreeModel, type RowDescription, type TreeNode, type TreeState } from '../../model/tree/treeModel';
import type { HandbookStore } from '../data/handbookStore';
import { treeLabels } from '../messages';
import { lazyChunk } from '../lazy';

// Loaded once a meeting row is shown.
const meetingNotes = lazyChunk<typeof MeetingNotes>('meetingNotes');

const COLLAPSIBLE: Record<RowDescription['collapsible'], vscode.TreeItemCollapsibleState> = {
  none: vscode.TreeItemCollapsibleState.None,
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
  expanded: vscode.TreeItemCollapsibleState.Expanded,
};

export function toTreeItem(row: RowDescription): vscode.TreeItem {
  const item = new vscode.TreeItem(row.label, COLLAPSIBLE[row.collapsible]);
  item.id = row.id;
  item.description = row.description;
  // Data text is Markdown without HTML and without command links (isTrusted stays false).
  item.tooltip = new vscode.MarkdownString(row.tooltip);
  item.accessibilityInformation = { label: row.accessibilityLabel };
  item.iconPath = new vscode.ThemeIcon(row.icon);
  item.contextValue = row.contextValue;
  if (row.command) item.command = row.command;
  if (row.checkbox) {
    // The checkbox gets its own name, so a screen reader says what is being ticked.
    item.checkboxState = {
      state: row.checkbox === 'checked' ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked,
      tooltip: row.label,
      accessibilityInformation: { label: row.accessibilityLabel },
    };
  }
  return item;
}

export class PlaybookTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** Made when the view first asks (not during activation), and again after each change. */
  private current: TreeModel | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly store: HandbookStore,
    private readonly checked: () => ReadonlySet<string> = () => new Set(),
    private readonly changedEntries: () => number = () => 0,
    private readonly sent?: TreeState['sent'],
  ) {
    this.subscription = store.onDidChange(() => this.refresh());
  }

  private createModel(): TreeModel {
    const referenceDates = vscode.workspace.getConfiguration('cePlaybook').get<Record<string, string>>('meetings.referenceDates', {});
    // "Today" is the user's local date.
    return new TreeModel(this.store.current, treeLabels, {
      checked: this.checked(),
      changedEntries: this.changedEntries(),
      sent: this.sent,
      meetingNote: (meeting) => meetingNotes().meetingNote(meeting, treeLabels, meetingNotes().localIsoDate(new Date()), referenceDates),
    });
  }

  private get model(): TreeModel {
    return (this.current ??= this.createModel());
  }

  refresh(): void {
    this.current = undefined;
    this.changed.fire(undefined);
  }

  get treeModel(): TreeModel {
    return this.model;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    // A row whose entry went away between a data change and the view asking again: an empty
    // row until the refresh that is already on its way replaces it.
    const row = this.model.describe(node);
    return row ? toTreeItem(row) : Object.assign(new vscode.TreeItem(''), { id: nodeId(node) });
  }

  getChildren(node?: TreeNode): TreeNode[] {
    return this.model.getChildren(node);
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return this.model.getParent(node);
  }

  /** Finds the node with this id among the current rows (used by reveal and by tests). */
  find(id: string): TreeNode | undefined {
    const visit = (nodes: TreeNode[]): TreeNode | undefined => {
      for (const n of nodes) {
        if (nodeId(n) === id) return n;
        const found = visit(this.model.getChildren(n));
        if (found) return found;
      }
      return undefined;
    };
    return visit(this.model.getChildren());
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
