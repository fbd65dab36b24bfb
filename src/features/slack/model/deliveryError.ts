/**
 * What went wrong with a send, as a kind the CE can act on. The delivery code turns each SDK error
 * into a `Failure` (facts only: a Slack error code, an HTTP status, a network error code); this file
 * decides what it means, and whether trying again could post the message twice.
 */
export type FailureKind =
  | 'notConnected'
  | 'invalidAuth'
  | 'channelNotFound'
  | 'notInChannel'
  | 'rateLimited'
  | 'network'
  | 'timeout'
  | 'server'
  | 'cancelled'
  | 'invalidUrl'
  | 'tooLong'
  | 'notSlack'
  | 'unknown';

/** What the delivery code observed. Never holds a URL, a token or an SDK message. */
export type Failure =
  | { type: 'platform'; error: string }
  | { type: 'http'; status: number; body?: string }
  | { type: 'rateLimited'; retryAfter?: number }
  | { type: 'network'; code?: string }
  | { type: 'timeout' }
  | { type: 'cancelled' }
  | { type: 'notConnected' }
  | { type: 'invalidUrl' }
  | { type: 'tooLong'; blocks: number }
  /** A 2xx answer that is not Slack's documented success: an HTML page (a proxy's login page), an empty body, other text. */
  | { type: 'notSlack'; answer: AnswerShape; status: number };

export type AnswerShape = 'html' | 'empty' | 'text' | 'json';

/** What an answer's body is, by its content type and first characters. */
export function answerShape(contentType: string, body: string): AnswerShape {
  const text = body.trim();
  if (!text) return 'empty';
  if (/html/i.test(contentType) || text.startsWith('<')) return 'html';
  try {
    JSON.parse(text);
    return 'json';
  } catch {
    return 'text';
  }
}

export interface DeliveryError {
  kind: FailureKind;
  /** Slack's error code (e.g. "token_revoked"), when it gave one. */
  code?: string;
  /** Seconds Slack asked to wait (rate limited). */
  retryAfter?: number;
  /** The request may have reached Slack: look in the channel before sending again. */
  mayHaveBeenPosted?: boolean;
  /** For tooLong: how many blocks the message would need. */
  blocks?: number;
  /** For notSlack: what came back instead of Slack's answer. */
  answer?: AnswerShape;
}

const AUTH = new Set(['not_authed', 'invalid_auth', 'token_revoked', 'token_expired', 'account_inactive', 'missing_scope', 'not_allowed_token_type', 'no_permission', 'ekm_access_denied', 'invalid_token', 'no_service', 'no_active_hooks', 'action_prohibited', 'team_disabled', 'no_team']);
const CHANNEL = new Set(['channel_not_found', 'is_archived', 'channel_is_archived']);
const NOT_IN_CHANNEL = new Set(['not_in_channel', 'restricted_action', 'posting_to_general_channel_denied']);
const RATE = new Set(['ratelimited', 'rate_limited']);
const SERVER = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);
/** Network errors raised before a request is sent: the message cannot have reached Slack. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'EADDRNOTAVAIL', 'UND_ERR_CONNECT_TIMEOUT', 'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'ERR_TLS_CERT_ALTNAME_INVALID']);

/** Slack error codes are lower-case words with underscores; anything else is not shown. */
export const safeCode = (code: string | undefined) => (code && /^[a-z][a-z0-9_]{0,63}$/.test(code.trim()) ? code.trim() : undefined);

function fromCode(code: string): FailureKind | undefined {
  if (AUTH.has(code)) return 'invalidAuth';
  if (CHANNEL.has(code)) return 'channelNotFound';
  if (NOT_IN_CHANNEL.has(code)) return 'notInChannel';
  if (RATE.has(code)) return 'rateLimited';
  if (SERVER.has(code)) return 'server';
  return undefined;
}

export function classifyFailure(failure: Failure): DeliveryError {
  switch (failure.type) {
    case 'platform': {
      const code = safeCode(failure.error);
      return { kind: (code ? fromCode(code) : undefined) ?? 'unknown', code };
    }
    case 'http': {
      // Webhooks answer errors with a status and Slack's error code as the body.
      const code = safeCode(failure.body);
      const byCode = code ? fromCode(code) : undefined;
      if (failure.status === 429) return { kind: 'rateLimited', code };
      if (failure.status >= 500) return { kind: 'server', code };
      if (byCode) return { kind: byCode, code };
      if (failure.status === 401 || failure.status === 403 || failure.status === 404 || failure.status === 410) return { kind: 'invalidAuth', code };
      return { kind: 'unknown', code: code ?? `http_${failure.status}` };
    }
    case 'rateLimited': return { kind: 'rateLimited', retryAfter: failure.retryAfter };
    case 'network':
      return NOT_SENT.has(failure.code ?? '') ? { kind: 'network' } : { kind: 'network', mayHaveBeenPosted: true };
    case 'timeout': return { kind: 'timeout', mayHaveBeenPosted: true };
    case 'cancelled': return { kind: 'cancelled' };
    case 'notConnected': return { kind: 'notConnected' };
    case 'invalidUrl': return { kind: 'invalidUrl' };
    case 'tooLong': return { kind: 'tooLong', blocks: failure.blocks };
    // A proxy's page means the request stopped before Slack; but the answer proves nothing: look first.
    case 'notSlack': return { kind: 'notSlack', answer: failure.answer, mayHaveBeenPosted: true };
  }
}

/**
 * Whether a failed attempt may be tried again without any risk of a second message: Slack refused it
 * before doing anything (429; a 5xx answer, which Slack gives for a request it did not carry out, and
 * which its SDKs retry), or it never left this machine (connection refused, name not found). A
 * timeout or a connection dropped mid-request is not retried: Slack may have posted it.
 */
export function isSafeToRetry(failure: Failure): boolean {
  switch (failure.type) {
    case 'rateLimited': return true;
    case 'http': return failure.status === 429 || failure.status >= 500;
    case 'platform': return RATE.has(failure.error) || SERVER.has(failure.error);
    case 'network': return NOT_SENT.has(failure.code ?? '');
    default: return false;
  }
}
