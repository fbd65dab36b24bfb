/**
 * `cePlaybook.connectSlack` stores a bot token or a webhook URL in SecretStorage (asked in a password
 * box, or given by a script as { kind, value, templateId? }); `cePlaybook.disconnectSlack` removes
 * them all. The value is never shown, logged or put in a message.
 */
import vscode = require('vscode');
import type { DeliveryMode } from '../../core/schema/schema';
import { DELIVERY_MODES } from './model/deliveryPlan';
import { checkEndpoint } from './model/endpoints';
import type { HandbookStore } from '../data/handbookStore';
import { credentialName } from './deliveryMessages';
import type { SlackSecrets } from './secretStore';

const t = vscode.l10n.t;

export interface ConnectArgs {
  kind: DeliveryMode;
  value: string;
  templateId?: string;
}

export type ConnectResult = { ok: true } | { ok: false; error: string };

/** Bot tokens start with xoxb- (or xoxp-/xoxe- for user and rotating tokens). */
const BOT_TOKEN = /^xox[bpe](?:\.xox[bp])?-[A-Za-z0-9-]+$/;

/** Why the value cannot be stored, or undefined if it can. */
export function credentialProblem(kind: DeliveryMode, value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return t('Paste the {0}.', credentialName(kind));
  if (kind === 'botToken') return BOT_TOKEN.test(trimmed) ? undefined : t('A bot token starts with "xoxb-" and has no spaces.');
  const checked = checkEndpoint(trimmed);
  if (checked.ok) return undefined;
  return checked.reason === 'notHttps' ? t('The URL must start with https: (http: only for a loopback address).') : t('That is not a webhook URL: it must be an https: URL without a user name or password.');
}

async function store(secrets: SlackSecrets, handbook: HandbookStore, args: ConnectArgs): Promise<ConnectResult> {
  if (!DELIVERY_MODES.includes(args.kind)) return { ok: false, error: t('kind must be one of {0}.', DELIVERY_MODES.join(', ')) };
  const problem = credentialProblem(args.kind, typeof args.value === 'string' ? args.value : '');
  if (problem) return { ok: false, error: problem };
  if (args.templateId !== undefined && (args.kind === 'botToken' || !handbook.current.template(args.templateId))) {
    return { ok: false, error: args.kind === 'botToken' ? t('A bot token is for every template; leave templateId out.') : t('CE Playbook has no template "{0}".', args.templateId) };
  }
  await secrets.store(args.kind, args.value.trim(), args.templateId);
  return { ok: true };
}

/** Scripted when `args` is given; otherwise a quick pick of the kind, then a password box. */
export async function connectSlack(secrets: SlackSecrets, handbook: HandbookStore, args?: unknown): Promise<ConnectResult | undefined> {
  if (args && typeof args === 'object') return store(secrets, handbook, args as ConnectArgs);
  type KindItem = vscode.QuickPickItem & { mode: DeliveryMode };
  const kinds: KindItem[] = [
    { mode: 'botToken', label: t('Bot token'), detail: t('A Slack app\'s bot token (xoxb-…) with the chat:write scope, invited to the channel: tickets are posted as messages with a link back.') },
    { mode: 'workflowWebhook', label: t('Workflow webhook'), detail: t('The URL of a Workflow Builder workflow that starts with a webhook: tickets start your team\'s workflow.') },
    { mode: 'incomingWebhook', label: t('Incoming webhook'), detail: t('An incoming webhook URL: tickets are posted to its channel.') },
  ];
  const kind = await vscode.window.showQuickPick(kinds, { title: t('Connect Slack: how are tickets delivered?'), ignoreFocusOut: true });
  if (!kind) return undefined;
  let templateId: string | undefined;
  if (kind.mode !== 'botToken') {
    const items = [{ label: t('Every template'), id: undefined as string | undefined }, ...handbook.current.handbook.templates.map((tpl) => ({ label: tpl.title, id: tpl.id as string | undefined }))];
    const pick = await vscode.window.showQuickPick(items, { title: t('Connect Slack: for which template?'), ignoreFocusOut: true });
    if (!pick) return undefined;
    templateId = pick.id;
  }
  const value = await vscode.window.showInputBox({
    title: t('Connect Slack: {0}', credentialName(kind.mode)),
    prompt: t('Stored in VS Code\'s secret storage, never in settings or files.'),
    password: true,
    ignoreFocusOut: true,
    validateInput: (v) => credentialProblem(kind.mode, v),
  });
  if (value === undefined) return undefined;
  const result = await store(secrets, handbook, { kind: kind.mode, value, templateId });
  if (result.ok) void vscode.window.showInformationMessage(t('The {0} is stored in VS Code\'s secret storage.', credentialName(kind.mode)));
  else void vscode.window.showErrorMessage(result.error);
  return result;
}

export async function disconnectSlack(secrets: SlackSecrets, handbook: HandbookStore): Promise<{ ok: true; removed: number }> {
  const removed = await secrets.removeAll(handbook.current.handbook.templates.map((tpl) => tpl.id));
  void vscode.window.showInformationMessage(removed ? t('Slack is disconnected: the stored tokens and webhook URLs are removed.') : t('No Slack token or webhook URL was stored.'));
  return { ok: true, removed };
}
