// Where a ticket goes (features/slack/model/deliveryPlan.ts, destination.ts): the CE's connected webhook for a
// template wins over the data; the data file that remapped a destination is named; Slack token kinds;
// workflow variables; and only Slack's documented "ok" is success (transport against the stand-in).
import assert from 'node:assert/strict';
import { deliveryPlan, secretKey, type DeliveryPlan } from '../../src/features/slack/model/deliveryPlan';
import { confirmationKey, describeDestination, type DestinationInputs } from '../../src/features/slack/model/destination';
import { classifyFailure } from '../../src/features/slack/model/deliveryError';
import { findCredential, secretKind } from '../../src/core/secrets/secretScan';
import { workflowVariableProblems } from '../../src/core/load/deliveryChecks';
import { loadHandbook } from '../../src/core/load/loadHandbook';
import { postToIncomingWebhook, postWithBotToken, startWorkflow } from '../../src/features/slack/transport';
import type { Handbook, Template } from '../../src/core/schema/schema';
import { answers, SlackStandIn } from '../support/slackStandIn';
import { bundledHandbook } from './helpers';

const handbook = bundledHandbook();
const context = handbook.templates.find((t) => t.id === 'support-ticket-context')!;
const channelOf = (h: Handbook) => (id: string) => h.channels.find((c) => c.id === id);
const planOf = (template: Template, stored: string[] = []): DeliveryPlan => {
  const planned = deliveryPlan(template, channelOf(handbook), { stored });
  assert.ok(planned.ok);
  return planned.plan;
};
const enc = (s: string) => new TextEncoder().encode(s);

describe('delivery plan: what the CE connected is what is used', () => {
  it('a workflow webhook connected for the template wins over the data\'s bot token', () => {
    const plan = planOf(context, [secretKey('botToken'), secretKey('workflowWebhook', context.id)]);
    assert.deepEqual({ mode: plan.mode, dataMode: plan.dataMode, overridesData: plan.overridesData, keys: plan.secretKeys }, { mode: 'workflowWebhook', dataMode: 'botToken', overridesData: true, keys: [secretKey('workflowWebhook', context.id), secretKey('workflowWebhook')] });
  });

  it('the latest webhook connected for the template wins; one for every template or another template does not', () => {
    assert.equal(planOf(context, [secretKey('workflowWebhook', context.id), secretKey('incomingWebhook', context.id)]).mode, 'incomingWebhook');
    assert.equal(planOf(context, [secretKey('incomingWebhook', context.id), secretKey('workflowWebhook', context.id)]).mode, 'workflowWebhook');
    assert.equal(planOf(context, [secretKey('workflowWebhook'), secretKey('workflowWebhook', 'support-ticket-request')]).mode, 'botToken');
  });

  it('the data\'s own webhook mode with its webhook connected is no override', () => {
    const plan = planOf({ ...context, delivery: { mode: 'workflowWebhook' } }, [secretKey('workflowWebhook', context.id)]);
    assert.deepEqual([plan.mode, plan.overridesData], ['workflowWebhook', false]);
  });
});

