// Reading a sent ticket's thread (src/features/slack/threadReader.ts, Slack's SDK in plain Node)
// against the Slack stand-in: pages by cursor, reactions, names, and Slack's failures in words.
import assert from 'node:assert/strict';
import { readTicketThread, readUserNames } from '../../src/features/slack/threadReader';
import { answers, SlackStandIn } from '../support/slackStandIn';
import { postWithBotToken } from '../../src/features/slack/transport';

const TOKEN = 'xoxb-test-token-threads';
const REPLIES = '/api/conversations.replies';

describe('Reading a ticket\'s thread (SDK against the stand-in)', function () {
  this.timeout(20_000);
  let slack: SlackStandIn;
  let ts: string;
  let channel: string;
  const read = () => readTicketThread(TOKEN, channel, ts, { apiUrl: slack.apiUrl });
  before(async () => { slack = await SlackStandIn.start(); });
  after(async () => { await slack.close(); });
  beforeEach(async () => {
    slack.reset();
    slack.tokens.add(TOKEN);
    const sent = await postWithBotToken(TOKEN, 'C0SUPPORT', { text: 'Support Ticket Context', blocks: [] }, { apiUrl: slack.apiUrl });
    assert.ok(sent.ok && sent.ts && sent.channel);
    ({ ts, channel } = sent as { ts: string; channel: string });
  });

  it('reads every page by its cursor: the count, the last replies, and the reactions the ticket carries', async () => {
    slack.threads.maxPageSize = 2;
    for (let i = 1; i <= 5; i++) slack.threads.reply(ts, i === 5 ? 'U0SAM' : 'U0DANA', `reply ${i}`);
    slack.threads.react(ts, 'eyes');
    const result = await read();
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.reading.replyCount, 5);
    assert.deepEqual(result.reading.lastReplies.map((r) => `${r.user}: ${r.text}`), ['U0DANA: reply 3', 'U0DANA: reply 4', 'U0SAM: reply 5']);
    assert.deepEqual(result.reading.reactions, ['eyes']);
    const pages = slack.requestsTo(REPLIES);
    assert.equal(pages.length, 3, 'three pages of two');
    assert.deepEqual(pages.map((p) => p.body.cursor === undefined), [true, false, false]);
    assert.equal(slack.requestsTo('/api/reactions.get').length, 0, 'the ticket carried its reactions');
  });

  it('asks reactions.get when the ticket comes without reactions; none without reactions:read', async () => {
    slack.threads.reply(ts, 'U0DANA', 'on it');
    let result = await read();
    assert.ok(result.ok);
    assert.deepEqual(result.reading.reactions, []);
    assert.equal(slack.requestsTo('/api/reactions.get').length, 1);
    slack.threads.scopes = new Set(['channels:history']);
    result = await read();
    assert.ok(result.ok && result.reading.replyCount === 1);
  });

  it('missing channels:history, a revoked token, a deleted message: each a problem in words', async () => {
    slack.threads.scopes = new Set(['chat:write']);
    assert.deepEqual(await read(), { ok: false, problem: { kind: 'missingScope', needed: 'channels:history' } });
    slack.threads.scopes = undefined;
    slack.threads.deleteMessage(ts);
    assert.deepEqual(await read(), { ok: false, problem: { kind: 'deleted' } });
    slack.tokens.delete(TOKEN);
    assert.deepEqual(await read(), { ok: false, problem: { kind: 'token' } });
    slack.script(REPLIES, answers.apiError('token_revoked'));
    assert.deepEqual(await read(), { ok: false, problem: { kind: 'token' } });
  });

  it('a 429 comes back at once with its Retry-After (one request, not waited out)', async () => {
    slack.script(REPLIES, answers.rateLimited(42));
    const started = slack.requests.length;
    assert.deepEqual(await read(), { ok: false, problem: { kind: 'rateLimited' }, retryAfter: 42 });
    assert.equal(slack.requests.length - started, 1);
  });

  it('users.info gives names; without users:read the ids stay, and the reading stops at the first failure', async () => {
    slack.threads.users.set('U0DANA', { name: 'dana', realName: 'Dana Scully', displayName: 'Dana' });
    slack.threads.users.set('U0SAM', { name: 'sam' });
    assert.deepEqual([...await readUserNames(TOKEN, ['U0DANA', 'U0NOBODY', 'U0SAM'], { apiUrl: slack.apiUrl })], [['U0DANA', 'Dana'], ['U0SAM', 'sam']]);
    slack.threads.scopes = new Set(['channels:history']);
    const before = slack.requestsTo('/api/users.info').length;
    assert.equal((await readUserNames(TOKEN, ['U0DANA', 'U0SAM'], { apiUrl: slack.apiUrl })).size, 0);
    assert.equal(slack.requestsTo('/api/users.info').length - before, 1);
  });
});
