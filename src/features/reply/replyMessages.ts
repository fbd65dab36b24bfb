/**
 * The one message protocol between a message page (a reply in a sent ticket's thread, or a message to
 * a channel) and its webview script, declared once as schemas (see core/webview/protocol.ts): both
 * sides use the types inferred from them, the host checks what arrives with the guards made from
 * them, since a webview is untrusted. The webview posts `ready` once its script runs.
 */
import * as z from '../../core/zodMini';
import { guardOf, id, MAX_ID_LENGTH } from '../../core/webview/protocol';

/** Slack's formatting in the preview: each piece of a line as text, with what Slack shows it as. */
export type PreviewMark = 'bold' | 'italic' | 'strike' | 'code' | 'mention';
export interface PreviewSpan {
  text: string;
  mark?: PreviewMark;
}

/** Larger than any text a page may send (the host's own limit is lower and said in words): anything longer is not a page's message. */
const MESSAGE_BOUND = 20_000;
const messageText = z.string().check(z.maxLength(MESSAGE_BOUND));

const replyToHost = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  /** The CE typed: the whole text (the host autosaves it and answers with `preview`). */
  z.object({ type: z.literal('change'), text: messageText }),
  z.object({ type: z.literal('send'), text: messageText }),
]);
export type ReplyToHost = z.infer<typeof replyToHost>;

export type ReplyStatusKind = 'info' | 'success' | 'error';

/** Host to webview (the host is trusted: only the types). */
export type HostToReply =
  /** What Slack will show, line by line; `length` and `max`: the text's size and its limit. */
  | { type: 'preview'; lines: PreviewSpan[][]; length: number; max: number }
  /** Replace the text shown (a successful send clears it). */
  | { type: 'setText'; text: string }
  /** A result in words, in the page's status region; `link` only ever https:. */
  | { type: 'status'; kind: ReplyStatusKind; text: string; link?: { href: string; text: string } }
  /** A send is under way: Send is disabled until it ends. */
  | { type: 'busy'; busy: boolean };

/**
 * What a page keeps in its webview state, so that it comes back after a window reload: the page it
 * is (a sent ticket's thread, or a channel with the group, ticket and customer it was opened for).
 * Its text comes back from the host's autosave, not from here. It comes from the webview, which is
 * untrusted, and may be from another version: checked before use.
 */
const replyState = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('thread'), sentId: id() }),
  z.object({ kind: z.literal('channel'), channelId: id(), userGroupId: z.optional(id()), sentId: z.optional(id()), customer: z.optional(z.string().check(z.maxLength(MAX_ID_LENGTH))) }),
]);
export type ReplyState = z.infer<typeof replyState>;

export const isReplyToHost = guardOf(replyToHost);
export const isReplyState = guardOf(replyState);
