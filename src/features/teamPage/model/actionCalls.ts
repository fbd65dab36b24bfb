/** Which command each team page button runs (the same commands as the palette and the tree). */
import { commandCall, type CommandCall } from '../../../core/commands/commandContract';
import { entryRef } from '../../../core/handbook/entryRef';
import type { HandbookIndex } from '../../../core/handbook/handbookIndex';
import type { TeamPageAction } from '../teamPageMessages';

export const ACTION_CALLS: Record<TeamPageAction, (id: string, index: HandbookIndex) => CommandCall> = {
  composeTicket: (id) => commandCall('cePlaybook.composeTicket', entryRef.template(id)),
  insertTemplate: (id) => commandCall('cePlaybook.insertTemplate', entryRef.template(id)),
  fillTemplate: (id) => commandCall('cePlaybook.fillTemplate', entryRef.template(id)),
  copyTemplate: (id) => commandCall('cePlaybook.copyTemplateForSlack', entryRef.template(id)),
  // The copy button is on channels and user groups alike.
  copyChannel: (id, index) => commandCall('cePlaybook.copyChannel', index.channel(id) ? entryRef.channel(id) : entryRef.userGroup(id)),
  openChannel: (id) => commandCall('cePlaybook.openChannel', entryRef.channel(id)),
  openSource: (id) => commandCall('cePlaybook.openSource', entryRef.team(id)),
};
