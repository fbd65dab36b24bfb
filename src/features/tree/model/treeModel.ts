/**
 * The sidebar tree as plain data: which rows exist, their parents, and how each row looks. The
 * VS Code TreeDataProvider maps these descriptions one to one, so all of it is unit-testable.
 */
import { HandbookIndex } from '../../../core/handbook/handbookIndex';
import { entryKey, lookupEntry, type EntryRef, type GuideRef } from '../../../core/handbook/entryRef';
import { commandCall, type SentTicketRef } from '../../../core/commands/commandContract';
import { customerChildren, describeCustomer, describeCustomerTicket, type CustomerNode } from './customerRows';
import { describeChannel, describeMeeting, describeProcedure, describeStep, describeTemplate, describeUserGroup, type EntryRowContext, type EntryRowsState } from './entryRows';
import { titled, type RowDescription, type TreeLabels } from './rows';
import { markdownText } from '../../../core/render/plainText';
import type { Meeting, Team } from '../../../core/schema/schema';
import type { TreeRowKind } from '../../../core/commands/treeRows';

export type { RowCommand, RowDescription, TreeLabels } from './rows';

/** Rows whose kinds the command arguments know (core/commands/treeRows.ts): an unlisted kind does not compile. */
type RowsOfKnownKinds<Row extends { kind: TreeRowKind }> = Row;

/** A row: an entry of the handbook (the same reference search and links use), or a heading. */
export type TreeNode = RowsOfKnownKinds<
  | Exclude<EntryRef, GuideRef>
  | { kind: 'root'; root: 'teams' | 'processes' | 'customers' | 'sent' }
  /** A ticket the CE sent to Slack (see features/slack/model/sentTickets.ts); under a customer, with its id. */
  | SentTicketRef
  /** A customer of the team's data, and the tickets sent for it (see customerRows.ts). */
  | CustomerNode
  | { kind: 'group'; group: 'templates' | 'meetings' | 'slack' }
  /** Shown first while the data differs from what the user last saw (see features/whatChanged/model/seenData.ts). */
  | { kind: 'whatChanged' }
>;

export interface TreeState extends EntryRowsState {
  /** How many entries changed since the user last looked; 0 or absent: no "What changed" row. */
  changedEntries?: number;
  /** The "Sent tickets" rows, newest first; their look comes with the Slack delivery code. */
  sent?: { ids(): string[]; describe(sentId: string): RowDescription | undefined; customers?(): Array<{ id: string; customer?: string }> };
  /** The CE's name or Slack user id (setting cePlaybook.me): their accounts come first. */
  me?: string;
}

/** The row's id: an entry's `entryKey` (e.g. `team:sales`), or `root:…` / `group:…`. */
export function nodeId(node: TreeNode): string {
  switch (node.kind) {
    case 'root': return `root:${node.root}`;
    case 'whatChanged': return 'whatChanged';
    case 'sentTicket': return 'customerId' in node ? `customer:${node.customerId}/sent:${node.sentId}` : `sent:${node.sentId}`;
    case 'customer': return `customer:${node.customerId}`;
    case 'group': return `group:${node.group}`;
    default: return entryKey(node);
  }
}

/**
 * Tooltips are Markdown; data in them shows as typed (markdownText escapes every punctuation
 * character), so no link, image, autolink, HTML or entity from data forms in any spelling.
 */
const md = markdownText;

export class TreeModel {
  /** The team of each team row this model listed, so describing the row needs no lookup by id. */
  private readonly listedTeams = new WeakMap<TreeNode, Team>();
  /** What the rows of entries under Processes are described with (entryRows.ts). */
  private readonly entryRows: EntryRowContext;

  constructor(
    private readonly index: HandbookIndex,
    private readonly labels: TreeLabels,
    private readonly state: TreeState = { checked: new Set() },
  ) {
    this.entryRows = { index, labels, state };
  }

  getChildren(node?: TreeNode): TreeNode[] {
    const h = this.index.handbook;
    if (!node) {
      // A root with nothing under it is left out; with neither, the view shows its welcome text.
      const roots: TreeNode[] = [{ kind: 'root', root: 'teams' }, { kind: 'root', root: 'processes' }, { kind: 'root', root: 'customers' }, { kind: 'root', root: 'sent' }];
      const changed: TreeNode[] = this.state.changedEntries ? [{ kind: 'whatChanged' }] : [];
      return [...changed, ...roots.filter((r) => this.getChildren(r).length > 0)];
    }
    switch (node.kind) {
      case 'root':
        if (node.root === 'teams') {
          return h.teams.map((team) => {
            const row: TreeNode = { kind: 'team', teamId: team.id };
            this.listedTeams.set(row, team);
            return row;
          });
        }
        if (node.root === 'sent') return (this.state.sent?.ids() ?? []).map((sentId) => ({ kind: 'sentTicket', sentId }));
        if (node.root === 'customers') return customerChildren(this.index, this.state, node);
        return [
          ...this.index.situationalProcedures().map((p): TreeNode => ({ kind: 'procedure', procedureId: p.id })),
          ...(h.templates.length ? [{ kind: 'group', group: 'templates' } as const] : []),
          ...(h.meetings.length ? [{ kind: 'group', group: 'meetings' } as const] : []),
          ...this.index.checklists().map((p): TreeNode => ({ kind: 'procedure', procedureId: p.id })),
          ...(h.channels.length || h.userGroups.length ? [{ kind: 'group', group: 'slack' } as const] : []),
        ];
      case 'customer':
        return customerChildren(this.index, this.state, node);
      case 'procedure':
        return (this.index.procedure(node.procedureId)?.steps ?? []).map((s) => ({ kind: 'step', procedureId: node.procedureId, stepId: s.id }));
      case 'group':
        switch (node.group) {
          case 'templates': return h.templates.map((t) => ({ kind: 'template', templateId: t.id }));
          case 'meetings': return h.meetings.map((m) => ({ kind: 'meeting', meetingId: m.id }));
          case 'slack': return [
            ...h.channels.map((c): TreeNode => ({ kind: 'channel', channelId: c.id })),
            ...h.userGroups.map((g): TreeNode => ({ kind: 'userGroup', userGroupId: g.id })),
          ];
        }
        break;
      default:
        return [];
    }
    return [];
  }

