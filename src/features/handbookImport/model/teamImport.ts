/**
 * A team's section: the bold facet labels ("How CE adds value to …", "How … adds value to CE",
 * "Collaboration overview"), the points nested under the overview, the ways to engage a user
 * group, and the situations with their ticket field lists, which become the team's procedure and
 * templates. Any other bold label is a situation of that procedure.
 */
import type { Procedure, Route, Step, Team, Template } from '../../../core/schema/schema';
import type { Item } from './blocks';
import { addUserGroup, notePlaced, type ImportContext } from './context';
import { splitIntoSteps } from './reference';
import { channelMentions, normalizeSpace, sentences, slug, uniqueId, userGroupMentions, withoutAbbreviation } from './text';

const LABELLED = /^\*\*(.+?):?\*\*:?\s*([\s\S]*)$/;
const VALUE_TO_TEAM = /^How CE adds? value to /i;
const VALUE_TO_CE = /^How .+ adds? value to CE$/i;
const COLLABORATION = /^Collaboration overview$/i;

/** Whether a list reads as a team's facets (at least one of the three facet labels). */
export function isTeamList(items: Item[]): boolean {
  return items.some((item) => {
    const label = LABELLED.exec(item.text.trim())?.[1].trim();
    return !!label && (VALUE_TO_TEAM.test(label) || VALUE_TO_CE.test(label) || COLLABORATION.test(label));
  });
}

interface Situation {
  label?: string;
  text: string;
  line: number;
  template?: Template;
}

export function importTeam(ctx: ImportContext, heading: string, line: number, items: Item[]): void {
  const known = ctx.reference.team(heading);
  const id = known?.id ?? slug(withoutAbbreviation(heading));
  const facets: Partial<Pick<Team, 'valueToTeam' | 'valueToCe' | 'collaboration'>> = {};
  const situations: Situation[] = [];
  let routes: Route[] = [];
  for (const item of items) {
    const match = LABELLED.exec(item.text.trim());
    if (!match) {
      notePlaced(ctx, item.line, item.text, `a point of the team "${heading}" without a bold label (such as **Collaboration overview:**)`);
      continue;
    }
    const label = match[1].trim();
    const text = normalizeSpace(match[2]);
    if (VALUE_TO_TEAM.test(label)) facets.valueToTeam = { label, text };
    else if (VALUE_TO_CE.test(label)) facets.valueToCe = { label, text };
    else if (COLLABORATION.test(label)) {
      const split = splitRoutes(ctx, id, heading, text, known?.routes ?? []);
      routes = split.routes;
      const details: string[] = [];
      for (const child of item.children) {
        if (child.children.length) situations.push(situationWithTemplate(ctx, id, heading, child));
        else details.push(normalizeSpace(child.text));
      }
      facets.collaboration = { label, text: split.text, ...(details.length ? { details } : {}) };
      continue;
    } else situations.push({ label, text, line: item.line });
    for (const child of item.children) notePlaced(ctx, child.line, child.text, `a point nested under "${label}", which takes none`);
  }
  for (const facet of ['valueToTeam', 'valueToCe', 'collaboration'] as const) {
    if (!facets[facet]) notePlaced(ctx, line, heading, `the team "${heading}" has no ${facet === 'valueToTeam' ? '"How CE adds value to …"' : facet === 'valueToCe' ? '"How … adds value to CE"' : '"Collaboration overview"'} point; the imported team is incomplete`);
  }
  const team = { id, name: heading, source: { page: ctx.page, section: heading }, ...facets, ...(routes.length ? { routes } : {}) } as Team;
  ctx.data.teams.push(team);
  if (situations.length) addProcedure(ctx, team, situations);
}

/**
 * The sentences of a collaboration overview that name a user group become a way to engage (with
 * the channel they name); what follows them describes the group.
 */
function splitRoutes(ctx: ImportContext, teamId: string, section: string, text: string, knownRoutes: Route[]): { text: string; routes: Route[] } {
  const all = sentences(text);
  const first = all.findIndex((s) => userGroupMentions(s).length > 0);
  if (first <= 0) return { text, routes: [] };
  let end = first;
  while (end < all.length && (userGroupMentions(all[end]).length || channelMentions(all[end]).length)) end++;
  const routeText = all.slice(first, end).join(' ');
  const userGroup = userGroupMentions(routeText)[0];
  const channel = channelMentions(routeText)[0];
  const description = all.slice(end).join(' ') || undefined;
  addUserGroup(ctx, userGroup, teamId, section, channel, description);
  const id = knownRoutes.find((r) => r.userGroup === userGroup)?.id ?? slug(userGroup);
  return { text: all.slice(0, first).join(' '), routes: [{ id, text: routeText, userGroup, ...(channel ? { channel } : {}) }] };
}

