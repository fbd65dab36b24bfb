/**
 * A team page as HTML, from the data. Pure: the host passes the words it adds
 * (localized), the icons and the webview's CSP values. All data is escaped; inline Markdown goes
 * through renderInlineMarkdown (raw HTML off, https:/mailto: links only). Buttons carry
 * `data-action`/`data-id`; the webview script turns clicks into protocol messages.
 */
import type { HandbookIndex } from '../../../core/handbook/handbookIndex';
import { headingAnchor } from '../../../core/handbook/headingAnchor';
import { escapeHtml } from '../../../core/render/html';
import { renderWebviewDocument, type WebviewEnvironment } from '../../../core/render/webviewDocument';
import { renderInlineMarkdown } from '../../../core/render/inlineMarkdown';
import type { TeamPageAction } from '../teamPageMessages';
import type { Procedure, Team } from '../../../core/schema/schema';

export type IconName = 'send' | 'copy' | 'insert' | 'edit' | 'link-external' | 'book' | 'comment' | 'mention' | 'calendar' | 'note';

export interface TeamPageLabels {
  howToEngage: string;
  whereToGo: string;
  templates: string;
  meetings: string;
  source: string;
  noRoutes: string;
  noChannels: string;
  noTemplates: string;
  noMeetings: string;
  insert: string;
  compose: string;
  /** Under a procedure step, e.g. "Compose Support Ticket Context…". */
  composeNamed(template: string): string;
  fillIn: string;
  /** Under a procedure step, the buttons name the template they act on. */
  fillInNamed(template: string): string;
  insertNamed(template: string): string;
  copyForSlack: string;
  copy: string;
  openInSlack: string;
  openSource: string;
  optional: string;
  tagIn(userGroup: string, channel: string): string;
  sourceOf(page: string, section: string): string;
  origin(file: string): string;
  pageTitle(team: string): string;
  pageSubtitle(team: string): string;
  /** The mark on a section that changed since the user last looked. */
  changed: string;
}

/** Where shown entries came from, when not the bundled data (e.g. a team's data file). */
export type OriginOf = (collection: string, id: string) => string | undefined;

const md = renderInlineMarkdown;
const esc = escapeHtml;

function button(action: TeamPageAction, id: string, label: string, icon: string, accessibleName: string, primary = false): string {
  return `<button type="button" class="action${primary ? ' primary' : ''}" data-action="${action}" data-id="${esc(id)}" aria-label="${esc(accessibleName)}" title="${esc(accessibleName)}">${icon}<span>${esc(label)}</span></button>`;
}

/** `changedMark`: the words marking a section whose content changed since the user last looked. */
function sectionHtml(id: string, heading: string, body: string, changedMark?: string): string {
  const badge = changedMark ? ` <span class="changed-badge">${esc(changedMark)}</span>` : '';
  return `<section id="${id}" aria-labelledby="${id}-heading"${badge ? ' class="changed"' : ''}><h2 id="${id}-heading">${esc(heading)}${badge}</h2>${body}</section>`;
}

const empty = (text: string) => `<p class="empty">${esc(text)}</p>`;

function procedureHtml(index: HandbookIndex, p: Procedure, L: TeamPageLabels, icons: Record<IconName, string>): string {
  const steps = p.steps.map((s) => {
    const template = s.template ? index.template(s.template) : undefined;
    const actions = template
      ? `<div class="actions">${button('composeTicket', template.id, L.composeNamed(template.title), icons.send, L.composeNamed(template.title), true)}${button('fillTemplate', template.id, L.fillInNamed(template.title), icons.edit, `${L.fillIn} ${template.title}`)}${button('insertTemplate', template.id, L.insertNamed(template.title), icons.insert, `${L.insert} ${template.title}`)}</div>`
      : '';
    const label = s.label ? `<strong>${esc(s.label)}:</strong> ` : '';
    return `<li>${label}${md(s.text)}${actions}</li>`;
  });
  const list = p.ordered ? `<ol>${steps.join('')}</ol>` : `<ul class="steps">${steps.join('')}</ul>`;
  return `<h3>${esc(p.title)}</h3>${p.summary ? `<p>${md(p.summary)}</p>` : ''}${p.intro ? `<p>${md(p.intro)}</p>` : ''}${list}`;
}

function originNote(origin: string | undefined, L: TeamPageLabels): string {
  return origin ? `<p class="origin">${esc(L.origin(origin))}</p>` : '';
}

