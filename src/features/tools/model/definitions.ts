/**
 * The one table of playbook tools: name, what the model is told about each, and its input schema.
 * The VS Code language model tools (package.json `contributes.languageModelTools`, generated from
 * this table by scripts/generate-contributions.mjs) and the MCP server (`ce-playbook mcp`) both come
 * from it.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { TEMPLATE_FORMATS } from '../../../core/templates/render';

// zod/mini loads no messages by default; English ones make input errors readable for the model.
z.config(en());

/** Limits on what a caller may send: generous for real use, small enough to refuse floods. */
export const LIMITS = {
  id: 80,
  query: 200,
  maxResults: 50,
  answers: 20,
  answer: 300,
  values: 40,
  value: 5000,
  draft: 100_000,
  customer: 200,
} as const;

const id = (what: string) => z.string().check(z.minLength(1), z.maxLength(LIMITS.id), z.describe(what));
const format = z.optional(z.enum(TEMPLATE_FORMATS as ['markdown', 'slack', 'plain']).check(z.describe('Format of the ticket: "markdown" (default), "slack" (Slack formatting) or "plain" text.')));
const fieldValues = z.optional(
  z.record(z.string().check(z.maxLength(LIMITS.id)), z.string().check(z.maxLength(LIMITS.value))).check(
    z.describe('The values known so far, by field id (see the template\'s fields), e.g. {"customer-name": "Acme"}. Leave out what the user has not said; never invent values.'),
  ),
);

export const TOOL_INPUTS = {
  search: z.strictObject({
    query: z.string().check(z.minLength(1), z.maxLength(LIMITS.query), z.describe('Words to look for, e.g. "support ticket", "#ce", "SDR questions", "OOO".')),
    limit: z.optional(z.int().check(z.minimum(1), z.maximum(LIMITS.maxResults), z.describe('How many results at most (default 10).'))),
  }),
  listTeams: z.strictObject({}),
  getTeam: z.strictObject({ teamId: id('The team\'s id, e.g. "sales", "customer-support" (see listTeams).') }),
  getProcedure: z.strictObject({ procedureId: id('The procedure\'s id: "engage-support" (engaging support on a customer issue) or "out-of-office" (OOO protocol).') }),
  listTemplates: z.strictObject({}),
  getTemplate: z.strictObject({ templateId: id('The template\'s id, e.g. "support-ticket-context", "support-ticket-request" (see listTemplates).') }),
  routeHelp: z.strictObject({
    answers: z.optional(
      z.record(z.string().check(z.maxLength(LIMITS.id)), z.string().check(z.maxLength(LIMITS.answer))).check(
        z.describe('The questions answered so far: question id → answer id (or the answer\'s exact label), as a previous call listed them. Omit to get the first question.'),
      ),
    ),
    guideId: z.optional(id('Which guided flow (default: the only one, "customer-issue").')),
  }),
  draftTicket: z.strictObject({ templateId: id('The template\'s id, e.g. "support-ticket-request".'), values: fieldValues, format }),
  checkDraft: z.strictObject({ text: z.string().check(z.maxLength(LIMITS.draft), z.describe('The draft as the user wrote or pasted it (Markdown, Slack formatting or plain text).')) }),
  listCustomers: z.strictObject({
    query: z.optional(z.string().check(z.maxLength(LIMITS.query), z.describe('Words of the customer\'s name or alias to filter by, e.g. "acme". Omit to list them all.'))),
  }),
  getCustomer: z.strictObject({ customer: z.string().check(z.minLength(1), z.maxLength(LIMITS.customer), z.describe('The customer\'s id, name or one of its aliases, e.g. "Acme" (see listCustomers).')) }),
  openDraft: z.strictObject({
    templateId: id('The template\'s id, e.g. "support-ticket-request".'),
    values: fieldValues,
    format,
    in: z.optional(z.enum(['composer', 'editor']).check(z.describe('Where to open it: "composer" (default: the ticket composer page, from which the user can send it to Slack) or "editor" (a new text editor).'))),
  }),
  listSentTickets: z.strictObject({
    limit: z.optional(z.int().check(z.minimum(1), z.maximum(20), z.describe('How many of the newest at most (default 20, all that are kept).'))),
  }),
  ticketStatus: z.strictObject({ sentId: z.string().check(z.minLength(1), z.maxLength(LIMITS.id), z.describe('The sent ticket\'s id, as listSentTickets gives it.')) }),
};

export type ToolName = keyof typeof TOOL_INPUTS;
export type ToolInput<N extends ToolName> = z.infer<(typeof TOOL_INPUTS)[N]>;

export interface ToolDefinition {
  name: ToolName;
  /** The VS Code tool name (`cePlaybook_<name>`). */
  lmName: string;
  /** What a user types after # in chat. */
  referenceName: string;
  title: string;
  /** For the model: what the tool gives and when to use it. */
  description: string;
  tags: string[];
  /** "vscode": the tool acts in the editor (and asks first), so the MCP server does not offer it. */
  hosts: 'all' | 'vscode';
}

const TAGS = ['ce-playbook', 'handbook'];

const def = (name: ToolName, referenceName: string, title: string, description: string, extra: { tags?: string[]; hosts?: 'vscode' } = {}): ToolDefinition => ({
  name,
  lmName: `cePlaybook_${name}`,
  referenceName,
  title,
  description,
  tags: [...TAGS, ...(extra.tags ?? [])],
  hosts: extra.hosts ?? 'all',
});

