/**
 * The calls to Slack, through Slack's SDK (@slack/web-api's WebClient for chat.postMessage and
 * chat.getPermalink, @slack/webhook's IncomingWebhook and WebhookTrigger for webhooks), with its
 * retries and its 429 Retry-After handling, bounded so a send gives up within about a minute.
 *
 * No `vscode` import: it runs (and is tested) in plain Node against the Slack stand-in too.
 *
 * Cancelling and retrying never post twice. Every request goes through `guardedFetch` (the SDK's
 * `fetch` option), which
 * - adds the caller's cancellation to the SDK's own per-request timeout signal,
 * - refuses to start any request once the send is cancelled, past its deadline, or after an
 *   attempt that may have reached Slack (a timeout, a connection dropped mid-request), and
 * - records what each attempt observed, so the outcome is told in words, not SDK messages (which
 *   may hold URLs).
 * p-retry, which the SDK passes `retryConfig` to, stops retrying as soon as `onFailedAttempt`
 * throws (p-retry 4 documents this), so a stopped send also stops waiting.
 */
import { LogLevel, WebClient, type WebAPIPlatformError, type Logger } from '@slack/web-api';
import { IncomingWebhook, WebhookTrigger, type FetchFunction } from '@slack/webhook';
import { answerShape, isSafeToRetry, type Failure } from './model/deliveryError';
import type { BlockMessage } from './model/slackMessage';

export interface TransportOptions {
  /** Cancels the send (the progress notification's Cancel). */
  signal?: AbortSignal;
  /** The Web API base URL, already checked (see features/slack/model/endpoints.ts). */
  apiUrl?: string;
  /** The whole send, retries and Retry-After waits included. */
  deadlineMs?: number;
  /** One request. */
  attemptTimeoutMs?: number;
  retries?: number;
  /** Seconds before the first retry (doubling each time). */
  minRetryDelayMs?: number;
}

export const DEFAULT_TRANSPORT: Required<Omit<TransportOptions, 'signal' | 'apiUrl'>> = {
  deadlineMs: 60_000,
  attemptTimeoutMs: 20_000,
  retries: 3,
  minRetryDelayMs: 1000,
};

export type TransportResult =
  | { ok: true; channel?: string; ts?: string; link?: string }
  | { ok: false; failure: Failure; attempts: number };

/** The SDK logs request details (URLs included) at debug level and retries at info: keep all of it out. */
export const silentLogger: Logger = {
  debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined,
  setLevel: () => undefined, getLevel: () => LogLevel.ERROR, setName: () => undefined,
};

/** The Node error code of a failed fetch (undici puts it on `cause`). */
function networkCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && /^[A-Z_]+$/.test(e.code)) return e.code;
  }
  return undefined;
}

class Attempts {
  count = 0;
  last: Failure | undefined;
  /** The last 2xx answer as received (the SDK's reading of it can hide that it was not Slack's). */
  answer: { status: number; contentType: string; body: string } | undefined;
  /** Why no further request may start (set once, never cleared). */
  stopped: Failure | undefined;
  inFlight = 0;
  readonly controller = new AbortController();
  private readonly deadline: number;
  private timer: NodeJS.Timeout | undefined;
  private readonly onCancel = () => this.stop({ type: 'cancelled' });

  constructor(private readonly options: Required<Omit<TransportOptions, 'signal' | 'apiUrl'>> & { signal?: AbortSignal }) {
    this.deadline = Date.now() + options.deadlineMs;
    if (options.signal?.aborted) this.stop({ type: 'cancelled' });
    options.signal?.addEventListener('abort', this.onCancel);
    this.timer = setTimeout(() => this.stop(this.inFlight > 0 || !this.last ? { type: 'timeout' } : this.last), options.deadlineMs);
  }

  stop(failure: Failure): void {
    if (this.stopped) return;
    this.stopped = failure;
    this.controller.abort();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.options.signal?.removeEventListener('abort', this.onCancel);
  }

