// The Slack SDK calls (src/features/slack/transport.ts, plain Node) against the Slack stand-in:
// retries, Retry-After, cancellation and the no-duplicate guard, without VS Code.
import assert from 'node:assert/strict';
import { postToIncomingWebhook, postWithBotToken, startWorkflow } from '../../src/features/slack/transport';
import { answers, closedPort, SlackStandIn } from '../support/slackStandIn';

const TOKEN = 'xoxb-test-token';
const message = { text: 'Support Ticket Context', blocks: [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: '*Customer Name*\nAcme' } }] };
const POST = '/api/chat.postMessage';
// Fast retries for tests; the bound and the logic are the same as in real sends.
const fast = { minRetryDelayMs: 10, retries: 2 };

describe('Slack transport (SDK against the stand-in)', function () {
  this.timeout(20_000);
  let slack: SlackStandIn;
  before(async () => { slack = await SlackStandIn.start(); });
  after(async () => { await slack.close(); });
  beforeEach(() => { slack.reset(); slack.tokens.add(TOKEN); });

  it('posts with the bot token, in a thread when asked, and returns the permalink', async () => {
    const result = await postWithBotToken(TOKEN, 'customer-support', message, { apiUrl: slack.apiUrl, threadTs: '1699999999.000001', ...fast });
    assert.equal(result.ok, true);
    assert.ok(result.ok && result.link?.startsWith('https://stand-in.slack.com/archives/'));
    assert.equal(slack.messages.length, 1);
    assert.equal(slack.messages[0].threadTs, '1699999999.000001');
    assert.deepEqual(slack.messages[0].blocks, message.blocks);
    assert.equal(slack.requestsTo(POST)[0].headers.authorization, `Bearer ${TOKEN}`);
  });

  it('waits out a 429 with Retry-After, then posts exactly once', async () => {
    slack.script(POST, answers.rateLimited(1));
    const result = await postWithBotToken(TOKEN, 'customer-support', message, { apiUrl: slack.apiUrl, ...fast });
    assert.equal(result.ok, true);
    assert.equal(slack.requestsTo(POST).length, 2);
    assert.equal(slack.messages.length, 1);
  });

  it('gives up at once when Slack asks to wait longer than the send may take', async () => {
    slack.script(POST, answers.rateLimited(120));
    const result = await postWithBotToken(TOKEN, 'customer-support', message, { apiUrl: slack.apiUrl, ...fast, deadlineMs: 5000 });
    assert.deepEqual(result.ok ? undefined : result.failure, { type: 'rateLimited', retryAfter: 120 });
    assert.equal(slack.requestsTo(POST).length, 1);
  });

  it('retries a 5xx a bounded number of times, then reports it', async () => {
    slack.script(POST, answers.serverError(503), answers.serverError(503), answers.serverError(503), answers.serverError(503));
    const result = await postWithBotToken(TOKEN, 'customer-support', message, { apiUrl: slack.apiUrl, ...fast });
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.failure.type, 'http');
    assert.equal(slack.requestsTo(POST).length, 3); // the first try and 2 retries
    assert.equal(slack.messages.length, 0);
  });

  it('reports Slack error codes without retrying', async () => {
    slack.script(POST, answers.apiError('channel_not_found'));
    const result = await postWithBotToken(TOKEN, 'customer-support', message, { apiUrl: slack.apiUrl, ...fast });
    assert.deepEqual(result.ok ? undefined : result.failure, { type: 'platform', error: 'channel_not_found' });
    const bad = await postWithBotToken('xoxb-wrong-token', 'customer-support', message, { apiUrl: slack.apiUrl, ...fast });
    assert.deepEqual(bad.ok ? undefined : bad.failure, { type: 'platform', error: 'invalid_auth' });
    assert.equal(slack.requestsTo(POST).length, 2);
  });

  it('a cancelled slow request is not sent again', async () => {
    slack.script(POST, answers.hang());
    const controller = new AbortController();
    const sending = postWithBotToken(TOKEN, 'customer-support', message, { apiUrl: slack.apiUrl, signal: controller.signal, ...fast });
    await slack.waitForRequests(POST, 1);
    controller.abort();
    const result = await sending;
    assert.deepEqual(result.ok ? undefined : result.failure, { type: 'cancelled' });
    slack.release();
    // A later request proves the stand-in is answering; still only the one cancelled attempt.
    await postToIncomingWebhook(slack.incomingWebhookUrl(), message, fast);
    assert.equal(slack.requestsTo(POST).length, 1);
  });

  it('a request that times out is not retried (Slack may have posted it)', async () => {
    slack.script(POST, answers.hang());
    const result = await postWithBotToken(TOKEN, 'customer-support', message, { apiUrl: slack.apiUrl, ...fast, attemptTimeoutMs: 300 });
    assert.deepEqual(result.ok ? undefined : result.failure, { type: 'timeout' });
    assert.equal(slack.requestsTo(POST).length, 1);
  });

  it('connection refused is retried (nothing was sent), then reported as a network failure', async () => {
    const port = await closedPort();
    const result = await postWithBotToken(TOKEN, 'customer-support', message, { apiUrl: `http://127.0.0.1:${port}/api/`, ...fast });
    assert.deepEqual(result.ok ? undefined : result.failure, { type: 'network', code: 'ECONNREFUSED' });
    assert.equal(!result.ok && result.attempts, 3);
  });

  it('incoming webhook and workflow trigger post JSON; webhook errors come back as status and code', async () => {
    assert.equal((await postToIncomingWebhook(slack.incomingWebhookUrl(), message, fast)).ok, true);
    assert.equal((await startWorkflow(slack.workflowWebhookUrl(), { customer_name: 'Acme' }, fast)).ok, true);
    assert.deepEqual(slack.messages.map((m) => m.via), ['incomingWebhook', 'workflowWebhook']);
    assert.deepEqual(slack.messages[1].variables, { customer_name: 'Acme' });
    slack.script('/services/T0STANDIN/B0STANDIN/standin', answers.webhookError(404, 'no_service'));
    const failed = await postToIncomingWebhook(slack.incomingWebhookUrl(), message, fast);
    assert.deepEqual(failed.ok ? undefined : failed.failure, { type: 'http', status: 404, body: 'no_service' });
  });
});
