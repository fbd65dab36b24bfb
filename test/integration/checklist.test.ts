import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api } from './support';
import { nodeId, type TreeNode } from '../../src/features/tree/model/treeModel';

describe('out-of-office checklist', () => {
  after(async () => { await vscode.commands.executeCommand('cePlaybook.resetOooChecklist'); });

  it('ticks are shown as checkboxes, counted on the parent row, and cleared by the reset command', async () => {
    const { tree, ticks } = await api();
    await vscode.commands.executeCommand('cePlaybook.resetOooChecklist');
    const parent = () => tree.provider.getTreeItem(tree.provider.find('procedure:out-of-office')!);
    const step = (id: string) => tree.provider.getTreeItem(tree.provider.find(`step:out-of-office/${id}`)!);
    assert.equal(parent().description, '0 of 5');
    await ticks.set('out-of-office', 'log-request', true);
    await ticks.set('out-of-office', 'coverage-plan', true);
    assert.equal(parent().description, '2 of 5');
    assert.equal((step('log-request').checkboxState as { state: vscode.TreeItemCheckboxState }).state, vscode.TreeItemCheckboxState.Checked);
    assert.equal((step('team-calendar').checkboxState as { state: vscode.TreeItemCheckboxState }).state, vscode.TreeItemCheckboxState.Unchecked);
    assert.deepEqual([...ticks.checked].sort(), ['out-of-office/coverage-plan', 'out-of-office/log-request']);
    await vscode.commands.executeCommand('cePlaybook.resetOooChecklist');
    assert.equal(parent().description, '0 of 5');
    assert.equal((step('log-request').checkboxState as { state: vscode.TreeItemCheckboxState }).state, vscode.TreeItemCheckboxState.Unchecked);
  });

  it('a tick refreshes only its checklist row (a whole-tree refresh makes a click on another row fail)', async () => {
    const { tree, ticks, store } = await api();
    tree.provider.getChildren(); // the rows VS Code has been handed
    tree.provider.find('procedure:out-of-office');
    const fired: (string | undefined)[] = [];
    const listening = tree.provider.onDidChangeTreeData((node) => fired.push(node ? nodeId(node as TreeNode) : undefined));
    try {
      await ticks.set('out-of-office', 'log-request', true);
      await ticks.set('out-of-office', 'log-request', false);
      // The same data again (a workspace without data files reloads): nothing to redraw.
      store.replace(store.current.handbook, store.status);
      tree.provider.refreshIfDayChanged();
    } finally {
      listening.dispose();
    }
    assert.deepEqual(fired, ['procedure:out-of-office', 'procedure:out-of-office']);
  });

  it('Show Out-of-Office Checklist reveals and selects the checklist row', async () => {
    const { tree } = await api();
    await vscode.commands.executeCommand('cePlaybook.showOooChecklist');
    assert.ok(tree.view.selection.some((n) => n.kind === 'procedure' && n.procedureId === 'out-of-office'));
  });
});
