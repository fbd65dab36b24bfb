/**
 * The one message protocol between the ticket composer's host code and its webview script. Both
 * sides import these types; the host checks what arrives with the guards below, since a webview is
 * untrusted. Handshake: the webview posts `ready` once its script runs; the host posts nothing before.
 */
import type { AccountMessage } from './accountMessages';

/**
 * What a button of the composer asks the host to do (`followUpEarlier` / `keepNewTicket`: the two
 * answers to the "sent before" notice).
 */
export type ComposerAction = 'send' | 'copy' | 'insert' | 'discard' | 'followUpEarlier' | 'keepNewTicket';
export const COMPOSER_ACTIONS: readonly ComposerAction[] = ['send', 'copy', 'insert', 'discard', 'followUpEarlier', 'keepNewTicket'];

/** A ticket of this template for the same customer or issue was sent lately (the page says so before Send). */
export interface EarlierNotice {
  text: string;
  /** Whether it has a thread to follow up in (bot-token sends). */
  canFollowUp: boolean;
}

/** The field values as typed, by field id. */
export type ComposerValues = Record<string, string>;

export type ComposerToHost =
  | { type: 'ready' }
  /** The CE typed: every field's current value (the host autosaves and answers with `view`). */
  | { type: 'change'; values: ComposerValues }
  /** A button, with the values at the moment it was pressed. */
  | { type: 'action'; action: ComposerAction; values: ComposerValues };

export type StatusKind = 'info' | 'success' | 'error';

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

/**
 * Saved with the webview's state so the serializer can restore the page after a reload. The page is
 * always a new ticket; anything else in a saved state (an older version's `thread`) is ignored.
 */
export interface ComposerState {
  templateId: string;
}

/** Limits that keep a misbehaving webview from filling the draft store. */
export const MAX_FIELDS = 100;
export const MAX_VALUE_LENGTH = 40_000;
const MAX_ID_LENGTH = 200;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function isComposerValues(value: unknown): value is ComposerValues {
  if (!isRecord(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length <= MAX_FIELDS &&
    entries.every(([id, v]) => id.length <= MAX_ID_LENGTH && id !== '__proto__' && typeof v === 'string' && v.length <= MAX_VALUE_LENGTH)
  );
}

export function isComposerToHost(value: unknown): value is ComposerToHost {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'ready':
      return true;
    case 'change':
      return isComposerValues(value.values);
    case 'action':
      return typeof value.action === 'string' && (COMPOSER_ACTIONS as readonly string[]).includes(value.action) && isComposerValues(value.values);
    default:
      return false;
  }
}

export function isComposerState(value: unknown): value is ComposerState {
  return (
    isRecord(value) &&
    typeof value.templateId === 'string' &&
    value.templateId.length > 0 &&
    value.templateId.length <= MAX_ID_LENGTH
  );
}
