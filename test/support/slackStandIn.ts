/**
 * A stand-in for Slack in tests: an HTTP server on 127.0.0.1 (random port) that answers the calls
 * CE Playbook makes as Slack documents them, records every request, and can be scripted per test.
 *
 *   Web API (point `cePlaybook.slack.apiUrl` at `standIn.apiUrl`):
 *     POST /api/chat.postMessage   token from `Authorization: Bearer …` (or a `token` field); body
 *                                  form-encoded (JSON-valued fields such as `blocks` as JSON text) or
 *                                  JSON; answers {ok, channel, ts, message} or {ok: false, error}
 *     POST /api/chat.getPermalink  answers {ok, channel, permalink}
 *     POST /api/conversations.replies, /api/reactions.get, /api/users.info   threads, reactions and
 *                                  users (see slackThreads.ts): `standIn.threads.reply(ts, user, text)`,
 *                                  `.react(ts, name)`, `.users`, `.scopes`, `.deleteMessage(ts)`
 *   Incoming webhooks   POST /services/T…/B…/…   JSON body; answers 200 "ok", or a status with an
 *                                                error code as text ("invalid_token", "no_service"…)
 *   Workflow triggers   POST /triggers/…  (and /workflows/…)   JSON variables; answers {"ok": true}
 *
 * Each recorded request names the endpoint it went to. `answers.htmlPage()` and `answers.emptyBody()`
 * answer as something other than Slack would (a proxy's login page with 200, an empty 200).
 *
 * Every request is recorded in `requests`; messages Slack would have posted in `messages`. A test
 * scripts answers with `script(path, …answers)`: each request to that path takes the next one (an HTTP
 * status with a body and headers such as Retry-After, a delay, or `hang` until `release()`), then the
 * path goes back to its normal behavior. Compiled by tsc to out/test/support/slackStandIn.js, so the
 * integration tests (in the extension host) and the UI tests (.mjs) both use it.
 */
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { SlackThreads } from './slackThreads';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The raw body as received. */
  raw: string;
  /** Parsed fields: JSON body, or form fields with JSON-valued ones parsed. */
  body: Record<string, unknown>;
  /** The client went away before the answer was sent (a cancel or a timeout on its side). */
  aborted: boolean;
  /** Which of Slack's endpoints the request went to, by its path. */
  endpoint: 'chat.postMessage' | 'chat.getPermalink' | 'conversations.replies' | 'reactions.get' | 'users.info' | 'incomingWebhook' | 'workflowWebhook' | 'other';
}

const THREAD_METHODS = new Set(['/api/conversations.replies', '/api/reactions.get', '/api/users.info']);

function endpointOf(path: string): RecordedRequest['endpoint'] {
  if (path === '/api/chat.postMessage') return 'chat.postMessage';
  if (path === '/api/chat.getPermalink') return 'chat.getPermalink';
  if (THREAD_METHODS.has(path)) return path.slice(5) as RecordedRequest['endpoint'];
  if (path.startsWith('/services/')) return 'incomingWebhook';
  if (path.startsWith('/triggers/') || path.startsWith('/workflows/')) return 'workflowWebhook';
  return 'other';
}

export interface PostedMessage {
  via: 'chat.postMessage' | 'incomingWebhook' | 'workflowWebhook';
  path: string;
  channel?: string;
  ts?: string;
  threadTs?: string;
  text?: string;
  blocks?: unknown[];
  /** Workflow webhooks: the variables. */
  variables?: Record<string, unknown>;
}

export interface ScriptedAnswer {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON, a string as text. */
  body?: unknown;
  /** Waits this long before answering (the request is recorded at once). */
  delayMs?: number;
  /** Answers only at `release()` (or `reset()`/`close()`): a slow Slack, which carries the request out
   *  when released, as Slack would, even if the client has gone away by then. */
  hang?: boolean;
}

