import assert from 'node:assert/strict';
import { HandbookIndex } from '../../src/core/handbook/handbookIndex';
import { nodeId, TreeModel, type TreeNode } from '../../src/features/tree/model/treeModel';
import { bundledHandbook } from './helpers';
import { testTreeLabels } from './labels';

describe('tree model', () => {
  const index = new HandbookIndex(bundledHandbook());
  const model = new TreeModel(index, testTreeLabels, { checked: new Set(['out-of-office/log-request', 'out-of-office/coverage-plan']) });
  const labels = (nodes: TreeNode[]) => nodes.map((n) => model.describe(n)!.label);
  const all = (): TreeNode[] => {
    const out: TreeNode[] = [];
    const walk = (nodes: TreeNode[]) => nodes.forEach((n) => { out.push(n); walk(model.getChildren(n)); });
    walk(model.getChildren());
    return out;
  };

  it('has two roots, Teams and Processes, expanded', () => {
    const roots = model.getChildren();
    assert.deepEqual(labels(roots), ['Teams', 'Processes']);
    assert.ok(roots.every((r) => model.describe(r)!.collapsible === 'expanded'));
  });

  it('lists the five teams in handbook order, each opening its panel', () => {
    const teams = model.getChildren({ kind: 'root', root: 'teams' });
    assert.deepEqual(labels(teams), ['Sales', 'Customer Support (CS)', 'Software Engineers (SWEs)', 'Product', 'Marketing']);
    for (const t of teams) {
      const row = model.describe(t)!;
      assert.equal(row.contextValue, 'team');
      assert.deepEqual(row.command?.command, 'cePlaybook.openIntersection');
      assert.deepEqual(row.command?.arguments, [t]);
    }
  });

  it('lists the processes in the order: engaging support, templates, meetings, out of office, Slack', () => {
    const processes = model.getChildren({ kind: 'root', root: 'processes' });
    assert.deepEqual(labels(processes), ['Engaging support on a customer issue', 'Ticket templates', 'Recurring team meetings', 'OOO Protocols', 'Slack channels and user groups']);
  });

  it('shows meeting cadence, channel purpose and checklist progress as descriptions', () => {
    assert.equal(model.describe({ kind: 'meeting', meetingId: 'ce-sales-office-hours' })!.description, 'bi-weekly on Tuesdays');
    assert.equal(model.describe({ kind: 'channel', channelId: 'feedback' })!.description, 'Where CEs can share customer feedback with product.');
    assert.equal(model.describe({ kind: 'procedure', procedureId: 'out-of-office' })!.description, '2 of 5');
    assert.equal(model.describe({ kind: 'userGroup', userGroupId: 'cs-leadership' })!.description, '#customer-support');
  });

  it('numbers the out-of-office steps in order, as checkboxes', () => {
    const steps = model.getChildren({ kind: 'procedure', procedureId: 'out-of-office' });
    assert.deepEqual(labels(steps), [
      '1. Log time off request in BambooHr',
      '2. Log their time off on the team calendar',
      '3. Work with their manager to identify a coverage plan',
      '4. Notify their customers through the appropriate channel of their upcoming OOO',
      '5. Update their slack status accordingly with OOO dates indicated',
    ]);
    assert.deepEqual(steps.map((s) => model.describe(s)!.checkbox), ['checked', 'unchecked', 'checked', 'unchecked', 'unchecked']);
  });

  it('gives every row a unique stable id, an icon, a tooltip, an accessibility label and a context value', () => {
    const nodes = all();
    assert.ok(nodes.length > 30);
    const ids = nodes.map((n) => model.describe(n)!.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const n of nodes) {
      const row = model.describe(n)!;
      assert.equal(row.id, nodeId(n));
      for (const key of ['icon', 'tooltip', 'accessibilityLabel', 'contextValue', 'label'] as const) assert.ok(row[key], `${row.id} lacks ${key}`);
    }
  });

  it('every leaf does something when clicked', () => {
    for (const n of all().filter((x) => model.describe(x)!.collapsible === 'none')) {
      assert.ok(model.describe(n)!.command, `${nodeId(n)} has no command`);
    }
  });

  it('getParent is the inverse of getChildren, for every row (so reveal works)', () => {
    const check = (parent: TreeNode | undefined) => {
      for (const child of model.getChildren(parent)) {
        const p = model.getParent(child);
        assert.equal(p && nodeId(p), parent && nodeId(parent), nodeId(child));
        check(child);
      }
    };
    check(undefined);
  });

  it('describes a team row another model listed from the data it holds itself, never from the data of that listing', () => {
    const before = new TreeModel(new HandbookIndex(bundledHandbook()), testTreeLabels);
    const listed = before.getChildren({ kind: 'root', root: 'teams' });
    const changed = bundledHandbook();
    changed.teams[0].name = 'Sales (renamed)';
    changed.teams.splice(1, 1);
    const after = new TreeModel(new HandbookIndex(changed), testTreeLabels);
    assert.equal(after.describe(listed[0])?.label, 'Sales (renamed)');
    assert.equal(after.describe(listed[1]), undefined, 'a team that is gone has no row');
    assert.equal(before.describe(listed[0])?.label, 'Sales');
  });

  it('tooltips escape Markdown in names, so data cannot inject links', () => {
    const h = bundledHandbook();
    h.channels[0].description = 'See [evil](command:workbench.action.reloadWindow) *now*';
    const row = new TreeModel(new HandbookIndex(h), testTreeLabels).describe({ kind: 'channel', channelId: h.channels[0].id })!;
    assert.ok(!row.tooltip.includes('[evil]('), row.tooltip);
    assert.ok(row.tooltip.includes('\\[evil\\]\\(command\\:'));
  });

  it('has no rows at all when the data is empty, so the view shows its welcome text', () => {
    const h = bundledHandbook();
    for (const key of ['teams', 'procedures', 'templates', 'meetings', 'channels', 'userGroups'] as const) h[key] = [];
    assert.deepEqual(new TreeModel(new HandbookIndex(h), testTreeLabels).getChildren(), []);
    const onlyTeams = bundledHandbook();
    for (const key of ['procedures', 'templates', 'meetings', 'channels', 'userGroups'] as const) onlyTeams[key] = [];
    assert.deepEqual(new TreeModel(new HandbookIndex(onlyTeams), testTreeLabels).getChildren().map((n) => n.kind === 'root' && n.root), ['teams']);
  });

  it('drops groups that have nothing in them', () => {
    const h = bundledHandbook();
    h.meetings = [];
    const m = new TreeModel(new HandbookIndex(h), testTreeLabels);
    assert.ok(!m.getChildren({ kind: 'root', root: 'processes' }).some((n) => n.kind === 'group' && n.group === 'meetings'));
  });

  it('shows a collapsed "Sent tickets" root only when there are sent tickets, with rows described by its source', () => {
    const described: string[] = [];
    const sent = {
      ids: () => ['a', 'b'],
      describe: (sentId: string) => { described.push(sentId); return { id: `sent:${sentId}`, label: sentId, tooltip: sentId, accessibilityLabel: sentId, icon: 'send', contextValue: 'sentTicket', collapsible: 'none' as const }; },
    };
    const m = new TreeModel(index, testTreeLabels, { checked: new Set(), sent });
    const root = m.getChildren().find((n) => n.kind === 'root' && n.root === 'sent')!;
    assert.equal(m.describe(root)!.label, 'Sent tickets');
    assert.equal(m.describe(root)!.collapsible, 'collapsed');
    assert.deepEqual(described, [], 'rows are described only when asked for');
    const rows = m.getChildren(root);
    assert.deepEqual(rows, [{ kind: 'sentTicket', sentId: 'a' }, { kind: 'sentTicket', sentId: 'b' }]);
    assert.equal(m.describe(rows[1])!.id, nodeId(rows[1]));
    assert.deepEqual(m.getParent(rows[0]), root);
    const empty = new TreeModel(index, testTreeLabels, { checked: new Set(), sent: { ids: () => [], describe: () => undefined } });
    assert.ok(!empty.getChildren().some((n) => n.kind === 'root' && n.root === 'sent'));
  });
});
