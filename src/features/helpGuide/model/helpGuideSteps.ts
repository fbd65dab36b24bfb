/**
 * Guided flows such as "I need help with a customer issue": a small decision tree in the data
 * (`guides`), whose questions lead to outcomes. Each outcome names a step of the guide's procedure;
 * that step's own text, template, channel and user group are what the CE sees and acts on, so the
 * guide adds no advice of its own.
 *
 * The flow is a step machine independent of the UI, like the template fill-in: the asker shows
 * one question and answers with a choice, "back" or "cancel".
 */
import type { HandbookIndex } from '../../../core/handbook/handbookIndex';
import type { Channel, Guide, GuideNode, Procedure, Step, Template, UserGroup } from '../../../core/schema/schema';

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
 * questions left by going back. Throws on a guide that `guideProblems` (core/load/guideChecks.ts) would refuse where the walk
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