/** Shorthands for Slack's documented failures. */
export const answers = {
  rateLimited: (retryAfterSeconds = 1): ScriptedAnswer => ({ status: 429, headers: { 'Retry-After': String(retryAfterSeconds) }, body: { ok: false, error: 'ratelimited' } }),
  serverError: (status = 500): ScriptedAnswer => ({ status, body: 'internal_error' }),
  apiError: (error: string): ScriptedAnswer => ({ status: 200, body: { ok: false, error } }),
  webhookError: (status: number, code: string): ScriptedAnswer => ({ status, body: code }),
  hang: (): ScriptedAnswer => ({ hang: true }),
  /** Not Slack: a proxy's login page with status 200, as a captive or corporate proxy answers. */
  htmlPage: (): ScriptedAnswer => ({ status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form action="/login">Sign in to continue</form></body></html>' }),
  /** Not Slack: status 200 with nothing in the body. */
  emptyBody: (): ScriptedAnswer => ({ status: 200, body: '' }),
};

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) {
    try { return JSON.parse(raw) as Record<string, unknown>; } catch { return {}; }
  }
  const fields: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The Web API client sends arrays and objects (blocks, metadata) as JSON text.
    try { fields[key] = /^[[{]/.test(value) ? JSON.parse(value) : value; } catch { fields[key] = value; }
  }
  return fields;
}

export class SlackStandIn {
  readonly requests: RecordedRequest[] = [];
  readonly messages: PostedMessage[] = [];
  /** Replies, reactions, users and scopes (what the thread methods answer). */
  readonly threads = new SlackThreads(this.messages);
  /** Bot tokens the Web API accepts; others get invalid_auth. */
  readonly tokens = new Set<string>();
  /** Channels by name or id → id. A channel not here gets channel_not_found, unless `anyChannel`. */
  readonly channels = new Map<string, string>();
  anyChannel = true;
  /** Called as each message is posted, before Slack answers: what support does as soon as a ticket lands. */
  onMessage: ((message: PostedMessage) => void) | undefined;
  private readonly scripts = new Map<string, ScriptedAnswer[]>();
  private readonly hanging = new Set<() => void>();
  private readonly waiters: Array<() => void> = [];
  private tsCounter = 0;

  private constructor(private readonly server: http.Server, readonly url: string) {}

  static async start(): Promise<SlackStandIn> {
    const holder: { standIn?: SlackStandIn } = {};
    const server = http.createServer((req, res) => void holder.standIn!.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    return (holder.standIn = new SlackStandIn(server, `http://127.0.0.1:${port}`));
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** An incoming webhook URL (the path has Slack's shape; the secret part is made up). */
  incomingWebhookUrl(name = 'standin'): string {
    return `${this.url}/services/T0STANDIN/B0STANDIN/${name}`;
  }

  /** A Workflow Builder webhook trigger URL. */
  workflowWebhookUrl(name = 'standin'): string {
    return `${this.url}/triggers/T0STANDIN/0000000000/${name}`;
  }

  /** Queues answers for the next requests to `path` (e.g. "/api/chat.postMessage"). */
  script(path: string, ...scripted: ScriptedAnswer[]): void {
    this.scripts.set(path, [...(this.scripts.get(path) ?? []), ...scripted]);
  }

  /** Answers every request left hanging. */
  release(): void {
    for (const answer of [...this.hanging]) answer();
    this.hanging.clear();
  }

  /** Forgets requests, messages, scripts, tokens and channels (between tests). */
  reset(): void {
    this.release();
    this.requests.length = 0;
    this.messages.length = 0;
    this.scripts.clear();
    this.tokens.clear();
    this.channels.clear();
    this.anyChannel = true;
    this.onMessage = undefined;
    this.threads.reset();
  }

  requestsTo(path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  /** Resolves once `count` requests to `path` have arrived (no timing guesses in tests). */
  async waitForRequests(path: string, count = 1, timeoutMs = 30_000): Promise<RecordedRequest[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.requestsTo(path).length < count) {
      if (Date.now() > deadline) throw new Error(`The Slack stand-in got ${this.requestsTo(path).length} of ${count} request(s) to ${path}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 100);
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
    return this.requestsTo(path);
  }

  async close(): Promise<void> {
    this.release();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = new URL(req.url ?? '/', this.url).pathname;
    const request: RecordedRequest = { method: req.method ?? 'GET', path, headers: req.headers, raw, body: parseBody(raw, req.headers['content-type']), aborted: false, endpoint: endpointOf(path) };
    res.on('close', () => { if (!res.writableFinished) request.aborted = true; });
    this.requests.push(request);
    this.waiters.splice(0).forEach((wake) => wake());

    const scripted = this.scripts.get(path)?.shift();
    if (scripted) {
      if (scripted.hang) await new Promise<void>((resolve) => this.hanging.add(resolve));
      if (scripted.delayMs) await new Promise((r) => setTimeout(r, scripted.delayMs));
      // A scripted success still goes through the normal handler, so the message is recorded.
      if (scripted.status === undefined && scripted.body === undefined) return this.answerNormally(request, res);
      return this.send(res, scripted.status ?? 200, scripted.body ?? '', scripted.headers);
    }
    return this.answerNormally(request, res);
  }

  private answerNormally(request: RecordedRequest, res: http.ServerResponse): void {
    const { path, body } = request;
    if (request.method !== 'POST') return this.send(res, 405, 'method_not_allowed');
    if (path === '/api/chat.postMessage' || path === '/api/chat.getPermalink' || THREAD_METHODS.has(path)) {
      const auth = /^Bearer (.+)$/.exec(String(request.headers.authorization ?? ''))?.[1] ?? (typeof body.token === 'string' ? body.token : undefined);
      if (!auth) return this.send(res, 200, { ok: false, error: 'not_authed' });
      if (!this.tokens.has(auth)) return this.send(res, 200, { ok: false, error: 'invalid_auth' });
      if (path === '/api/users.info') return this.sendAnswer(res, this.threads.answer(path, body, undefined)!);
      const channel = this.channelId(body.channel);
      if (!channel) return this.send(res, 200, { ok: false, error: 'channel_not_found' });
      if (THREAD_METHODS.has(path)) return this.sendAnswer(res, this.threads.answer(path, body, channel)!);
      if (path === '/api/chat.getPermalink') {
        const ts = String(body.message_ts ?? '');
        return this.send(res, 200, { ok: true, channel, permalink: `https://stand-in.slack.com/archives/${channel}/p${ts.replace('.', '')}` });
      }
      if (typeof body.text !== 'string' && !Array.isArray(body.blocks)) return this.send(res, 200, { ok: false, error: 'no_text' });
      const ts = `1700000000.${String(++this.tsCounter).padStart(6, '0')}`;
      const message: PostedMessage = { via: 'chat.postMessage', path, channel, ts, text: body.text as string | undefined, blocks: body.blocks as unknown[] | undefined };
      if (typeof body.thread_ts === 'string') message.threadTs = body.thread_ts;
      this.messages.push(message);
      this.onMessage?.(message);
      return this.send(res, 200, { ok: true, channel, ts, message: { type: 'message', text: body.text, ts } });
    }
    if (path.startsWith('/services/')) {
      if (typeof body.text !== 'string' && !Array.isArray(body.blocks)) return this.send(res, 400, 'no_text');
      this.messages.push({ via: 'incomingWebhook', path, text: body.text as string | undefined, blocks: body.blocks as unknown[] | undefined });
      return this.send(res, 200, 'ok');
    }
    if (path.startsWith('/triggers/') || path.startsWith('/workflows/')) {
      this.messages.push({ via: 'workflowWebhook', path, variables: body });
      return this.send(res, 200, { ok: true });
    }
    return this.send(res, 404, 'no_service');
  }

  private channelId(channel: unknown): string | undefined {
    if (typeof channel !== 'string' || !channel) return undefined;
    const known = this.channels.get(channel) ?? this.channels.get(channel.replace(/^#/, ''));
    if (known) return known;
    if (!this.anyChannel) return undefined;
    return /^[CGD][A-Z0-9]{4,}$/.test(channel) ? channel : `C${Buffer.from(channel.replace(/^#/, '')).toString('hex').toUpperCase().slice(0, 10)}`;
  }

  private sendAnswer(res: http.ServerResponse, answer: { status: number; body: unknown }): void {
    this.send(res, answer.status, answer.body);
  }

  private send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    if (res.destroyed) return; // the client went away; what the request did is recorded all the same
    const json = typeof body !== 'string';
    res.writeHead(status, { 'Content-Type': json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8', ...headers });
    res.end(json ? JSON.stringify(body) : body);
  }
}

/** A port nothing listens on (bound, then closed): a Slack that refuses the connection. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
