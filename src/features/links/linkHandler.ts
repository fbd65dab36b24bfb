/** Opening and copying links into the playbook (loaded on first use, see register.ts). */
import vscode = require('vscode');
import { entryLink, linkTargetExists, linkedEntry, parsePlaybookPath, playbookLink } from '../../model/links/playbookUri';
import { executeCall } from '../commands';
import { openEntryCall } from '../../model/commands/openEntry';
import type { TeamRef, TemplateRef } from '../../model/handbook/entryRef';
import type { HandbookStore } from '../data/handbookStore';

const t = vscode.l10n.t;


/** Opens what a vscode://ce-tools.ce-playbook/… link points at; a bad link gets a message, not a crash. */
export async function handlePlaybookUri(store: HandbookStore, uri: vscode.Uri): Promise<boolean> {
  const parsed = parsePlaybookPath(uri.path, uri.query);
  if (!parsed.ok) {
    void vscode.window.showErrorMessage(t('This CE Playbook link cannot be opened: {0}', parsed.error));
    return false;
  }
  if (!linkTargetExists(store.current.handbook, parsed.link)) {
    void vscode.window.showErrorMessage(t('This CE Playbook link points to a {0} "{1}" that is not in the playbook.', parsed.link.kind, parsed.link.id));
    return false;
  }
  const call = openEntryCall(store.current, linkedEntry(parsed.link));
  if (call) await executeCall(call);
  return true;
}

/** Copies a link to a team or template (from a tree row, or by id). */
export async function copyPlaybookLink(extensionId: string, entry: TeamRef | TemplateRef | undefined): Promise<string | undefined> {
  const link = entry && entryLink(entry);
  if (!link) return undefined;
  const text = playbookLink(extensionId, link, vscode.env.uriScheme);
  await vscode.env.clipboard.writeText(text);
  vscode.window.setStatusBarMessage(t('Copied a link to {0}.', link.id), 3000);
  return text;
}
