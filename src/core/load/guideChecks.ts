/**
 * The checks of a guide's structure (see features/helpGuide/model/helpGuideSteps.ts for the flow itself), run when the
 * data is validated: a guide that would strand the CE mid-flow is refused with its path.
 */
import type { Guide, GuideNode, Procedure } from '../schema/schema';

export interface GuideProblem {
  /** Where in the guide entry, e.g. ['nodes', 2, 'answers', 0, 'next']. */
  path: (string | number)[];
  message: string;
  /** Set when a node's outcome is not a step of the procedure: the data that changed the procedure may be the one to blame. */
  missingStep?: { node: string; step: string };
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
      problems[problems.length - 1].missingStep = { node: node.id, step: node.outcome };
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