  /** The `fetch` handed to the SDK. */
  readonly fetch: FetchFunction = async (url, init) => {
    if (this.stopped) throw new Error('send stopped');
    this.count++;
    this.inFlight++;
    const signal = init?.signal ? AbortSignal.any([init.signal, this.controller.signal]) : this.controller.signal;
    try {
      const response = await globalThis.fetch(url, { ...init, signal } as RequestInit);
      if (response.status === 429) {
        const retryAfter = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
        this.last = { type: 'rateLimited', retryAfter: Number.isNaN(retryAfter) ? undefined : retryAfter };
        // The SDK would sleep through a wait longer than the time left: give up now instead, and
        // throw rather than hand it the 429, or its sleep would hold a timer for the whole wait.
        if (!Number.isNaN(retryAfter) && Date.now() + retryAfter * 1000 > this.deadline) {
          this.stop(this.last);
          throw new Error('send stopped: Slack asks to wait longer than the send may take');
        }
      } else if (!response.ok) {
        const body = (await response.clone().text().catch(() => '')).slice(0, 200);
        this.last = { type: 'http', status: response.status, body };
      } else {
        this.answer = { status: response.status, contentType: response.headers.get('content-type') ?? '', body: (await response.clone().text().catch(() => '')).slice(0, 2000) };
      }
      return response;
    } catch (error) {
      const failure: Failure = this.stopped
        ? this.stopped
        : (error as Error)?.name === 'TimeoutError' ? { type: 'timeout' } : { type: 'network', code: networkCode(error) };
      this.last = failure;
      if (!isSafeToRetry(failure)) this.stop(failure);
      throw error;
    } finally {
      this.inFlight--;
    }
  };

  /** The SDK's retryConfig: bounded, and ended at once when the send is stopped. */
  retryConfig() {
    return {
      retries: this.options.retries,
      factor: 2,
      minTimeout: this.options.minRetryDelayMs,
      maxTimeout: this.options.minRetryDelayMs * 8,
      randomize: false,
      onFailedAttempt: (error: Error) => {
        if (this.stopped) throw error;
        if (this.last && !isSafeToRetry(this.last)) {
          this.stop(this.last);
          throw error;
        }
      },
    };
  }

  /** Runs the SDK call; a stop (cancel, deadline, long Retry-After) ends it at once. */
  async run<T>(call: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; failure: Failure; error: unknown }> {
    const stopped = new Promise<never>((_, reject) => this.controller.signal.addEventListener('abort', () => reject(new Error('send stopped')), { once: true }));
    const running = call();
    running.catch(() => undefined); // a stopped call still settles later; nobody waits for it
    try {
      return { ok: true, value: await Promise.race([running, stopped]) };
    } catch (error) {
      return { ok: false, failure: this.stopped ?? this.last ?? { type: 'network', code: networkCode(error) }, error };
    } finally {
      this.dispose();
    }
  }
}

const withDefaults = (options: TransportOptions) => ({ ...DEFAULT_TRANSPORT, ...stripUndefined(options) });
function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** chat.postMessage (in a thread when `threadTs` is given; `text` alone when there are no blocks), then chat.getPermalink for the link. */
export async function postWithBotToken(token: string, channel: string, message: BlockMessage, options: TransportOptions & { threadTs?: string } = {}): Promise<TransportResult> {
  const settings = withDefaults(options);
  const attempts = new Attempts(settings);
  const client = new WebClient(token, {
    slackApiUrl: options.apiUrl,
    logger: silentLogger,
    fetch: attempts.fetch,
    timeout: settings.attemptTimeoutMs,
    retryConfig: attempts.retryConfig(),
    allowAbsoluteUrls: false,
    maxRequestConcurrency: 1,
  });
  const result = await attempts.run(() =>
    client.chat.postMessage({ channel, text: message.text, ...(message.blocks.length ? { blocks: message.blocks } : {}), unfurl_links: false, unfurl_media: false, ...(options.threadTs ? { thread_ts: options.threadTs } : {}) }),
  );
  if (!result.ok) {
    // The SDK reads an answer that is not JSON (a proxy's HTML page, an empty body) as an error whose code is that text.
    const notSlack = !attempts.stopped && attempts.answer ? notSlackAnswer(attempts.answer) : undefined;
    const platform = (result.error as WebAPIPlatformError)?.data?.error;
    const failure: Failure = notSlack ?? (typeof platform === 'string' && !attempts.stopped ? { type: 'platform', error: platform } : result.failure);
    return { ok: false, failure, attempts: attempts.count };
  }
  if (result.value.ok !== true) return { ok: false, failure: notSlackAnswer(attempts.answer) ?? { type: 'notSlack', answer: 'json', status: 200 }, attempts: attempts.count };
  const posted = { channel: result.value.channel, ts: result.value.ts };
  return { ok: true, ...posted, link: await permalink(token, posted, options) };
}

