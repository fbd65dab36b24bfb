import assert from 'node:assert/strict';
import { enumerateGuidePaths, resolveOutcome, runGuide, type GuideAnswerChoice } from '../../src/features/helpGuide/model/helpGuideSteps';
import { guideProblems, type GuideProblem } from '../../src/core/load/guideChecks';
import { HandbookIndex } from '../../src/core/handbook/handbookIndex';
import type { Guide, GuideNode } from '../../src/core/schema/schema';
import { bundledHandbook } from './helpers';

const index = new HandbookIndex(bundledHandbook());
const bundledGuide = () => structuredClone(index.handbook.guides.find((g) => g.id === 'customer-issue')!);
const procedureOf = (guide: Guide) => index.procedure(guide.procedure);
const nodeIndex = (guide: Guide, id: string) => guide.nodes.findIndex((n) => n.id === id);

/** An asker that plays back choices and records the questions and depths it was asked. */
function scripted(choices: Array<GuideAnswerChoice | number>) {
  const asked: Array<{ node: string; depth: number }> = [];
  const ask = async (node: GuideNode, position: { depth: number }): Promise<GuideAnswerChoice> => {
    asked.push({ node: node.id, depth: position.depth });
    const next = choices.shift();
    if (next === undefined) throw new Error(`no choice scripted for ${node.id}`);
    return typeof next === 'number' ? { kind: 'answer', index: next } : next;
  };
  return { ask, asked };
}

/** An asker that picks answers by their labels, for walking an enumerated path. */
function byLabels(labels: string[]) {
  return async (node: GuideNode): Promise<GuideAnswerChoice> => {
    const label = labels.shift();
    const i = node.answers?.findIndex((a) => a.label === label) ?? -1;
    if (i < 0) throw new Error(`"${label}" is not an answer of ${node.id}`);
    return { kind: 'answer', index: i };
  };
}

/** The value a problem's path points at, to check that paths name real places in the entry. */
function valueAt(guide: Guide, path: (string | number)[]): unknown {
  return path.reduce<unknown>((value, segment) => (value as Record<string | number, unknown> | undefined)?.[segment], guide);
}
function problemsOf(guide: Guide): GuideProblem[] {
  const problems = guideProblems(guide, procedureOf(guide));
  for (const p of problems) assert.notEqual(valueAt(guide, p.path), undefined, `${p.path.join('.')} should point into the guide`);
  return problems;
}
const pathsOf = (problems: GuideProblem[]) => problems.map((p) => p.path.join('.'));

/** What the handbook prescribes for each situation the bundled guide can end in. */
const expectedOutcomes = [
  { answers: [/useful information/, /^Yes, a support engineer is assigned/], step: 'engineer-assigned', template: undefined, channel: undefined, userGroup: undefined },
  { answers: [/useful information/, /^No, the ticket is not assigned/], step: 'not-yet-assigned', template: 'support-ticket-context', channel: 'customer-support', userGroup: undefined },
  { answers: [/special circumstances/], step: 'head-of-support', template: 'support-ticket-request', channel: 'customer-support', userGroup: undefined },
  { answers: [/asking me for an update/, /follow up with the support engineer/], step: 'customer-asks-for-update', template: undefined, channel: undefined, userGroup: undefined },
  { answers: [/asking me for an update/, /additional assistance is needed/], step: 'more-help', template: undefined, channel: 'customer-support', userGroup: 'cs-leadership' },
];

