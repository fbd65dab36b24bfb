/**
 * Runs a playbook tool by name on raw input: checks the input against the tool's schema, calls the
 * tool, and turns anything unexpected into an error result. Nothing here throws.
 */
import { fail, problemNote, type ToolContext, type ToolResult } from './context';
import { parseToolInput, toolDefinition, TOOL_DEFINITIONS, type ToolInput, type ToolName } from './definitions';
import { getCustomer, listCustomers } from './customers';
import { checkDraft, draftTicket } from './drafts';
import type { ToolOutput } from './outputs';
import { getProcedure, getTeam, getTemplate, listTeams, listTemplates } from './lookup';
import { routeHelp } from './helpGuide';
import { search } from './search';
import { listSentTickets, ticketStatus } from './sentTickets';

// Each tool's result must be its declared output (outputs.ts): the compiler holds the two together.
type Implementations = { [N in ToolName]: (ctx: ToolContext, input: ToolInput<N>) => ToolResult<ToolOutput<N>> };

const IMPLEMENTATIONS: Implementations = {
  search: (ctx, i) => search(ctx, i.query, i.limit),
  listTeams: (ctx) => listTeams(ctx),
  getTeam: (ctx, i) => getTeam(ctx, i.teamId),
  getProcedure: (ctx, i) => getProcedure(ctx, i.procedureId),
  listTemplates: (ctx) => listTemplates(ctx),
  getTemplate: (ctx, i) => getTemplate(ctx, i.templateId),
  routeHelp: (ctx, i) => routeHelp(ctx, i.answers, i.guideId),
  draftTicket: (ctx, i) => draftTicket(ctx, i.templateId, i.values, i.format),
  checkDraft: (ctx, i) => checkDraft(ctx, i.text),
  listCustomers: (ctx, i) => listCustomers(ctx, i.query),
  getCustomer: (ctx, i) => getCustomer(ctx, i.customer),
  // The pure part of opening a draft is drafting it; the editor glue opens the text.
  openDraft: (ctx, i) => draftTicket(ctx, i.templateId, i.values, i.format),
  listSentTickets: (ctx, i) => listSentTickets(ctx, i.limit),
  ticketStatus: (ctx, i) => ticketStatus(ctx, i.sentId),
};

/** `name` is the tool's name or its VS Code name (cePlaybook_<name>). */
export function runTool(name: string, rawInput: unknown, ctx: ToolContext): ToolResult {
  const definition = toolDefinition(name);
  if (!definition) return fail(`There is no playbook tool "${String(name).slice(0, 80)}". Tools: ${TOOL_DEFINITIONS.map((d) => d.name).join(', ')}.`);
  try {
    const parsed = parseToolInput(definition.name, rawInput);
    if (!parsed.ok) return parsed;
    const run = IMPLEMENTATIONS[definition.name] as (ctx: ToolContext, input: unknown) => ToolResult;
    const result = run(ctx, parsed.input);
    return result.ok ? { ...result, text: result.text + problemNote(ctx.problems) } : { ok: false, error: result.error + problemNote(ctx.problems) };
  } catch (error) {
    // A bug must not take the assistant's session (or the extension host) down with it.
    return fail(`The playbook tool ${definition.name} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
