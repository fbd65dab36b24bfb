// The pure model of Send to Slack: the message, its limits and escaping, secrets, failures, URLs.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { blockMessage, escapeMrkdwn, SLACK_LIMITS, splitForSections, workflowVariables } from '../../src/features/slack/model/slackMessage';
import { findCredentials, findSecretLikeValues } from '../../src/core/secrets/secretScan';
import { classifyFailure, isSafeToRetry } from '../../src/features/slack/model/deliveryError';
import { checkApiUrl, checkEndpoint } from '../../src/features/slack/model/endpoints';
import { addSentTicket, readSentTickets, type SentTicket } from '../../src/features/slack/model/sentTickets';
import { deliveryPlan, secretKey } from '../../src/features/slack/model/deliveryPlan';
import { findCredentialsInData } from '../../src/core/load/secrets';
import { bundledHandbook } from './helpers';

const handbook = bundledHandbook();
const context = handbook.templates.find((t) => t.id === 'support-ticket-context')!;
const request = handbook.templates.find((t) => t.id === 'support-ticket-request')!;
const escapedLength = (s: string) => escapeMrkdwn(s).length;

describe('Slack message model', () => {
  it('escapes &, < and > so data shows as text (no links, no @channel)', () => {
    assert.equal(escapeMrkdwn('<!channel> & <https://x|y>'), '&lt;!channel&gt; &amp; &lt;https://x|y&gt;');
  });

  it('splitting never exceeds the budget, never loses or reorders a character, never cuts an escape or a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '&', '<', '>', '😀', 'é'), maxLength: 400 }), fc.integer({ min: 5, max: 60 }), fc.integer({ min: 5, max: 60 }), (value, first, rest) => {
        const pieces = splitForSections(value, first, rest);
        assert.equal(pieces.join(''), value);
        pieces.forEach((p, i) => {
          assert.ok(escapedLength(p) <= (i === 0 ? first : rest), `piece ${i} fits`);
          assert.ok(p.length > 0);
          assert.ok(!/^[\uDC00-\uDFFF]/.test(p) && !/[\uD800-\uDBFF]$/.test(p), 'no split surrogate pair');
        });
      }),
    );
  });

  it('Block Kit: a header with the title, a section per field with its label, a context line; long values continue', () => {
    const long = `${'word '.repeat(1000)}& end`;
    const built = blockMessage(context, { 'customer-name': 'Acme', 'issue-link': 'https://x', background: long }, 'Sent from CE Playbook');
    assert.ok(built.ok);
    const { blocks, text } = built.message;
    assert.equal(blocks[0].type, 'header');
    assert.equal(blocks.at(-1)!.type, 'context');
    const sections = blocks.filter((b) => b.type === 'section') as Array<{ text: { text: string } }>;
    assert.equal(sections[0].text.text, '*Customer Name*\nAcme');
    assert.ok(sections.length >= 4, 'the long value continues in a further section');
    for (const s of sections) assert.ok(s.text.text.length <= SLACK_LIMITS.sectionText);
    const background = sections.slice(2).map((s, i) => (i === 0 ? s.text.text.replace(/^\*[^*]+\*\n/, '') : s.text.text)).join('');
    assert.equal(background, escapeMrkdwn(long.trim()));
    assert.ok(text.length <= SLACK_LIMITS.fallbackText);
  });

  it('leaves out empty optional fields, clips the header to 150 characters, refuses more than 50 blocks', () => {
    const values = Object.fromEntries(request.fields.map((f) => [f.id, f.required ? 'x' : '']));
    const built = blockMessage({ ...request, title: 'T'.repeat(200) }, values, 'c');
    assert.ok(built.ok);
    assert.equal(built.message.blocks.length, 1 + 6 + 1);
    assert.equal((built.message.blocks[0] as { text: { text: string } }).text.text.length, SLACK_LIMITS.headerText);
    const huge = blockMessage(context, { 'customer-name': 'A', 'issue-link': 'B', background: 'x'.repeat(3000 * 50) }, 'c');
    assert.deepEqual(huge.ok ? undefined : huge.blocksNeeded > SLACK_LIMITS.blocks, true);
  });

  it('workflow variables: one per field, named by delivery.variables, else by field id', () => {
    const template = { ...context, delivery: { mode: 'workflowWebhook' as const, variables: { 'customer-name': 'customer' } } };
    assert.deepEqual(workflowVariables(template, { 'customer-name': ' Acme ', background: 'a\r\nb' }), { customer: 'Acme', 'issue-link': '', background: 'a\nb' });
  });
});

