/**
 * Guided flows such as "I need help with a customer issue": a small decision tree in the data
 * (`guides`), whose questions lead to outcomes. Each outcome names a step of the guide's procedure;
 * that step's own text, template, channel and user group are what the CE sees and acts on, so the
 * guide adds no advice of its own.
 *
 * The flow is a step machine independent of the UI, like the template fill-in: the asker shows
 * one question and answers with a choice, "back" or "cancel".
 */
import type { HandbookIndex } from '../handbook/handbookIndex';
import type { Channel, Guide, GuideNode, Procedure, Step, Template, UserGroup } from '../schema';

export interface GuideProblem {
  /** Where in the guide entry, e.g. ['nodes', 2, 'answers', 0, 'next']. */
  path: (string | number)[];
  message: string;
}

export interface GuideOutcome {
  step: Step;
  procedure: Procedure;
  template?: Template;
  channel?: Channel;
  userGroup?: UserGroup;
}

export type GuideAnswerChoice = { kind: 'answer'; index: number } | { kind: 'back' } | { kind: 'cancel' };

export type GuideAsker = (node: GuideNode, position: { depth: number }) => Promise<GuideAnswerChoice>;

export type GuideRunResult =
  | { kind: 'outcome'; outcome: GuideOutcome; path: string[] }
  | { kind: 'cancelled' };

export interface GuidePath {
  /** The labels of the answers chosen, from the start. */
  answers: string[];
  outcomeNodeId: string;
}

const isQuestion = (node: GuideNode) => node.question !== undefined || node.answers !== undefined;
const isOutcome = (node: GuideNode) => node.outcome !== undefined;

/**
 * Everything that makes a guide unusable: a missing start node, answers leading nowhere, nodes that
 * are neither (or both) a question and an outcome, outcomes that are not steps of the procedure,
 * nodes that cannot be reached, and loops. Empty for a sound guide.
 */
export function guideProblems(guide: Guide, procedure: Procedure | undefined): GuideProblem[] {
  const problems: GuideProblem[] = [];
  const report = (path: (string | number)[], message: string) => problems.push({ path, message });
  const ids = new Map<string, number>();
  guide.nodes.forEach((node, i) => {
    if (ids.has(node.id)) report(['nodes', i, 'id'], `The guide "${guide.id}" has two nodes with the id "${node.id}"; node ids must be unique.`);
    else ids.set(node.id, i);
  });
  // Messages name a few of the nodes, not thousands.
  const known = () => [...ids.keys()].slice(0, 12).join(', ') + (ids.size > 12 ? ', …' : '') || 'none';
  const stepIds = new Set(procedure?.steps.map((s) => s.id));

  if (!ids.has(guide.start)) report(['start'], `The guide "${guide.id}" starts at the node "${guide.start}", which does not exist. Nodes: ${known()}.`);
  if (!procedure) report(['procedure'], `The guide "${guide.id}" follows the procedure "${guide.procedure}", which does not exist.`);
  else if (procedure.id !== guide.procedure) report(['procedure'], `The guide "${guide.id}" follows the procedure "${guide.procedure}", but was checked against "${procedure.id}".`);

  guide.nodes.forEach((node, i) => {
    const at = (...rest: (string | number)[]) => ['nodes', i, ...rest];
    const name = `The node "${node.id}" of the guide "${guide.id}"`;
    if (isQuestion(node) && isOutcome(node)) {
      report(at(), `${name} has both a question and an outcome. A node either asks a question with at least two answers, or names an outcome.`);
    } else if (!isQuestion(node) && !isOutcome(node)) {
      report(at(), `${name} has neither a question nor an outcome. A node either asks a question with at least two answers, or names an outcome.`);
    } else if (isQuestion(node)) {
      if (node.question === undefined) report(at(), `${name} has answers but no question.`);
      if ((node.answers?.length ?? 0) < 2) report(node.answers ? at('answers') : at(), `${name} asks "${node.question ?? ''}" but has ${node.answers?.length ?? 0} answer(s); it needs at least two.`);
    }
    node.answers?.forEach((answer, j) => {
      if (!ids.has(answer.next)) report(at('answers', j, 'next'), `The answer "${answer.label}" of the node "${node.id}" leads to the node "${answer.next}", which does not exist. Nodes: ${known()}.`);
    });
    if (node.outcome !== undefined && procedure && !stepIds.has(node.outcome)) {
      report(at('outcome'), `The outcome of the node "${node.id}" is the step "${node.outcome}", which is not a step of the procedure "${procedure.id}". Steps: ${procedure.steps.slice(0, 12).map((s) => s.id).join(', ')}${procedure.steps.length > 12 ? ', …' : ''}.`);
    }
  });

  if (ids.has(guide.start)) {
    // Breadth-first with an index into the queue: linear in nodes and answers.
    const reachable = new Set<string>([guide.start]);
    const queue = [guide.start];
    for (let head = 0; head < queue.length; head++) {
      for (const answer of guide.nodes[ids.get(queue[head])!].answers ?? []) {
        if (ids.has(answer.next) && !reachable.has(answer.next)) {
          reachable.add(answer.next);
          queue.push(answer.next);
        }
      }
    }
    guide.nodes.forEach((node, i) => {
      if (!reachable.has(node.id) && ids.get(node.id) === i) report(['nodes', i], `The node "${node.id}" of the guide "${guide.id}" cannot be reached from the start node "${guide.start}".`);
    });
  }

  for (const loop of findLoops(guide, ids)) {
    report(['nodes', loop.nodeIndex, 'answers', loop.answerIndex, 'next'], `The answer "${loop.label}" of the node "${loop.from}" leads back to an earlier question, so the guide can go round in a loop: ${loop.cycle.join(' → ')}.`);
  }
  return problems;
}

