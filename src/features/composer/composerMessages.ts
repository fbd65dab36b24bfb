/**
 * The one message protocol between the ticket composer's host code and its webview script, declared
 * once as schemas (see core/webview/protocol.ts): both sides use the types inferred from them, the
 * host checks what arrives with the guards made from them, since a webview is untrusted.
 * Handshake: the webview posts `ready` once its script runs; the host posts nothing before.
 */
import * as z from '../../core/zodMini';
import { guardOf, id, MAX_ID_LENGTH } from '../../core/webview/protocol';
import type { AccountMessage } from './accountMessages';

/**
 * What a button of the composer asks the host to do (`followUpEarlier` / `keepNewTicket`: the two
 * answers to the "sent before" notice).
 */
export const COMPOSER_ACTIONS = ['send', 'copy', 'insert', 'discard', 'followUpEarlier', 'keepNewTicket'] as const;
export type ComposerAction = (typeof COMPOSER_ACTIONS)[number];

/** Limits that keep a misbehaving webview from filling the draft store. */
export const MAX_FIELDS = 100;
export const MAX_VALUE_LENGTH = 40_000;

/**
 * The field values as typed, by field id. A `__proto__` key is refused before the record is read
 * (zod leaves it out of what it reads, and the value itself is what the host keeps).
 */
const composerValues = z.pipe(
  z.custom<object>((value) => typeof value === 'object' && value !== null && !Object.hasOwn(value, '__proto__')),
  z.record(id(), z.string().check(z.maxLength(MAX_VALUE_LENGTH))).check(z.refine((values) => Object.keys(values).length <= MAX_FIELDS)),
);
export type ComposerValues = z.infer<typeof composerValues>;

const composerToHost = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  /** The CE typed: every field's current value (the host autosaves and answers with `view`). */
  z.object({ type: z.literal('change'), values: composerValues }),
  /** A button, with the values at the moment it was pressed. */
  z.object({ type: z.literal('action'), action: z.enum(COMPOSER_ACTIONS), values: composerValues }),
]);
export type ComposerToHost = z.infer<typeof composerToHost>;

/**
 * Saved with the webview's state so the serializer can restore the page after a reload. The page is
 * always a new ticket; anything else in a saved state (an older version's `thread`) is ignored.
 */
const composerState = z.object({ templateId: z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH)) });
export type ComposerState = z.infer<typeof composerState>;

export const isComposerValues = guardOf(composerValues);
export const isComposerToHost = guardOf(composerToHost);
export const isComposerState = guardOf(composerState);

/** A ticket of this template for the same customer or issue was sent lately (the page says so before Send). */
export interface EarlierNotice {
  text: string;
  /** Whether it has a thread to follow up in (bot-token sends). */
  canFollowUp: boolean;
}

export type StatusKind = 'info' | 'success' | 'error';

/** Host to webview (the host is trusted: only the types). */
export type HostToComposer =
  /** The customer picker's choices, the chosen account's fills and its card (accountMessages.ts). */
  | AccountMessage
  /**
   * The preview of what will be sent, each field's problem (absent when the field is fine), and the
   * fields that do not apply with the values (hidden; their values stay in the draft).
   */
  | { type: 'view'; preview: string; errors: Record<string, string>; hidden: string[] }
  /** Replace the values shown (a second open with values, Discard, a successful send). */
  | { type: 'setValues'; values: ComposerValues }
  /** Show every field's problem (after a refused send or copy) and move the focus to the first. */
  | { type: 'showErrors' }
  /** A result in words, in the page's status region; `link` only ever https:. */
  | { type: 'status'; kind: StatusKind; text: string; link?: { href: string; text: string } }
  /** A send is under way: the Send button is disabled until it ends. */
  | { type: 'busy'; busy: boolean }
  /** The "sent before" notice for the values typed so far; none: the notice goes. */
  | { type: 'earlier'; notice?: EarlierNotice };
