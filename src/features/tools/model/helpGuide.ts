/**
 * The help guide as a tool: the guide's questions answered by id lead to the procedure step the
 * handbook prescribes (with its template, channel and user group), or to the questions still open.
 * An answer's id is the id of the node it leads to, which the data keeps stable.
 */
import { resolveOutcome } from '../../helpGuide/model/helpGuideSteps';
import { guideProblems } from '../../../core/load/guideChecks';
import type { Guide, GuideNode } from '../../../core/schema/schema';
import { fail, ok, type ToolContext, type ToolResult } from './context';
import { LIMITS } from './definitions';
import { stepDetails } from './lookup';
import type { OpenQuestion, RouteData } from './outputs';

export type { OpenQuestion, RouteData };

const isQuestion = (node: GuideNode) => node.outcome === undefined;
const norm = (s: string) => s.trim().toLowerCase();

function pickGuide(ctx: ToolContext, guideId: string | undefined): Guide | string {
  const guides = ctx.index.handbook.guides;
  const ids = guides.map((g) => g.id).join(', ') || 'none';
  if (guideId !== undefined) return ctx.index.guide(guideId) ?? `The playbook has no guided flow "${guideId}". Known ids: ${ids}.`;
  if (guides.length === 1) return guides[0];
  return guides.length ? `The playbook has several guided flows; say which with guideId: ${ids}.` : 'The playbook has no guided flow.';
}

export function routeHelp(ctx: ToolContext, answers: Readonly<Record<string, string>> = {}, guideId?: string): ToolResult<RouteData> {
  const guide = pickGuide(ctx, guideId);
  if (typeof guide === 'string') return fail(guide);
  const procedure = ctx.index.procedure(guide.procedure);
  const problems = guideProblems(guide, procedure);
  if (problems.length) return fail(`The guided flow "${guide.id}" cannot be followed: ${problems.map((p) => p.message).join(' ')}`);
  const nodes = new Map(guide.nodes.map((n) => [n.id, n]));
  const questionIds = guide.nodes.filter(isQuestion).map((n) => n.id);
  const given = Object.keys(answers);
  if (given.length > LIMITS.answers) return fail(`Too many answers (${given.length}); the flow has ${questionIds.length} questions.`);
  const unknown = given.filter((q) => !questionIds.includes(q));
  if (unknown.length) return fail(`The flow "${guide.id}" has no question ${unknown.map((q) => `"${q}"`).join(', ')}. Its questions: ${questionIds.join(', ')}.`);

  const answered: RouteData['answered'] = [];
  let node = nodes.get(guide.start)!;
  // guideProblems refuses loops, so this walk ends.
  while (isQuestion(node) && answers[node.id] !== undefined) {
    const value = answers[node.id];
    const choice = node.answers!.find((a) => a.next === value.trim()) ?? node.answers!.find((a) => norm(a.label) === norm(value));
    if (!choice) {
      return fail(`"${value}" is not an answer to the question "${node.id}" (${node.question}). Answers (id: label): ${node.answers!.map((a) => `${a.next}: ${a.label}`).join('; ')}.`);
    }
    answered.push({ questionId: node.id, question: node.question!, answerId: choice.next, answer: choice.label });
    node = nodes.get(choice.next)!;
  }
  const ignoredAnswers = given.filter((q) => !answered.some((a) => a.questionId === q));
  const base = { guide: { id: guide.id, title: guide.title }, answered, ignoredAnswers };
  const ignoredNote = ignoredAnswers.length ? `\n(Not asked on this path, so not used: ${ignoredAnswers.join(', ')}.)` : '';
  const chain = answered.map((a) => `${a.question} ${a.answer}.`).join(' ');

  if (!isQuestion(node)) {
    const outcome = resolveOutcome(ctx.index, guide, node.id)!;
    const team = outcome.procedure.team ? ctx.index.team(outcome.procedure.team) : undefined;
    const step = stepDetails(ctx, outcome.procedure, outcome.step);
    const data: RouteData = {
      ...base, status: 'outcome', openQuestions: [],
      outcome: { procedure: { id: outcome.procedure.id, title: outcome.procedure.title }, ...(team ? { team: { id: team.id, name: team.name } } : {}), step },
    };
    const lines = [`${guide.title}: ${chain}`, `The playbook (${outcome.procedure.title}) says: ${step.label ? `${step.label}: ` : ''}${step.text}`];
    if (outcome.template) lines.push(`Template: ${outcome.template.title} (${outcome.template.id}); fill it in with draftTicket.`);
    if (outcome.channel) lines.push(`Channel: ${outcome.channel.name}: ${outcome.channel.description}`);
    if (outcome.userGroup) lines.push(`User group: ${outcome.userGroup.name}${outcome.userGroup.description ? `: ${outcome.userGroup.description}` : ''}`);
    lines.push(`Source: "${step.source.pageTitle}", section "${step.source.section}"${step.source.teamFiles ? `; changed or added by the team file ${step.source.teamFiles.join(', ')}` : ''}`);
    return ok(data, lines.join('\n') + ignoredNote);
  }

  const openQuestions = openFrom(node, nodes);
  const [first, ...later] = openQuestions;
  const describe = (q: OpenQuestion) => [`[${q.id}] ${q.question}`, ...q.answers.map((a) => `  - ${a.id}: ${a.label}`)].join('\n');
  const lines = [
    `${guide.title}${chain ? `: ${chain}` : ''}`,
    `Ask the user this question (answer ids first):`,
    describe(first),
    ...(later.length ? ['Questions that may follow, depending on the answer:', ...later.map(describe)] : []),
    `Then call routeHelp again with answers {${[...answered.map((a) => `"${a.questionId}": "${a.answerId}"`), `"${first.id}": "<answer id>"`].join(', ')}}.`,
  ];
  return ok({ ...base, status: 'open', openQuestions }, lines.join('\n') + ignoredNote);
}

/** The question at `start` and every question reachable from it, breadth first. */
function openFrom(start: GuideNode, nodes: Map<string, GuideNode>): OpenQuestion[] {
  const open: OpenQuestion[] = [];
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length) {
    const node = queue.shift()!;
    if (seen.has(node.id) || !isQuestion(node)) continue;
    seen.add(node.id);
    open.push({ id: node.id, question: node.question!, answers: node.answers!.map((a) => ({ id: a.next, label: a.label, ...(a.detail ? { detail: a.detail } : {}) })) });
    for (const a of node.answers!) queue.push(nodes.get(a.next)!);
  }
  return open;
}