/** The message's link; the message is posted already, so any failure here only means no link. */
async function permalink(token: string, posted: { channel?: string; ts?: string }, options: TransportOptions): Promise<string | undefined> {
  if (!posted.channel || !posted.ts) return undefined;
  const attempts = new Attempts({ ...withDefaults(options), retries: 1, deadlineMs: 15_000, attemptTimeoutMs: 10_000 });
  const client = new WebClient(token, { slackApiUrl: options.apiUrl, logger: silentLogger, fetch: attempts.fetch, timeout: 10_000, retryConfig: attempts.retryConfig(), allowAbsoluteUrls: false });
  const result = await attempts.run(() => client.chat.getPermalink({ channel: posted.channel!, message_ts: posted.ts! }));
  return result.ok && typeof result.value.permalink === 'string' ? result.value.permalink : undefined;
}

/** An incoming webhook: the Block Kit message to the webhook's channel. */
export async function postToIncomingWebhook(url: string, message: BlockMessage, options: TransportOptions = {}): Promise<TransportResult> {
  const settings = withDefaults(options);
  const attempts = new Attempts(settings);
  const webhook = new IncomingWebhook(url, { fetch: attempts.fetch, timeout: settings.attemptTimeoutMs, retryConfig: attempts.retryConfig() });
  const result = await attempts.run(() => webhook.send({ text: message.text, blocks: message.blocks as never, unfurl_links: false, unfurl_media: false }));
  if (!result.ok) return { ok: false, failure: result.failure, attempts: attempts.count };
  // Slack's documented success is the text "ok"; anything else did not come from Slack's webhook.
  if (result.value.text.trim() !== 'ok') return { ok: false, failure: notSlackAnswer(attempts.answer) ?? { type: 'notSlack', answer: 'text', status: 200 }, attempts: attempts.count };
  return { ok: true };
}

/** A Workflow Builder webhook trigger ("Starts with a webhook"): one variable per field. */
export async function startWorkflow(url: string, variables: Record<string, string>, options: TransportOptions = {}): Promise<TransportResult> {
  const settings = withDefaults(options);
  const attempts = new Attempts(settings);
  const trigger = new WebhookTrigger(url, { fetch: attempts.fetch, timeout: settings.attemptTimeoutMs, retryConfig: attempts.retryConfig() });
  const result = await attempts.run(() => trigger.send(variables));
  if (!result.ok) return { ok: false, failure: result.failure, attempts: attempts.count };
  // The SDK takes an empty or non-JSON answer for {ok: true}: only Slack's JSON {"ok": true} is.
  const answer = parseJsonObject(attempts.answer?.body);
  // A trigger answers 200 with {"ok": false, "error": …} when it refuses the variables.
  if (answer?.ok === false) return { ok: false, failure: { type: 'platform', error: String(answer.error ?? 'unknown_error') }, attempts: attempts.count };
  if (answer?.ok !== true) return { ok: false, failure: notSlackAnswer(attempts.answer) ?? { type: 'notSlack', answer: 'json', status: 200 }, attempts: attempts.count };
  return { ok: true };
}

function parseJsonObject(text: string | undefined): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text ?? '');
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A 2xx answer that is not JSON (an HTML page, an empty body, other text): not Slack's. */
function notSlackAnswer(answer: Attempts['answer']): Failure | undefined {
  if (!answer) return undefined;
  const shape = answerShape(answer.contentType, answer.body);
  return shape === 'json' ? undefined : { type: 'notSlack', answer: shape, status: answer.status };
}
