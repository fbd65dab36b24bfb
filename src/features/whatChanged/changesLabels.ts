/** The words the "What changed" page adds to the data (localized). */
import vscode = require('vscode');
import type { ChangesLabels } from './model/changesHtml';
import type { CollectionName } from '../../core/schema/schema';

const t = vscode.l10n.t;

const COLLECTION: Record<CollectionName, string> = {
  sources: t('Handbook page'),
  teams: t('Team'),
  procedures: t('Procedure'),
  templates: t('Template'),
  meetings: t('Meeting'),
  channels: t('Slack channel'),
  userGroups: t('Slack user group'),
  guides: t('Guide'),
  customers: t('Customer'),
};

export const changesLabels: ChangesLabels = {
  added: t('Added'),
  removed: t('Removed'),
  changed: t('Changed'),
  noChanges: t('Nothing has changed since you last looked.'),
  oldText: t('Before'),
  newText: t('Now'),
  none: t('(none)'),
  openDiff: (field, entry) => t('Compare "{0}" of {1} in the diff editor', field, entry),
  markSeen: t('Mark as Seen'),
  collection: (c) => COLLECTION[c],
  summary: (added, removed, changed) => t('{0} added, {1} removed, {2} changed.', added, removed, changed),
};

export const changesText = {
  seenTitle: t('What changed'),
  seenSubtitle: t('The playbook\'s data since you last looked: the bundled handbook after an update, or your team\'s data files.'),
  revisionsTitle: t('Handbook revisions'),
  revisionsSubtitle: (earlier: string, later: string) => t('What changed from the earlier page "{0}" to the later page "{1}".', earlier, later),
  diffTitle: (field: string, entry: string) => t('{0} of {1}: before ↔ now', field, entry),
  markedSeen: t('CE Playbook: changes marked as seen.'),
  noRevisions: t('CE Playbook has no earlier and later handbook page to compare.'),
  revisionsSummary: (added: number, earlierOnly: number, changed: number) => t('{0} added, {1} only on the earlier page, {2} changed.', added, earlierOnly, changed),
  onlyEarlier: t('Only on the earlier page (the later page does not cover it; the playbook keeps it)'),
};
