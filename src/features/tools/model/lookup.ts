/** The playbook's entries by id, as tool results: teams, procedures and templates. */
import { conditionText, optionDescription, optionValue, optionValues } from '../../../core/templates/fieldConditions';
import type { Procedure, Team, Template } from '../../../core/schema/schema';
import { fail, ok, sourceInfo, sourceLine, type ToolContext, type ToolResult } from './context';
import type { ProcedureDetails, StepDetails, TeamDetails, TeamSummary, TemplateDetails, TemplateSummary } from './outputs';

export type { ProcedureDetails, StepDetails, TeamDetails, TeamSummary, TemplateDetails, TemplateSummary };

/** "Known: a, b, c." for an unknown-id error. */
const known = (ids: string[]) => (ids.length ? `Known ids: ${ids.join(', ')}.` : 'There are none.');


export function listTeams(ctx: ToolContext): ToolResult<{ teams: TeamSummary[] }> {
  const teams = ctx.index.handbook.teams.map((t) => ({ id: t.id, name: t.name, source: sourceInfo(ctx, t.source, 'teams', t.id) }));
  const text = teams.length ? ['Teams CEs work with (id: name):', ...teams.map((t) => `- ${t.id}: ${t.name}`)].join('\n') : 'The playbook lists no teams.';
  return ok({ teams }, text);
}

export function getTeam(ctx: ToolContext, teamId: string): ToolResult<TeamDetails> {
  const team = ctx.index.team(teamId);
  if (!team) return fail(`The playbook has no team "${teamId}". ${known(ctx.index.handbook.teams.map((t) => t.id))}`);
  const data = teamDetails(ctx, team);
  const lines = [
    data.name,
    `${data.valueToTeam.label}: ${data.valueToTeam.text}`,
    `${data.valueToCe.label}: ${data.valueToCe.text}`,
    `${data.collaboration.label}: ${data.collaboration.text}`,
    ...data.collaboration.details.map((d) => `- ${d}`),
  ];
  if (data.routes.length) lines.push('How to engage:', ...data.routes.map((r) => `- ${r.label ? `${r.label}: ` : ''}${r.text}`));
  if (data.channels.length) lines.push('Slack channels:', ...data.channels.map((c) => `- ${c.name}: ${c.description}`));
  if (data.userGroups.length) lines.push('Slack user groups:', ...data.userGroups.map((g) => `- ${g.name}${g.description ? `: ${g.description}` : ''}`));
  if (data.templates.length) lines.push(`Templates: ${data.templates.map((t) => `${t.title} (${t.id})`).join(', ')}`);
  if (data.meetings.length) lines.push('Meetings:', ...data.meetings.map((m) => `- ${m.name}, ${m.cadence}: ${m.description}`));
  if (data.procedures.length) lines.push(`Procedures: ${data.procedures.map((p) => `${p.title} (${p.id})`).join(', ')}`);
  lines.push(sourceLine(data.source));
  return ok(data, lines.join('\n'));
}

function teamDetails(ctx: ToolContext, team: Team): TeamDetails {
  const { index } = ctx;
  return {
    id: team.id,
    name: team.name,
    valueToTeam: { ...team.valueToTeam },
    valueToCe: { ...team.valueToCe },
    collaboration: { label: team.collaboration.label, text: team.collaboration.text, details: [...(team.collaboration.details ?? [])] },
    routes: (team.routes ?? []).map((r) => ({
      id: r.id,
      ...(r.label ? { label: r.label } : {}),
      text: r.text,
      ...(r.channel && index.channel(r.channel) ? { channel: index.channel(r.channel)!.name } : {}),
      ...(r.userGroup && index.userGroup(r.userGroup) ? { userGroup: index.userGroup(r.userGroup)!.name } : {}),
    })),
    channels: index.channelsOf(team.id).map((c) => ({ id: c.id, name: c.name, description: c.description })),
    userGroups: index.userGroupsOf(team.id).map((g) => ({ id: g.id, name: g.name, ...(g.description ? { description: g.description } : {}) })),
    templates: index.templatesOf(team.id).map((t) => ({ id: t.id, title: t.title })),
    meetings: index.meetingsOf(team.id).map((m) => ({ id: m.id, name: m.name, cadence: m.cadence.text, description: m.description })),
    procedures: index.proceduresOf(team.id).map((p) => ({ id: p.id, title: p.title })),
    source: sourceInfo(ctx, team.source, 'teams', team.id),
  };
}

/** A step with the entries it names resolved, and its own source (else the procedure's). */
export function stepDetails(ctx: ToolContext, procedure: Procedure, step: Procedure['steps'][number]): StepDetails {
  const template = step.template ? ctx.index.template(step.template) : undefined;
  const channel = step.channel ? ctx.index.channel(step.channel) : undefined;
  const userGroup = step.userGroup ? ctx.index.userGroup(step.userGroup) : undefined;
  return {
    id: step.id,
    ...(step.label ? { label: step.label } : {}),
    text: step.text,
    ...(template ? { template: { id: template.id, title: template.title } } : {}),
    ...(channel ? { channel: { id: channel.id, name: channel.name } } : {}),
    ...(userGroup ? { userGroup: { id: userGroup.id, name: userGroup.name } } : {}),
    source: sourceInfo(ctx, step.source ?? procedure.source, 'procedures', procedure.id),
  };
}

