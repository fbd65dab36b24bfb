/** Lookups over a validated handbook: entries by id and the relations between them. */
import type { Channel, Guide, Handbook, Meeting, Procedure, Source, Team, Template, UserGroup } from '../schema/schema';

/** A lookup by id, built on its first use: most changes of data are followed by lookups in a few collections only. */
function byId<T extends { id: string }>(entries: readonly T[]): (id: string) => T | undefined {
  let map: Map<string, T> | undefined;
  return (id) => {
    if (!map) {
      map = new Map();
      for (const entry of entries) map.set(entry.id, entry);
    }
    return map.get(id);
  };
}

export class HandbookIndex {
  readonly team: (id: string) => Team | undefined;
  readonly template: (id: string) => Template | undefined;
  readonly channel: (id: string) => Channel | undefined;
  readonly userGroup: (id: string) => UserGroup | undefined;
  readonly meeting: (id: string) => Meeting | undefined;
  readonly procedure: (id: string) => Procedure | undefined;
  readonly source: (id: string) => Source | undefined;

  constructor(readonly handbook: Handbook) {
    this.team = byId(handbook.teams);
    this.template = byId(handbook.templates);
    this.channel = byId(handbook.channels);
    this.userGroup = byId(handbook.userGroups);
    this.meeting = byId(handbook.meetings);
    this.procedure = byId(handbook.procedures);
    this.source = byId(handbook.sources);
  }

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