/** Loops reported per guide at most; a hostile guide can have as many as it has answers. */
const MAX_LOOPS = 20;
/** Nodes of a loop named in its message at most. */
const MAX_CYCLE_SHOWN = 12;

/**
 * Each answer that closes a loop (a back edge of a depth-first walk), with the loop it closes.
 * Iterative (an explicit stack), so thousands of nodes in a row cannot overflow the call stack.
 */
function findLoops(guide: Guide, ids: Map<string, number>) {
  const loops: Array<{ nodeIndex: number; answerIndex: number; label: string; from: string; cycle: string[] }> = [];
  const state = new Map<string, 'open' | 'done'>();
  /** The open path from the root of the walk, and where each id is on it. */
  const path: Array<{ id: string; next: number }> = [];
  const onPath = new Map<string, number>();
  const open = (id: string) => {
    state.set(id, 'open');
    onPath.set(id, path.length);
    path.push({ id, next: 0 });
  };
  // From the start first, so loops are reported along the way a CE would walk them.
  for (const root of [guide.start, ...ids.keys()]) {
    if (!ids.has(root) || state.has(root)) continue;
    open(root);
    while (path.length) {
      const top = path[path.length - 1];
      const nodeIndex = ids.get(top.id)!;
      const answers = guide.nodes[nodeIndex].answers ?? [];
      if (top.next >= answers.length) {
        path.pop();
        onPath.delete(top.id);
        state.set(top.id, 'done');
        continue;
      }
      const answerIndex = top.next++;
      const answer = answers[answerIndex];
      if (!ids.has(answer.next)) continue;
      const seen = state.get(answer.next);
      if (seen === undefined) open(answer.next);
      else if (seen === 'open' && loops.length < MAX_LOOPS) {
        const from = onPath.get(answer.next)!;
        const cycle = path.slice(from, from + MAX_CYCLE_SHOWN).map((p) => p.id);
        if (path.length - from > MAX_CYCLE_SHOWN) cycle.push('…');
        loops.push({ nodeIndex, answerIndex, label: answer.label, from: top.id, cycle: [...cycle, answer.next] });
      }
    }
  }
  return loops;
}

