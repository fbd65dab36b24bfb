/**
 * The tree's rows of handbook entries under Processes: procedures and their steps (a checklist's
 * steps with their checkboxes), templates, meetings (with their next date), Slack channels and user
 * groups. Data shows as typed in tooltips (markdownText); tooltips are built when read.
 */
import type { HandbookIndex } from '../../../core/handbook/handbookIndex';
import { entryKey, lookupEntry, stepKey, type ChannelRef, type MeetingRef, type ProcedureRef, type StepRef, type TemplateRef, type UserGroupRef } from '../../../core/handbook/entryRef';
import { commandCall } from '../../../core/commands/commandContract';
import { firstSentence, markdownText } from '../../../core/render/plainText';
import type { Meeting, Procedure } from '../../../core/schema/schema';
import { titled, type RowDescription, type TreeLabels } from './rows';

/** What the entry rows show besides the data: ticked checklist steps and a meeting's next date. */
export interface EntryRowsState {
  /** Ticked checklist steps, by `stepKey`. */
  checked: ReadonlySet<string>;
  /** What a meeting row says about its next date (see features/tree/model/meetingNote.ts). */
  meetingNote?: (meeting: Meeting) => string | undefined;
}

export interface EntryRowContext {
  index: HandbookIndex;
  labels: TreeLabels;
  state: EntryRowsState;
}

const md = markdownText;

export function describeProcedure({ index, labels: L, state }: EntryRowContext, node: ProcedureRef): RowDescription | undefined {
  const id = entryKey(node);
  const p = lookupEntry(index, node);
  if (!p) return undefined;
  const done = p.ordered ? p.steps.filter((s) => state.checked.has(stepKey(p.id, s.id))).length : 0;
  const description = p.ordered ? L.progress(done, p.steps.length) : undefined;
  return {
    id, label: p.title, description,
    get tooltip() { return `**${md(p.title)}**\n\n${md(p.summary ?? p.intro ?? '')}`; },
    accessibilityLabel: `${L.kind('procedure')}: ${p.title}${description ? `, ${description}` : ''}`,
    icon: p.ordered ? 'tasklist' : 'question', contextValue: p.ordered ? 'checklist' : 'procedure', collapsible: 'collapsed',
  };
}

export function describeStep({ index, labels: L, state }: EntryRowContext, node: StepRef): RowDescription | undefined {
  const id = entryKey(node);
  const found = lookupEntry(index, node);
  if (!found) return undefined;
  const { procedure: p, step, position } = found;
  const label = stepLabel(p, position);
  const checked = state.checked.has(stepKey(p.id, step.id));
  return {
    id, label,
    description: p.ordered ? undefined : step.label,
    get tooltip() { return `${step.label ? `**${md(step.label)}**\n\n` : ''}${md(step.text)}`; },
    accessibilityLabel: `${L.stepOf(position + 1, p.steps.length)}: ${step.text}`,
    icon: p.ordered ? 'circle-small' : step.template ? 'note' : step.userGroup ? 'mention' : 'arrow-right',
    contextValue: p.ordered ? 'checklistStep' : step.template ? 'stepWithTemplate' : 'step',
    collapsible: 'none',
    command: titled(L.showDetails, commandCall('cePlaybook.showStep', node)),
    ...(p.ordered ? { checkbox: checked ? 'checked' : 'unchecked' } : {}),
  };
}

export function describeTemplate({ index, labels: L }: EntryRowContext, node: TemplateRef): RowDescription | undefined {
  const id = entryKey(node);
  const t = lookupEntry(index, node);
  if (!t) return undefined;
  const fields = () => t.fields.map((f) => `- ${md(f.label)}:${f.required ? '' : ' _(optional)_'}`).join('\n');
  return {
    id, label: t.title, description: L.fieldCount(t.fields.length),
    get tooltip() { return `**${md(t.title)}**\n\n${md(t.description)}\n\n${fields()}`; },
    accessibilityLabel: `${L.kind('template')}: ${t.title}, ${L.fieldCount(t.fields.length)}`,
    icon: 'note', contextValue: 'template', collapsible: 'none',
    command: titled(L.showActions, commandCall('cePlaybook.templateActions', node)),
  };
}

export function describeMeeting({ index, labels: L, state }: EntryRowContext, node: MeetingRef): RowDescription | undefined {
  const id = entryKey(node);
  const m = lookupEntry(index, node);
  if (!m) return undefined;
  const next = state.meetingNote?.(m);
  return {
    id, label: m.name, description: next ? `${m.cadence.text} · ${next}` : m.cadence.text,
    get tooltip() { return `**${md(m.name)}** (${md(m.cadence.text)})${next ? ` · ${md(next)}` : ''}\n\n${md(m.description)}`; },
    accessibilityLabel: `${L.kind('meeting')}: ${m.name}, ${m.cadence.text}`,
    icon: 'calendar', contextValue: 'meeting', collapsible: 'none',
    command: titled(L.showDetails, commandCall('cePlaybook.showMeeting', node)),
  };
}

export function describeChannel({ index, labels: L }: EntryRowContext, node: ChannelRef): RowDescription | undefined {
  const id = entryKey(node);
  const c = lookupEntry(index, node);
  if (!c) return undefined;
  return {
    id, label: c.name, description: c.description,
    get tooltip() { return `**${md(c.name)}**\n\n${md(c.description)}`; },
    accessibilityLabel: `${L.kind('channel')}: ${c.name}, ${c.description}`,
    icon: 'comment', contextValue: 'channel', collapsible: 'none',
    command: titled(L.showActions, commandCall('cePlaybook.channelActions', node)),
  };
}

export function describeUserGroup({ index, labels: L }: EntryRowContext, node: UserGroupRef): RowDescription | undefined {
  const id = entryKey(node);
  const g = lookupEntry(index, node);
  if (!g) return undefined;
  const channel = g.channel ? index.channel(g.channel)?.name : undefined;
  return {
    id, label: g.name, description: channel,
    get tooltip() { return `**${md(g.name)}**${channel ? ` · ${md(channel)}` : ''}${g.description ? `\n\n${md(g.description)}` : ''}`; },
    accessibilityLabel: `${L.kind('userGroup')}: ${g.name}${channel ? `, ${channel}` : ''}`,
    icon: 'mention', contextValue: 'userGroup', collapsible: 'none',
    command: titled(L.showActions, commandCall('cePlaybook.channelActions', node)),
  };
}

/** Checklist steps keep the handbook's numbering; situations show the handbook's sentence. */
function stepLabel(p: Procedure, position: number): string {
  const step = p.steps[position];
  return p.ordered ? `${position + 1}. ${step.text}` : firstSentence(step.text);
}
