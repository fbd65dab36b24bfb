/**
 * What each playbook tool answers with, declared once as a schema: the TypeScript types of the tools'
 * data come from these (so the two cannot drift), and the MCP server declares them as each tool's
 * `outputSchema` (MCP 2025-06-18), so a client knows the shape of `structuredContent` before calling.
 * A unit test runs every tool over every entry and checks its data against its schema.
 */
import * as z from 'zod/mini';
import type { ToolName } from './definitions';

const str = z.string();
const opt = <T extends z.core.SomeType>(schema: T) => z.optional(schema);
const idName = z.object({ id: str, name: str });
const idTitle = z.object({ id: str, title: str });
const labelled = z.object({ label: str, text: str });

export const SourceInfoSchema = z.object({
  page: str,
  pageTitle: str,
  section: str,
  url: opt(str),
  /** The team files that changed or added the entry (absent for bundled entries). */
  teamFiles: opt(z.array(str)),
});

export const StepDetailsSchema = z.object({
  id: str,
  label: opt(str),
  text: str,
  template: opt(idTitle),
  channel: opt(idName),
  userGroup: opt(idName),
  source: SourceInfoSchema,
});

export const TeamSummarySchema = z.object({ id: str, name: str, source: SourceInfoSchema });

export const TeamDetailsSchema = z.object({
  id: str,
  name: str,
  valueToTeam: labelled,
  valueToCe: labelled,
  collaboration: z.object({ label: str, text: str, details: z.array(str) }),
  routes: z.array(z.object({ id: str, label: opt(str), text: str, channel: opt(str), userGroup: opt(str) })),
  channels: z.array(z.object({ id: str, name: str, description: str })),
  userGroups: z.array(z.object({ id: str, name: str, description: opt(str) })),
  templates: z.array(idTitle),
  meetings: z.array(z.object({ id: str, name: str, cadence: str, description: str })),
  procedures: z.array(idTitle),
  source: SourceInfoSchema,
});

export const ProcedureDetailsSchema = z.object({
  id: str,
  title: str,
  team: opt(idName),
  summary: opt(str),
  intro: opt(str),
  ordered: z.boolean(),
  steps: z.array(StepDetailsSchema),
  source: SourceInfoSchema,
});

export const TemplateSummarySchema = z.object({ id: str, title: str, description: str, channel: opt(str), requiredFields: z.number() });

export const TemplateDetailsSchema = z.object({
  id: str,
  title: str,
  description: str,
  channel: opt(z.object({ id: str, name: str, description: str })),
  fields: z.array(z.object({
    id: str, label: str, type: str, required: z.boolean(), placeholder: opt(str), hint: opt(str),
    /** The values of a choice; `optionDescriptions` says what each means, where the data does. */
    options: opt(z.array(str)), optionDescriptions: opt(z.record(str, str)), default: opt(str),
    /** The field applies (is asked, required and sent) only in this case, e.g. 'only if "Urgent?" is Yes'. */
    appliesWhen: opt(str),
  })),
  source: SourceInfoSchema,
});

const TEMPLATE_FORMAT = z.enum(['markdown', 'slack', 'plain']);

export const DraftDataSchema = z.object({
  template: idTitle,
  format: TEMPLATE_FORMAT,
  /** The ticket as text, empty fields keeping their label. */
  ticket: str,
  /** Required fields still empty, in the template's order. */
  missing: z.array(z.object({ id: str, label: str })),
  complete: z.boolean(),
  channel: opt(idName),
  /**
   * A link that opens the ticket composer in VS Code with these values filled in, for the user to
   * review and send (absent when the values are too long for a link).
   */
  composeLink: opt(str),
  source: SourceInfoSchema,
});

export const DraftCheckDataSchema = z.object({
  drafts: z.array(z.object({
    template: idTitle,
    format: TEMPLATE_FORMAT,
    /** 1-based, inclusive. */
    startLine: z.number(),
    endLine: z.number(),
    filled: z.array(str),
    missing: z.array(z.object({ id: str, label: str, line: z.number() })),
  })),
});

/** Which entry a result is: its kind and the id(s) to look it up with. */
const EntryRefSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('team'), teamId: str }),
  z.object({ kind: z.literal('procedure'), procedureId: str }),
  z.object({ kind: z.literal('step'), procedureId: str, stepId: str }),
  z.object({ kind: z.literal('template'), templateId: str }),
  z.object({ kind: z.literal('meeting'), meetingId: str }),
  z.object({ kind: z.literal('channel'), channelId: str }),
  z.object({ kind: z.literal('userGroup'), userGroupId: str }),
  z.object({ kind: z.literal('guide'), guideId: str }),
]);

