/**
 * What every playbook tool works on and returns. The tools answer an AI assistant from the
 * playbook's own data (the bundled handbook merged with a team's files), in the handbook's own
 * sentences, each with where it comes from: the page and section, or the team's file.
 */
import type { HandbookIndex } from '../../../core/handbook/handbookIndex';
import type { Origin } from '../../../core/load/merge';
import { formatProblem, type DataProblem } from '../../../core/load/problem';
import type { CollectionName, Handbook } from '../../../core/schema/schema';
import type { SourceInfo } from './outputs';
import type { StatusReactions } from '../../../core/schema/schemaStatus';
import type { SentTicket } from '../../slack/model/sentTickets';
import type { StatusCache } from '../../slack/model/statusCache';

/** The CE's sent tickets (newest first), their statuses, and what reactions mean per template. */
export interface SentTicketsView {
  tickets: readonly SentTicket[];
  statuses: StatusCache;
  reactionsFor(templateId: string): StatusReactions | undefined;
}

export interface ToolContext {
  index: HandbookIndex;
  /** Key `${collection}/${id}` → the team files (as labels) that changed or added the entry, in order. */
  origins?: ReadonlyMap<string, readonly string[]>;
  /** Problems of the team's data files; the data shown is their last good version (or without them). */
  problems?: readonly DataProblem[];
  /**
   * Where a draft can be opened for the user to review and send: the editor's extension id and URI
   * scheme. Set by the MCP server, whose clients cannot open the composer themselves; drafts then
   * carry a compose link.
   */
  composeLinks?: { extensionId: string; scheme: string };
  /** The CE's sent tickets and their statuses (only in VS Code, which keeps them). */
  sentTickets?: SentTicketsView;
}

/** A tool's answer: structured data plus a short text for the model, or an error it can act on. */
export type ToolResult<T = unknown> = { ok: true; data: T; text: string } | { ok: false; error: string };

export const ok = <T>(data: T, text: string): ToolResult<T> => ({ ok: true, data, text });
export const fail = (error: string): ToolResult<never> => ({ ok: false, error });

/** Where an entry comes from, as data (its schema is in outputs.ts). */
export type { SourceInfo } from './outputs';

export function sourceInfo(ctx: ToolContext, source: Handbook['teams'][number]['source'], collection: CollectionName, id: string): SourceInfo {
  const page = ctx.index.source(source.page);
  const files = ctx.origins?.get(`${collection}/${id}`);
  return {
    page: source.page,
    pageTitle: page?.title ?? source.page,
    section: source.section,
    ...(page?.url ? { url: page.url } : {}),
    ...(files?.length ? { teamFiles: [...files] } : {}),
  };
}

/** `Source: "Page", section "Section"` plus the team files that changed the entry. */
export function sourceLine(info: SourceInfo): string {
  const where = `Source: "${info.pageTitle}", section "${info.section}"${info.url ? ` (${info.url})` : ''}`;
  return info.teamFiles?.length ? `${where}; changed or added by the team file ${info.teamFiles.join(', ')}` : where;
}

/** LoadedHandbook origins (by layer, files named by key) → the team files per entry by label, as the tools take them. */
export function teamFileOrigins(origins: ReadonlyMap<string, readonly Origin[]>, labels: ReadonlyMap<string, string> = new Map()): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const [key, list] of origins) {
    const files = list.filter((o) => o.layer !== 'bundled').map((o) => labels.get(o.file) ?? o.file);
    if (files.length) result.set(key, files);
  }
  return result;
}

/** The data-file problems appended to every result, so the assistant can say what is not applied. */
export function problemNote(problems: readonly DataProblem[] | undefined): string {
  if (!problems?.length) return '';
  const shown = problems.slice(0, 20).map((p) => `- ${formatProblem(p)}`);
  if (problems.length > shown.length) shown.push(`- … and ${problems.length - shown.length} more`);
  return `\n\nNote: the team's data files have problems, so the playbook shows their last good version (or leaves them out):\n${shown.join('\n')}`;
}
