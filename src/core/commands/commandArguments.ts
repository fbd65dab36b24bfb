/**
 * The commands' arguments as they arrive from outside. Keybindings, tasks, `command:` links, other
 * extensions and VS Code's own menus run `cePlaybook.*` commands with plain JSON, which the typed
 * contract (commandContract.ts) cannot check; core/host/commands.ts runs every command's arguments
 * through `parseCommandArguments` before the command sees them. One parser per argument, checking
 * the shapes with the schemas of argumentSchemas.ts:
 *
 * - an entry's id as a string (`"sales"`) stands for the reference the command takes
 *   (`{ kind: 'team', teamId: 'sales' }`), and must name an entry of that kind in the current data;
 * - a reference object passes as it is (the command itself says so if its entry has gone since);
 * - nothing (the Command Palette) or `null` (JSON's nothing) passes as "not given": the command asks;
 * - VS Code passes a tree row's own node to the row's inline and context-menu commands (a reference,
 *   see treeRows.ts), and the tree's focused row, of whatever kind, to the buttons of the
 *   view's title bar: those commands (`fromTitleBar`) read a row they do not take as "not given";
 * - anything else is an `ArgumentProblem`, which the caller turns into a message; nothing throws.
 *
 * Arguments after those a command takes are dropped (VS Code adds the selection to menu calls).
 */
import { lookupEntry, type EntryKind, type EntryRef, type RefOf } from '../handbook/entryRef';
import type { HandbookIndex } from '../handbook/handbookIndex';
import type { TreeRowKind } from './treeRows';
import { askForUpdateSchema, composeTicketSchema, credentialSchema, entryRefSchema, fieldValuesSchema, fits, lineSchema, REF_FIELDS, sentTicketRefSchema, treeRowSchema } from './argumentSchemas';
import type { CommandArgs, CommandId, SentTicketRef } from './commandContract';

/** What a command expected at a position, for the message. */
export type Expected =
  | { type: 'entry'; kinds: readonly EntryKind[] }
  | { type: 'searchText' | 'fieldValues' | 'document' | 'line' | 'ticket' | 'credential' | 'sentTicket' };

/** What arrived instead, by its JSON type (never the value itself: it may be a token). */
export type Received = 'nothing' | 'null' | 'string' | 'number' | 'boolean' | 'list' | 'object' | 'other';

export type ArgumentProblem =
  /** `position`: 0-based index of the argument. */
  | { problem: 'invalid'; command: CommandId; position: number; expected: Expected; received: Received }
  /** A string that names no entry of the kinds the command takes. */
  | { problem: 'unknownId'; command: CommandId; kinds: readonly EntryKind[]; id: string };

export interface ArgumentContext {
  /** The data shown now: string ids must name one of its entries. Without it, ids are taken as given. */
  index?: HandbookIndex;
  /** The value as the editor's Uri (a code lens passes one), or undefined if it is none. */
  asUri(value: unknown): unknown;
}

type Failure = { problem: 'invalid'; expected: Expected } | { problem: 'unknownId'; kinds: readonly EntryKind[]; id: string };
type Parsed<T> = { ok: true; value: T } | ({ ok: false } & Failure);
export type ArgumentParser<T> = (value: unknown, context: ArgumentContext) => Parsed<T>;

/** An id of each kind in the bundled data, for messages (a unit test holds them against the data). */
export const EXAMPLE_IDS: { readonly [K in EntryKind]: string } = {
  team: 'sales',
  procedure: 'out-of-office',
  step: 'engage-support/not-yet-assigned',
  template: 'support-ticket-request',
  meeting: 'ce-team-meeting',
  channel: 'customer-support',
  userGroup: 'cs-leadership',
  guide: 'customer-issue',
};

/** Every kind of tree row, keyed by TreeRowKind so a new kind of row does not compile until listed. */
const TREE_ROW_KINDS: { readonly [K in TreeRowKind]: true } = {
  team: true, procedure: true, step: true, template: true, meeting: true, channel: true, userGroup: true,
  root: true, group: true, sentTicket: true, whatChanged: true, customer: true,
};

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const invalid = (expected: Expected): Parsed<never> => ({ ok: false, problem: 'invalid', expected });
const absent = (value: unknown): value is undefined | null => value === undefined || value === null;

const treeRow = treeRowSchema(Object.keys(TREE_ROW_KINDS));
/** A row of the tree, as VS Code passes the focused one to the title bar's buttons. */
const isTreeRow = (value: unknown): boolean => fits(treeRow, value);

const refSchemas = Object.fromEntries(Object.keys(REF_FIELDS).map((kind) => [kind, entryRefSchema(kind as EntryKind)]));
const isRefOf = <K extends EntryKind>(value: unknown, kind: K): value is RefOf<K> => fits(refSchemas[kind], value);

