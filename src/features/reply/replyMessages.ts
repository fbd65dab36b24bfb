/**
 * The one message protocol between a message page (a reply in a sent ticket's thread, or a message to
 * a channel) and its webview script. Both sides import these types; the host checks what arrives
 * with the guard below, since a webview is untrusted. The webview posts `ready` once its script runs.
 */

/** Slack's formatting in the preview: each piece of a line as text, with what Slack shows it as. */
export type PreviewMark = 'bold' | 'italic' | 'strike' | 'code' | 'mention';
export interface PreviewSpan {
  text: string;
  mark?: PreviewMark;
}

export type ReplyToHost =
  | { type: 'ready' }
  /** The CE typed: the whole text (the host autosaves it and answers with `preview`). */
  | { type: 'change'; text: string }
  | { type: 'send'; text: string };

export type ReplyStatusKind = 'info' | 'success' | 'error';

export type HostToReply =
  /** What Slack will show, line by line; `length` and `max`: the text's size and its limit. */
  | { type: 'preview'; lines: PreviewSpan[][]; length: number; max: number }
  /** Replace the text shown (a successful send clears it). */
  | { type: 'setText'; text: string }
  /** A result in words, in the page's status region; `link` only ever https:. */
  | { type: 'status'; kind: ReplyStatusKind; text: string; link?: { href: string; text: string } }
  /** A send is under way: Send is disabled until it ends. */
  | { type: 'busy'; busy: boolean };

/** Larger than any text a page may send (the host's own limit is lower and said in words): anything longer is not a page's message. */
const MESSAGE_BOUND = 20_000;

export function isReplyToHost(value: unknown): value is ReplyToHost {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as { type?: unknown; text?: unknown };
  if (m.type === 'ready') return true;
  return (m.type === 'change' || m.type === 'send') && typeof m.text === 'string' && m.text.length <= MESSAGE_BOUND;
}

/**
 * What a page keeps in its webview state, so that it comes back after a window reload: the page it
 * is (a sent ticket's thread, or a channel with the group, ticket and customer it was opened for).
 * Its text comes back from the host's autosave, not from here.
 */
export type ReplyState =
  | { kind: 'thread'; sentId: string }
  | { kind: 'channel'; channelId: string; userGroupId?: string; sentId?: string; customer?: string };

const ID_BOUND = 200;
const optionalText = (v: unknown) => v === undefined || (typeof v === 'string' && v.length <= ID_BOUND);

/** Checks a restored state (it comes from the webview, which is untrusted, and may be from another version). */
export function isReplyState(value: unknown): value is ReplyState {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  if (s.kind === 'thread') return typeof s.sentId === 'string' && s.sentId.length <= ID_BOUND;
  return s.kind === 'channel' && typeof s.channelId === 'string' && s.channelId.length <= ID_BOUND
    && optionalText(s.userGroupId) && optionalText(s.sentId) && optionalText(s.customer);
}
