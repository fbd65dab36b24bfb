/** routeHelp: the help guide's questions answered by id lead to the handbook's step, or to what is still open. */
import assert from 'node:assert/strict';
import type { RouteData } from '../../src/features/tools/model/helpGuide';
import { engageSupportPrompt } from '../../src/features/tools/model/prompt';
import { routeHelp } from '../../src/features/tools/model/helpGuide';
import type { ToolResult } from '../../src/features/tools/model/context';
import { bundledHandbook } from './helpers';
import { bundledContext, contextWithFiles } from './toolsSupport';

const handbook = bundledHandbook();
const ctx = bundledContext();
const step = (id: string) => handbook.procedures.find((p) => p.id === 'engage-support')!.steps.find((s) => s.id === id)!;

function okRoute(result: ToolResult<RouteData>): { data: RouteData; text: string } {
  assert.equal(result.ok, true, result.ok ? '' : result.error);
  return result as { data: RouteData; text: string };
}
const errorOf = (result: ToolResult) => (assert.equal(result.ok, false), (result as { error: string }).error);

describe('playbook tools: routeHelp', () => {
  it('without answers: the first question, then those that may follow, with answer ids', () => {
    const { data, text } = okRoute(routeHelp(ctx));
    assert.equal(data.status, 'open');
    assert.deepEqual(data.openQuestions.map((q) => q.id), ['need', 'assigned', 'update']);
    assert.deepEqual(data.openQuestions[0].answers.map((a) => a.id), ['assigned', 'head-of-support', 'update']);
    assert.match(text, /\[need\] What does the situation call for\?\n {2}- assigned: I have useful information, background or a workaround for the issue/);
    assert.match(text, /call routeHelp again with answers \{"need": "<answer id>"\}/);
  });

  it('no support engineer assigned yet: the handbook step, the Support Ticket Context and #customer-support', () => {
    const { data, text } = okRoute(routeHelp(ctx, { need: 'assigned', assigned: 'give-context' }));
    assert.equal(data.status, 'outcome');
    assert.equal(data.outcome?.step.id, 'not-yet-assigned');
    assert.equal(data.outcome?.step.template?.title, 'Support Ticket Context');
    assert.equal(data.outcome?.step.channel?.name, '#customer-support');
    assert.equal(data.outcome?.team?.name, 'Customer Support (CS)');
    assert.ok(text.includes(step('not-yet-assigned').text));
    assert.match(text, /Template: Support Ticket Context \(support-ticket-context\)/);
    assert.match(text, /Channel: #customer-support: Where support collaborates with everyone outside of support\./);
    assert.match(text, /Source: "Customer Engineering Team Culture", section "Customer Support Engineers \(CSEs\)"/);
  });

  it('every path of the flow ends at its step (answers by id or by exact label)', () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ need: 'assigned', assigned: 'engage-engineer' }, 'engineer-assigned'],
      [{ need: 'head-of-support' }, 'head-of-support'],
      [{ need: 'update', update: 'work-with-engineer' }, 'customer-asks-for-update'],
      [{ need: 'The customer is asking me for an update', update: 'yes, additional assistance is needed' }, 'more-help'],
    ];
    for (const [answers, stepId] of cases) {
      const { data, text } = okRoute(routeHelp(ctx, answers));
      assert.equal(data.outcome?.step.id, stepId, JSON.stringify(answers));
      assert.ok(text.includes(step(stepId).text), stepId);
    }
    const more = okRoute(routeHelp(ctx, { need: 'update', update: 'escalate' }));
    assert.equal(more.data.outcome?.step.userGroup?.name, '@cs-leadership');
    assert.match(more.text, /User group: @cs-leadership/);
  });

  it('a partly answered flow gives the question still open and keeps the answers', () => {
    const { data, text } = okRoute(routeHelp(ctx, { need: 'assigned' }));
    assert.deepEqual(data.openQuestions.map((q) => q.id), ['assigned']);
    assert.deepEqual(data.answered.map((a) => a.answerId), ['assigned']);
    assert.match(text, /\{"need": "assigned", "assigned": "<answer id>"\}/);
  });

  it('answers for questions the path does not ask are reported as unused', () => {
    const { data, text } = okRoute(routeHelp(ctx, { need: 'head-of-support', update: 'escalate' }));
    assert.equal(data.outcome?.step.id, 'head-of-support');
    assert.deepEqual(data.ignoredAnswers, ['update']);
    assert.match(text, /Not asked on this path, so not used: update\./);
  });

  it('a wrong answer, an unknown question or an unknown flow is an error naming the valid ones', () => {
    assert.match(errorOf(routeHelp(ctx, { need: 'maybe' })), /"maybe" is not an answer to the question "need" \(What does the situation call for\?\)\. Answers \(id: label\): assigned: I have useful/);
    assert.match(errorOf(routeHelp(ctx, { urgency: 'high' })), /has no question "urgency"\. Its questions: need, assigned, update\./);
    assert.match(errorOf(routeHelp(ctx, {}, 'onboarding')), /no guided flow "onboarding"\. Known ids: customer-issue\./);
  });

  it('follows a team file that changes the step\'s sentence, and names that file', () => {
    const changed = contextWithFiles({
      'team.yaml': 'procedures:\n  - id: engage-support\n    steps:\n' +
        handbook.procedures[0].steps.map((s) => `      - id: ${s.id}\n        text: ${JSON.stringify(s.id === 'not-yet-assigned' ? 'Post the Support Ticket Context in #customer-support.' : s.text)}\n`).join(''),
    });
    assert.deepEqual(changed.problems, []);
    const { data, text } = okRoute(routeHelp(changed, { need: 'assigned', assigned: 'give-context' }));
    assert.equal(data.outcome?.step.text, 'Post the Support Ticket Context in #customer-support.');
    assert.deepEqual(data.outcome?.step.source.teamFiles, ['team.yaml']);
    assert.match(text, /changed or added by the team file team\.yaml/);
  });
});

describe('playbook tools: the engage-support prompt', () => {
  it('starts from the flow\'s first question with its answer ids, and carries the customer', () => {
    const prompt = engageSupportPrompt(ctx, 'The customer asks for an update.', 'Acme');
    assert.ok(prompt.ok);
    assert.match(prompt.text, /^I need help with a customer issue for the customer Acme\./);
    assert.match(prompt.text, /Its first question is "What does the situation call for\?" \(answers: assigned = "I have useful information, background or a workaround for the issue"; head-of-support = /);
    assert.match(prompt.text, /the Customer Name is Acme/);
    const bare = engageSupportPrompt(ctx);
    assert.ok(bare.ok && !bare.text.includes('The situation:') && !bare.text.includes('Customer Name is'));
    const long = engageSupportPrompt(ctx, 'x'.repeat(2001));
    assert.ok(!long.ok && /at most 2000 characters/.test(long.error));
  });
});
