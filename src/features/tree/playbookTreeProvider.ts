/** Maps the pure tree model to VS Code tree items (see features/tree/model/treeModel.ts for the logic). */
import vscode = require('vscode');
import type * as MeetingNotes from './meetingNotes.chunk';
import { nodeId, TreeModel, type RowDescription, type TreeNode, type TreeState } from './model/treeModel';
import type { HandbookStore } from '../data/handbookStore';
import { treeLabels } from './treeLabels';
import { lazyChunk } from '../../core/host/lazyChunk';
import { myName } from '../../core/host/me';

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
  // The tooltip comes when the row is hovered (resolveTreeItem).
  item.accessibilityInformation = { label: row.accessibilityLabel };
  // A checklist step's checkbox stands where its icon would: both would be two marks for one thing.
  if (!row.checkbox) item.iconPath = new vscode.ThemeIcon(row.icon);
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

/**
 * Refreshing costs more than the rows: VS Code forgets a row's command the moment a refresh starts,
 * and a click that lands before the new rows arrive fails with "Actual command not found". So the
 * whole tree is refreshed only when the data changed (or the day did, for the meetings' next dates),
 * and a tick refreshes only its checklist.
 */
export class PlaybookTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** Made when the view first asks (not during activation), and again after each change. */
  private current: TreeModel | undefined;
  /** The local day the model was made on: the meetings' next dates depend on it. */
  private currentDay = '';
  /**
   * The node objects handed to VS Code, by id: it finds a row to refresh by the identity of the
   * node it was given, and the model makes new objects on every call.
   */
  private readonly handed = new Map<string, TreeNode>();
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
    const checked = this.checked;
    this.currentDay = new Date().toDateString();
    // "Today" is the user's local date.
    return new TreeModel(this.store.current, treeLabels, {
      // Read when a row is described, so a tick needs no new model (see refreshChecklist).
      get checked() { return checked(); },
      changedEntries: this.changedEntries(),
      sent: this.sent,
      me: myName(),
      meetingNote: (meeting) => meetingNotes().meetingNote(meeting, treeLabels, meetingNotes().localIsoDate(new Date()), referenceDates),
    });
  }

  private get model(): TreeModel {
    return (this.current ??= this.createModel());
  }

  private hand(node: TreeNode): TreeNode {
    const id = nodeId(node);
    const known = this.handed.get(id);
    if (known) return known;
    this.handed.set(id, node);
    return node;
  }

  refresh(): void {
    this.current = undefined;
    this.handed.clear();
    this.changed.fire(undefined);
  }

  /** After the view was hidden: only a new day changes what the rows say. */
  refreshIfDayChanged(): void {
    if (this.current && this.currentDay !== new Date().toDateString()) this.refresh();
  }

  /** A tick changed: the checklist's row (its progress) and its steps, nothing else. */
  refreshChecklist(procedureId: string): void {
    const row = this.handed.get(nodeId({ kind: 'procedure', procedureId }));
    if (row && this.current) this.changed.fire(row);
    else this.refresh();
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

  /** A row's tooltip, asked for when it is hovered. */
  resolveTreeItem(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
    const row = this.model.describe(node);
    // Data text is Markdown without HTML and without command links (isTrusted stays false).
    if (row) item.tooltip = new vscode.MarkdownString(row.tooltip);
    return item;
  }

  getChildren(node?: TreeNode): TreeNode[] {
    return this.model.getChildren(node).map((child) => this.hand(child));
  }

  /**
   * Whether the tree has no rows at all. Answered without a row per team: after a reload VS Code
   * asks for the rows it shows, and making 10,000 of them here too would double that work.
   */
  isEmpty(): boolean {
    if (this.changedEntries() > 0 || this.store.current.handbook.teams.length > 0) return false;
    return this.getChildren().length === 0;
  }

  getParent(node: TreeNode): TreeNode | undefined {
    const parent = this.model.getParent(node);
    return parent && this.hand(parent);
  }

  /** Finds the node with this id among the current rows (used by reveal and by tests). */
  find(id: string): TreeNode | undefined {
    const visit = (nodes: TreeNode[]): TreeNode | undefined => {
      for (const n of nodes) {
        if (nodeId(n) === id) return n;
        const found = visit(this.getChildren(n));
        if (found) return found;
      }
      return undefined;
    };
    return visit(this.getChildren());
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