/** The page's content (what a data reload replaces). */
export function renderTeamPageBody(
  index: HandbookIndex,
  team: Team,
  L: TeamPageLabels,
  icons: Record<IconName, string>,
  originOf: OriginOf = () => undefined,
  /** A sentence about the data itself (untrusted workspace, a file with problems), shown first. */
  notice?: string,
  /** Sections (by id) that changed since the user last looked; marked with `L.changed`. */
  changed: ReadonlySet<string> = new Set(),
): string {
  const section = (id: string, heading: string, body: string) => sectionHtml(id, heading, body, changed.has(id) ? L.changed : undefined);
  const channels = index.channelsOf(team.id);
  const groups = index.userGroupsOf(team.id);
  const templates = index.templatesOf(team.id);
  const meetings = index.meetingsOf(team.id);
  const procedures = index.proceduresOf(team.id);
  const source = index.source(team.source.page);
  const parts: string[] = [];

  if (notice) parts.push(`<p class="notice" role="note">${esc(notice)}</p>`);
  parts.push(`<header><h1 id="title">${esc(L.pageTitle(team.name))}</h1><p class="subtitle">${esc(L.pageSubtitle(team.name))}</p>${originNote(originOf('teams', team.id), L)}</header>`);
  parts.push(section('value-to-team', team.valueToTeam.label, `<p>${md(team.valueToTeam.text)}</p>`));
  parts.push(section('value-to-ce', team.valueToCe.label, `<p>${md(team.valueToCe.text)}</p>`));
  const details = team.collaboration.details?.length ? `<ul>${team.collaboration.details.map((d) => `<li>${md(d)}</li>`).join('')}</ul>` : '';
  parts.push(section('collaboration', team.collaboration.label, `<p>${md(team.collaboration.text)}</p>${details}`));

  const routes = (team.routes ?? []).map((r) => {
    const group = r.userGroup ? index.userGroup(r.userGroup) : undefined;
    const channel = r.channel ? index.channel(r.channel) : undefined;
    const tag = group && channel ? `<p class="route-tag">${icons.mention}<span>${esc(L.tagIn(group.name, channel.name))}</span></p>` : '';
    const actions = [
      group ? button('copyChannel', group.id, group.name, icons.copy, `${L.copy} ${group.name}`) : '',
      channel ? button('openChannel', channel.id, channel.name, icons['link-external'], `${L.openInSlack}: ${channel.name}`) : '',
    ].join('');
    return `<div class="route">${r.label ? `<h3>${esc(r.label)}</h3>` : ''}<p>${md(r.text)}</p>${tag}${actions ? `<div class="actions">${actions}</div>` : ''}</div>`;
  });
  // The support procedure opens with the same sentence as the team's overview: say it once.
  const engage = [...routes, ...procedures.map((p) => procedureHtml(index, p.summary === team.collaboration.text ? { ...p, summary: undefined } : p, L, icons))];
  parts.push(section('engage', L.howToEngage, engage.length ? engage.join('') : empty(L.noRoutes)));

  const places = [
    ...channels.map((c) => `<li>${icons.comment}<div class="place"><code>${esc(c.name)}</code><span class="place-description">${md(c.description)}</span></div><div class="actions">${button('copyChannel', c.id, L.copy, icons.copy, `${L.copy} ${c.name}`)}${button('openChannel', c.id, L.openInSlack, icons['link-external'], `${L.openInSlack}: ${c.name}`)}</div></li>`),
    ...groups.map((g) => {
      const where = g.channel ? index.channel(g.channel) : undefined;
      const description = [g.description ? md(g.description) : '', where ? esc(L.tagIn(g.name, where.name)) : ''].filter(Boolean).join(' ');
      return `<li>${icons.mention}<div class="place"><code>${esc(g.name)}</code><span class="place-description">${description}</span></div><div class="actions">${button('copyChannel', g.id, L.copy, icons.copy, `${L.copy} ${g.name}`)}</div></li>`;
    }),
  ];
  parts.push(section('where', L.whereToGo, places.length ? `<ul class="places">${places.join('')}</ul>` : empty(L.noChannels)));

  const templateCards = templates.map((t) => {
    const fields = t.fields.map((f) => `<li>${esc(f.label)}:${f.required ? '' : ` <span class="muted">${esc(L.optional)}</span>`}</li>`).join('');
    const where = t.channel ? index.channel(t.channel) : undefined;
    return `<article class="template" aria-labelledby="template-${esc(t.id)}"><h3 id="template-${esc(t.id)}">${icons.note}<span>${esc(t.title)}</span></h3><p>${md(t.description)}</p><ul class="fields">${fields}</ul>${where ? `<p class="muted">${esc(where.name)}</p>` : ''}<div class="actions">${button('composeTicket', t.id, L.compose, icons.send, L.composeNamed(t.title), true)}${button('fillTemplate', t.id, L.fillIn, icons.edit, `${L.fillIn} ${t.title}`)}${button('insertTemplate', t.id, L.insert, icons.insert, `${L.insert} ${t.title}`)}${button('copyTemplate', t.id, L.copyForSlack, icons.copy, `${L.copyForSlack}: ${t.title}`)}</div>${originNote(originOf('templates', t.id), L)}</article>`;
  });
  parts.push(section('templates', L.templates, templateCards.length ? templateCards.join('') : empty(L.noTemplates)));

  const meetingItems = meetings.map((m) => `<li>${icons.calendar}<div class="place"><strong>${esc(m.name)}</strong> <span class="muted">(${esc(m.cadence.text)})</span><span class="place-description">${md(m.description)}</span></div></li>`);
  parts.push(section('meetings', L.meetings, meetingItems.length ? `<ul class="places">${meetingItems.join('')}</ul>` : empty(L.noMeetings)));

  const sourceText = L.sourceOf(source?.title ?? team.source.page, team.source.section);
  const sourceActions = `${button('openSource', team.id, L.openSource, icons.book, `${L.openSource}: ${sourceText}`)}${source?.url ? ` <a href="${esc(`${source.url}#${headingAnchor(team.source.section)}`)}">${esc(source.url)}</a>` : ''}`;
  parts.push(`<footer id="source" aria-label="${esc(L.source)}"><p>${esc(sourceText)}</p><div class="actions">${sourceActions}</div></footer>`);
  return parts.join('\n');
}

/** The whole webview document, with a strict Content-Security-Policy. */
export function renderTeamPageDocument(body: string, title: string, teamId: string, env: WebviewEnvironment): string {
  return renderWebviewDocument({ ...env, title, body, main: { id: 'content', 'aria-labelledby': 'title', 'data-team-id': teamId } });
}

export { escapeHtml };
