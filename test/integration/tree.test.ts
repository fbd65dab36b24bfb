import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, waitFor } from './support';

describe('sidebar tree (real TreeView)', () => {
  it('shows Teams and Processes, and the five teams in handbook order', async () => {
    const { tree } = await api();
    // A "What changed" row may come first when an earlier test changed the data (whatChanged.test.ts).
    const roots = tree.provider.getChildren().filter((r) => r.kind === 'root');
    assert.deepEqual(roots.map((r) => tree.provider.getTreeItem(r).label), ['Teams', 'Processes']);
    const teams = tree.provider.getChildren(roots[0]);
    assert.deepEqual(teams.map((t) => tree.provider.getTreeItem(t).label), ['Sales', 'Customer Support (CS)', 'Software Engineers (SWEs)', 'Product', 'Marketing']);
  });

  it('maps rows to TreeItems with id, icon, Markdown tooltip (on hover), accessibility label and context value', async () => {
    const { tree } = await api();
    const sales = tree.provider.find('team:sales')!;
    const item = tree.provider.getTreeItem(sales);
    assert.equal(item.id, 'team:sales');
    assert.equal(item.contextValue, 'team');
    assert.ok(item.iconPath instanceof vscode.ThemeIcon);
    assert.equal(item.tooltip, undefined, 'the tooltip is made when the row is hovered');
    const { tooltip } = tree.provider.resolveTreeItem(item, sales);
    assert.ok(tooltip instanceof vscode.MarkdownString);
    assert.match(tooltip.value, /\*\*Sales\*\*/);
    assert.equal(tooltip.isTrusted, undefined);
    assert.match(item.accessibilityInformation!.label, /Sales/);
    assert.equal(item.command?.command, 'cePlaybook.openIntersection');
    const step = tree.provider.getTreeItem(tree.provider.find('step:out-of-office/log-request')!);
    assert.equal((step.checkboxState as { state: vscode.TreeItemCheckboxState }).state, vscode.TreeItemCheckboxState.Unchecked);
    assert.equal(step.iconPath, undefined, 'a checklist step shows its checkbox, not an icon beside it');
    assert.match((step.checkboxState as { accessibilityInformation: { label: string } }).accessibilityInformation.label, /Log time off request in BambooHr/, 'the checkbox has a name of its own');
  });

  it('reveals a deep row (getParent works in the real view)', async () => {
    const { tree } = await api();
    await vscode.commands.executeCommand('workbench.view.extension.cePlaybook');
    const node = tree.provider.find('channel:customer-support')!;
    await tree.view.reveal(node, { select: true, focus: false, expand: true });
    await waitFor(() => tree.view.selection.some((n) => n.kind === 'channel' && n.channelId === 'customer-support'), 'the revealed row to be selected');
  });

  it('every command a row runs exists', async () => {
    const { tree } = await api();
    const commands = new Set(await vscode.commands.getCommands(true));
    const visit = (nodes: ReturnType<typeof tree.provider.getChildren>) => {
      for (const n of nodes) {
        const item = tree.provider.getTreeItem(n);
        if (item.command) assert.ok(commands.has(item.command.command), item.command.command);
        visit(tree.provider.getChildren(n));
      }
    };
    visit(tree.provider.getChildren());
  });
});