/** A nested point with a field list: a situation, and the ticket template its fields make. */
function situationWithTemplate(ctx: ImportContext, teamId: string, section: string, item: Item): Situation {
  const all = sentences(item.text);
  const last = all[all.length - 1] ?? '';
  const description = last.endsWith(':') ? last : undefined;
  const text = (description ? all.slice(0, -1) : all).join(' ');
  const title = /\(via the (.+?) shortcut\)/i.exec(text)?.[1] ?? /the (.+?) template/i.exec(text)?.[1];
  if (!title || !description) {
    for (const field of item.children) notePlaced(ctx, field.line, field.text, title ? 'a field list not introduced by a sentence ending in ":"' : 'a field list whose template is not named ("via the … shortcut")');
    return { text: normalizeSpace(item.text), line: item.line };
  }
  const known = ctx.reference.template(title);
  const taken = new Set<string>();
  const template: Template = {
    id: known?.id ?? slug(title),
    title,
    description,
    prefix: known?.prefix ?? `ce-${slug(title.split(/\s+/).pop() ?? title)}`,
    ...(known?.channel ? { channel: known.channel } : {}),
    teams: [teamId],
    source: { page: ctx.page, section },
    fields: item.children.map((child) => {
      const label = normalizeSpace(child.text).replace(/:$/, '');
      const field = ctx.reference.field(known, label);
      return { id: uniqueId(field?.id ?? slug(label, 4), taken), label, type: field?.type ?? 'text', required: field?.required ?? true };
    }),
  };
  ctx.data.templates.push(template);
  return { text, line: item.line, template };
}

/** The team's situations as one procedure, its steps cut where the existing steps start. */
function addProcedure(ctx: ImportContext, team: Team, situations: Situation[]): void {
  const known = ctx.reference.procedure(team.name, team.id);
  const carried = ctx.asLayer && known ? stepsFromOtherPages(known, ctx.page) : [];
  const taken = new Set<string>(carried.map((s) => s.id));
  const own: Step[] = situations.flatMap((situation) =>
    splitIntoSteps(situation.text, known?.steps ?? [], taken).map((split, i): Step => {
      const userGroup = userGroupMentions(split.text)[0] ?? split.known?.userGroup;
      const channel = channelMentions(split.text)[0] ?? split.known?.channel;
      const template = /\(via the (.+?) shortcut\)/i.test(split.text) ? situation.template?.id ?? split.known?.template : split.known?.template;
      if (userGroup) addUserGroup(ctx, userGroup, team.id, team.name, channel);
      return {
        id: split.id,
        ...(i === 0 && situation.label ? { label: situation.label } : {}),
        text: split.text,
        ...(template ? { template } : {}),
        ...(channel ? { channel } : {}),
        ...(userGroup ? { userGroup } : {}),
      };
    }),
  );
  const procedure: Procedure = {
    id: known?.id ?? `engage-${team.id}`,
    title: known?.title ?? `Engaging ${withoutAbbreviation(team.name)}`,
    team: team.id,
    source: { page: ctx.page, section: team.name },
    ...(team.collaboration ? { summary: team.collaboration.text } : {}),
    ordered: false,
    steps: known ? inKnownOrder(own, carried, known.steps) : own,
  };
  ctx.data.procedures.push(procedure);
}

/** The known procedure's steps that another page says, each with that page as its source. */
function stepsFromOtherPages(known: Procedure, page: string): Step[] {
  return known.steps
    .filter((s) => (s.source ?? known.source).page !== page)
    .map((s) => ({ ...s, source: s.source ?? known.source }));
}

/** The page's steps with the carried ones put back where the known procedure has them. */
function inKnownOrder(own: Step[], carried: Step[], known: Step[]): Step[] {
  const steps = [...own];
  let cursor = 0;
  for (const step of known) {
    const kept = carried.find((c) => c.id === step.id);
    if (kept) steps.splice(cursor++, 0, kept);
    else {
      const at = steps.findIndex((s) => s.id === step.id);
      if (at >= 0) cursor = at + 1;
    }
  }
  return steps;
}
