/** Opening and copying links into the playbook (loaded on first use, see register.ts). */
import vscode = require('vscode');
import { linkTargetExists, parsePlaybookPath, playbookLink, type PlaybookLink } from '../../model/links/playbookUri';
import type { TreeNode } from '../../model/tree/treeModel';
import type { HandbookStore } from '../data/handbookStore';

const t = vscode.l10n.t;

const COMMAND_FOR: Record<PlaybookLink['kind'], string> = {
  team: 'cePlaybook.openIntersection',
  template: 'cePlaybook.templateActions',
  meeting: 'cePlaybook.showMeeting',
  channel: 'cePlaybook.channelActions',
  guide: 'cePlaybook.getHelp',
};

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
  await vscode.commands.executeCommand(COMMAND_FOR[parsed.link.kind], parsed.link.id);
  return true;
}

/** Copies a link to a team or template (from a tree row, or by id). */
export async function copyPlaybookLink(extensionId: string, target: string | TreeNode | undefined, kind: 'team' | 'template'): Promise<string | undefined> {
  const link: PlaybookLink | undefined =
    typeof target === 'string' ? { kind, id: target }
    : target?.kind === 'team' ? { kind: 'team', id: target.teamId }
    : target?.kind === 'template' ? { kind: 'template', id: target.templateId }
    : undefined;
  if (!link) return undefined;
  const text = playbookLink(extensionId, link, vscode.env.uriScheme);
  await vscode.env.clipboard.writeText(text);
  vscode.window.setStatusBarMessage(t('Copied a link to {0}.', link.id), 3000);
  return text;
}