export const TOOL_DEFINITIONS: readonly ToolDefinition[] = [
  def('search', 'playbookSearch', 'Search the CE Playbook',
    'Searches the Customer Engineering (CE) playbook: how CE works with Sales, Customer Support, Software Engineers, Product and Marketing, the procedure for engaging support on a customer issue, ticket templates and their fields, recurring meetings, the out-of-office protocol, Slack channels and user groups. Use it first for any question about who to go to, which channel, which template or which meeting, instead of guessing. Returns matching entries with their ids (for getTeam, getProcedure, getTemplate) and the handbook source.'),
  def('listTeams', 'playbookTeams', 'List the Playbook Teams',
    'Lists the teams CEs work with in the playbook (id and name). Use it to find a team id for getTeam.'),
  def('getTeam', 'playbookTeam', 'Get a Playbook Team',
    'Gets one team\'s intersection with CE in the handbook\'s own sentences: how CE adds value to the team and back, the collaboration overview, the ways to engage (channels, user groups), its templates, meetings and procedures, with the source. Use it when the user asks how to work with or reach a team.'),
  def('getProcedure', 'playbookProcedure', 'Get a Playbook Procedure',
    'Gets a procedure in full: "engage-support" (the situations of engaging support on a customer issue, each with its template, channel and user group) or "out-of-office" (the OOO checklist, in order). Use it to quote the exact steps.'),
  def('listTemplates', 'playbookTemplates', 'List the Ticket Templates',
    'Lists the ticket templates (id, title, channel, what they are for). Use it to find a template id for getTemplate or draftTicket.'),
  def('getTemplate', 'playbookTemplate', 'Get a Ticket Template',
    'Gets a ticket template: its fields in order (id, label, required or not, type), the channel it goes to and the source. Use it before drafting, to know which facts to ask the user for.'),
  def('routeHelp', 'playbookRoute', 'Route a Customer Issue',
    'Follows the playbook\'s help guide for a customer issue ("I need help with a customer issue"): answer its questions by id and get the handbook\'s step for the situation, with the template to use, the Slack channel and the user group. Call it without answers to get the first question; it returns the questions still open with their answer ids. Use it whenever the user asks how to engage support, escalate, or who to go to about a customer issue (e.g. the ticket is not assigned yet, the customer wants an update, special circumstances).',
    { tags: ['support'] }),
  def('draftTicket', 'playbookDraft', 'Draft a Support Ticket',
    'Fills in a ticket template with the values known so far and returns the ticket as text (markdown, slack or plain) and the required fields still empty, so you can ask the user for exactly those. Use it when the user wants to write a Support Ticket Context or Support Ticket Request. Never invent field values.',
    { tags: ['support'] }),
  def('checkDraft', 'playbookCheckDraft', 'Check a Ticket Draft',
    'Checks a filled-in ticket the user wrote or pasted (recognised by the template\'s title line and field labels) and lists each required field still empty, with its line. Use it before the user posts a ticket.',
    { tags: ['support'] }),
  def('listCustomers', 'playbookCustomers', 'List the Team\'s Customers',
    'Lists the team\'s customer accounts (id, name, aliases, plan) from the team\'s own data files, optionally only those whose name or alias matches a query. Use it to find which customer the user means before getCustomer. Customer data is the team\'s: use it to answer the user, never send it elsewhere.',
    { tags: ['customers'] }),
  def('getCustomer', 'playbookCustomer', 'Get a Customer Account',
    'Gets one customer account from the team\'s data by id, name or alias: the account team (AE, CE, SDR), plan or tier, the shared Slack channel, links (CRM, Zendesk, GitHub, docs) and notes. Use it when the user asks who works an account, where its channel is, or to fill in a ticket\'s customer. Customer data is the team\'s: never send it elsewhere.',
    { tags: ['customers'] }),
  def('openDraft', 'playbookOpenDraft', 'Open a Ticket Draft in the Editor',
    'Opens a ticket template filled in with the values known so far in VS Code, in the ticket composer (default; the user finishes it there and can send it to Slack) or in a new editor, for the user to finish. Asks the user first. Use it when the user wants to edit or post the ticket themselves.',
    { tags: ['support'], hosts: 'vscode' }),
  def('listSentTickets', 'playbookSentTickets', 'List the Sent Tickets',
    'Lists the tickets the user sent to Slack from VS Code (newest first, the last 20): template, customer, when, and their status as last read from the Slack thread (number of replies, who replied last and when, what the reactions mean, or why it is not available). Read-only; it does not read Slack itself. Use it when the user asks about their tickets or whether support answered.',
    { tags: ['support'], hosts: 'vscode' }),
  def('ticketStatus', 'playbookTicketStatus', 'Get a Sent Ticket\'s Status',
    'Gets one sent ticket\'s status as last read from its Slack thread, with the text of its last replies (Slack formatting made plain, user ids as names where known). Read-only. Use it after listSentTickets, with its sentId.',
    { tags: ['support'], hosts: 'vscode' }),
];

export function toolDefinition(name: string): ToolDefinition | undefined {
  return TOOL_DEFINITIONS.find((d) => d.name === name || d.lmName === name);
}

/** The input schema as JSON Schema (what package.json and MCP clients see). */
export function inputJsonSchema(name: ToolName): Record<string, unknown> {
  const { $schema: _omitted, ...schema } = z.toJSONSchema(TOOL_INPUTS[name]) as Record<string, unknown>;
  return schema;
}

/** Validates raw input; the message names each wrong field and what it should be. */
export function parseToolInput<N extends ToolName>(name: N, raw: unknown): { ok: true; input: ToolInput<N> } | { ok: false; error: string } {
  const result = TOOL_INPUTS[name].safeParse(raw ?? {});
  if (result.success) return { ok: true, input: result.data as ToolInput<N> };
  const problems = result.error.issues.map((issue) => (issue.path.length ? `"${issue.path.join('.')}": ${issue.message}` : issue.message));
  return { ok: false, error: `Invalid input for ${name}: ${problems.join('; ')}.` };
}
