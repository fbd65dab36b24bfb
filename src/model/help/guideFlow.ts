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
  const known = () => [...ids.keys()].join(', ') || 'none';

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
    if (node.outcome !== undefined && procedure && !procedure.steps.some((s) => s.id === node.outcome)) {
      report(at('outcome'), `The outcome of the node "${node.id}" is the step "${node.outcome}", which is not a step of the procedure "${procedure.id}". Steps: ${procedure.steps.map((s) => s.id).join(', ')}.`);
    }
  });

  if (ids.has(guide.start)) {
    const reachable = new Set<string>();
    const queue = [guide.start];
    while (queue.length) {
      const id = queue.shift()!;
      if (reachable.has(id)) continue;
      reachable.add(id);
      for (const answer of nodeById(guide, id)?.answers ?? []) if (ids.has(answer.next)) queue.push(answer.next);
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

/** Each answer that closes a loop (a back edge of a depth-first walk), with the loop it closes. */
function findLoops(guide: Guide, ids: Map<string, number>) {
  const loops: Array<{ nodeIndex: number; answerIndex: number; label: string; from: string; cycle: string[] }> = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    const nodeIndex = ids.get(id)!;
    guide.nodes[nodeIndex].answers?.forEach((answer, answerIndex) => {
      if (!ids.has(answer.next)) return;
      const seen = state.get(answer.next);
      if (seen === 'open') {
        loops.push({ nodeIndex, answerIndex, label: answer.label, from: id, cycle: [...stack.slice(stack.indexOf(answer.next)), answer.next] });
      } else if (seen === undefined) {
        visit(answer.next);
      }
    });
    stack.pop();
    state.set(id, 'done');
  };
  // From the start first, so loops are reported along the way a CE would walk them.
  for (const id of [guide.start, ...ids.keys()]) if (ids.has(id) && !state.has(id)) visit(id);
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

/** Every way through the guide, depth first in the answers' order. Loops and dead ends are skipped. */
export function enumerateGuidePaths(guide: Guide): GuidePath[] {
  const paths: GuidePath[] = [];
  const walk = (nodeId: string, answers: string[], visiting: Set<string>) => {
    const node = nodeById(guide, nodeId);
    if (!node || visiting.has(nodeId)) return;
    if (node.outcome !== undefined) {
      paths.push({ answers, outcomeNodeId: node.id });
      return;
    }
    visiting.add(nodeId);
    for (const answer of node.answers ?? []) walk(answer.next, [...answers, answer.label], visiting);
    visiting.delete(nodeId);
  };
  walk(guide.start, [], new Set());
  return paths;
}
