/**
 * What search finds: every team and its facets (value both ways, collaboration overview and its
 * points, ways to engage), procedures and their steps, templates and their fields, meetings,
 * channels and user groups, as items with a label, a body and the entry they open.
 */
import type { Handbook, Procedure } from '../../../core/schema/schema';
import { entryRef, type EntryRef } from '../../../core/handbook/entryRef';
// The tree shows situations by their first sentence; search labels them the same way.
import { firstSentence } from '../../../core/render/plainText';

export type SearchResultKind = 'team' | 'teamFacet' | 'procedure' | 'step' | 'template' | 'field' | 'meeting' | 'channel' | 'userGroup';

/** One searchable thing, before tokenizing. */
export interface SearchItem {
  kind: SearchResultKind;
  label: string;
  body: string;
  /** Shown as the detail when the body is empty. Not searched. */
  context: string;
  teamId?: string;
  target: EntryRef;
  /** The entries a way to engage or a step names (ids): what an assistant needs to act on it. */
  mentions?: Mentions;
}

export interface Mentions { template?: string; channel?: string; userGroup?: string }

/** Only the names that are set, or nothing. */
function mentionsOf(entry: { template?: string; channel?: string; userGroup?: string }): { mentions?: Mentions } {
  const mentions: Mentions = {};
  if (entry.template) mentions.template = entry.template;
  if (entry.channel) mentions.channel = entry.channel;
  if (entry.userGroup) mentions.userGroup = entry.userGroup;
  return Object.keys(mentions).length ? { mentions } : {};
}

/** Every searchable item, in handbook order. */
export function collectItems(h: Handbook): SearchItem[] {
  const items: SearchItem[] = [];
  for (const team of h.teams) {
    const target = entryRef.team(team.id);
    const facet = (label: string, body: string, named: { mentions?: Mentions } = {}) => items.push({ kind: 'teamFacet', label: `${team.name}: ${label}`, body, context: team.name, teamId: team.id, target, ...named });
    items.push({ kind: 'team', label: team.name, body: '', context: '', teamId: team.id, target });
    facet(team.valueToTeam.label, team.valueToTeam.text);
    facet(team.valueToCe.label, team.valueToCe.text);
    facet(team.collaboration.label, team.collaboration.text);
    for (const detail of team.collaboration.details ?? []) facet(team.collaboration.label, detail);
    for (const route of team.routes ?? []) facet(route.label ?? firstSentence(route.text), route.text, mentionsOf(route));
  }
  for (const procedure of h.procedures) {
    items.push({
      kind: 'procedure', label: procedure.title, body: [procedure.summary, procedure.intro].filter(Boolean).join(' '),
      context: '', teamId: procedure.team, target: entryRef.procedure(procedure.id),
    });
    for (const step of procedure.steps) {
      const label = stepLabel(procedure, step);
      items.push({
        kind: 'step', label, body: label === step.text ? '' : step.text, context: procedure.title,
        teamId: procedure.team, target: entryRef.step(procedure.id, step.id), ...mentionsOf(step),
      });
    }
  }
  for (const template of h.templates) {
    const target = entryRef.template(template.id);
    const teamId = template.teams[0];
    items.push({ kind: 'template', label: template.title, body: template.description, context: '', teamId, target });
    for (const field of template.fields) {
      const options = (field.options ?? []).map((o) => (typeof o === 'string' ? o : [o.value, o.description].filter(Boolean).join(' — ')));
      const body = [field.placeholder, field.hint, ...options].filter(Boolean).join(' · ');
      items.push({ kind: 'field', label: field.label, body, context: template.title, teamId, target });
    }
  }
  for (const m of h.meetings) {
    items.push({ kind: 'meeting', label: m.name, body: `${m.cadence.text}. ${m.description}`, context: '', teamId: m.teams[0], target: entryRef.meeting(m.id) });
  }
  for (const c of h.channels) {
    items.push({ kind: 'channel', label: c.name, body: c.description, context: '', teamId: c.teams[0], target: entryRef.channel(c.id) });
  }
  for (const g of h.userGroups) {
    items.push({ kind: 'userGroup', label: g.name, body: g.description ?? '', context: '', teamId: g.teams[0], target: entryRef.userGroup(g.id) });
  }
  return items;
}

/** A step's own label, else a checklist step's whole text, else a situation's first sentence. */
function stepLabel(procedure: Procedure, step: Procedure['steps'][number]): string {
  if (step.label) return step.label;
  return procedure.ordered ? step.text : firstSentence(step.text);
}

