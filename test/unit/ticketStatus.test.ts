// A sent ticket's status, pure: replies and reactions to what the row says, Slack's mrkdwn to safe
// text, the refresh policy (once a minute, the age limit, a 429's wait), the bounded cache, and
// `delivery.statusReactions` in a team's data file (layered, positioned problems).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mrkdwnToText } from '../../src/features/slack/model/mrkdwn';
import { markdownText } from '../../src/core/render/plainText';
import { DEFAULT_STATUS_REACTIONS, readThread, replyText, statusFromReactions } from '../../src/features/slack/model/ticketStatus';
import { blockedUntilAfter, MAX_BACKOFF_MS, MIN_REFRESH_MS, nextStatus, pruneStatusCache, readStatusCache, ticketsToRefresh, type StatusCache } from '../../src/features/slack/model/statusCache';
import type { SentTicket } from '../../src/features/slack/model/sentTickets';
import { contextWithFiles } from './toolsSupport';

const THREAD = '1700000000.000001';
const parent = (extra: Record<string, unknown> = {}) => ({ ts: THREAD, user: 'U0BOT', text: 'Support Ticket Context', ...extra });
const reply = (n: number, user = 'U0DANA', text = `reply ${n}`) => ({ ts: `1700000100.00000${n}`, user, text, thread_ts: THREAD });

describe('ticket status: replies and reactions', () => {
  it('counts the replies, keeps the last three oldest first, and reads the reactions on the ticket', () => {
    const reading = readThread(THREAD, [parent({ reply_count: 4, reactions: [{ name: 'eyes', count: 1 }] }), reply(1), reply(2), reply(3), reply(4, 'U0SAM')]);
    assert.equal(reading.replyCount, 4);
    assert.deepEqual(reading.lastReplies.map((r) => r.text), ['reply 2', 'reply 3', 'reply 4']);
    assert.equal(reading.lastReplies[2].user, 'U0SAM');
    assert.equal(reading.lastReplies[2].at, new Date(1700000100000).toISOString());
    assert.deepEqual(reading.reactions, ['eyes']);
  });

  it('does not count the ticket repeated at the top of each page; Slack\'s reply_count covers pages not read', () => {
    const pages = [parent(), reply(1), parent(), reply(2)];
    assert.equal(readThread(THREAD, pages).replyCount, 2);
    assert.equal(readThread(THREAD, [parent({ reply_count: 1500 }), reply(1)]).replyCount, 1500);
    assert.equal(readThread(THREAD, [parent()]).replyCount, 0);
  });

  it('reactions from reactions.get win over a message that came without them', () => {
    assert.deepEqual(readThread(THREAD, [parent()], ['white_check_mark']).reactions, ['white_check_mark']);
  });

  it('the defaults: 👀 is Picked up, ✅ Resolved; the one listed last wins', () => {
    assert.equal(statusFromReactions(['eyes'], undefined)?.label, 'Picked up');
    assert.equal(statusFromReactions(['white_check_mark', 'eyes'], undefined)?.label, 'Resolved');
    assert.equal(statusFromReactions(['tada'], undefined), undefined);
    assert.equal(statusFromReactions([], undefined), undefined);
    assert.deepEqual(Object.keys(DEFAULT_STATUS_REACTIONS), ['eyes', 'white_check_mark', 'heavy_check_mark']);
  });

  it('a template\'s meanings replace the defaults, in their order; skin tones match the reaction', () => {
    const team = { eyes: 'Looking into it', hourglass: 'Waiting on engineering', white_check_mark: 'Done' };
    assert.equal(statusFromReactions(['eyes'], team)?.label, 'Looking into it');
    assert.equal(statusFromReactions(['hourglass', 'eyes'], team)?.label, 'Waiting on engineering', 'listed later in the data wins, whatever the order in Slack');
    assert.equal(statusFromReactions(['white_check_mark', 'hourglass'], team)?.label, 'Done');
    assert.equal(statusFromReactions(['heavy_check_mark'], team), undefined, 'a default the template does not list means nothing');
    assert.equal(statusFromReactions(['eyes'], {})?.label, 'Picked up', 'an empty mapping keeps the defaults');
    assert.equal(statusFromReactions(['+1::skin-tone-3'], { '+1': 'Acknowledged' })?.label, 'Acknowledged');
  });
});

