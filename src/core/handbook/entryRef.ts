/**
 * Which entry of the handbook: the one reference type the tree rows, search results, links and
 * command arguments share. A reference is plain data (it survives `executeCommand` and a webview
 * message); whether the entry still exists is asked of the current data with `lookupEntry`.
 */
import type { Channel, Guide, Meeting, Procedure, Step, Team, Template, UserGroup } from '../schema/schema';
import type { HandbookIndex } from './handbookIndex';

export type EntryRef =
  | { kind: 'team'; teamId: string }
  | { kind: 'procedure'; procedureId: string }
  | { kind: 'step'; procedureId: string; stepId: string }
  | { kind: 'template'; templateId: string }
  | { kind: 'meeting'; meetingId: string }
  | { kind: 'channel'; channelId: string }
  | { kind: 'userGroup'; userGroupId: string }
  | { kind: 'guide'; guideId: string };

export type EntryKind = EntryRef['kind'];
export type RefOf<K extends EntryKind> = Extract<EntryRef, { kind: K }>;

export type TeamRef = RefOf<'team'>;
export type ProcedureRef = RefOf<'procedure'>;
export type StepRef = RefOf<'step'>;
export type TemplateRef = RefOf<'template'>;
export type MeetingRef = RefOf<'meeting'>;
export type ChannelRef = RefOf<'channel'>;
export type UserGroupRef = RefOf<'userGroup'>;
export type GuideRef = RefOf<'guide'>;

/** Builders, so no caller spells out the object by hand. */
export const entryRef = {
  team: (teamId: string): TeamRef => ({ kind: 'team', teamId }),
  procedure: (procedureId: string): ProcedureRef => ({ kind: 'procedure', procedureId }),
  step: (procedureId: string, stepId: string): StepRef => ({ kind: 'step', procedureId, stepId }),
  template: (templateId: string): TemplateRef => ({ kind: 'template', templateId }),
  meeting: (meetingId: string): MeetingRef => ({ kind: 'meeting', meetingId }),
  channel: (channelId: string): ChannelRef => ({ kind: 'channel', channelId }),
  userGroup: (userGroupId: string): UserGroupRef => ({ kind: 'userGroup', userGroupId }),
  guide: (guideId: string): GuideRef => ({ kind: 'guide', guideId }),
};

/** The entry's id within its kind; a step's is `procedure/step` (as checklist ticks store it). */
export function entryId(ref: EntryRef): string {
  switch (ref.kind) {
    case 'team': return ref.teamId;
    case 'procedure': return ref.procedureId;
    case 'step': return stepKey(ref.procedureId, ref.stepId);
    case 'template': return ref.templateId;
    case 'meeting': return ref.meetingId;
    case 'channel': return ref.channelId;
    case 'userGroup': return ref.userGroupId;
    case 'guide': return ref.guideId;
  }
}

/** A step's id across procedures, e.g. `out-of-office/notify-team`. */
export function stepKey(procedureId: string, stepId: string): string {
  return `${procedureId}/${stepId}`;
}

/** A key unique across kinds, e.g. `team:sales` or `step:out-of-office/notify-team`. */
export function entryKey(ref: EntryRef): string {
  return `${ref.kind}:${entryId(ref)}`;
}

export interface EntryOf {
  team: Team;
  procedure: Procedure;
  step: { procedure: Procedure; step: Step; position: number };
  template: Template;
  meeting: Meeting;
  channel: Channel;
  userGroup: UserGroup;
  guide: Guide;
}

/** The entry a reference points at in the current data, or undefined once it is gone. */
export function lookupEntry<K extends EntryKind>(index: HandbookIndex, ref: RefOf<K>): EntryOf[K] | undefined;
export function lookupEntry(index: HandbookIndex, ref: EntryRef): EntryOf[EntryKind] | undefined {
  switch (ref.kind) {
    case 'team': return index.team(ref.teamId);
    case 'procedure': return index.procedure(ref.procedureId);
    case 'step': {
      const procedure = index.procedure(ref.procedureId);
      const position = procedure?.steps.findIndex((s) => s.id === ref.stepId) ?? -1;
      return procedure && position >= 0 ? { procedure, step: procedure.steps[position], position } : undefined;
    }
    case 'template': return index.template(ref.templateId);
    case 'meeting': return index.meeting(ref.meetingId);
    case 'channel': return index.channel(ref.channelId);
    case 'userGroup': return index.userGroup(ref.userGroupId);
    case 'guide': return index.guide(ref.guideId);
  }
}
