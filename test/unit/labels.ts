/** Plain test versions of the words the UI adds (the real ones come from vscode.l10n). */
import type { TreeLabels } from '../../src/features/tree/model/treeModel';
import type { IconName, TeamPageLabels } from '../../src/features/teamPage/model/teamPageHtml';
import type { ComposerLabels } from '../../src/features/composer/model/composerHtml';

export const testTreeLabels: TreeLabels = {
  teams: 'Teams',
  processes: 'Processes',
  templates: 'Ticket templates',
  meetings: 'Recurring team meetings',
  slack: 'Slack channels and user groups',
  stepOf: (p, t) => `Step ${p} of ${t}`,
  fieldCount: (n) => `${n} fields`,
  progress: (d, t) => `${d} of ${t}`,
  openIntersection: 'Open Team Intersection',
  showActions: 'Show Actions',
  showDetails: 'Show Details',
  kind: (k) => k,
  nextMeeting: (date, days) => (days === 0 ? `today` : `next ${date}`),
  needsReferenceDate: 'needs a reference date',
  invalidReferenceDate: 'invalid reference date',
  sent: 'Sent tickets',
  customers: 'Customers',
  myAccount: 'My account',
  whatChanged: 'What changed',
  changedEntries: (n) => `${n} entries changed`,
};

export const testTeamPageLabels: TeamPageLabels = {
  howToEngage: 'How to engage',
  whereToGo: 'Where to go',
  templates: 'Templates',
  meetings: 'Recurring meetings',
  source: 'Source',
  noRoutes: 'No route.',
  noChannels: 'No channel.',
  noTemplates: 'No template.',
  noMeetings: 'No meeting.',
  insert: 'Insert',
  compose: 'Compose…',
  composeNamed: (t) => `Compose ${t}…`,
  fillIn: 'Fill In…',
  fillInNamed: (t) => `Fill In ${t}…`,
  insertNamed: (t) => `Insert ${t}`,
  copyForSlack: 'Copy for Slack',
  copy: 'Copy',
  openInSlack: 'Open in Slack',
  openSource: 'Open Source Section',
  optional: '(optional)',
  tagIn: (g, c) => `Tag ${g} in ${c}`,
  sourceOf: (p, s) => `Source: "${p}", section "${s}"`,
  origin: (f) => `Changed by ${f}`,
  pageTitle: (t) => `CE and ${t}`,
  pageSubtitle: (t) => `How Customer Engineering and ${t} work together`,
  changed: "Changed",
};

export const testIcons = Object.fromEntries(
  ['send', 'copy', 'insert', 'edit', 'link-external', 'book', 'comment', 'mention', 'calendar', 'note'].map((n) => [n, `<svg data-icon="${n}"></svg>`]),
) as Record<IconName, string>;

/** The composer page's words in the unit tests. */
export const testComposerLabels: ComposerLabels = {
  pageTitle: (t) => `Compose ${t}`,
  requiredNote: 'Fields marked * are required.',
  required: 'required',
  optional: '(optional)',
  chooseOption: 'Choose…',
  fieldShown: (l) => `${l} is now shown`,
  fieldHidden: (l) => `${l} is now hidden`,
  destination: (c) => `Goes to ${c}`,
  preview: 'Preview',
  previewNote: 'Exactly what will be sent.',
  actions: 'Ticket actions',
  send: 'Send to Slack',
  copy: 'Copy for Slack',
  insert: 'Insert into Editor',
  discard: 'Discard Draft',
  earlier: { heading: 'Sent before', followUp: 'Follow Up in That Thread', keepNew: 'Keep as a New Ticket' },
  customers: { list: 'Customers', hint: 'Type part of a name or alias.' },
};
