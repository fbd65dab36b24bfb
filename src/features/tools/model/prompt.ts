/**
 * The `engage-support` prompt: walks an assistant through the playbook's help guide for a customer
 * issue with the tools, starting from the flow's first question as the data words it.
 */
import { fail, ok, type ToolContext, type ToolResult } from './context';
import { routeHelp, type RouteData } from './helpGuide';

export const PROMPT_LIMITS = { situation: 2000, customer: 200 } as const;

export function engageSupportPrompt(ctx: ToolContext, situation = '', customer = ''): ToolResult<{ route: RouteData }> {
  if (situation.length > PROMPT_LIMITS.situation || customer.length > PROMPT_LIMITS.customer) {
    return fail(`The situation may be at most ${PROMPT_LIMITS.situation} characters and the customer's name ${PROMPT_LIMITS.customer}.`);
  }
  const start = routeHelp(ctx);
  if (!start.ok) return start;
  const first = start.data.openQuestions[0];
  const lines = [
    `I need help with a customer issue${customer.trim() ? ` for the customer ${customer.trim()}` : ''}. Follow the CE Playbook, not general knowledge.`,
    ...(situation.trim() ? [`The situation: ${situation.trim()}`] : []),
    '',
    'How to help me:',
    `1. Work out the answers to the playbook's questions with the routeHelp tool. Its first question is "${first.question}" (answers: ${first.answers.map((a) => `${a.id} = "${a.label}"`).join('; ')}). If my situation does not settle an answer, ask me, one question at a time.`,
    '2. Once routeHelp reaches the handbook step, quote its sentence and its source, and tell me the template, the Slack channel and the user group it names.',
    `3. If it names a template, call draftTicket with only the values I have given${customer.trim() ? ` (the Customer Name is ${customer.trim()})` : ''}, show me the draft, and ask me for each required field still empty. Never invent values.`,
    '4. Before I post it, call checkDraft on the final text.',
  ];
  return ok({ route: start.data }, lines.join('\n'));
}
