/**
 * The commands' contract: every `cePlaybook.*` command id and the arguments it takes. Features
 * register and run commands only through the typed wrappers in src/core/host/commands.ts, so a
 * caller passing the wrong thing (or a typo in an id) is a compile error, not a silent no-op.
 *
 * Commands run from a tree row's context menu or inline button get the row's node, which is an
 * `EntryRef` (see features/tree/model/treeModel.ts); every other caller passes an `EntryRef` too. No
 * argument means the command was run from the Command Palette and asks the user.
 *
 * `Uri` is the editor's document URI type (vscode.Uri in the extension); this module stays pure.
 */
import type { ChannelRef, GuideRef, MeetingRef, ProcedureRef, StepRef, TeamRef, TemplateRef, UserGroupRef } from '../handbook/entryRef';

export interface CommandArgs<Uri = unknown> {
  'cePlaybook.getHelp': [guide?: GuideRef];
  'cePlaybook.search': [initialQuery?: string];
  'cePlaybook.openIntersection': [team?: TeamRef];
  'cePlaybook.insertTicketContext': [];
  'cePlaybook.insertTicketRequest': [];
  /** A step row stands for the template the step calls for. */
  'cePlaybook.insertTemplate': [template?: TemplateRef | StepRef];
  /** `initialValues`: field id → text, e.g. the customer's name from the help flow. */
  'cePlaybook.fillTemplate': [template?: TemplateRef | StepRef, initialValues?: Record<string, string>];
  'cePlaybook.copyTemplateForSlack': [template?: TemplateRef | StepRef];
  'cePlaybook.templateActions': [template?: TemplateRef];
  'cePlaybook.copyChannel': [entry?: ChannelRef | UserGroupRef];
  'cePlaybook.openChannel': [channel?: ChannelRef];
  'cePlaybook.channelActions': [entry?: ChannelRef | UserGroupRef];
  'cePlaybook.showStep': [step?: StepRef];
  'cePlaybook.showMeeting': [meeting?: MeetingRef];
  /** A filled-in template block in a document, at a 0-based line (from its code lens). */
  'cePlaybook.fillDraft': [document: Uri, line: number];
  'cePlaybook.copyDraftForSlack': [document: Uri, line: number];
  /** The handbook section a team's page comes from. */
  'cePlaybook.openSource': [team?: TeamRef];
  'cePlaybook.reloadData': [];
  'cePlaybook.resetOooChecklist': [checklist?: ProcedureRef];
  'cePlaybook.showOooChecklist': [];
  'cePlaybook.copyLink': [entry?: TeamRef | TemplateRef];
  /** The "What changed" page: the data now against what this user last saw. */
  'cePlaybook.showChanges': [];
  'cePlaybook.markChangesSeen': [];
  /** What changed between the earlier and the later bundled handbook page. */
  'cePlaybook.compareRevisions': [];
  /** The composer page of a template, pre-filled with `values` (field id → text); always a new ticket. */
  'cePlaybook.composeTicket': [ticket?: TemplateRef | ComposeTicketArgs];
  /** Checks, confirms (unless `confirm: false`) and delivers a ticket to Slack. */
  'cePlaybook.sendTicket': [ticket: SendTicketArgs];
  /** Stores a bot token or webhook URL in SecretStorage; with no argument it asks. */
  'cePlaybook.connectSlack': [credential?: ConnectSlackArgs];
  'cePlaybook.disconnectSlack': [];
  /** A "Sent tickets" row: its Slack link; a reply in its thread (bot-token sends). */
  'cePlaybook.openSentTicket': [ticket?: SentTicketRef];
  /** The reply page of a sent ticket's thread (one text area, its preview, whose thread it goes to). */
  'cePlaybook.followUpInThread': [ticket?: SentTicketRef];
  /** "The customer is asking me for an update": a customer's sent tickets, then the handbook's steps as actions. */
  'cePlaybook.askForUpdate': [ticket?: SentTicketRef | AskForUpdateArgs];
  /** The message page to a channel (to @cs-leadership in #customer-support), with the context prefilled. */
  'cePlaybook.composeMessage': [message: ComposeMessageArgs];
  /** Checks, confirms (unless `confirm: false`) and posts a message page's text with the bot token. */
  'cePlaybook.sendMessage': [message: SendMessageArgs];
  'cePlaybook.clearSentTickets': [];
  'cePlaybook.refreshTicketStatus': [];
}

