/** The words a team page adds to the handbook's text. */
import vscode = require('vscode');
import type { TeamPageLabels } from './model/teamPageHtml';

const t = vscode.l10n.t;

export const teamPageLabels: TeamPageLabels = {
  howToEngage: t('How to engage'),
  whereToGo: t('Where to go'),
  templates: t('Templates'),
  meetings: t('Recurring meetings'),
  source: t('Source'),
  noRoutes: t('The handbook names no particular route for this team; use the channels below.'),
  noChannels: t('The handbook names no Slack channel for this team.'),
  noTemplates: t('No template belongs to this team.'),
  noMeetings: t('No recurring meeting belongs to this team.'),
  insert: t('Insert'),
  compose: t('Compose…'),
  composeNamed: (template) => t('Compose {0}…', template),
  fillIn: t('Fill In…'),
  fillInNamed: (template) => t('Fill In {0}…', template),
  insertNamed: (template) => t('Insert {0}', template),
  copyForSlack: t('Copy for Slack'),
  copy: t('Copy'),
  openInSlack: t('Open in Slack'),
  openSource: t('Open Source Section'),
  optional: t('(optional)'),
  tagIn: (group, channel) => t('Tag {0} in {1}', group, channel),
  sourceOf: (page, section) => t('Source: "{0}", section "{1}"', page, section),
  origin: (file) => t('Changed by {0}', file),
  pageTitle: (team) => t('CE and {0}', team),
  pageSubtitle: (team) => t('How Customer Engineering and {0} work together', team),
  changed: t('Changed'),
};
