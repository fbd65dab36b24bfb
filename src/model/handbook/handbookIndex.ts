/** Lookups over a validated handbook: entries by id and the relations between them. */
import type { Channel, Guide, Handbook, Meeting, Procedure, Source, Team, Template, UserGroup } from '../schema';

export class HandbookIndex {
  private readonly teams = new Map<string, Team>();
  private readonly templates = new Map<string, Template>();
  private readonly channels = new Map<string, Channel>();
  private readonly userGroups = new Map<string, UserGroup>();
  private readonly meetings = new Map<string, Meeting>();
  private readonly procedures = new Map<string, Procedure>();
  private readonly sources = new Map<string, Source>();

  constructor(readonly handbook: Handbook) {
    for (const t of handbook.teams) this.teams.set(t.id, t);
    for (const t of handbook.templates) this.templates.set(t.id, t);
    for (const c of handbook.channels) this.channels.set(c.id, c);
    for (const g of handbook.userGroups) this.userGroups.set(g.id, g);
    for (const m of handbook.meetings) this.meetings.set(m.id, m);
    for (const p of handbook.procedures) this.procedures.set(p.id, p);
    for (const s of handbook.sources) this.sources.set(s.id, s);
  }

  team(id: string): Team | undefined { return this.teams.get(id); }
  template(id: string): Template | undefined { return this.templates.get(id); }
  channel(id: string): Channel | undefined { return this.channels.get(id); }
  userGroup(id: string): UserGroup | undefined { return this.userGroups.get(id); }
  meeting(id: string): Meeting | undefined { return this.meetings.get(id); }
  procedure(id: string): Procedure | undefined { return this.procedures.get(id); }
  source(id: string): Source | undefined { return this.sources.get(id); }
  guide(id: string): Guide | undefined { return this.handbook.guides.find((g) => g.id === id); }

  channelsOf(teamId: string): Channel[] { return this.handbook.channels.filter((c) => c.teams.includes(teamId)); }
  userGroupsOf(teamId: string): UserGroup[] { return this.handbook.userGroups.filter((g) => g.teams.includes(teamId)); }
  meetingsOf(teamId: string): Meeting[] { return this.handbook.meetings.filter((m) => m.teams.includes(teamId)); }
  templatesOf(teamId: string): Template[] { return this.handbook.templates.filter((t) => t.teams.includes(teamId)); }
  proceduresOf(teamId: string): Procedure[] { return this.handbook.procedures.filter((p) => p.team === teamId); }
  /** Situational procedures (engaging support) and checklists (out of office) are shown apart. */
  situationalProcedures(): Procedure[] { return this.handbook.procedures.filter((p) => !p.ordered); }
  checklists(): Procedure[] { return this.handbook.procedures.filter((p) => p.ordered); }
}
