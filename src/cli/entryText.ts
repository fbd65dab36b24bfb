/**
 * An entry as plain text for `ce-playbook show`, with what the team page shows around it: a team's
 * value both ways, overview, ways to engage, procedures, channels, user groups, templates and
 * meetings; a template's fields; a procedure's steps. The handbook's own words, nothing added but
 * headings.
 */
import type { HandbookIndex } from '../core/handbook/handbookIndex';
import type { Channel, Meeting, Procedure, Team, Template, UserGroup } from '../core/schema/schema';

const lines = (...parts: (string | false | undefined)[]) => parts.filter((p): p is string => typeof p === 'string').join('\n');
const list = (title: string, items: string[]) => (items.length ? `\n${title}\n${items.map((i) => `  - ${i}`).join('\n')}` : undefined);

export function teamText(index: HandbookIndex, team: Team): string {
  const source = index.source(team.source.page);
  return lines(
    team.name,
    '',
    `${team.valueToTeam.label}: ${team.valueToTeam.text}`,
    `${team.valueToCe.label}: ${team.valueToCe.text}`,
    `${team.collaboration.label}: ${team.collaboration.text}`,
    ...(team.collaboration.details ?? []).map((d) => `  - ${d}`),
    list('How to engage', (team.routes ?? []).map((r) => r.text)),
    ...index.proceduresOf(team.id).map((p) => '\n' + procedureText(p)),
    list('Where to go', [
      ...index.channelsOf(team.id).map((c) => `${c.name}: ${c.description}`),
      ...index.userGroupsOf(team.id).map((g) => `${g.name}${g.description ? `: ${g.description}` : ''}`),
    ]),
    list('Templates', index.templatesOf(team.id).map((t) => `${t.title} (${t.fields.length} fields)`)),
    list('Recurring meetings', index.meetingsOf(team.id).map((m) => `${m.name} (${m.cadence.text}): ${m.description}`)),
    '',
    `Source: ${source?.title ?? team.source.page}, "${team.source.section}"`,
  );
}

export function procedureText(p: Procedure): string {
  return lines(
    p.title,
    p.summary,
    p.intro,
    ...p.steps.map((s, i) => `  ${p.ordered ? `${i + 1}.` : '-'} ${s.label ? `${s.label}: ` : ''}${s.text}`),
  );
}

export function templateText(t: Template, channel?: Channel): string {
  return lines(t.title, t.description, ...t.fields.map((f) => `  - ${f.label}:${f.required ? '' : ' (optional)'}`), channel && `Post in ${channel.name}`);
}

export function meetingText(m: Meeting): string {
  return lines(`${m.name} (${m.cadence.text})`, m.description);
}

export function channelText(c: Channel | UserGroup, channel?: Channel): string {
  return lines(c.name, c.description, channel && `Tag in ${channel.name}`);
}
