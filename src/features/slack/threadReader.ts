/**
 * Reads a sent ticket's thread through Slack's SDK (conversations.replies, page by page with its
 * cursor; reactions.get when the ticket's message comes without its reactions; users.info for
 * names). One request at a time; a 429 is not waited out here but handed back with its Retry-After
 * (`rejectRateLimitedCalls`), so the caller stops reading every ticket until then.
 *
 * No `vscode` import: it runs (and is tested) in plain Node against the Slack stand-in too.
 */
import { ErrorCode, WebClient, type WebAPICallError } from '@slack/web-api';
import type { StatusProblem } from './model/statusCache';
import { readThread, reactionNames, type SlackThreadMessage, type ThreadReading } from './model/ticketStatus';
import { silentLogger } from './transport';

export interface ReadOptions {
  /** The Web API base URL, already checked (see features/slack/model/endpoints.ts). */
  apiUrl?: string;
  /** Pages of 200 messages read at most (a longer thread is counted by Slack's reply_count). */
  maxPages?: number;
  timeoutMs?: number;
}

export type ReadFailure = { problem: StatusProblem; retryAfter?: number };
export type ThreadResult = { ok: true; reading: ThreadReading } | ({ ok: false } & ReadFailure);

function client(token: string, options: ReadOptions): WebClient {
  return new WebClient(token, {
    slackApiUrl: options.apiUrl,
    logger: silentLogger,
    timeout: options.timeoutMs ?? 15_000,
    // A 5xx or a dropped connection is tried once more; a 429 comes back to the caller at once.
    retryConfig: { retries: 1, factor: 2, minTimeout: 1000, maxTimeout: 2000, randomize: false },
    rejectRateLimitedCalls: true,
    maxRequestConcurrency: 1,
    allowAbsoluteUrls: false,
  });
}

const TOKEN_ERRORS = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive', 'no_permission', 'ekm_access_denied']);
const GONE_ERRORS = new Set(['thread_not_found', 'message_not_found']);
const CHANNEL_ERRORS = new Set(['channel_not_found', 'not_in_channel', 'is_archived']);

/** An SDK error in the words of the row (never the SDK's message, which may hold URLs). */
export function readFailure(error: unknown): ReadFailure {
  const e = error as WebAPICallError;
  if (e?.code === ErrorCode.RateLimitedError) return { problem: { kind: 'rateLimited' }, retryAfter: e.retryAfter };
  if (e?.code === ErrorCode.PlatformError) {
    const code = String(e.data?.error ?? '');
    // Slack names the scope a missing_scope call needed (`needed`), which the SDK's type leaves out.
    const data = e.data as { needed?: unknown } | undefined;
    const needed = typeof data?.needed === 'string' ? data.needed.slice(0, 100) : undefined;
    if (code === 'missing_scope') return { problem: { kind: 'missingScope', needed } };
    if (TOKEN_ERRORS.has(code)) return { problem: { kind: 'token' } };
    if (GONE_ERRORS.has(code)) return { problem: { kind: 'deleted' } };
    if (CHANNEL_ERRORS.has(code)) return { problem: { kind: 'channel' } };
  }
  return { problem: { kind: 'unreachable' } };
}

/** The ticket's thread: its replies (every page up to maxPages) and the reactions on the ticket. */
export async function readTicketThread(token: string, channel: string, ts: string, options: ReadOptions = {}): Promise<ThreadResult> {
  const slack = client(token, options);
  const messages: SlackThreadMessage[] = [];
  try {
    let cursor: string | undefined;
    for (let page = 0; page < (options.maxPages ?? 5); page++) {
      const answer = await slack.conversations.replies({ channel, ts, limit: 200, ...(cursor ? { cursor } : {}) });
      messages.push(...((answer.messages ?? []) as SlackThreadMessage[]));
      cursor = answer.response_metadata?.next_cursor || undefined;
      if (!cursor || !answer.has_more) break;
    }
  } catch (error) {
    return { ok: false, ...readFailure(error) };
  }
  const parent = messages.find((m) => m.ts === ts);
  if (!parent) return { ok: false, problem: { kind: 'deleted' } };
  // Slack leaves `reactions` out of a message that has none, and of some that have: ask for them.
  const reactions = 'reactions' in parent ? undefined : await parentReactions(slack, channel, ts);
  return { ok: true, reading: readThread(ts, messages, reactions) };
}

/** reactions.get (needs reactions:read): without it, or on any failure, no reactions. */
async function parentReactions(slack: WebClient, channel: string, ts: string): Promise<string[]> {
  try {
    const answer = await slack.reactions.get({ channel, timestamp: ts, full: true });
    return reactionNames((answer.message as { reactions?: unknown } | undefined)?.reactions);
  } catch {
    return [];
  }
}

/** users.info calls in one readUserNames at most. */
export const NAMES_PER_CALL = 20;

/**
 * Names of Slack users by id (users.info, needs users:read), one at a time. Stops at the first
 * failure other than an unknown user (a missing scope, a 429): the ids without a name stay ids.
 */
export async function readUserNames(token: string, ids: readonly string[], options: ReadOptions = {}): Promise<Map<string, string>> {
  const slack = client(token, options);
  const names = new Map<string, string>();
  for (const id of ids.slice(0, NAMES_PER_CALL)) {
    try {
      const answer = await slack.users.info({ user: id });
      const user = answer.user as { name?: unknown; real_name?: unknown; profile?: { display_name?: unknown; real_name?: unknown } } | undefined;
      const name = [user?.profile?.display_name, user?.profile?.real_name, user?.real_name, user?.name].find((n): n is string => typeof n === 'string' && n.trim() !== '');
      if (name) names.set(id, name.trim().slice(0, 80));
    } catch (error) {
      // A user Slack does not know (deleted) stays an id; any other failure (no users:read, a 429) ends it.
      if ((error as WebAPICallError)?.code === ErrorCode.PlatformError && (error as { data?: { error?: unknown } }).data?.error === 'user_not_found') continue;
      break;
    }
  }
  return names;
}
