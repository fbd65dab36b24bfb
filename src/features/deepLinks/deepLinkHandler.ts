/** Opening and copying deep links into the playbook (the deepLinks chunk, loaded on first use, see register.ts). */
import vscode = require('vscode');
import { entryDeepLink, deepLinkTargetExists, deepLinkEntry, parseDeepLinkPath, deepLinkUri } from './model/deepLink';
import { executeCall, executeCommand } from '../../core/host/commands';
import { isComposePath, parseComposeLink, type ComposeRequest } from './model/composeLink';
import type { Template } from '../../core/schema/schema';
import type { DraftStore } from '../templates/fillForm';
import { openEntryCall } from '../../core/commands/openEntry';
import type { TeamRef, TemplateRef } from '../../core/handbook/entryRef';
import type { HandbookStore } from '../data/handbookStore';

const t = vscode.l10n.t;


/** Opens what a vscode://ce-tools.ce-playbook/… link points at; a bad link gets a message, not a crash. */
export async function openDeepLink(store: HandbookStore, uri: vscode.Uri, drafts?: () => DraftStore): Promise<boolean> {
  if (isComposePath(uri.path)) return openComposeLink(store, uri, drafts?.());
  const parsed = parseDeepLinkPath(uri.path, uri.query);
  if (!parsed.ok) {
    void vscode.window.showErrorMessage(t('This CE Playbook link cannot be opened: {0}', parsed.error));
    return false;
  }
  if (!deepLinkTargetExists(store.current.handbook, parsed.link)) {
    void vscode.window.showErrorMessage(t('This CE Playbook link points to a {0} "{1}" that is not in the playbook.', parsed.link.kind, parsed.link.id));
    return false;
  }
  const call = openEntryCall(store.current, deepLinkEntry(parsed.link));
  if (call) await executeCall(call);
  return true;
}

/** Copies a link to a team or template (from a tree row, or by id). */
export async function copyDeepLink(extensionId: string, entry: TeamRef | TemplateRef | undefined): Promise<string | undefined> {
  const link = entry && entryDeepLink(entry);
  if (!link) return undefined;
  const text = deepLinkUri(extensionId, link, vscode.env.uriScheme);
  await vscode.env.clipboard.writeText(text);
  vscode.window.setStatusBarMessage(t('Copied a link to {0}.', link.id), 3000);
  return text;
}

/**
 * A compose link (an assistant's draft): opens the composer with its values for the CE to review.
 * It never sends. Values for fields the template does not have are named and left out; a draft the
 * CE already has is replaced only after asking, so nothing typed is lost to a link.
 */
async function openComposeLink(store: HandbookStore, uri: vscode.Uri, drafts: DraftStore | undefined): Promise<boolean> {
  const parsed = parseComposeLink(uri.path, uri.query);
  if (!parsed.ok) {
    void vscode.window.showErrorMessage(t('This CE Playbook link cannot be opened: {0}', parsed.error));
    return false;
  }
  const { templateId, values } = parsed.request;
  const template = store.current.handbook.templates.find((entry) => entry.id === templateId);
  if (!template) {
    void vscode.window.showErrorMessage(t('This CE Playbook link points to a {0} "{1}" that is not in the playbook.', 'template', templateId));
    return false;
  }
  const known = Object.fromEntries(Object.entries(values).filter(([id]) => template.fields.some((f) => f.id === id)));
  const unknown = Object.keys(values).filter((id) => !(id in known));
  if (!(await mayReplaceDraft(template, known, drafts))) return false;
  await executeCommand('cePlaybook.composeTicket', { templateId, values: known });
  if (unknown.length) {
    void vscode.window.showWarningMessage(t('The link had values for fields that {0} does not have, so they were left out: {1}.', template.title, unknown.join(', ')));
  }
  return true;
}

async function mayReplaceDraft(template: Template, values: ComposeRequest['values'], drafts: DraftStore | undefined): Promise<boolean> {
  const draft = drafts?.get(template.id)?.values ?? {};
  const replaced = template.fields.filter((f) => (draft[f.id] ?? '').trim() && values[f.id]?.trim() && draft[f.id] !== values[f.id]);
  if (!replaced.length) return true;
  const replace = t('Replace');
  const answer = await vscode.window.showWarningMessage(
    t('Your draft of {0} already has other values for {1}. Replace them with the link\'s?', template.title, replaced.map((f) => f.label).join(', ')),
    { modal: true, detail: t('Fields the link does not fill keep your values. Cancel keeps your draft as it is.') },
    replace,
  );
  return answer === replace;
}
