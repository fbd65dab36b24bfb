/**
 * Every user-facing string the extension builds at run time, in one place, through vscode.l10n.
 * (Strings of the contributions in package.json are in package.nls.json.)
 */
import vscode = require('vscode');
import { escapeIcons, notificationText } from '../render/plainText';
import type { TreeLabels } from '../../features/tree/model/treeModel';

const t = vscode.l10n.t;

export const treeLabels: TreeLabels = {
  teams: t('Teams'),
  processes: t('Processes'),
  templates: t('Ticket templates'),
  meetings: t('Recurring team meetings'),
  slack: t('Slack channels and user groups'),
  stepOf: (position, total) => t('Step {0} of {1}', position, total),
  fieldCount: (count) => (count === 1 ? t('1 field') : t('{0} fields', count)),
  progress: (done, total) => t('{0} of {1}', done, total),
  openIntersection: t('Open Team Intersection'),
  showActions: t('Show Actions'),
  showDetails: t('Show Details'),
  kind: (kind) =>
    ({
      team: t('Team'),
      procedure: t('Procedure'),
      step: t('Step'),
      template: t('Template'),
      meeting: t('Meeting'),
      channel: t('Slack channel'),
      userGroup: t('Slack user group'),
      group: t('Group'),
    })[kind],
  nextMeeting: (date, daysAway) => {
    const formatted = new Date(`${date}T12:00:00Z`).toLocaleDateString(vscode.env.language, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
    return daysAway === 0 ? t('today') : daysAway === 1 ? t('tomorrow') : t('next {0}', formatted);
  },
  needsReferenceDate: t('next date needs a reference date'),
  invalidReferenceDate: t('invalid reference date in settings'),
  sent: t('Sent tickets'),
  customers: t('Customers'),
  myAccount: t('My account'),
  whatChanged: t('What changed'),
  changedEntries: (count) => (count === 1 ? t('1 entry changed') : t('{0} entries changed', count)),
};

export const messages = {
  unknownTemplate: (id: string) => t('CE Playbook has no template "{0}". Run "CE Playbook: Reload Data" or check your data files.', notificationText(id)),
  unknownTeam: (id: string) => t('CE Playbook has no team "{0}".', notificationText(id)),
  unknownEntry: (id: string) => t('CE Playbook has no entry "{0}"; it may have been removed from the data.', notificationText(id)),
  pickTemplate: t('Choose a template to insert'),
  pickTemplateToFill: t('Choose a template to fill in'),
  pickTemplateToCopy: t('Choose a template to fill in and copy for Slack'),
  pickTeam: t('Choose a team'),
  insert: t('Insert'),
  fillIn: t('Fill In…'),
  copyForSlack: t('Copy for Slack'),
  copyName: t('Copy Name'),
  openInSlack: t('Open in Slack'),
  copied: (what: string) => t('Copied {0} to the clipboard.', escapeIcons(what)),
  templateActionsTitle: (title: string) => t('{0}: what would you like to do?', title),
  channelActionsTitle: (name: string) => t('{0}: what would you like to do?', name),
  meetingDetail: (cadence: string, description: string) => t('{0}\n\n{1}', cadence, description),
};
