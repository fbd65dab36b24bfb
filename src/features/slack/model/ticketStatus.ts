/**
 * A sent ticket's status, read from its Slack thread: how many replies, who replied last and when,
 * and what the reactions on the ticket's message mean (`delivery.statusReactions`, over the defaults
 * below). Pure: the glue reads the thread (features/slack/threadReader.ts) and keeps the result.
 */
import type { StatusReactions } from '../../../core/schema/schemaStatus';
import { mrkdwnToText } from './mrkdwn';

/**
 * The meanings used when a team's data says nothing else. A team convention of this extension, not
 * the handbook's words: 👀 when someone picks the ticket up, ✅ when it is resolved.
 */
export const DEFAULT_STATUS_REACTIONS: Readonly<StatusReactions> = {
  eyes: 'Picked up',
  white_check_mark: 'Resolved',
  heavy_check_mark: 'Resolved',
};

/** A message of the thread as Slack's conversations.replies gives it (only what is read). */
export interface SlackThreadMessage {
  ts?: unknown;
  user?: unknown;
  bot_id?: unknown;
  username?: unknown;
  text?: unknown;
  reply_count?: unknown;
  reactions?: unknown;
}

/** A reply as kept and shown: its text already plain (see mrkdwn.ts) and cut to a bound. */
export interface ThreadReply {
  /** The Slack user id (or bot id) of whoever wrote it. */
  user: string;
  /** ISO 8601, from the message's ts. */
  at: string;
  text: string;
}

/** What a reading of the thread found. */
export interface ThreadReading {
  replyCount: number;
  /** The last replies, oldest first (at most LAST_REPLIES). */
  lastReplies: ThreadReply[];
  /** Reaction names on the ticket's message. */
  reactions: string[];
}

export const LAST_REPLIES = 3;
export const REPLY_TEXT_LIMIT = 400;

/** Slack's ts ("1700000000.000100") as ISO 8601; undefined when it is not one. */
export function tsToIso(ts: unknown): string | undefined {
  if (typeof ts !== 'string' || !/^\d{1,12}(\.\d{1,9})?$/.test(ts)) return undefined;
  const ms = Math.round(Number.parseFloat(ts) * 1000);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/** Reaction names on a message (`reactions: [{name, count, users}]`), bounded. */
export function reactionNames(reactions: unknown): string[] {
  if (!Array.isArray(reactions)) return [];
  return reactions.slice(0, 50).flatMap((r: { name?: unknown }) => (typeof r?.name === 'string' && r.name.length <= 100 ? [r.name] : []));
}

/**
 * The thread's messages (the ticket first, as conversations.replies answers, then the replies oldest
 * first) to what the row shows. User ids in texts stay ids here; names are put in when shown.
 */
export function readThread(threadTs: string, messages: readonly SlackThreadMessage[], parentReactions?: readonly string[]): ThreadReading {
  const parent = messages.find((m) => m.ts === threadTs);
  // Slack repeats the ticket's message at the top of every page.
  const replies = messages.filter((m) => m.ts !== threadTs && typeof m.ts === 'string');
  const told = typeof parent?.reply_count === 'number' && Number.isInteger(parent.reply_count) && parent.reply_count >= 0 ? parent.reply_count : 0;
  const lastReplies = replies.slice(-LAST_REPLIES).map((m) => ({
    user: typeof m.user === 'string' ? m.user : typeof m.bot_id === 'string' ? m.bot_id : '',
    at: tsToIso(m.ts) ?? '',
    text: typeof m.text === 'string' ? m.text.slice(0, REPLY_TEXT_LIMIT * 4) : '',
  }));
  return {
    // Slack's count covers pages not read; the replies read cover a parent without one.
    replyCount: Math.max(told, replies.length),
    lastReplies,
    reactions: parentReactions ? [...parentReactions] : reactionNames(parent?.reactions),
  };
}

/** A reaction matches a meaning by its full name, or without its skin tone. */
const baseName = (name: string) => name.replace(/::skin-tone-[2-6]$/, '');

/**
 * The status the reactions on the ticket's message mean: the template's meanings (its
 * `delivery.statusReactions`) or, when it has none, the defaults; of those present, the one listed
 * last wins, so a team lists them in the order a ticket goes through. Undefined when no reaction has
 * a meaning.
 */
export function statusFromReactions(reactions: readonly string[], teamReactions: Readonly<StatusReactions> | undefined): { reaction: string; label: string } | undefined {
  const meanings = teamReactions && Object.keys(teamReactions).length ? teamReactions : DEFAULT_STATUS_REACTIONS;
  const present = new Set(reactions.flatMap((r) => [r, baseName(r)]));
  let found: { reaction: string; label: string } | undefined;
  for (const [reaction, label] of Object.entries(meanings)) if (present.has(reaction)) found = { reaction, label };
  return found;
}

/** Replies as text for a tooltip or a tool: mrkdwn made plain, user ids as names where known. */
export function replyText(reply: ThreadReply, names: ReadonlyMap<string, string>): string {
  const text = mrkdwnToText(reply.text, (id) => names.get(id));
  return text.length > REPLY_TEXT_LIMIT ? `${text.slice(0, REPLY_TEXT_LIMIT - 1)}…` : text;
}

/** A user id shown as the name when it is known, else as the id. */
export const userName = (id: string, names: ReadonlyMap<string, string>) => names.get(id) ?? id;
