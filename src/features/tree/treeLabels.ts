/**
 * The tree's own words, through vscode.l10n (the other strings built at run time are in
 * core/host/messages.ts; those of the contributions in package.nls.json).
 */
import vscode = require('vscode');
import type { TreeLabels } from './model/treeModel';

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
