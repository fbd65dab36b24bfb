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
import type { ConnectSlackArgs, SendTicketArgs, SentTicketRef } from '../../model/commands/commandContract';
import { executeCommand } from '../commands';
import { SlackSecrets } from './secretStore';
import { sendTicket, type SendDeps } from './sendTicket';
import type { SentTicketsStore } from './sentTicketsStore';

const t = vscode.l10n.t;

export type DeliveryDeps = SendDeps;

export function deliveryDeps(context: vscode.ExtensionContext, deps: { store: HandbookStore; drafts: () => DraftStore; sent: SentTicketsStore; active: Set<AbortController> }): DeliveryDeps {
  return { ...deps, secrets: new SlackSecrets(context.secrets, context.globalState) };
}

const sentTicket = (deps: DeliveryDeps, ref: SentTicketRef | undefined) => deps.sent.list().find((t) => t.id === ref?.sentId);

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

/** Each runs the command `cePlaybook.<name>` with the arguments the command contract gives it. */
export const deliveryCommands = {
  connectSlack: (deps: DeliveryDeps, credential?: ConnectSlackArgs) => {
    checkSettings();
    return connectSlack(deps.secrets, deps.store, credential);
  },
  disconnectSlack: (deps: DeliveryDeps) => disconnectSlack(deps.secrets, deps.store),
  sendTicket: (deps: DeliveryDeps, ticket: SendTicketArgs) => {
    checkSettings();
    return sendTicket(deps, ticket);
  },
  openSentTicket: async (deps: DeliveryDeps, ref?: SentTicketRef) => {
    const link = safeLink(sentTicket(deps, ref)?.link);
    if (!link) return void vscode.window.showWarningMessage(t('This sent ticket has no Slack link (webhook deliveries have none).'));
    await vscode.env.openExternal(vscode.Uri.parse(link, true));
  },
  followUpInThread: async (deps: DeliveryDeps, ref?: SentTicketRef) => {
    const ticket = sentTicket(deps, ref);
    if (!ticket || !canFollowUp(ticket)) return void vscode.window.showWarningMessage(t('Only tickets sent with the bot token can be followed up in their thread.'));
    return executeCommand('cePlaybook.composeTicket', { templateId: ticket.templateId, thread: { channel: ticket.channel!, ts: ticket.ts! } });
  },
  clearSentTickets: (deps: DeliveryDeps) => deps.sent.set([]),
};