describe('destination: the real channel, Slack id or webhook, and who set it', () => {
  const teamFile = `templates:\n  - id: ${context.id}\n    delivery: { mode: botToken, channel: escalations }\nchannels:\n  - id: escalations\n    name: "#escalations"\n    description: Where escalations go.\n    teams: []\n    slackId: C0EVIL1234\n    source: { page: team-culture, section: "CE-Specific Slack Channels" }\n  - id: customer-support\n    slackId: C0OTHER999\n`;
  const loaded = loadHandbook(handbook, [{ key: 'file:///w/.ce-playbook/team.yaml', label: '.ce-playbook/team.yaml', bytes: enc(teamFile) }]);
  const labelled = new Map([...loaded.origins].map(([k, list]) => [k, list.filter((o) => o.layer !== 'bundled').map(() => '.ce-playbook/team.yaml')]));
  const inputs = (template: Template, over: Partial<DestinationInputs> = {}): DestinationInputs => {
    const planned = deliveryPlan(template, channelOf(loaded.handbook), { stored: over.stored ?? [] });
    assert.ok(planned.ok);
    return { template, plan: planned.plan, stored: [], origins: labelled, bundledTemplate: context, bundledChannel: channelOf(handbook), ...over };
  };
  const shown = loaded.handbook.templates.find((t) => t.id === context.id)!;

  it('the merge records which file set each destination field', () => {
    assert.deepEqual(loaded.problems.get('file:///w/.ce-playbook/team.yaml'), []);
    assert.deepEqual(loaded.origins.get('channels/customer-support#slackId')?.map((o) => o.layer), ['file:///w/.ce-playbook/team.yaml']);
    assert.deepEqual(loaded.origins.get(`templates/${context.id}#delivery.mode`)?.map((o) => o.layer), ['bundled', 'file:///w/.ce-playbook/team.yaml']);
    assert.equal(loaded.origins.get('channels/customer-support#name')?.length, 1, 'the name is set by the bundled data only');
  });

  it('names the channel, the Slack id used and the file that remapped them', () => {
    const d = describeDestination(inputs(shown));
    assert.deepEqual(d.target, { kind: 'channel', name: '#escalations', slackId: 'C0EVIL1234' });
    assert.deepEqual(d.remaps, [
      { what: 'channel', value: '#escalations', bundled: '#customer-support', file: '.ce-playbook/team.yaml' },
      { what: 'slackId', value: 'C0EVIL1234', bundled: undefined, file: '.ce-playbook/team.yaml' },
    ]);
    // The familiar channel mapped to another Slack id is named too.
    const familiar = describeDestination(inputs({ ...shown, delivery: { mode: 'botToken' } }, { origins: new Map([...labelled].filter(([k]) => !k.startsWith('templates/'))) }));
    assert.deepEqual(familiar.target, { kind: 'channel', name: '#customer-support', slackId: 'C0OTHER999' });
    assert.deepEqual(familiar.remaps, [{ what: 'slackId', value: 'C0OTHER999', bundled: undefined, file: '.ce-playbook/team.yaml' }]);
  });

  it('the bundled destination needs no words; an API host other than Slack\'s is named', () => {
    const planned = deliveryPlan(context, channelOf(handbook));
    assert.ok(planned.ok);
    const plain = describeDestination({ template: context, plan: planned.plan, stored: [], origins: new Map(), bundledTemplate: context, bundledChannel: channelOf(handbook), apiUrl: 'https://slack.com/api/' });
    assert.deepEqual(plain, { target: { kind: 'channel', name: '#customer-support' }, remaps: [] });
    const proxied = describeDestination({ template: context, plan: planned.plan, stored: [], origins: new Map(), bundledTemplate: context, bundledChannel: channelOf(handbook), apiUrl: 'https://slack-proxy.example.com/api/' });
    assert.equal(proxied.apiHost, 'slack-proxy.example.com');
  });

  it('the connected webhook for the template is named, with the data\'s delivery it replaces', () => {
    const stored = [secretKey('workflowWebhook', context.id)];
    const d = describeDestination(inputs(shown, { stored }));
    assert.deepEqual({ target: d.target, overrides: d.overrides, remaps: d.remaps }, { target: { kind: 'workflowWebhook', forTemplate: true }, overrides: 'botToken', remaps: [] });
  });

  it('what a confirmation agreed to changes with the destination and with the message', () => {
    const a = inputs(shown);
    const key = confirmationKey(describeDestination(a), a.plan, { text: 'x' });
    const b = inputs(context, { origins: new Map() });
    assert.notEqual(confirmationKey(describeDestination(b), b.plan, { text: 'x' }), key);
    assert.notEqual(confirmationKey(describeDestination(a), a.plan, { text: 'y' }), key);
    assert.equal(confirmationKey(describeDestination(a), a.plan, { text: 'x' }), key);
  });
});

describe('secret check: every Slack token kind', () => {
  for (const kind of ['xoxb', 'xoxp', 'xoxa', 'xoxr', 'xoxs', 'xoxc', 'xoxd', 'xoxe', 'xoxe.xoxp', 'xoxe.xoxb', 'xapp']) {
    it(kind, () => {
      const value = kind === 'xoxd' ? 'xoxd-AbC%2FdEf%3D%3Dmade-up' : `${kind}-1-made-up-value-1234`;
      assert.equal(secretKind(`the cookie is ${value} ok`), 'slackToken');
      assert.equal(findCredential(value), 'slackToken');
    });
  }
  it('and the other kinds it knows, and no false alarm on words', () => {
    assert.equal(secretKind('ghp_' + 'a'.repeat(36)), 'apiToken');
    assert.equal(secretKind('xoxo - hugs'), undefined);
    assert.equal(secretKind('the xoxb team'), undefined);
  });
});

