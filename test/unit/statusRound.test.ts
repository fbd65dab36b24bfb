// The status refresh round (src/features/slack/statusRound.ts) with the real SDK reader against the
// Slack stand-in, on a simulated clock: how many requests Slack gets when the rounds come often,
// during a 429's wait, and for repliers users.info cannot name.
import assert from 'node:assert/strict';
import { runStatusRound } from '../../src/features/slack/statusRound';
import { readTicketThread, readUserNames } from '../../src/features/slack/threadReader';
import { postWithBotToken } from '../../src/features/slack/transport';
import { readStatusCache, UNNAMED_RETRY_MS, type StatusCache } from '../../src/features/slack/model/statusCache';
import type { SentTicket } from '../../src/features/slack/model/sentTickets';
import { answers, SlackStandIn } from '../support/slackStandIn';

const TOKEN = 'xoxb-test-token-rounds';
const REPLIES = '/api/conversations.replies';
const USERS = '/api/users.info';

describe('Ticket status rounds against the stand-in (simulated clock)', function () {
  this.timeout(30_000);
  let slack: SlackStandIn;
  let tickets: SentTicket[];
  let clock: number;
  let cache: StatusCache;
  const round = async () => {
    const result = await runStatusRound(tickets, cache, {
      now: () => clock,
      maxAgeDays: 14,
      readThread: (t) => readTicketThread(TOKEN, t.channel!, t.ts!, { apiUrl: slack.apiUrl }),
      readNames: (ids) => readUserNames(TOKEN, ids, { apiUrl: slack.apiUrl }),
    });
    cache = result.cache;
    return result;
  };
  /** Rounds every 5 s of simulated time for `seconds`. */
  const roundsFor = async (seconds: number) => {
    for (let s = 0; s < seconds; s += 5, clock += 5_000) await round();
  };

  before(async () => { slack = await SlackStandIn.start(); });
  after(async () => { await slack.close(); });
  beforeEach(async () => {
    slack.reset();
    slack.tokens.add(TOKEN);
    clock = Date.now();
    cache = readStatusCache(undefined);
    tickets = [];
    for (const id of ['a', 'b', 'c']) {
      const sent = await postWithBotToken(TOKEN, 'C0SUPPORT', { text: `Ticket ${id}`, blocks: [] }, { apiUrl: slack.apiUrl });
      assert.ok(sent.ok && sent.ts && sent.channel);
      slack.threads.react(sent.ts, 'eyes');
      tickets.push({ id, templateId: 'support-ticket-context', templateTitle: 'Support Ticket Context', sentAt: new Date(clock).toISOString(), mode: 'botToken', channel: sent.channel, ts: sent.ts });
    }
    slack.requests.length = 0;
  });

  it('rounds every 5 seconds read each thread once a minute', async () => {
    await roundsFor(180);
    assert.equal(slack.requestsTo(REPLIES).length, 9, 'three tickets, three minutes');
    const perTicket = tickets.map((t) => slack.requestsTo(REPLIES).filter((r) => r.body.ts === t.ts).length);
    assert.deepEqual(perTicket, [3, 3, 3]);
  });

  it('a 429 ends the round and no request goes out until its Retry-After has passed', async () => {
    slack.script(REPLIES, answers.rateLimited(30));
    const first = await round();
    assert.equal(first.read, 0);
    assert.equal(cache.blockedUntil, clock + 30_000);
    assert.equal(slack.requestsTo(REPLIES).length, 1, 'the round stopped at the 429');
    clock += 5_000;
    await roundsFor(25);
    assert.equal(slack.requestsTo(REPLIES).length, 1, 'nothing while Slack asks to wait');
    assert.equal((await round()).read, 3, 'then every ticket');
  });

  it('a replier users.info cannot name is asked once an hour, not every round; a named one once', async () => {
    slack.threads.reply(tickets[0].ts!, 'U0KNOWN', 'Picked up');
    slack.threads.reply(tickets[1].ts!, 'U0GONE', 'Looking');
    slack.threads.users.set('U0KNOWN', { name: 'dana', displayName: 'Dana' });
    await roundsFor(600);
    assert.equal(cache.names.U0KNOWN, 'Dana');
    const asked = (user: string) => slack.requestsTo(USERS).filter((r) => r.body.user === user).length;
    assert.equal(asked('U0KNOWN'), 1);
    assert.equal(asked('U0GONE'), 1, 'not asked again within the hour');
    // The extension reads the cache back from globalState before every round: the record survives that.
    cache = readStatusCache(JSON.parse(JSON.stringify(cache)));
    await round();
    assert.equal(asked('U0GONE'), 1);
    clock += UNNAMED_RETRY_MS;
    await round();
    assert.equal(asked('U0GONE'), 2, 'asked again after an hour');
    assert.equal(asked('U0KNOWN'), 1);
  });
});