/** "Template: …; channel: …; user group: …" for a step that names them. */
export function stepActions(step: StepDetails): string {
  const parts = [
    step.template ? `template: ${step.template.title} (${step.template.id})` : '',
    step.channel ? `channel: ${step.channel.name}` : '',
    step.userGroup ? `user group: ${step.userGroup.name}` : '',
  ].filter(Boolean);
  return parts.length ? `(${parts.join('; ')})` : '';
}

export function getProcedure(ctx: ToolContext, procedureId: string): ToolResult<ProcedureDetails> {
  const procedure = ctx.index.procedure(procedureId);
  if (!procedure) return fail(`The playbook has no procedure "${procedureId}". ${known(ctx.index.handbook.procedures.map((p) => p.id))}`);
  const team = procedure.team ? ctx.index.team(procedure.team) : undefined;
  const steps = procedure.steps.map((s) => stepDetails(ctx, procedure, s));
  const data: ProcedureDetails = {
    id: procedure.id,
    title: procedure.title,
    ...(team ? { team: { id: team.id, name: team.name } } : {}),
    ...(procedure.summary ? { summary: procedure.summary } : {}),
    ...(procedure.intro ? { intro: procedure.intro } : {}),
    ordered: procedure.ordered,
    steps,
    source: sourceInfo(ctx, procedure.source, 'procedures', procedure.id),
  };
  const lines = [procedure.title, procedure.summary, procedure.intro].filter((l): l is string => Boolean(l));
  steps.forEach((s, i) => {
    const actions = stepActions(s);
    lines.push(`${procedure.ordered ? `${i + 1}.` : '-'} ${s.label ? `${s.label}: ` : ''}${s.text}${actions ? ` ${actions}` : ''}`);
  });
  lines.push(sourceLine(data.source));
  const otherSources = [...new Set(steps.map((s) => sourceLine(s.source)))].filter((l) => l !== sourceLine(data.source));
  if (otherSources.length) lines.push(...otherSources.map((l) => `Some steps: ${l}`));
  return ok(data, lines.join('\n'));
}

export function listTemplates(ctx: ToolContext): ToolResult<{ templates: TemplateSummary[] }> {
  const templates = ctx.index.handbook.templates.map((t) => ({
    id: t.id,
    title: t.title,
    description: t.description,
    ...(t.channel && ctx.index.channel(t.channel) ? { channel: ctx.index.channel(t.channel)!.name } : {}),
    requiredFields: t.fields.filter((f) => f.required).length,
  }));
  const text = templates.length
    ? ['Ticket templates (id: title):', ...templates.map((t) => `- ${t.id}: ${t.title}${t.channel ? `, posted in ${t.channel}` : ''} (${t.requiredFields} required fields)`)].join('\n')
    : 'The playbook has no templates.';
  return ok({ templates }, text);
}

export function getTemplate(ctx: ToolContext, templateId: string): ToolResult<TemplateDetails> {
  const template = ctx.index.template(templateId);
  if (!template) return fail(unknownTemplate(ctx, templateId));
  const data = templateDetails(ctx, template);
  const lines = [
    `${data.title}: ${data.description}`,
    ...data.fields.map((f) => `- ${f.label} [${f.id}; ${f.required ? 'required' : 'optional'}${f.appliesWhen ? `, ${f.appliesWhen}` : ''}${f.options ? `; one of: ${f.options.map((o) => (f.optionDescriptions?.[o] ? `${o} (${f.optionDescriptions[o]})` : o)).join(', ')}` : ''}${f.default !== undefined ? `; default: ${f.default}` : ''}]${f.hint ? ` ${f.hint}` : ''}`),
  ];
  if (data.channel) lines.push(`Posted in ${data.channel.name}: ${data.channel.description}`);
  lines.push(sourceLine(data.source));
  return ok(data, lines.join('\n'));
}

export function templateDetails(ctx: ToolContext, template: Template): TemplateDetails {
  const channel = template.channel ? ctx.index.channel(template.channel) : undefined;
  return {
    id: template.id,
    title: template.title,
    description: template.description,
    ...(channel ? { channel: { id: channel.id, name: channel.name, description: channel.description } } : {}),
    fields: template.fields.map((f) => ({
      id: f.id, label: f.label, type: f.type, required: f.required,
      ...(f.placeholder ? { placeholder: f.placeholder } : {}),
      ...(f.hint ? { hint: f.hint } : {}),
      ...(f.options ? { options: optionValues(f) } : {}),
      ...(f.options?.some(optionDescription) ? { optionDescriptions: Object.fromEntries(f.options.filter(optionDescription).map((o) => [optionValue(o), optionDescription(o)!])) } : {}),
      ...(f.default !== undefined ? { default: f.default } : {}),
      ...(f.when ? { appliesWhen: conditionText(template, f) } : {}),
    })),
    source: sourceInfo(ctx, template.source, 'templates', template.id),
  };
}

export function unknownTemplate(ctx: ToolContext, templateId: string): string {
  return `The playbook has no template "${templateId}". ${known(ctx.index.handbook.templates.map((t) => t.id))}`;
}