function nodeById(guide: Guide, id: string): GuideNode | undefined {
  return guide.nodes.find((n) => n.id === id);
}

/** The step an outcome node names, with its procedure and the entries the step refers to. */
export function resolveOutcome(index: HandbookIndex, guide: Guide, nodeId: string): GuideOutcome | undefined {
  const node = nodeById(guide, nodeId);
  if (node?.outcome === undefined) return undefined;
  const procedure = index.procedure(guide.procedure);
  const step = procedure?.steps.find((s) => s.id === node.outcome);
  if (!procedure || !step) return undefined;
  const template = step.template !== undefined ? index.template(step.template) : undefined;
  const channel = step.channel !== undefined ? index.channel(step.channel) : undefined;
  const userGroup = step.userGroup !== undefined ? index.userGroup(step.userGroup) : undefined;
  return { step, procedure, ...(template ? { template } : {}), ...(channel ? { channel } : {}), ...(userGroup ? { userGroup } : {}) };
}

/**
 * Walks the guide with the asker until an outcome or a cancel. "Back" returns to the previous
 * question (at the first question it asks that one again). An answer index out of range is asked
 * again. The result's path holds the node ids from the start to the outcome node, without the
 * questions left by going back. Throws on a guide that `guideProblems` would refuse where the walk
 * meets the problem (a missing node, an outcome that is not a step); callers check guides first.
 */
export async function runGuide(guide: Guide, index: HandbookIndex, ask: GuideAsker): Promise<GuideRunResult> {
  const path = [guide.start];
  for (;;) {
    const nodeId = path[path.length - 1];
    const node = nodeById(guide, nodeId);
    if (!node) throw new Error(`The guide "${guide.id}" has no node "${nodeId}".`);
    if (node.outcome !== undefined) {
      const outcome = resolveOutcome(index, guide, node.id);
      if (!outcome) throw new Error(`The outcome of the node "${node.id}" of the guide "${guide.id}" is "${node.outcome}", which is not a step of the procedure "${guide.procedure}".`);
      return { kind: 'outcome', outcome, path };
    }
    const answers = node.answers ?? [];
    if (!answers.length) throw new Error(`The node "${node.id}" of the guide "${guide.id}" has neither answers nor an outcome.`);
    const choice = await ask(node, { depth: path.length - 1 });
    if (choice.kind === 'cancel') return { kind: 'cancelled' };
    if (choice.kind === 'back') {
      if (path.length > 1) path.pop();
      continue;
    }
    const answer = Number.isInteger(choice.index) ? answers[choice.index] : undefined;
    if (answer) path.push(answer.next);
  }
}

/**
 * Every way through the guide, depth first in the answers' order. Loops and dead ends are skipped.
 * Iterative, and stops after `limit` paths (a guide can have exponentially many).
 */
export function enumerateGuidePaths(guide: Guide, limit = 10_000): GuidePath[] {
  const paths: GuidePath[] = [];
  const byId = new Map<string, GuideNode>();
  for (const node of guide.nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  const stack: Array<{ node: GuideNode; answers: string[]; next: number }> = [];
  const visiting = new Set<string>();
  const enter = (nodeId: string, answers: string[]) => {
    const node = byId.get(nodeId);
    if (!node || visiting.has(nodeId)) return;
    if (node.outcome !== undefined) {
      paths.push({ answers, outcomeNodeId: node.id });
      return;
    }
    visiting.add(nodeId);
    stack.push({ node, answers, next: 0 });
  };
  enter(guide.start, []);
  while (stack.length && paths.length < limit) {
    const top = stack[stack.length - 1];
    const answers = top.node.answers ?? [];
    if (top.next >= answers.length) {
      stack.pop();
      visiting.delete(top.node.id);
      continue;
    }
    const answer = answers[top.next++];
    enter(answer.next, [...top.answers, answer.label]);
  }
  return paths;
}