describe('workflow variables: a value is never dropped', () => {
  const fields = context.fields;
  const problems = (variables: Record<string, string>) => workflowVariableProblems({ id: 't', fields, delivery: { mode: 'workflowWebhook', variables } }).map((p) => [p.path.join('.'), p.at, p.message.split(':')[0]]);
  it('two fields to one variable, an unknown field id, a mapping onto another field\'s id', () => {
    assert.deepEqual(problems({ 'customer-name': 'v', background: 'v' }), [['delivery.variables.background', 'value', 'The template "t" maps the fields "customer-name" and "background" to the same workflow variable "v"']]);
    assert.deepEqual(problems({ backgroud: 'details' }), [['delivery.variables.backgroud', 'key', 'The template "t" maps the field "backgroud" to the workflow variable "details", but it has no field "backgroud" (fields']]);
    assert.deepEqual(problems({ 'issue-link': 'background' }), [['delivery.variables.issue-link', 'value', 'The template "t" maps the field "issue-link" onto "background", the id of its other field "background"']]);
    assert.deepEqual(problems({ 'customer-name': 'customer_name', background: 'background' }), []);
  });

  it('a team file mapping a bundled template\'s fields: the problem is at its line, the file is not applied', () => {
    const yaml = `templates:\n  - id: ${context.id}\n    delivery:\n      mode: workflowWebhook\n      variables:\n        customer-name: who\n        background: who\n`;
    const loaded = loadHandbook(handbook, [{ key: 'team.yaml', label: 'team.yaml', bytes: enc(yaml) }]);
    const [problem] = loaded.problems.get('team.yaml')!;
    assert.deepEqual([problem.line, problem.column, problem.rule], [7, 21, 'workflow-variables']);
    assert.deepEqual(loaded.failed, ['team.yaml']);
  });
});

describe('only Slack\'s "ok" is success (transport against the stand-in)', function () {
  this.timeout(20_000);
  let slack: SlackStandIn;
  const TOKEN = 'xoxb-test-token';
  const message = { text: 'T', blocks: [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: 'x' } }] };
  const fast = { minRetryDelayMs: 10, retries: 2 };
  before(async () => { slack = await SlackStandIn.start(); });
  after(async () => { await slack.close(); });
  beforeEach(() => { slack.reset(); slack.tokens.add(TOKEN); });

  const cases: Array<[string, string, () => Promise<unknown>, string]> = [
    ['chat.postMessage: a proxy\'s HTML login page with 200', '/api/chat.postMessage', () => postWithBotToken(TOKEN, 'customer-support', message, { apiUrl: slack.apiUrl, ...fast }), 'html'],
    ['chat.postMessage: an empty 200', '/api/chat.postMessage', () => postWithBotToken(TOKEN, 'customer-support', message, { apiUrl: slack.apiUrl, ...fast }), 'empty'],
    ['incoming webhook: an HTML page with 200', '/services/T0STANDIN/B0STANDIN/standin', () => postToIncomingWebhook(slack.incomingWebhookUrl(), message, fast), 'html'],
    ['incoming webhook: an empty 200', '/services/T0STANDIN/B0STANDIN/standin', () => postToIncomingWebhook(slack.incomingWebhookUrl(), message, fast), 'empty'],
    ['workflow webhook: an HTML page with 200', '/triggers/T0STANDIN/0000000000/standin', () => startWorkflow(slack.workflowWebhookUrl(), { a: 'b' }, fast), 'html'],
    ['workflow webhook: an empty 200', '/triggers/T0STANDIN/0000000000/standin', () => startWorkflow(slack.workflowWebhookUrl(), { a: 'b' }, fast), 'empty'],
  ];
  for (const [what, path, call, shape] of cases) {
    it(what, async () => {
      slack.script(path, shape === 'html' ? answers.htmlPage() : answers.emptyBody());
      const result = (await call()) as { ok: boolean; failure?: Parameters<typeof classifyFailure>[0] };
      assert.equal(result.ok, false);
      assert.deepEqual(result.failure, { type: 'notSlack', answer: shape, status: 200 });
      assert.deepEqual(classifyFailure(result.failure!), { kind: 'notSlack', answer: shape, mayHaveBeenPosted: true });
      assert.equal(slack.requestsTo(path).length, 1, 'not retried');
    });
  }

  it('Slack\'s own answers still succeed, and each request names its endpoint', async () => {
    assert.equal((await postWithBotToken(TOKEN, 'customer-support', message, { apiUrl: slack.apiUrl, ...fast })).ok, true);
    assert.equal((await postToIncomingWebhook(slack.incomingWebhookUrl(), message, fast)).ok, true);
    assert.equal((await startWorkflow(slack.workflowWebhookUrl(), { a: 'b' }, fast)).ok, true);
    assert.deepEqual(slack.requests.map((r) => r.endpoint), ['chat.postMessage', 'chat.getPermalink', 'incomingWebhook', 'workflowWebhook']);
  });
});