/** The reference of that kind a string id would be; a step's id is `procedure/step` (its stepKey). */
export function refFromId(kind: EntryKind, id: string): EntryRef | undefined {
  if (kind !== 'step') return { kind, [REF_FIELDS[kind][0]]: id } as EntryRef;
  const slash = id.indexOf('/');
  return slash > 0 && slash < id.length - 1 ? { kind, procedureId: id.slice(0, slash), stepId: id.slice(slash + 1) } : undefined;
}

/** An entry of one of `kinds`, as a reference or a string id; the first kind with such an entry wins. */
export function entryArgument<K extends EntryKind>(kinds: readonly K[], options: { fromTitleBar?: boolean } = {}): ArgumentParser<RefOf<K> | undefined> {
  return (value, { index }) => {
    if (absent(value)) return ok(undefined);
    if (typeof value === 'string') {
      for (const kind of kinds) {
        const ref = refFromId(kind, value);
        if (ref && (!index || lookupEntry(index, ref))) return ok(ref as RefOf<K>);
      }
      return { ok: false, problem: 'unknownId', kinds, id: value };
    }
    if (kinds.some((kind) => isRefOf(value, kind))) return ok(value as RefOf<K>);
    if (options.fromTitleBar && isTreeRow(value)) return ok(undefined);
    return invalid({ type: 'entry', kinds });
  };
}

/** `cePlaybook.search`: the text to search for; it is in the tree's title bar. */
export const searchTextArgument: ArgumentParser<string | undefined> = (value) => {
  if (typeof value === 'string') return ok(value);
  return absent(value) || isTreeRow(value) ? ok(undefined) : invalid({ type: 'searchText' });
};

/** Field id → text, e.g. `{ "customer-name": "Acme" }`. */
export const fieldValuesArgument: ArgumentParser<Record<string, string> | undefined> = (value) => {
  if (absent(value)) return ok(undefined);
  return fits(fieldValuesSchema, value) ? ok(value as Record<string, string>) : invalid({ type: 'fieldValues' });
};

/** A code lens's document: whatever the context takes for a Uri. */
export const documentArgument: ArgumentParser<unknown> = (value, { asUri }) => {
  const uri = asUri(value);
  return uri === undefined ? invalid({ type: 'document' }) : ok(uri);
};

/** A 0-based line number. */
export const lineArgument: ArgumentParser<number> = (value) => (fits(lineSchema, value) ? ok(value as number) : invalid({ type: 'line' }));

/**
 * `cePlaybook.composeTicket`: a template (id or reference), or `{ templateId, values }`; the composer
 * reads its templateId and values itself (an unknown template id included). It is in the tree's title
 * bar. Anything else in the object (an old script's `thread`, of any shape) is passed on and never
 * read: the page is always a new ticket.
 */
export const composeTicketArgument: ArgumentParser<CommandArgs['cePlaybook.composeTicket'][0]> = (value, context) => {
  if (absent(value) || typeof value === 'string' || isRefOf(value, 'template')) return entryArgument(['template'])(value, context);
  if (isTreeRow(value)) return ok(undefined);
  // A reference of another kind is no ticket (its templateId would just be missing): the schema wants no kind.
  return fits(composeTicketSchema, value) ? ok(value as CommandArgs['cePlaybook.composeTicket'][0]) : invalid({ type: 'ticket' });
};

/** `cePlaybook.connectSlack`: an object, whose fields connectSlack checks and answers about; nothing asks. */
export const credentialArgument: ArgumentParser<CommandArgs['cePlaybook.connectSlack'][0]> = (value) => {
  if (absent(value)) return ok(undefined);
  return fits(credentialSchema, value) ? ok(value as unknown as CommandArgs['cePlaybook.connectSlack'][0]) : invalid({ type: 'credential' });
};

/** A "Sent tickets" row, or its id (the sent tickets are the Slack feature's: it says if one is gone). */
export const sentTicketArgument: ArgumentParser<SentTicketRef | undefined> = (value) => {
  if (absent(value)) return ok(undefined);
  if (typeof value === 'string') return ok({ kind: 'sentTicket', sentId: value });
  return fits(sentTicketRefSchema, value) ? ok(value as SentTicketRef) : invalid({ type: 'sentTicket' });
};

/** A "Sent tickets" row (or its id), or `{ customer, stepId }` from the help guide; nothing: every sent ticket. */
export const askForUpdateArgument: ArgumentParser<CommandArgs['cePlaybook.askForUpdate'][0]> = (value, context) => {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { kind?: unknown }).kind === undefined) {
    return fits(askForUpdateSchema, value) ? ok(value as { customer?: string; stepId?: string }) : invalid({ type: 'sentTicket' });
  }
  return sentTicketArgument(value, context);
};

