/**
 * What opening an entry runs, wherever the entry was chosen (a search result, a link): a team's
 * page, a template's or channel's actions, a meeting's or step's details, a guide's flow.
 */
import { entryRef, type EntryRef } from '../handbook/entryRef';
import type { HandbookIndex } from '../handbook/handbookIndex';
import { commandCall, type CommandCall } from './commandContract';

export function openEntryCall(index: HandbookIndex, ref: EntryRef): CommandCall | undefined {
  switch (ref.kind) {
    case 'team': return commandCall('cePlaybook.openIntersection', ref);
    case 'template': return commandCall('cePlaybook.templateActions', ref);
    case 'meeting': return commandCall('cePlaybook.showMeeting', ref);
    case 'channel':
    case 'userGroup': return commandCall('cePlaybook.channelActions', ref);
    case 'guide': return commandCall('cePlaybook.getHelp', ref);
    case 'procedure':
    case 'step': {
      // A step of a team's procedure belongs to that team's page; a checklist step to the tree.
      const team = index.procedure(ref.procedureId)?.team;
      if (team) return commandCall('cePlaybook.openIntersection', entryRef.team(team));
      return ref.kind === 'step' ? commandCall('cePlaybook.showStep', ref) : undefined;
    }
  }
}
