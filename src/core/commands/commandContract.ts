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
  /** `initialValues`: field id → text, e.g. the customer's name from the help guide. */
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

/** From the help guide: the customer named at "Which customer is it?", and the handbook step reached. */
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
 * How package.json contributes a command. Its title is `%command.<name>%` in package.nls.json (the
 * id without `cePlaybook.`), its category "CE Playbook"; `icon`: the codicon shown on the view's
 * title bar and rows; `enablement`: when it can run.
 */
export interface CommandContribution {
  icon?: string;
  enablement?: string;
}

/**
 * Every command: how package.json contributes it, or `internal` when only the extension itself runs
 * it. Keyed by CommandId, so a command missing here does not compile. package.json's
 * `contributes.commands` is generated from this table, in this order (scripts/generate-contributions.mjs,
 * run by `npm run build`; `npm test` fails when the committed file differs).
 */
export const COMMANDS: Readonly<Record<CommandId, CommandContribution | 'internal'>> = {
  'cePlaybook.getHelp': { icon: 'question' },
  'cePlaybook.search': { icon: 'search' },
  'cePlaybook.openIntersection': { icon: 'preview' },
  'cePlaybook.insertTicketContext': { icon: 'insert' },
  'cePlaybook.insertTicketRequest': { icon: 'insert' },
  'cePlaybook.insertTemplate': { icon: 'insert' },
  'cePlaybook.composeTicket': { icon: 'comment-discussion' },
  'cePlaybook.sendTicket': 'internal',
  'cePlaybook.fillTemplate': { icon: 'edit' },
  'cePlaybook.copyTemplateForSlack': { icon: 'copy' },
  'cePlaybook.templateActions': {},
  'cePlaybook.copyChannel': { icon: 'copy' },
  'cePlaybook.openChannel': { icon: 'link-external' },
  'cePlaybook.channelActions': {},
  'cePlaybook.showStep': {},
  'cePlaybook.showMeeting': {},
  'cePlaybook.fillDraft': {},
  'cePlaybook.copyDraftForSlack': {},
  'cePlaybook.openSource': { icon: 'book' },
  'cePlaybook.reloadData': { icon: 'refresh' },
  'cePlaybook.resetOooChecklist': { icon: 'clear-all' },
  'cePlaybook.showOooChecklist': { icon: 'tasklist' },
  'cePlaybook.copyLink': { icon: 'link' },
  'cePlaybook.connectSlack': { icon: 'plug' },
  'cePlaybook.disconnectSlack': { icon: 'debug-disconnect' },
  'cePlaybook.openSentTicket': { icon: 'link-external' },
  'cePlaybook.followUpInThread': { icon: 'comment-discussion' },
  'cePlaybook.askForUpdate': { icon: 'question' },
  'cePlaybook.composeMessage': 'internal',
  'cePlaybook.sendMessage': 'internal',
  'cePlaybook.clearSentTickets': { icon: 'clear-all' },
  'cePlaybook.refreshTicketStatus': { icon: 'sync' },
  'cePlaybook.showChanges': { icon: 'diff' },
  'cePlaybook.markChangesSeen': { icon: 'check', enablement: 'cePlaybook.hasChanges' },
  'cePlaybook.compareRevisions': { icon: 'git-compare' },
};

/** A command with its arguments, as data: what a tree row or a team page's button runs. */
export type CommandCall<Uri = unknown> = { [K in CommandId]: { command: K; arguments: CommandArgs<Uri>[K] } }[CommandId];

/** Builds a CommandCall with the arguments checked against the contract. */
export function commandCall<K extends CommandId>(command: K, ...args: CommandArgs[K]): CommandCall {
  return { command, arguments: args } as CommandCall;
}