describe('help guide steps', () => {
  describe('the bundled "customer issue" guide', () => {
    it('has no problems', () => {
      const guide = bundledGuide();
      assert.ok(procedureOf(guide), 'its procedure exists');
      assert.deepEqual(guideProblems(guide, procedureOf(guide)), []);
    });

    it('has exactly one way to each of the five situations of the procedure', () => {
      const paths = enumerateGuidePaths(bundledGuide());
      assert.equal(paths.length, expectedOutcomes.length);
      for (const expected of expectedOutcomes) {
        const matching = paths.filter((p) => p.answers.length === expected.answers.length && p.answers.every((a, i) => expected.answers[i].test(a)));
        assert.equal(matching.length, 1, `one path answers ${expected.answers.join(' → ')}`);
      }
    });

    for (const expected of expectedOutcomes) {
      it(`${expected.answers.map((a) => a.source.replace(/^\^/, '')).join(' → ')} ends at the step "${expected.step}" and its actions`, async () => {
        const guide = bundledGuide();
        const path = enumerateGuidePaths(guide).find((p) => p.answers.length === expected.answers.length && p.answers.every((a, i) => expected.answers[i].test(a)))!;
        const result = await runGuide(guide, index, byLabels([...path.answers]));
        assert.equal(result.kind, 'outcome');
        if (result.kind !== 'outcome') return;
        const { outcome } = result;
        assert.equal(outcome.procedure.id, 'engage-support');
        assert.equal(outcome.step.id, expected.step);
        assert.equal(outcome.template?.id, expected.template);
        assert.equal(outcome.channel?.id, expected.channel);
        assert.equal(outcome.userGroup?.id, expected.userGroup);
        assert.deepEqual(result.path, [guide.start, ...result.path.slice(1, -1), path.outcomeNodeId]);
        assert.equal(result.path.length, expected.answers.length + 1);
        assert.deepEqual(resolveOutcome(index, guide, path.outcomeNodeId), outcome);
      });
    }

    it('tells a CE with an assigned engineer to engage the CSE directly, not the customer thread', () => {
      const outcome = resolveOutcome(index, bundledGuide(), 'engage-engineer')!;
      assert.match(outcome.step.text, /directly engage the CSE rather than joining the customer thread/);
      assert.equal(outcome.template, undefined);
    });

    it('resolves only outcome nodes', () => {
      const guide = bundledGuide();
      assert.equal(resolveOutcome(index, guide, 'need'), undefined);
      assert.equal(resolveOutcome(index, guide, 'no-such-node'), undefined);
      assert.equal(resolveOutcome(index, { ...guide, procedure: 'out-of-office' }, 'engage-engineer'), undefined);
    });
  });

  describe('guideProblems', () => {
    it('reports a start node that does not exist', () => {
      const guide = bundledGuide();
      guide.start = 'nope';
      const problems = problemsOf(guide);
      assert.deepEqual(pathsOf(problems), ['start']);
      assert.match(problems[0].message, /starts at the node "nope", which does not exist\. Nodes: need, assigned/);
    });

    it('reports an answer leading to a node that does not exist (and what it leaves unreachable)', () => {
      const guide = bundledGuide();
      guide.nodes[nodeIndex(guide, 'need')].answers![1].next = 'nowhere';
      const problems = problemsOf(guide);
      assert.deepEqual(pathsOf(problems), [`nodes.${nodeIndex(guide, 'need')}.answers.1.next`, `nodes.${nodeIndex(guide, 'head-of-support')}`]);
      assert.match(problems[0].message, /answer "There are special circumstances.*" of the node "need" leads to the node "nowhere", which does not exist/);
      assert.match(problems[1].message, /node "head-of-support" .* cannot be reached from the start node "need"/);
    });

    it('reports a node that is both a question and an outcome', () => {
      const guide = bundledGuide();
      const i = nodeIndex(guide, 'assigned');
      guide.nodes[i].outcome = 'collaborate';
      const problems = problemsOf(guide);
      assert.deepEqual(pathsOf(problems), [`nodes.${i}`]);
      assert.match(problems[0].message, /node "assigned" .* has both a question and an outcome/);
    });

    it('reports a node that is neither a question nor an outcome', () => {
      const guide = bundledGuide();
      const i = nodeIndex(guide, 'update');
      delete guide.nodes[i].question;
      delete guide.nodes[i].answers;
      const problems = problemsOf(guide);
      assert.deepEqual(pathsOf(problems), [`nodes.${i}`, `nodes.${nodeIndex(guide, 'work-with-engineer')}`, `nodes.${nodeIndex(guide, 'escalate')}`]);
      assert.match(problems[0].message, /node "update" .* has neither a question nor an outcome/);
    });

    it('reports a question with fewer than two answers, and answers without a question', () => {
      const guide = bundledGuide();
      const i = nodeIndex(guide, 'assigned');
      guide.nodes[i].answers = guide.nodes[i].answers!.slice(0, 1);
      const problems = problemsOf(guide);
      assert.deepEqual(pathsOf(problems), [`nodes.${i}.answers`, `nodes.${nodeIndex(guide, 'give-context')}`]);
      assert.match(problems[0].message, /asks "Has a support engineer already been assigned to the issue\?" but has 1 answer\(s\); it needs at least two/);

      const other = bundledGuide();
      delete other.nodes[i].question;
      assert.deepEqual(pathsOf(problemsOf(other)), [`nodes.${i}`]);
      assert.match(problemsOf(other)[0].message, /node "assigned" .* has answers but no question/);
    });

    it('reports an outcome that is not a step of the procedure', () => {
      const guide = bundledGuide();
      const i = nodeIndex(guide, 'engage-engineer');
      guide.nodes[i].outcome = 'no-such-step';
      const problems = problemsOf(guide);
      assert.deepEqual(pathsOf(problems), [`nodes.${i}.outcome`]);
      assert.match(problems[0].message, /step "no-such-step", which is not a step of the procedure "engage-support"\. Steps: collaborate, engineer-assigned/);
    });

    it('reports a procedure that does not exist', () => {
      const guide = bundledGuide();
      guide.procedure = 'no-such-procedure';
      const problems = problemsOf(guide);
      assert.deepEqual(pathsOf(problems), ['procedure']);
      assert.match(problems[0].message, /follows the procedure "no-such-procedure", which does not exist/);
    });

    it('reports a node that cannot be reached from the start', () => {
      const guide = bundledGuide();
      guide.nodes.push({ id: 'orphan', outcome: 'collaborate' });
      const problems = problemsOf(guide);
      assert.deepEqual(pathsOf(problems), [`nodes.${guide.nodes.length - 1}`]);
      assert.match(problems[0].message, /node "orphan" .* cannot be reached from the start node "need"/);
    });

    it('reports a loop, naming the nodes it goes round', () => {
      const guide = bundledGuide();
      const i = nodeIndex(guide, 'update');
      guide.nodes[i].answers![0].next = 'need';
      const problems = problemsOf(guide);
      assert.deepEqual(pathsOf(problems), [`nodes.${nodeIndex(guide, 'work-with-engineer')}`, `nodes.${i}.answers.0.next`]);
      assert.match(problems[1].message, /answer "No, I'll follow up with the support engineer" of the node "update" leads back .* loop: need → update → need/);
    });

    it('reports a node that answers itself', () => {
      const guide = bundledGuide();
      const i = nodeIndex(guide, 'assigned');
      guide.nodes[i].answers![1].next = 'assigned';
      const problems = problemsOf(guide);
      assert.ok(pathsOf(problems).includes(`nodes.${i}.answers.1.next`));
      assert.match(problems.find((p) => p.path.join('.') === `nodes.${i}.answers.1.next`)!.message, /loop: assigned → assigned/);
    });

    it('reports two nodes with the same id', () => {
      const guide = bundledGuide();
      guide.nodes.push({ id: 'escalate', outcome: 'collaborate' });
      const problems = problemsOf(guide);
      assert.deepEqual(pathsOf(problems), [`nodes.${guide.nodes.length - 1}.id`]);
      assert.match(problems[0].message, /two nodes with the id "escalate"/);
    });
  });

  describe('runGuide', () => {
    it('asks from the start, one question deeper per answer', async () => {
      const { ask, asked } = scripted([0, 1]);
      const result = await runGuide(bundledGuide(), index, ask);
      assert.deepEqual(asked, [{ node: 'need', depth: 0 }, { node: 'assigned', depth: 1 }]);
      assert.equal(result.kind === 'outcome' && result.outcome.step.id, 'not-yet-assigned');
      assert.deepEqual(result.kind === 'outcome' && result.path, ['need', 'assigned', 'give-context']);
    });

    it('goes back to the previous question, and leaves the abandoned one out of the path', async () => {
      const { ask, asked } = scripted([0, { kind: 'back' }, 2, 1]);
      const result = await runGuide(bundledGuide(), index, ask);
      assert.deepEqual(asked, [{ node: 'need', depth: 0 }, { node: 'assigned', depth: 1 }, { node: 'need', depth: 0 }, { node: 'update', depth: 1 }]);
      assert.equal(result.kind, 'outcome');
      if (result.kind !== 'outcome') return;
      assert.equal(result.outcome.step.id, 'more-help');
      assert.equal(result.outcome.userGroup?.name, '@cs-leadership');
      assert.deepEqual(result.path, ['need', 'update', 'escalate']);
    });

    it('asks the first question again on back at the start', async () => {
      const { ask, asked } = scripted([{ kind: 'back' }, 1]);
      const result = await runGuide(bundledGuide(), index, ask);
      assert.deepEqual(asked.map((a) => a.node), ['need', 'need']);
      assert.equal(result.kind === 'outcome' && result.outcome.step.id, 'head-of-support');
    });

    it('stops on cancel', async () => {
      const { ask, asked } = scripted([2, { kind: 'cancel' }, 0]);
      assert.deepEqual(await runGuide(bundledGuide(), index, ask), { kind: 'cancelled' });
      assert.equal(asked.length, 2);
    });

    it('asks again when the answer index is not one of the answers', async () => {
      const { ask, asked } = scripted([7, -1, 1.5, 1]);
      const result = await runGuide(bundledGuide(), index, ask);
      assert.equal(asked.length, 4);
      assert.ok(asked.every((a) => a.node === 'need'));
      assert.equal(result.kind === 'outcome' && result.outcome.step.id, 'head-of-support');
    });

    it('throws a clear error when the walk meets a broken guide', async () => {
      const guide = bundledGuide();
      guide.nodes[nodeIndex(guide, 'need')].answers![1].next = 'nowhere';
      await assert.rejects(runGuide(guide, index, scripted([1]).ask), /guide "customer-issue" has no node "nowhere"/);
      const other = bundledGuide();
      other.nodes[nodeIndex(other, 'head-of-support')].outcome = 'no-such-step';
      await assert.rejects(runGuide(other, index, scripted([1]).ask), /"no-such-step", which is not a step of the procedure "engage-support"/);
    });
  });

  describe('enumerateGuidePaths', () => {
    it('lists the answers of each path in order, depth first', () => {
      const guide = bundledGuide();
      const paths = enumerateGuidePaths(guide);
      const need = guide.nodes[nodeIndex(guide, 'need')];
      assert.deepEqual(paths[0].answers[0], need.answers![0].label);
      assert.deepEqual(paths.map((p) => p.outcomeNodeId), ['engage-engineer', 'give-context', 'head-of-support', 'work-with-engineer', 'escalate']);
    });

    it('ends on a loop instead of going round it', () => {
      const guide = bundledGuide();
      guide.nodes[nodeIndex(guide, 'update')].answers![0].next = 'need';
      assert.deepEqual(enumerateGuidePaths(guide).map((p) => p.outcomeNodeId), ['engage-engineer', 'give-context', 'head-of-support', 'escalate']);
    });
  });
});
