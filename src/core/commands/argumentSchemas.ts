/**
 * The shapes of the commands' arguments as schemas, next to the contract (commandContract.ts), whose
 * argument types are inferred from them: what a keybinding, a `command:` link or another extension
 * may pass cannot drift from what the commands take. commandArguments.ts parses every argument with
 * them (loaded with dist/commandArguments.js when the first command runs); the commands that answer
 * the script themselves (sendTicket, sendMessage, composeMessage) parse with them too.
 *
 * Objects are loose: a key the schema does not name passes through unread (VS Code adds its own to a
 * tree row, an old script its `thread`). Every schema only checks: the value a command gets is the one
 * that arrived (a tree row's node keeps its identity).
 */
import * as z from '../zodMini';
import type { EntryKind, RefOf } from '../handbook/entryRef';

const text = z.string();
const optionalText = z.optional(z.string());

/** The fields after `kind` that make up each kind of reference, in the order the builders take them. */
export const REF_FIELDS: { readonly [K in EntryKind]: ReadonlyArray<Exclude<keyof RefOf<K>, 'kind'>> } = {
  team: ['teamId'],
  procedure: ['procedureId'],
  step: ['procedureId', 'stepId'],
  template: ['templateId'],
  meeting: ['meetingId'],
  channel: ['channelId'],
  userGroup: ['userGroupId'],
  guide: ['guideId'],
};

/** `{ kind, ...its fields }`: a reference to an entry of one kind. */
export function entryRefSchema<K extends EntryKind>(kind: K): z.ZodMiniType<RefOf<K>> {
  const fields = Object.fromEntries(REF_FIELDS[kind].map((field) => [field, text]));
  return z.looseObject({ kind: z.literal(kind), ...fields }) as unknown as z.ZodMiniType<RefOf<K>>;
}

/** A row of the tree, of one of `kinds`: VS Code passes the focused one to the buttons of the view's title bar. */
export const treeRowSchema = (kinds: readonly string[]) => z.looseObject({ kind: z.enum(kinds as [string, ...string[]]) });

/** Field id → text, e.g. `{ "customer-name": "Acme" }`. */
export const fieldValuesSchema = z.record(z.string(), text);

/** A 0-based line number. */
export const lineSchema = z.int().check(z.minimum(0));

/** A ticket for the composer: its template and values; a reference of another kind is none. */
export const composeTicketSchema = z.looseObject({
  kind: z.optional(z.undefined()),
  templateId: optionalText,
  values: z.optional(z.record(z.string(), optionalText)),
});

/** A credential for Slack delivery: an object, whose fields connectSlack checks and answers about. */
export const credentialSchema = z.looseObject({});

/** A row of "Sent tickets" (see features/slack/model/sentTickets.ts). */
export const sentTicketRefSchema = z.looseObject({ kind: z.literal('sentTicket'), sentId: text });

/** From the help guide: the customer named at "Which customer is it?", and the handbook step reached. */
export const askForUpdateSchema = z.looseObject({ kind: z.optional(z.undefined()), customer: optionalText, stepId: optionalText });

/** `cePlaybook.sendTicket`'s ticket; `allowSecrets`: with confirm: false, send even though a value looks like a secret. */
export const sendTicketSchema = z.looseObject({
  templateId: text,
  values: z.optional(z.nullable(z.record(z.string(), text))),
  confirm: z.optional(z.boolean()),
  allowSecrets: z.optional(z.boolean()),
  thread: z.optional(z.unknown()),
});

/** A reply in the thread of a sent ticket, or a message to a channel of the data. */
const messageDestinationSchema = z.union([
  z.looseObject({ kind: z.literal('thread'), sentId: text }),
  z.looseObject({ kind: z.literal('channel'), channelId: text }),
]);

/** `cePlaybook.sendMessage`; `about`: the sent ticket a channel message is about (it is recorded under it). */
export const sendMessageSchema = z.looseObject({
  to: messageDestinationSchema,
  text,
  about: z.optional(z.unknown()),
  confirm: z.optional(z.boolean()),
  allowSecrets: z.optional(z.unknown()),
});

/** `cePlaybook.composeMessage`: a message to `channelId` mentioning `userGroupId`, about the sent ticket `sentId`. */
export const composeMessageSchema = z.looseObject({
  channelId: text,
  userGroupId: optionalText,
  sentId: optionalText,
  customer: optionalText,
});

/** Whether the value has the schema's shape (the value itself is passed on unchanged). */
export const fits = (schema: z.ZodMiniType, value: unknown): boolean => schema.safeParse(value).success;
