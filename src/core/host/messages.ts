/**
 * The user-facing strings several capabilities build at run time, through vscode.l10n. A
 * capability's own words are in its folder (the tree's in features/tree/treeLabels.ts, a page's in
 * its <name>Labels.ts); strings of the contributions in package.json are in package.nls.json.
 */
import vscode = require('vscode');
import { escapeIcons, notificationText } from '../render/plainText';

const t = vscode.l10n.t;

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