describe('ticket status: Slack mrkdwn to safe text', () => {
  const names = new Map([['U0DANA', 'Dana']]);
  it('mentions become names where known, else ids; channels, groups and links become text', () => {
    assert.equal(mrkdwnToText('<@U0DANA> and <@U0SAM> in <#C0SUPPORT|customer-support>', (id) => names.get(id)), '@Dana and @U0SAM in #customer-support');
    assert.equal(mrkdwnToText('<!here> <!subteam^S0CS|@cs-oncall> see <https://example.com/a|the doc> or <https://example.com/b>'), '@here @cs-oncall see the doc (https://example.com/a) or https://example.com/b');
  });

  it('emphasis markers go, code keeps its text, Slack\'s escapes come back as characters', () => {
    assert.equal(mrkdwnToText('*Fixed* in _5.3_, ~not~ `v5.2`'), 'Fixed in 5.3, not v5.2');
    assert.equal(mrkdwnToText('```\nnpm i\n```'), 'npm i');
    assert.equal(mrkdwnToText('a &lt;b&gt; &amp;lt; c'), 'a <b> &lt; c', 'an escaped mention stays text');
    assert.equal(mrkdwnToText('&lt;@U0DANA&gt;', (id) => names.get(id)), '<@U0DANA>');
    assert.equal(mrkdwnToText('bell\u0007 here'), 'bell here');
  });

  it('a reply\'s text is cut to its bound', () => {
    const text = replyText({ user: 'U0DANA', at: '', text: 'x'.repeat(5000) }, names);
    assert.equal(text.length, 400);
    assert.ok(text.endsWith('…'));
  });

  it('property: escaped for a tooltip, no Slack text forms a link, an image or HTML', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => {
      const shown = markdownText(mrkdwnToText(s));
      // Every Markdown-active character is backslash-escaped.
      assert.ok(!/(^|[^\\])[[\]<>()!`*_]/.test(shown.replace(/\\\\/g, '')), shown);
    }), { numRuns: 300 });
  });
});

const NOW = Date.parse('2026-12-04T12:00:00Z');
const ticket = (id: string, daysAgo: number, mode: SentTicket['mode'] = 'botToken'): SentTicket => ({
  id, templateId: 'support-ticket-context', templateTitle: 'Support Ticket Context', sentAt: new Date(NOW - daysAgo * 86_400_000).toISOString(), mode,
  ...(mode === 'botToken' ? { channel: 'C0SUPPORT', ts: THREAD } : {}),
});
const empty = (): StatusCache => ({ tickets: {}, names: {} });

describe('ticket status: the refresh policy', () => {
  it('only bot-token tickets with a thread, younger than the age limit (default 14 days)', () => {
    const list = [ticket('new', 0), ticket('old', 15), ticket('edge', 14), ticket('hook', 0, 'workflowWebhook'), ticket('inc', 0, 'incomingWebhook')];
    assert.deepEqual(ticketsToRefresh(list, empty(), NOW).map((t) => t.id), ['new', 'edge']);
    assert.deepEqual(ticketsToRefresh(list, empty(), NOW, 30).map((t) => t.id), ['new', 'old', 'edge']);
    assert.deepEqual(ticketsToRefresh(list, empty(), NOW, 0).map((t) => t.id), ['new']);
  });

  it('each ticket at most once a minute (from any window: the time is in the shared cache)', () => {
    const cache = empty();
    cache.tickets.a = { checkedAt: NOW - MIN_REFRESH_MS + 1 };
    cache.tickets.b = { checkedAt: NOW - MIN_REFRESH_MS };
    assert.deepEqual(ticketsToRefresh([ticket('a', 0), ticket('b', 0), ticket('c', 0)], cache, NOW).map((t) => t.id), ['b', 'c']);
  });

  it('nothing while a 429 asks to wait; Retry-After honoured, at least a second, at most 15 minutes', () => {
    const cache = { ...empty(), blockedUntil: blockedUntilAfter(NOW, 30) };
    assert.equal(cache.blockedUntil, NOW + 30_000);
    assert.deepEqual(ticketsToRefresh([ticket('a', 0)], cache, NOW + 29_999), []);
    assert.deepEqual(ticketsToRefresh([ticket('a', 0)], cache, NOW + 30_000).map((t) => t.id), ['a']);
    assert.equal(blockedUntilAfter(NOW, 0), NOW + 1000);
    assert.equal(blockedUntilAfter(NOW, 86_400), NOW + MAX_BACKOFF_MS);
    assert.equal(blockedUntilAfter(NOW, undefined), NOW + 60_000);
  });

  it('a failed read keeps the last good reading and says why; a good one clears the problem', () => {
    const reading = { replyCount: 2, lastReplies: [], reactions: ['eyes'] };
    const failed = nextStatus({ checkedAt: 1, reading }, NOW, { problem: { kind: 'missingScope', needed: 'channels:history' } });
    assert.deepEqual(failed, { checkedAt: NOW, reading, problem: { kind: 'missingScope', needed: 'channels:history' } });
    assert.deepEqual(nextStatus(failed, NOW + 1, { reading }), { checkedAt: NOW + 1, reading });
  });
});

describe('ticket status: the cache as kept in globalState', () => {
  it('keeps what has the right shape, bounds texts, drops the rest', () => {
    const cache = readStatusCache({
      tickets: {
        good: { checkedAt: 5, reading: { replyCount: 1, lastReplies: [{ user: 'U1', at: 'x', text: 'y'.repeat(10_000) }], reactions: ['eyes', 7] } },
        bad: { checkedAt: 'soon' },
        odd: { checkedAt: 6, problem: { kind: 'explode' } },
      },
      names: { U1: 'Dana', U2: 5 },
      blockedUntil: 9,
    });
    assert.deepEqual(Object.keys(cache.tickets), ['good', 'odd']);
    assert.equal(cache.tickets.good.reading!.lastReplies[0].text.length, 1600);
    assert.deepEqual(cache.tickets.good.reading!.reactions, ['eyes']);
    assert.equal(cache.tickets.odd.problem, undefined);
    assert.deepEqual(cache.names, { U1: 'Dana' });
    assert.equal(cache.blockedUntil, 9);
    assert.deepEqual(readStatusCache('junk'), { tickets: {}, names: {} });
  });

  it('the statuses of tickets no longer listed are dropped; names are bounded', () => {
    const cache: StatusCache = { tickets: { a: { checkedAt: 1 }, gone: { checkedAt: 1 } }, names: Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`U${i}`, `n${i}`])) };
    const pruned = pruneStatusCache(cache, ['a']);
    assert.deepEqual(Object.keys(pruned.tickets), ['a']);
    assert.equal(Object.keys(pruned.names).length, 200);
  });
});

describe('ticket status: delivery.statusReactions in a team file', () => {
  it('merges over the bundled template key by key (mode and channel stay)', () => {
    const ctx = contextWithFiles({ 'ours.yaml': 'templates:\n  - id: support-ticket-context\n    delivery:\n      statusReactions:\n        eyes: "Looking into it"\n        hourglass: "Waiting on engineering"\n' });
    assert.deepEqual(ctx.problems, []);
    const delivery = ctx.index.template('support-ticket-context')!.delivery!;
    assert.equal(delivery.mode, 'botToken');
    assert.deepEqual(delivery.statusReactions, { eyes: 'Looking into it', hourglass: 'Waiting on engineering' });
  });

  it('a reaction name that is not one, or an empty label, is a problem at its line', () => {
    const ctx = contextWithFiles({ 'ours.yaml': 'templates:\n  - id: support-ticket-context\n    delivery:\n      statusReactions:\n        ":eyes:": "Picked up"\n        white_check_mark: ""\n' });
    const lines = ctx.problems!.map((p) => `${p.file}:${p.line}`);
    assert.ok(lines.includes('ours.yaml:5'), JSON.stringify(ctx.problems));
    assert.match(ctx.problems!.find((p) => p.line === 5)!.message, /":eyes:" is not an allowed key of "templates\[0\]\.delivery\.statusReactions" .*Reaction names without colons/);
    assert.ok(lines.includes('ours.yaml:6'), JSON.stringify(ctx.problems));
    assert.equal(ctx.index.template('support-ticket-context')!.delivery!.statusReactions, undefined, 'the last good data stays');
  });
});
