/**
 * The out-of-office protocol as a checklist: its steps are checkboxes in the tree, ticks are kept
 * per user (global state) across reloads and restarts, and the parent row shows progress.
 */
import vscode = require('vscode');
import { escapeIcons } from '../../core/render/plainText';
import type { HandbookStore } from '../data/handbookStore';
import type { TreeFeature } from '../tree/register';
import { registerCommand } from '../../core/host/commands';
import { entryRef, stepKey } from '../../core/handbook/entryRef';

const KEY = 'cePlaybook.checklistTicks';
export const OOO_PROCEDURE = 'out-of-office';

export class ChecklistTicks {
  /** Fires the id of the checklist whose ticks changed. */
  private readonly changed = new vscode.EventEmitter<string>();
  readonly onDidChange = this.changed.event;
  constructor(private readonly memento: vscode.Memento) {}

  /** Ticked steps, by `stepKey`. */
  get checked(): ReadonlySet<string> {
    return new Set(this.memento.get<string[]>(KEY, []));
  }

  async set(procedureId: string, stepId: string, ticked: boolean): Promise<void> {
    const next = new Set(this.checked);
    const key = stepKey(procedureId, stepId);
    if (ticked) next.add(key);
    else next.delete(key);
    await this.memento.update(KEY, [...next]);
    this.changed.fire(procedureId);
  }

  async reset(procedureId: string): Promise<void> {
    await this.memento.update(KEY, [...this.checked].filter((k) => !k.startsWith(stepKey(procedureId, ''))));
    this.changed.fire(procedureId);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function registerChecklist(context: vscode.ExtensionContext, deps: { store: HandbookStore; tree: TreeFeature; ticks: ChecklistTicks }): void {
  const { tree, ticks, store } = deps;
  context.subscriptions.push(
    ticks,
    ticks.onDidChange((procedureId) => tree.refreshChecklist(procedureId)),
    tree.onDidChangeCheckboxState(async (event) => {
      for (const [node, state] of event.items) {
        if (node.kind === 'step') await ticks.set(node.procedureId, node.stepId, state === vscode.TreeItemCheckboxState.Checked);
      }
    }),
    registerCommand('cePlaybook.resetOooChecklist', async (checklist) => {
      const procedureId = checklist?.procedureId ?? OOO_PROCEDURE;
      await ticks.reset(procedureId);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Cleared the {0} checklist.', escapeIcons(store.current.procedure(procedureId)?.title ?? procedureId)), 3000);
    }),
    registerCommand('cePlaybook.showOooChecklist', async () => {
      await tree.reveal(entryRef.procedure(OOO_PROCEDURE), { focus: true });
    }),
  );
}
