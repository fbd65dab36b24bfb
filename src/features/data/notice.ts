/** One sentence about the state of the data, for the tree's message and the panels. */
import vscode = require('vscode');
import type { HandbookStore } from './handbookStore';

const t = vscode.l10n.t;

export function dataNotice(store: HandbookStore): string | undefined {
  const { untrusted, stale, failed } = store.status;
  if (untrusted) return t('This workspace is not trusted, so its CE Playbook data files are not loaded; the bundled handbook is shown. Trust the workspace to load them.');
  if (stale.length) return t('{0} has problems (see the Problems panel); its last good version is shown.', stale.join(', '));
  if (failed.length) return t('{0} has problems (see the Problems panel) and is not applied.', failed.join(', '));
  return undefined;
}