describe('secrets and credentials', () => {
  it('warns about values that look like secrets, by field, without returning them', () => {
    const values = { 'customer-name': 'Acme', 'issue-link': 'key AKIAABCDEFGHIJKLMNOP', background: '-----BEGIN RSA PRIVATE KEY-----\n…' };
    assert.deepEqual(findSecretLikeValues(context, values).map((s) => [s.fieldId, s.kind]), [['issue-link', 'awsKey'], ['background', 'privateKey']]);
    assert.deepEqual(findSecretLikeValues(context, { background: 'login with password: hunter22' }).map((s) => s.kind), ['password']);
    assert.deepEqual(findSecretLikeValues(context, { background: 'token xoxb-made-up-value' }).map((s) => s.kind), ['slackToken']);
    assert.deepEqual(findSecretLikeValues(context, { background: 'The password reset page is broken.' }), []);
  });

  it('looks only at the fields that are sent: a field whose condition is not met keeps its text but is not sent', () => {
    const conditional = {
      ...context,
      fields: [
        ...context.fields,
        { id: 'urgent', label: 'Urgent?', required: false, multiline: false, options: ['Yes', 'No'] },
        { id: 'deadline', label: 'Deadline', required: false, multiline: false, when: { field: 'urgent', equals: 'Yes' } },
      ],
    } as typeof context;
    const values = { 'customer-name': 'Acme', deadline: 'token xoxb-made-up-value' };
    assert.deepEqual(findSecretLikeValues(conditional, { ...values, urgent: 'No' }), [], 'hidden: not sent, so no warning');
    assert.deepEqual(findSecretLikeValues(conditional, { ...values, urgent: 'Yes' }).map((s) => [s.fieldId, s.kind]), [['deadline', 'slackToken']]);
  });

  it('finds Slack tokens and webhook URLs in data, with their path, and words that point to Connect Slack', () => {
    const data = { templates: [{ id: 'x', description: 'see https://hooks.slack.com/services/T0/B0/madeup' }], channels: [{ id: 'y', name: 'xoxp-made-up-user' }] };
    assert.deepEqual(findCredentials(data), [{ path: ['templates', 0, 'description'], kind: 'slackWebhook' }, { path: ['channels', 0, 'name'], kind: 'slackToken' }]);
    assert.match(findCredentialsInData(data)[0].message, /Connect Slack/);
    assert.deepEqual(findCredentials({ text: 'xoxo - hugs, and https://slack.com/help' }), []);
  });
});

