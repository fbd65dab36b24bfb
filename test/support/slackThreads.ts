/**
 * The threads part of the Slack stand-in (slackStandIn.ts): replies and reactions on posted
 * messages, and the Web API methods that read them, as Slack documents them:
 *   POST /api/conversations.replies  channel, ts, limit, cursor → {ok, messages (the parent first on
 *                                    every page, then replies oldest first), has_more,
 *                                    response_metadata.next_cursor}; thread_not_found for an unknown
 *                                    or deleted message; missing_scope (with `needed`) without
 *                                    channels:history (C…) / groups:history (G…)
 *   POST /api/reactions.get          channel, timestamp → {ok, type: 'message', message: {…reactions}}
 *   POST /api/users.info             user → {ok, user: {id, name, real_name, profile}}; user_not_found
 * A message without reactions has no `reactions` field, as in Slack.
 */
import type { PostedMessage } from './slackStandIn';

export interface StandInUser {
  name: string;
  realName?: string;
  displayName?: string;
}

interface Reply {
  ts: string;
  user: string;
  text: string;
}

type Answer = { status: number; body: unknown };
const ok = (body: Record<string, unknown>): Answer => ({ status: 200, body: { ok: true, ...body } });
const error = (code: string, extra: Record<string, unknown> = {}): Answer => ({ status: 200, body: { ok: false, error: code, ...extra } });

export class SlackThreads {
  /** Replies by the ts of the message they answer. */
  private readonly replies = new Map<string, Reply[]>();
  /** Reactions by message ts: name → user ids. */
  private readonly reactions = new Map<string, Map<string, string[]>>();
  private readonly deleted = new Set<string>();
  private replyCounter = 0;
  readonly users = new Map<string, StandInUser>();
  /** The bot's scopes; undefined: every scope. */
  scopes: Set<string> | undefined;
  /** The page size conversations.replies uses at most (Slack's is 1000); tests make it small. */
  maxPageSize = 1000;

  constructor(private readonly messages: readonly PostedMessage[]) {}

  /** Support answers in the ticket's thread. */
  reply(threadTs: string, user: string, text: string): string {
    // Now, as in Slack (the row shows when the last reply came).
    const ts = `${Math.floor(Date.now() / 1000)}.${String(++this.replyCounter).padStart(6, '0')}`;
    this.replies.set(threadTs, [...(this.replies.get(threadTs) ?? []), { ts, user, text }]);
    return ts;
  }

  react(ts: string, name: string, user = 'U0SUPPORT'): void {
    const onMessage = this.reactions.get(ts) ?? new Map<string, string[]>();
    onMessage.set(name, [...(onMessage.get(name) ?? []), user]);
    this.reactions.set(ts, onMessage);
  }

  /** The message is deleted in Slack (with its thread). */
  deleteMessage(ts: string): void {
    this.deleted.add(ts);
  }

  reset(): void {
    this.replies.clear();
    this.reactions.clear();
    this.deleted.clear();
    this.users.clear();
    this.scopes = undefined;
    this.maxPageSize = 1000;
  }

  private hasScope(scope: string): boolean {
    return !this.scopes || this.scopes.has(scope);
  }

  private reactionList(ts: string): Record<string, unknown> {
    const onMessage = this.reactions.get(ts);
    if (!onMessage?.size) return {};
    return { reactions: [...onMessage].map(([name, users]) => ({ name, users, count: users.length })) };
  }

  private parent(channel: string, ts: string): PostedMessage | undefined {
    return this.deleted.has(ts) ? undefined : this.messages.find((m) => m.via === 'chat.postMessage' && m.channel === channel && m.ts === ts && !m.threadTs);
  }

  /** Answers one of the thread methods (the caller has checked the token), or undefined for another path. */
  answer(path: string, body: Record<string, unknown>, channel: string | undefined): Answer | undefined {
    if (path === '/api/users.info') return this.usersInfo(body);
    if (path === '/api/reactions.get') {
      if (!this.hasScope('reactions:read')) return error('missing_scope', { needed: 'reactions:read', provided: [...(this.scopes ?? [])].join(',') });
      const message = channel ? this.parent(channel, String(body.timestamp ?? '')) : undefined;
      if (!message) return error('message_not_found');
      return ok({ type: 'message', channel, message: { type: 'message', ts: message.ts, text: message.text, ...this.reactionList(message.ts!) } });
    }
    if (path === '/api/conversations.replies') return this.conversationReplies(body, channel);
    return undefined;
  }

  private usersInfo(body: Record<string, unknown>): Answer {
    if (!this.hasScope('users:read')) return error('missing_scope', { needed: 'users:read', provided: [...(this.scopes ?? [])].join(',') });
    const id = String(body.user ?? '');
    const user = this.users.get(id);
    if (!user) return error('user_not_found');
    return ok({ user: { id, name: user.name, real_name: user.realName ?? '', profile: { display_name: user.displayName ?? '', real_name: user.realName ?? '' } } });
  }

  private conversationReplies(body: Record<string, unknown>, channel: string | undefined): Answer {
    if (!channel) return error('channel_not_found');
    const scope = channel.startsWith('G') ? 'groups:history' : 'channels:history';
    if (!this.hasScope(scope)) return error('missing_scope', { needed: scope, provided: [...(this.scopes ?? [])].join(',') });
    const ts = String(body.ts ?? '');
    const message = this.parent(channel, ts);
    if (!message) return error('thread_not_found');
    const replies = this.replies.get(ts) ?? [];
    const limit = Math.max(1, Math.min(Number(body.limit) || 1000, this.maxPageSize));
    const offset = typeof body.cursor === 'string' && body.cursor ? Number.parseInt(Buffer.from(body.cursor, 'base64').toString('utf8').replace(/^offset:/, ''), 10) || 0 : 0;
    const page = replies.slice(offset, offset + limit);
    const more = offset + limit < replies.length;
    const last = replies.at(-1);
    const parent = {
      type: 'message', user: 'U0CEBOT', bot_id: 'B0CEBOT', ts, thread_ts: ts, text: message.text,
      ...(replies.length ? { reply_count: replies.length, reply_users_count: new Set(replies.map((r) => r.user)).size, latest_reply: last!.ts } : {}),
      ...this.reactionList(ts),
    };
    return ok({
      messages: [parent, ...page.map((r) => ({ type: 'message', user: r.user, ts: r.ts, thread_ts: ts, text: r.text, parent_user_id: 'U0CEBOT', ...this.reactionList(r.ts) }))],
      has_more: more,
      response_metadata: { next_cursor: more ? Buffer.from(`offset:${offset + limit}`).toString('base64') : '' },
    });
  }
}