  getParent(node: TreeNode): TreeNode | undefined {
    switch (node.kind) {
      case 'root':
      case 'whatChanged': return undefined;
      case 'team': return { kind: 'root', root: 'teams' };
      case 'procedure':
      case 'group': return { kind: 'root', root: 'processes' };
      case 'sentTicket': return 'customerId' in node ? { kind: 'customer', customerId: node.customerId } : { kind: 'root', root: 'sent' };
      case 'customer': return { kind: 'root', root: 'customers' };
      case 'step': return { kind: 'procedure', procedureId: node.procedureId };
      case 'template': return { kind: 'group', group: 'templates' };
      case 'meeting': return { kind: 'group', group: 'meetings' };
      case 'channel':
      case 'userGroup': return { kind: 'group', group: 'slack' };
    }
  }

  meetingNote(meeting: Meeting): string | undefined {
    return this.state.meetingNote?.(meeting);
  }

  /** How the row looks; undefined for an entry that is no longer in the data. */
  describe(node: TreeNode): RowDescription | undefined {
    switch (node.kind) {
      case 'root': return this.describeRoot(node);
      case 'sentTicket': return 'customerId' in node ? describeCustomerTicket(this.state, node) : this.state.sent?.describe(node.sentId);
      case 'customer': return describeCustomer(this.index, this.labels, this.state, node);
      case 'whatChanged': return this.describeWhatChanged(node);
      case 'team': return this.describeTeam(node);
      case 'procedure': return describeProcedure(this.entryRows, node);
      case 'step': return describeStep(this.entryRows, node);
      case 'group': return this.describeGroup(node);
      case 'template': return describeTemplate(this.entryRows, node);
      case 'meeting': return describeMeeting(this.entryRows, node);
      case 'channel': return describeChannel(this.entryRows, node);
      case 'userGroup': return describeUserGroup(this.entryRows, node);
    }
  }

  private describeRoot(node: Extract<TreeNode, { kind: 'root' }>): RowDescription {
    const L = this.labels;
    const id = nodeId(node);
    const { label, icon } = { teams: { label: L.teams, icon: 'organization' }, processes: { label: L.processes, icon: 'checklist' }, customers: { label: L.customers, icon: 'briefcase' }, sent: { label: L.sent, icon: 'send' } }[node.root];
    const open = node.root === 'teams' || node.root === 'processes';
    // Sent tickets start collapsed (their rows load the Slack delivery code), and so do customers (a team may have hundreds).
    return { id, label, tooltip: md(label), accessibilityLabel: label, icon, contextValue: node.root === 'sent' ? 'sentTickets' : 'root', collapsible: open ? 'expanded' : 'collapsed' };
  }

  private describeWhatChanged(node: Extract<TreeNode, { kind: 'whatChanged' }>): RowDescription {
    const L = this.labels;
    const id = nodeId(node);
    const description = L.changedEntries(this.state.changedEntries ?? 0);
    return {
      id, label: L.whatChanged, description, tooltip: md(`${L.whatChanged}: ${description}`), accessibilityLabel: `${L.whatChanged}, ${description}`,
      icon: 'diff', contextValue: 'whatChanged', collapsible: 'none',
      command: titled(L.whatChanged, commandCall('cePlaybook.showChanges')),
    };
  }

  private describeTeam(node: Extract<TreeNode, { kind: 'team' }>): RowDescription | undefined {
    const L = this.labels;
    const id = nodeId(node);
    const team = this.listedTeams.get(node) ?? lookupEntry(this.index, node);
    if (!team) return undefined;
    return {
      id, label: team.name,
      get tooltip() { return `**${md(team.name)}**\n\n${md(team.valueToTeam.label)}: ${md(team.valueToTeam.text)}`; },
      accessibilityLabel: `${L.kind('team')}: ${team.name}`,
      icon: 'organization', contextValue: 'team', collapsible: 'none',
      command: titled(L.openIntersection, commandCall('cePlaybook.openIntersection', node)),
    };
  }

  private describeGroup(node: Extract<TreeNode, { kind: 'group' }>): RowDescription {
    const L = this.labels;
    const id = nodeId(node);
    const label = node.group === 'templates' ? L.templates : node.group === 'meetings' ? L.meetings : L.slack;
    const icon = node.group === 'templates' ? 'notebook-template' : node.group === 'meetings' ? 'calendar' : 'comment-discussion';
    return { id, label, tooltip: md(label), accessibilityLabel: `${L.kind('group')}: ${label}`, icon, contextValue: `group`, collapsible: 'collapsed' };
  }

}