export const SearchHitSchema = z.object({
  kind: z.enum(['team', 'teamFacet', 'procedure', 'step', 'template', 'field', 'meeting', 'channel', 'userGroup']),
  label: str,
  detail: str,
  teamId: opt(str),
  target: EntryRefSchema,
  /** The whole sentences that matched, up to three (empty for an entry that has only a name). */
  sentence: str,
  /** The entries the result names: the template a step says to use, the channel and user group of a way to engage. */
  names: opt(z.object({ template: opt(idTitle), channel: opt(idName), userGroup: opt(idName) })),
  source: opt(SourceInfoSchema),
});

export const OpenQuestionSchema = z.object({
  id: str,
  question: str,
  answers: z.array(z.object({ id: str, label: str, detail: opt(str) })),
});

export const RouteDataSchema = z.object({
  guide: idTitle,
  /** The answers that were followed, from the first question. */
  answered: z.array(z.object({ questionId: str, question: str, answerId: str, answer: str })),
  status: z.enum(['outcome', 'open']),
  outcome: opt(z.object({ procedure: idTitle, team: opt(idName), step: StepDetailsSchema })),
  /** When open: the question to ask now first, then those that may follow, depending on the answers. */
  openQuestions: z.array(OpenQuestionSchema),
  /** Answers given for questions that the chosen path does not ask. */
  ignoredAnswers: z.array(str),
});

export const CustomerSummarySchema = z.object({ id: str, name: str, aliases: z.array(str), plan: opt(str) });

export const CustomerDetailsSchema = z.object({
  id: str,
  name: str,
  aliases: z.array(str),
  accountTeam: z.object({ ae: opt(str), ce: opt(str), sdr: opt(str) }),
  plan: opt(str),
  sharedChannel: opt(str),
  links: z.object({ crm: opt(str), zendesk: opt(str), github: opt(str), docs: opt(str) }),
  notes: opt(str),
  /** The team files that changed or added the customer. */
  teamFiles: opt(z.array(str)),
});

export const TicketStatusDataSchema = z.object({
  state: z.enum(['read', 'notRead', 'unavailable', 'noThread']),
  replyCount: opt(z.number()),
  lastReplyBy: opt(str),
  lastReplyAt: opt(str),
  status: opt(str),
  problem: opt(str),
  checkedAt: opt(str),
});

export const SentTicketDataSchema = z.object({
  sentId: str,
  templateId: str,
  templateTitle: str,
  customer: opt(str),
  sentAt: str,
  delivery: z.enum(['botToken', 'workflowWebhook', 'incomingWebhook']),
  link: opt(str),
  status: TicketStatusDataSchema,
  /** What the CE posted about it since (replies in its thread, messages about it elsewhere). */
  followUps: opt(z.array(z.object({ kind: z.enum(['reply', 'message']), at: str, text: opt(str), link: opt(str) }))),
});

/** Each tool's `structuredContent`. */
export const TOOL_OUTPUTS = {
  search: z.object({ query: str, results: z.array(SearchHitSchema), partial: z.boolean() }),
  listTeams: z.object({ teams: z.array(TeamSummarySchema) }),
  getTeam: TeamDetailsSchema,
  getProcedure: ProcedureDetailsSchema,
  listTemplates: z.object({ templates: z.array(TemplateSummarySchema) }),
  getTemplate: TemplateDetailsSchema,
  routeHelp: RouteDataSchema,
  draftTicket: DraftDataSchema,
  checkDraft: DraftCheckDataSchema,
  listCustomers: z.object({ customers: z.array(CustomerSummarySchema), total: z.number() }),
  getCustomer: CustomerDetailsSchema,
  listSentTickets: z.object({ tickets: z.array(SentTicketDataSchema) }),
  ticketStatus: z.extend(SentTicketDataSchema, { lastReplies: z.array(z.object({ by: str, at: str, text: str })) }),
  openDraft: DraftDataSchema,
} satisfies Record<ToolName, z.ZodMiniObject>;

export type ToolOutput<N extends ToolName> = z.infer<(typeof TOOL_OUTPUTS)[N]>;

export type SourceInfo = z.infer<typeof SourceInfoSchema>;
export type StepDetails = z.infer<typeof StepDetailsSchema>;
export type TeamSummary = z.infer<typeof TeamSummarySchema>;
export type TeamDetails = z.infer<typeof TeamDetailsSchema>;
export type ProcedureDetails = z.infer<typeof ProcedureDetailsSchema>;
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;
export type TemplateDetails = z.infer<typeof TemplateDetailsSchema>;
export type DraftData = z.infer<typeof DraftDataSchema>;
export type DraftCheckData = z.infer<typeof DraftCheckDataSchema>;
export type SearchHit = z.infer<typeof SearchHitSchema>;
export type OpenQuestion = z.infer<typeof OpenQuestionSchema>;
export type RouteData = z.infer<typeof RouteDataSchema>;
export type CustomerSummary = z.infer<typeof CustomerSummarySchema>;
export type CustomerDetails = z.infer<typeof CustomerDetailsSchema>;
export type TicketStatusData = z.infer<typeof TicketStatusDataSchema>;
export type SentTicketData = z.infer<typeof SentTicketDataSchema>;