/** A row of "Sent tickets" (see features/slack/model/sentTickets.ts). */
export interface SentTicketRef {
  kind: 'sentTicket';
  sentId: string;
}

/** A credential for Slack delivery; `templateId`: a webhook for that template only. */
export interface ConnectSlackArgs {
  kind: 'botToken' | 'workflowWebhook' | 'incomingWebhook';
  value: string;
  templateId?: string;
}

export interface ComposeTicketArgs {
  templateId: string;
  values?: Record<string, string | undefined>;
}

/** From the help flow: the customer named at "Which customer is it?", and the handbook step reached. */
export interface AskForUpdateArgs {
  customer?: string;
  stepId?: string;
}

/** A message to `channelId` mentioning `userGroupId`, about the sent ticket `sentId` (its context prefilled). */
export interface ComposeMessageArgs {
  channelId: string;
  userGroupId?: string;
  sentId?: string;
  customer?: string;
}

export interface SendMessageArgs {
  /** A reply in the thread of a sent ticket, or a message to a channel of the data. */
  to: { kind: 'thread'; sentId: string } | { kind: 'channel'; channelId: string };
  text: string;
  /** The sent ticket a channel message is about: it is recorded under it. */
  about?: string;
  confirm?: boolean;
  allowSecrets?: boolean;
}

export interface SendTicketArgs {
  templateId: string;
  values: Record<string, string>;
  confirm?: boolean;
  /** With confirm: false, send even though a value looks like a secret (a script that checked). */
  allowSecrets?: boolean;
}

export type CommandId = keyof CommandArgs;

/**
 * Every command, and whether package.json contributes it (`contributed`) or it is only run by the
 * extension itself (`internal`). Keyed by CommandId, so a command missing here does not compile;
 * a unit test holds the contributed ones against package.json both ways.
 */
export const COMMANDS: Readonly<Record<CommandId, 'contributed' | 'internal'>> = {
  'cePlaybook.getHelp': 'contributed',
  'cePlaybook.search': 'contributed',
  'cePlaybook.openIntersection': 'contributed',
  'cePlaybook.insertTicketContext': 'contributed',
  'cePlaybook.insertTicketRequest': 'contributed',
  'cePlaybook.insertTemplate': 'contributed',
  'cePlaybook.fillTemplate': 'contributed',
  'cePlaybook.copyTemplateForSlack': 'contributed',
  'cePlaybook.templateActions': 'contributed',
  'cePlaybook.copyChannel': 'contributed',
  'cePlaybook.openChannel': 'contributed',
  'cePlaybook.channelActions': 'contributed',
  'cePlaybook.showStep': 'contributed',
  'cePlaybook.showMeeting': 'contributed',
  'cePlaybook.fillDraft': 'contributed',
  'cePlaybook.copyDraftForSlack': 'contributed',
  'cePlaybook.openSource': 'contributed',
  'cePlaybook.reloadData': 'contributed',
  'cePlaybook.resetOooChecklist': 'contributed',
  'cePlaybook.showOooChecklist': 'contributed',
  'cePlaybook.copyLink': 'contributed',
  'cePlaybook.showChanges': 'contributed',
  'cePlaybook.markChangesSeen': 'contributed',
  'cePlaybook.compareRevisions': 'contributed',
  'cePlaybook.composeTicket': 'contributed',
  'cePlaybook.sendTicket': 'internal',
  'cePlaybook.connectSlack': 'contributed',
  'cePlaybook.disconnectSlack': 'contributed',
  'cePlaybook.openSentTicket': 'contributed',
  'cePlaybook.followUpInThread': 'contributed',
  'cePlaybook.askForUpdate': 'contributed',
  'cePlaybook.composeMessage': 'internal',
  'cePlaybook.sendMessage': 'internal',
  'cePlaybook.clearSentTickets': 'contributed',
  'cePlaybook.refreshTicketStatus': 'contributed',
};

/** A command with its arguments, as data: what a tree row or a panel button runs. */
export type CommandCall<Uri = unknown> = { [K in CommandId]: { command: K; arguments: CommandArgs<Uri>[K] } }[CommandId];

/** Builds a CommandCall with the arguments checked against the contract. */
export function commandCall<K extends CommandId>(command: K, ...args: CommandArgs[K]): CommandCall {
  return { command, arguments: args } as CommandCall;
}
