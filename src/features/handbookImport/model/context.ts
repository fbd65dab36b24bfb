/** The state one page import builds up: the entries found so far and what could not be placed. */
import type { Channel, Meeting, Procedure, Source, Team, Template, UserGroup } from '../../../core/schema/schema';
import type { Reference } from './reference';

export interface ImportedData {
  sources: Source[];
  teams: Team[];
  procedures: Procedure[];
  templates: Template[];
  meetings: Meeting[];
  channels: Channel[];
  userGroups: UserGroup[];
}

export interface Unplaced {
  line: number;
  /** The block's text (shortened). */
  text: string;
  /** Why it could not be placed. */
  reason: string;
}

export interface ImportContext {
  /** The id of the page's source entry. */
  page: string;
  reference: Reference;
  /** Keep the steps a known procedure has from other pages (see ImportOptions.asLayer). */
  asLayer?: boolean;
  data: ImportedData;
  unplaced: Unplaced[];
}

export function notePlaced(ctx: ImportContext, line: number, text: string, reason: string): void {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  ctx.unplaced.push({ line, text: oneLine.length > 100 ? `${oneLine.slice(0, 99)}…` : oneLine, reason });
}

/** Adds a user group, or the team to one already found. */
export function addUserGroup(ctx: ImportContext, id: string, teamId: string, section: string, channel?: string, description?: string): void {
  const existing = ctx.data.userGroups.find((g) => g.id === id);
  if (existing) {
    if (!existing.teams.includes(teamId)) existing.teams.push(teamId);
    existing.channel ??= channel;
    existing.description ??= description;
    return;
  }
  ctx.data.userGroups.push({
    id,
    name: `@${id}`,
    ...(description ? { description } : {}),
    ...(channel ? { channel } : {}),
    teams: [teamId],
    source: { page: ctx.page, section },
  });
}