/** A parser for each argument of the contract's tuple (an optional argument's parser takes nothing too). */
type ParsersOf<T extends readonly unknown[]> = { readonly [I in keyof T]-?: ArgumentParser<T[I] | undefined> };

/** The command reads its arguments itself (and answers the script that called it). */
export const PARSED_BY_THE_COMMAND = 'parsedByTheCommand';

const template = entryArgument(['template']);
const templateOrStep = entryArgument(['template', 'step']);
const channelOrUserGroup = entryArgument(['channel', 'userGroup']);
const team = entryArgument(['team']);

/** Every command's parsers; keyed by CommandId, so a command missing here does not compile. */
export const COMMAND_ARGUMENTS: { readonly [K in CommandId]: ParsersOf<CommandArgs[K]> | typeof PARSED_BY_THE_COMMAND } = {
  'cePlaybook.getHelp': [entryArgument(['guide'], { fromTitleBar: true })],
  'cePlaybook.search': [searchTextArgument],
  'cePlaybook.openIntersection': [team],
  'cePlaybook.insertTicketContext': [],
  'cePlaybook.insertTicketRequest': [],
  'cePlaybook.insertTemplate': [templateOrStep],
  'cePlaybook.fillTemplate': [templateOrStep, fieldValuesArgument],
  'cePlaybook.copyTemplateForSlack': [templateOrStep],
  'cePlaybook.templateActions': [template],
  'cePlaybook.copyChannel': [channelOrUserGroup],
  'cePlaybook.openChannel': [entryArgument(['channel'])],
  'cePlaybook.channelActions': [channelOrUserGroup],
  'cePlaybook.showStep': [entryArgument(['step'])],
  'cePlaybook.showMeeting': [entryArgument(['meeting'])],
  'cePlaybook.fillDraft': [documentArgument, lineArgument],
  'cePlaybook.copyDraftForSlack': [documentArgument, lineArgument],
  'cePlaybook.openSource': [team],
  'cePlaybook.reloadData': [],
  'cePlaybook.resetOooChecklist': [entryArgument(['procedure'])],
  'cePlaybook.showOooChecklist': [],
  'cePlaybook.copyLink': [entryArgument(['team', 'template'])],
  'cePlaybook.showChanges': [],
  'cePlaybook.markChangesSeen': [],
  'cePlaybook.compareRevisions': [],
  'cePlaybook.composeTicket': [composeTicketArgument],
  // src/features/slack/sendTicket.ts parses its arguments and returns what is wrong to the script.
  'cePlaybook.sendTicket': PARSED_BY_THE_COMMAND,
  'cePlaybook.connectSlack': [credentialArgument],
  'cePlaybook.disconnectSlack': [],
  'cePlaybook.openSentTicket': [sentTicketArgument],
  'cePlaybook.followUpInThread': [sentTicketArgument],
  'cePlaybook.askForUpdate': [askForUpdateArgument],
  // src/features/reply and src/features/slack/sendMessage.ts check these and say what is wrong.
  'cePlaybook.composeMessage': PARSED_BY_THE_COMMAND,
  'cePlaybook.sendMessage': PARSED_BY_THE_COMMAND,
  'cePlaybook.clearSentTickets': [],
  'cePlaybook.refreshTicketStatus': [],
};

function receivedType(value: unknown): Received {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' || type === 'object' ? type : 'other';
}

export type ParsedArguments = { ok: true; args: unknown[] } | { ok: false; problem: ArgumentProblem };

/** The arguments the command's implementation gets, or what is wrong with those that arrived. */
export function parseCommandArguments(command: CommandId, args: readonly unknown[], context: ArgumentContext): ParsedArguments {
  const parsers = COMMAND_ARGUMENTS[command] as ReadonlyArray<ArgumentParser<unknown>> | typeof PARSED_BY_THE_COMMAND;
  if (parsers === PARSED_BY_THE_COMMAND) return { ok: true, args: [...args] };
  const parsed: unknown[] = [];
  for (let position = 0; position < parsers.length; position++) {
    const result = parsers[position](args[position], context);
    if (!result.ok) {
      const problem: ArgumentProblem = result.problem === 'unknownId'
        ? { problem: 'unknownId', command, kinds: result.kinds, id: result.id }
        : { problem: 'invalid', command, position, expected: result.expected, received: receivedType(args[position]) };
      return { ok: false, problem };
    }
    parsed.push(result.value);
  }
  return { ok: true, args: parsed };
}
