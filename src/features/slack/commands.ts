/**
 * The Slack delivery commands (loaded with dist/slackDelivery.js on first use; registered by name in
 * register.ts): Connect and Disconnect Slack, Send Ticket, and the "Sent tickets" row actions.
 */
import vscode = require('vscode');
import { findCredentials } from '../../model/slack/secretScan';
import { canFollowUp, safeLink } from '../../model/slack/sentTickets';
import type { HandbookStore } from '../data/handbookStore';
import type { DraftStore } from '../templates/fillForm';
import { connectSlack, disconnectSlack } from './connectSlack';
import type { DeliveryCommand } from './register';
import { SlackSecrets } from './secretStore';
import { sendTicket, type SendDeps } from './sendTicket';
import type { SentTicketsStore } from './sentTicketsStore';

const t = vscode.l10n.t;

export type DeliveryDeps = SendDeps;

export function deliveryDeps(context: vscode.ExtensionContext, deps: { store: HandbookStore; drafts: () => DraftStore; sent: SentTicketsStore; active: Set<AbortController> }): DeliveryDeps {
  return { ...deps, secrets: new SlackSecrets(context.secrets, context.globalState) };
}

/** A sent ticket by id, or its row's node from the tree. */
type SentTarget = string | { sentId?: string } | undefined;
const sentTicket = (deps: DeliveryDeps, target: unknown) => {
  const id = typeof target === 'string' ? target : ((target as { sentId?: string } | undefined)?.sentId ?? '');
  return deps.sent.find(id);
};

/** Settings are not secret (they sync, and sit in files): a token or webhook URL there is refused. */
function warnAboutCredentialInSettings(setting: string): void {
  const open = t('Open Settings');
  void vscode.window
    .showErrorMessage(t('The setting {0} holds a Slack token or webhook URL, which is not used: settings are not secret. Remove it and use "CE Playbook: Connect Slack…" instead.', setting), open)
    .then((choice) => (choice === open ? vscode.commands.executeCommand('workbench.action.openSettings', setting) : undefined));
}

/** Warns when a cePlaybook.* setting holds a Slack credential (on change, and before each send or connect). */
export function checkSettings(): void {
  const found = findCredentials(JSON.parse(JSON.stringify(vscode.workspace.getConfiguration('cePlaybook'))) as unknown);
  if (found.length) warnAboutCredentialInSettings(`cePlaybook.${found[0].path.join('.')}`);
}

export const deliveryCommands: Record<DeliveryCommand, (deps: DeliveryDeps, ...args: unknown[]) => unknown> = {
  connectSlack: (deps, args) => {
    checkSettings();
    return connectSlack(deps.secrets, deps.store, args);
  },
  disconnectSlack: (deps) => disconnectSlack(deps.secrets, deps.store),
  sendTicket: (deps, args) => {
    checkSettings();
    return sendTicket(deps, args);
  },
  openSentTicket: async (deps, target) => {
    const link = safeLink(sentTicket(deps, target as SentTarget)?.link);
    if (!link) return void vscode.window.showWarningMessage(t('This sent ticket has no Slack link (webhook deliveries have none).'));
    await vscode.env.openExternal(vscode.Uri.parse(link, true));
  },
  followUpInThread: async (deps, target) => {
    const ticket = sentTicket(deps, target as SentTarget);
    if (!ticket || !canFollowUp(ticket)) return void vscode.window.showWarningMessage(t('Only tickets sent with the bot token can be followed up in their thread.'));
    return vscode.commands.executeCommand('cePlaybook.composeTicket', { templateId: ticket.templateId, thread: { channel: ticket.channel, ts: ticket.ts } });
  },
  clearSentTickets: (deps) => deps.sent.clear(),
};
