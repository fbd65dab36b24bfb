/** "What changed" for one user: the data shown now against the data they last saw (seenText.ts). */
import type { HandbookIndex } from '../../../core/handbook/handbookIndex';
import type { Handbook } from '../../../core/schema/schema';
import { diffData, isEmptyDiff, type DataDiff } from './dataDiff';

/**
 * The changes since the data last seen (its JSON, see seenText.ts), or undefined when there are
 * none or the record cannot be read.
 */
export function changesSince(seenText: string, current: Handbook): DataDiff | undefined {
  let seen: Handbook;
  try {
    seen = JSON.parse(seenText) as Handbook;
  } catch {
    return undefined;
  }
  return changesBetween(seen, current);
}

/** The changes from the data last seen to the data now; undefined when there are none. */
export function changesBetween(seen: Handbook, current: Handbook): DataDiff | undefined {
  const diff = diffData(seen, current);
  return isEmptyDiff(diff) ? undefined : diff;
}

/** The sections of the team page that show a change: section id → true. */
export type PageSection = 'value-to-team' | 'value-to-ce' | 'collaboration' | 'engage' | 'where' | 'templates' | 'meetings';

const TEAM_FIELD_SECTIONS: Record<string, PageSection> = { valueToTeam: 'value-to-team', valueToCe: 'value-to-ce', collaboration: 'collaboration', routes: 'engage' };

/** Which sections of a team's page hold something that changed (in the data shown now). */
export function changedSections(diff: DataDiff | undefined, index: HandbookIndex, teamId: string): Set<PageSection> {
  const sections = new Set<PageSection>();
  if (!diff) return sections;
  const belongs = (collection: string, id: string): boolean => {
    switch (collection) {
      case 'procedures': return index.procedure(id)?.team === teamId;
      case 'channels': return !!index.channel(id)?.teams.includes(teamId);
      case 'userGroups': return !!index.userGroup(id)?.teams.includes(teamId);
      case 'templates': return !!index.template(id)?.teams.includes(teamId);
      case 'meetings': return !!index.meeting(id)?.teams.includes(teamId);
      default: return false;
    }
  };
  const sectionOf: Record<string, PageSection> = { procedures: 'engage', channels: 'where', userGroups: 'where', templates: 'templates', meetings: 'meetings' };
  for (const change of diff.changed) {
    if (change.collection === 'teams' && change.id === teamId) {
      const section = TEAM_FIELD_SECTIONS[change.field.split(/[.[]/)[0]];
      if (section) sections.add(section);
    } else if (belongs(change.collection, change.id)) sections.add(sectionOf[change.collection]);
  }
  for (const added of diff.added) if (belongs(added.collection, added.id)) sections.add(sectionOf[added.collection]);
  return sections;
}
