/**
 * The Slack delivery commands (loaded with dist/slackDelivery.js on first use; registered by name in
 * register.ts): Connect and Disconnect Slack, Send Ticket, Send Message (a reply in a sent ticket's
 * thread, a message to a channel), and the "Sent tickets" row actions.
 */
import vscode = require('vscode');
import { findCredentials } from '../../core/secrets/secretScan';
import { safeLink } from './model/sentTickets';
import { connectSlack, disconnectSlack } from './connectSlack';
import type { ConnectSlackArgs, SendMessageArgs, SendTicketArgs, SentTicketRef } from '../../core/commands/commandContract';
import { SlackSecrets } from './secretStore';
import { sendMessage } from './sendMessage';
import { cancelSending as cancelEvery, quickInputSendPrompts, sendTicket, type SendDeps, type SendPrompts, type SentNotice } from './sendTicket';
import { SentTicketsStore } from './sentTicketsStore';
import { statusMaxAgeDays, TicketStatusRefresher } from './ticketStatusRefresher';
import type { HandbookStore } from '../data/handbookStore';
import type { DraftStore } from '../templates/fillForm';

const t = vscode.l10n.t;

export type DeliveryDeps = SendDeps & { announceConnected?: () => void; status: TicketStatusRefresher };

/** What the registrations (register.ts) hand over. */
export interface SlackDeps {
  store: HandbookStore;
  /** The CE's own state, written one update at a time (core/host/userState.ts). */
  userState: vscode.Memento;
  /** The fill-in form's draft store: a send keeps the draft until Slack says ok. */
  drafts: () => DraftStore;
  /** Shows a new sent ticket in the tree. */
  refreshTree: () => void;
  /** Tells the composer that a ticket was sent (see SendDeps). */
  announceSent?: (notice: SentNotice) => void;
  /** Tells the composer that the stored credentials changed (its "Goes to" may change with them). */
  announceConnected?: () => void;
  /** Answers given for the CE in a test run (see src/testExports.ts); the rest are the real prompts. */
  scripted?: () => Partial<SendPrompts>;
}

/** Made on the first delivery command, kept for the session (sends in progress, the stores). */
let state: (DeliveryDeps & { context: vscode.ExtensionContext }) | undefined;

/** Runs `cePlaybook.<name>` with the arguments the command contract gives it. */
export function runDeliveryCommand(name: keyof typeof deliveryCommands, context: vscode.ExtensionContext, deps: SlackDeps, args: unknown[]): unknown {
  return (deliveryCommands[name] as (d: DeliveryDeps, ...a: unknown[]) => unknown)(session(context, deps), ...args);
}

function session(context: vscode.ExtensionContext, deps: SlackDeps): DeliveryDeps & { context: vscode.ExtensionContext } {
  if (state) return state;
  const sent = new SentTicketsStore(deps.userState, deps.refreshTree);
  const secrets = new SlackSecrets(context.secrets, deps.userState);
  return (state = {
    context,
    store: deps.store,
    drafts: deps.drafts,
    active: new Set(),
    sent,
    secrets,
    status: new TicketStatusRefresher(deps.userState, secrets, sent, deps.refreshTree),
    announceSent: deps.announceSent,
    announceConnected: deps.announceConnected,
    get prompts() { return { ...quickInputSendPrompts, ...deps.scripted?.() }; },
  });
}

/** The view was shown, or the window focused with it shown: read the threads that are due, quietly. */
export function refreshTicketStatusQuietly(context: vscode.ExtensionContext, deps: SlackDeps): void {
  session(context, deps).status.refresh().catch(() => undefined);
}

/** What the progress notification's Cancel does, for every send in progress (tests use it too). */
export const cancelSending = () => (state ? cancelEvery(state) : 0);

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
  connectSlack: async (deps: DeliveryDeps, credential?: ConnectSlackArgs) => {
    checkSettings();
    const result = await connectSlack(deps.secrets, deps.store, credential);
    if (result?.ok) deps.announceConnected?.();
    return result;
  },
  disconnectSlack: async (deps: DeliveryDeps) => {
    const result = await disconnectSlack(deps.secrets, deps.store);
    deps.announceConnected?.();
    return result;
  },
  sendTicket: (deps: DeliveryDeps, ticket: SendTicketArgs) => {
    checkSettings();
    return sendTicket(deps, ticket);
  },
  openSentTicket: async (deps: DeliveryDeps, ref?: SentTicketRef) => {
    const link = safeLink(sentTicket(deps, ref)?.link);
    if (!link) return void vscode.window.showWarningMessage(t('This sent ticket has no Slack link (webhook deliveries have none).'));
    await vscode.env.openExternal(vscode.Uri.parse(link, true));
  },
  /** A message page's text, as a reply in a sent ticket's thread or to a channel (see sendMessage.ts). */
  sendMessage: (deps: DeliveryDeps, message: SendMessageArgs) => {
    checkSettings();
    return sendMessage(deps, message);
  },
  clearSentTickets: (deps: DeliveryDeps) => deps.sent.set([]),
  /** Reads the threads that are due now; resolves to how many were read and how many were not. */
  refreshTicketStatus: async (deps: DeliveryDeps) => {
    const outcome = await deps.status.refresh();
    if (!outcome.read) vscode.window.setStatusBarMessage(t('$(check) Ticket status is up to date: each thread is read at most once a minute, for tickets sent in the last {0} days.', statusMaxAgeDays()), 5000);
    return outcome;
  },
};
