/** Replies are replies: the follow-ups kept under a ticket, the message text Slack gets, its preview, the @cs-leadership context. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addFollowUp, FOLLOW_UPS_CAP, messageCount, readFollowUps, replyCount, type FollowUp } from '../../src/features/slack/model/followUps';
import { readSentTickets, type SentTicket } from '../../src/features/slack/model/sentTickets';
import { mentionsIn, previewLines, slackText, updateRequestText, type UpdateWords } from '../../src/features/reply/model/messageText';
import { customerTickets } from '../../src/features/reply/model/customerTickets';
import { renderReplyBody, renderReplyDocument } from '../../src/features/reply/model/replyHtml';
import { isReplyState, isReplyToHost } from '../../src/features/reply/replyMessages';
import { askForUpdateArgument } from '../../src/core/commands/commandArguments';
import type { Customer } from '../../src/core/schema/customerSchema';

const ticket = (id: string, extra: Partial<SentTicket> = {}): SentTicket => ({
  id, templateId: 'support-ticket-context', templateTitle: 'Support Ticket Context', mode: 'botToken', sentAt: '2026-12-04T14:05:00.000Z', channel: 'C0SUPPORT', ts: '1764857100.000100', ...extra,
});
const reply = (at: string, text = 'Any news?'): FollowUp => ({ kind: 'reply', at, channel: 'C0SUPPORT', ts: '1764857200.000200', text });

describe('follow-ups recorded under their ticket', () => {
  it('a reply is added under its ticket, not as a new sent ticket', () => {
    const list = [ticket('a', { customer: 'Acme' }), ticket('b', { customer: 'Globex' })];
    const once = addFollowUp(list, 'a', reply('2026-12-04T15:00:00.000Z'))!;
    const twice = addFollowUp(once, 'a', reply('2026-12-04T16:00:00.000Z'))!;
    assert.equal(twice.length, 2, 'still two sent tickets');
    assert.equal(replyCount(twice[0]), 2);
    assert.equal(replyCount(twice[1]), 0);
    assert.equal(list[0].followUps, undefined, 'the list given is not changed');
    assert.equal(addFollowUp(list, 'gone', reply('2026-12-04T15:00:00.000Z')), undefined, 'a ticket no longer listed records nothing');
  });

  it('a message about the ticket in a channel counts apart from the replies', () => {
    const list = addFollowUp([ticket('a')], 'a', { kind: 'message', at: '2026-12-04T15:00:00.000Z', channel: 'C0SUPPORT' })!;
    assert.equal(replyCount(list[0]), 0);
    assert.equal(messageCount(list[0]), 1);
  });

  it('keeps at most FOLLOW_UPS_CAP per ticket, the newest', () => {
    let list = [ticket('a')];
    for (let i = 0; i < FOLLOW_UPS_CAP + 5; i++) list = addFollowUp(list, 'a', reply(new Date(Date.UTC(2026, 11, 4, 0, i)).toISOString(), `#${i}`))!;
    assert.equal(list[0].followUps!.length, FOLLOW_UPS_CAP);
    assert.equal(list[0].followUps!.at(-1)!.text, `#${FOLLOW_UPS_CAP + 4}`);
  });

  it('reads back what was stored, dropping what has not the shape of a follow-up', () => {
    const stored = [ticket('a', { followUps: [reply('2026-12-04T15:00:00.000Z'), { kind: 'other', at: 'x' } as unknown as FollowUp, { kind: 'reply', at: 'not a date' } as FollowUp, { ...reply('2026-12-04T16:00:00.000Z'), link: 'javascript:alert(1)' }] })];
    const [read] = readSentTickets(JSON.parse(JSON.stringify(stored)));
    assert.equal(read.followUps!.length, 2);
    assert.equal(read.followUps![1].link, undefined, 'only https links are kept');
    assert.deepEqual(readFollowUps('nonsense'), []);
    const named = readSentTickets([ticket('c', { channelName: '#customer-support' }), { ...ticket('d'), channelName: '<!here>' }]);
    assert.equal(named[0].channelName, '#customer-support', 'the channel\u2019s name when sent, to name the thread');
    assert.equal(named[1].channelName, undefined, 'only a channel name is kept');
    assert.equal(readSentTickets([ticket('b')])[0].followUps, undefined);
  });
});

describe('the text Slack gets from a message page', () => {
  const groups = [{ name: '@cs-leadership', slackId: 'S0CSLEAD' }, { name: '@ce-sdr-collab' }];

  it('escapes what the CE typed, so nothing typed becomes a link or a mention', () => {
    assert.equal(slackText('<!channel> see <https://evil.example|here> & <@U123>'), '&lt;!channel&gt; see &lt;https://evil.example|here&gt; &amp; &lt;@U123&gt;');
  });

  it('mentions a user group of the data as <!subteam^ID> when its Slack id is given, else by its name', () => {
    assert.equal(slackText('@cs-leadership can you help?', groups), '<!subteam^S0CSLEAD|@cs-leadership> can you help?');
    assert.equal(slackText('@ce-sdr-collab hi', groups), '@ce-sdr-collab hi', 'no id: its name, which Slack does not notify');
    assert.equal(slackText('mail me at x@cs-leadership.com, @cs-leadership-old', groups), 'mail me at x@cs-leadership.com, @cs-leadership-old', 'not inside an address or a longer handle');
    assert.equal(slackText('@cs-leadership', [{ name: '@cs-leadership', slackId: 'U0NOTAGROUP' }]), '@cs-leadership', 'an id that is not a user group\u2019s is not used');
  });

  it('says which groups notify', () => {
    assert.deepEqual(mentionsIn('@cs-leadership and @ce-sdr-collab', groups).map((m) => [m.group.name, m.notifies]), [['@cs-leadership', true], ['@ce-sdr-collab', false]]);
    assert.deepEqual(mentionsIn('nobody', groups), []);
  });

  it('never makes a mention, a link or a special mention from typed text (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (typed) => {
      const text = slackText(typed, groups);
      const withoutGroup = text.replace(/<!subteam\^S0CSLEAD\|@cs-leadership>/g, '');
      assert.ok(!/[<>]/.test(withoutGroup), text);
    }));
  });
});

describe('the preview of a message page', () => {
  it('shows Slack formatting as marked pieces of text, the group handles as mentions', () => {
    const [line1, line2] = previewLines('*Urgent*: ask @cs-leadership about `ZD-1`\n_soon_ ~not~ <b>', [{ name: '@cs-leadership', slackId: 'S0CSLEAD' }]);
    assert.deepEqual(line1, [{ text: 'Urgent', mark: 'bold' }, { text: ': ask ' }, { text: '@cs-leadership', mark: 'mention' }, { text: ' about ' }, { text: 'ZD-1', mark: 'code' }]);
    assert.deepEqual(line2, [{ text: 'soon', mark: 'italic' }, { text: ' ' }, { text: 'not', mark: 'strike' }, { text: ' <b>' }]);
    assert.deepEqual(previewLines('ask @cs-leadership', [{ name: '@cs-leadership' }]), [[{ text: 'ask @cs-leadership' }]], 'without its Slack id the handle is plain text in Slack, and in the preview');
  });

  it('keeps every character of the text (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (typed) => {
      const lines = previewLines(typed, [{ name: '@cs-leadership', slackId: 'S0CSLEAD' }]);
      const shown = lines.map((spans) => spans.map((s) => s.text).join('')).join('\n');
      assert.equal(shown.replace(/[*_~`]/g, ''), typed.replace(/\r\n?/g, '\n').trim().replace(/[*_~`]/g, ''));
    }));
  });
});

describe('the message to @cs-leadership, its context prefilled', () => {
  const words: UpdateWords = {
    opening: (group, customer) => `${group} ${customer ?? 'A customer'} is asking me for an update.`,
    ticket: (template, sentAt) => `Ticket: ${template}, sent ${sentAt}.`,
    thread: (link) => `Thread: ${link}`,
    status: (status) => `Status: ${status}`,
    askedSoFar: 'Asked so far:',
    request: 'The request: ',
  };

  it('names the group, the customer, the ticket and its thread, the status and what was asked so far', () => {
    const text = updateRequestText({
      group: { name: '@cs-leadership', slackId: 'S0CSLEAD' },
      customer: 'Acme',
      ticket: { templateTitle: 'Support Ticket Context', sentAt: 'Dec 4', link: 'https://x.slack.com/archives/C0/p1', status: '2 replies', asked: [{ at: 'Dec 4', text: 'Any news?\nThanks' }] },
    }, words);
    assert.equal(text, '@cs-leadership Acme is asking me for an update.\nTicket: Support Ticket Context, sent Dec 4.\nThread: https://x.slack.com/archives/C0/p1\nStatus: 2 replies\nAsked so far:\n• Dec 4: Any news? Thanks\nThe request: ');
    // What Slack gets: the group notified when its id is given, the rest escaped text.
    assert.match(slackText(text, [{ name: '@cs-leadership', slackId: 'S0CSLEAD' }]), /^<!subteam\^S0CSLEAD\|@cs-leadership> Acme/);
    assert.match(slackText(text, [{ name: '@cs-leadership' }]), /^@cs-leadership Acme/);
  });

  it('without a ticket, and never with a link that is not https', () => {
    const text = updateRequestText({ group: { name: '@cs-leadership' }, ticket: { templateTitle: 'T', sentAt: 'Dec 4', link: 'javascript:x', asked: [] } }, words);
    assert.ok(!text.includes('javascript'));
    assert.equal(updateRequestText({ group: { name: '@cs-leadership' }, customer: '  ' }, words), '@cs-leadership A customer is asking me for an update.\nThe request: ');
  });
});

describe('a customer\u2019s sent tickets', () => {
  const sent = [ticket('old', { customer: 'ACME Corp.', sentAt: '2026-12-01T10:00:00.000Z' }), ticket('new', { customer: 'acme', sentAt: '2026-12-03T10:00:00.000Z' }), ticket('other', { customer: 'Globex' }), ticket('alias', { customer: 'Road Runner Inc' })];
  it('matches the name as people write it, newest first; aliases of the account count', () => {
    assert.deepEqual(customerTickets(sent, 'Acme, Inc.').map((t) => t.id), ['new', 'old']);
    const customers = [{ id: 'acme', name: 'Acme', aliases: ['Road Runner'] }] as unknown as Customer[];
    assert.deepEqual(customerTickets(sent, 'acme', customers).map((t) => t.id), ['alias', 'new', 'old']);
    assert.equal(customerTickets(sent, undefined).length, 4, 'no name: every ticket');
  });
});

describe('the message page', () => {
  it('escapes everything it shows', () => {
    const html = renderReplyBody({ title: 'Reply to <b>', destination: '<img src=x>', notes: ['"q" & <x>'], replies: [{ by: '<s>', at: 'now', text: '<script>' }], text: '</textarea><script>', sendLabel: 'Send' }, {
      message: 'Message', preview: 'Preview', previewNote: 'n', send: 'Send', actions: 'a', lastReplies: 'l', goesTo: 'g',
    });
    assert.ok(!/<(script|img|b|s)[ >]/.test(html.replace(/<\/?(h1|h2|h3|p|li|ol|span|section|form|label|textarea|div|button|header)\b[^>]*>/g, '')), html);
    assert.ok(html.includes('&lt;/textarea&gt;&lt;script&gt;'));
  });

  it('accepts only its protocol\u2019s messages', () => {
    assert.ok(isReplyToHost({ type: 'ready' }));
    assert.ok(isReplyToHost({ type: 'send', text: 'hi' }));
    assert.ok(!isReplyToHost({ type: 'send', text: 1 }));
    assert.ok(!isReplyToHost({ type: 'change', text: 'x'.repeat(30_000) }));
    assert.ok(!isReplyToHost(null));
  });

  it('the update command takes a row, its id or the help guide\u2019s { customer, stepId }', () => {
    const ctx = { asUri: () => undefined } as never;
    assert.deepEqual(askForUpdateArgument('abc', ctx), { ok: true, value: { kind: 'sentTicket', sentId: 'abc' } });
    assert.deepEqual(askForUpdateArgument({ customer: 'Acme', stepId: 'more-help' }, ctx), { ok: true, value: { customer: 'Acme', stepId: 'more-help' } });
    assert.equal(askForUpdateArgument({ customer: 3 }, ctx).ok, false);
  });
});

describe('message pages: the state kept for a window reload', () => {
  it('the document carries which page it is; only a well-formed state of a page is taken back', () => {
    const env = { cspSource: 'vscode-webview:', nonce: 'abc', scriptUri: 'https://x/reply.js', styleUris: [] };
    const state = { kind: 'channel' as const, channelId: 'customer-support', userGroupId: 'cs-leadership', customer: 'Acme "Rockets" <b>' };
    const html = renderReplyDocument('<p>body</p>', 'Title', env, state);
    const kept = /data-state="([^"]*)"/.exec(html)![1];
    assert.doesNotMatch(kept, /[<>"]/, 'escaped in the attribute');
    assert.deepEqual(JSON.parse(kept.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')), state);
    assert.equal(isReplyState(state), true);
    assert.equal(isReplyState({ kind: 'thread', sentId: 't1' }), true);
    for (const bad of [undefined, null, 'thread', { kind: 'thread' }, { kind: 'thread', sentId: 7 }, { kind: 'channel' }, { kind: 'channel', channelId: 'c', customer: 5 }, { kind: 'thread', sentId: 'x'.repeat(201) }, { kind: 'other', sentId: 't1' }]) {
      assert.equal(isReplyState(bad), false, JSON.stringify(bad));
    }
  });
});