describe('delivery failures and URLs', () => {
  it('classifies Slack codes, HTTP statuses and network errors into kinds', () => {
    assert.equal(classifyFailure({ type: 'platform', error: 'token_revoked' }).kind, 'invalidAuth');
    assert.equal(classifyFailure({ type: 'platform', error: 'account_inactive' }).kind, 'invalidAuth');
    assert.equal(classifyFailure({ type: 'platform', error: 'channel_not_found' }).kind, 'channelNotFound');
    assert.equal(classifyFailure({ type: 'platform', error: 'not_in_channel' }).kind, 'notInChannel');
    assert.deepEqual(classifyFailure({ type: 'http', status: 404, body: 'no_service' }), { kind: 'invalidAuth', code: 'no_service' });
    assert.equal(classifyFailure({ type: 'http', status: 503 }).kind, 'server');
    assert.deepEqual(classifyFailure({ type: 'network', code: 'ECONNREFUSED' }), { kind: 'network' });
    assert.deepEqual(classifyFailure({ type: 'network', code: 'ECONNRESET' }), { kind: 'network', mayHaveBeenPosted: true });
    assert.deepEqual(classifyFailure({ type: 'timeout' }), { kind: 'timeout', mayHaveBeenPosted: true });
    // Text that is not a Slack error code (a URL, a sentence) is never shown.
    assert.deepEqual(classifyFailure({ type: 'platform', error: 'see https://hooks.slack.com/x' }), { kind: 'unknown', code: undefined });
  });

  it('retries only what cannot have been posted', () => {
    assert.equal(isSafeToRetry({ type: 'rateLimited', retryAfter: 1 }), true);
    assert.equal(isSafeToRetry({ type: 'http', status: 500 }), true);
    assert.equal(isSafeToRetry({ type: 'network', code: 'ECONNREFUSED' }), true);
    assert.equal(isSafeToRetry({ type: 'network', code: 'ECONNRESET' }), false);
    assert.equal(isSafeToRetry({ type: 'timeout' }), false);
    assert.equal(isSafeToRetry({ type: 'cancelled' }), false);
    assert.equal(isSafeToRetry({ type: 'http', status: 404 }), false);
  });

  it('URLs: https, or http only to loopback; no user info; the API URL ends in /', () => {
    for (const ok of ['https://hooks.example.com/x', 'http://127.0.0.1:8080/x', 'http://localhost/x', 'http://[::1]:9/x', 'http://127.1.2.3/']) assert.ok(checkEndpoint(ok).ok, ok);
    assert.deepEqual(checkEndpoint('http://example.com/x'), { ok: false, reason: 'notHttps' });
    assert.deepEqual(checkEndpoint('https://user:pw@example.com/'), { ok: false, reason: 'credentials' });
    assert.deepEqual(checkEndpoint('javascript:alert(1)'), { ok: false, reason: 'invalid' });
    assert.deepEqual(checkEndpoint('http://127.0.0.1.evil.com/'), { ok: false, reason: 'notHttps' });
    assert.deepEqual(checkApiUrl(''), { ok: true, url: 'https://slack.com/api/' });
    assert.deepEqual(checkApiUrl('https://proxy.example.com/slack/api?x=1'), { ok: true, url: 'https://proxy.example.com/slack/api/' });
  });
});

describe('delivery plan and sent tickets', () => {
  it('the bundled templates post with the bot token to #customer-support; webhooks look per template first', () => {
    const plan = deliveryPlan(context, (id) => handbook.channels.find((c) => c.id === id));
    assert.deepEqual(plan.ok && { mode: plan.plan.mode, channel: plan.plan.channelArg }, { mode: 'botToken', channel: 'customer-support' });
    const hook = deliveryPlan({ ...context, delivery: { mode: 'workflowWebhook' } }, () => undefined);
    assert.deepEqual(hook.ok && hook.plan.secretKeys, [secretKey('workflowWebhook', context.id), secretKey('workflowWebhook')]);
    assert.deepEqual(deliveryPlan({ ...context, delivery: { mode: 'botToken', channel: 'gone' } }, () => undefined), { ok: false, problem: 'unknownChannel', channelId: 'gone' });
  });

  it('keeps the newest 20, drops links that are not https, ignores what is not a sent ticket', () => {
    const ticket = (i: number): SentTicket => ({ id: `t${i}`, templateId: 'x', templateTitle: 'X', sentAt: '2026-11-23T10:00:00Z', mode: 'botToken', link: i === 0 ? 'javascript:alert(1)' : 'https://s.slack.com/p1' });
    let list: SentTicket[] = [];
    for (let i = 0; i < 25; i++) list = addSentTicket(list, ticket(i));
    assert.equal(list.length, 20);
    assert.equal(list[0].id, 't24');
    assert.equal(readSentTickets([ticket(0), { id: 1 }, null, 'x'])[0].link, undefined);
    assert.equal(readSentTickets([ticket(0), { id: 1 }, null, 'x']).length, 1);
  });
});
