/** Ticket drafts as tools: fill a template in (and say what is still missing), check a pasted draft. */
import { draftProblems, findDraftBlocks } from '../../templates/model/draftChecker';
import { missingRequired } from '../../../core/templates/fieldConditions';
import { renderTemplate, type TemplateFormat } from '../../../core/templates/render';
import { fail, ok, sourceInfo, sourceLine, type ToolContext, type ToolResult } from './context';
import type { DraftCheckData, DraftData } from './outputs';
import { LIMITS } from './definitions';
import { unknownTemplate } from './lookup';
import { composeLink } from '../../deepLinks/model/composeLink';

export type { DraftData } from './outputs';

export function draftTicket(ctx: ToolContext, templateId: string, values: Readonly<Record<string, string>> = {}, format: TemplateFormat = 'markdown'): ToolResult<DraftData> {
  const template = ctx.index.template(templateId);
  if (!template) return fail(unknownTemplate(ctx, templateId));
  const keys = Object.keys(values);
  if (keys.length > LIMITS.values) return fail(`Too many values (${keys.length}); the template "${template.id}" has ${template.fields.length} fields.`);
  const unknown = keys.filter((k) => !template.fields.some((f) => f.id === k));
  if (unknown.length) {
    return fail(`The template "${template.id}" has no field ${unknown.map((k) => `"${k}"`).join(', ')}. Its fields (id: label): ${template.fields.map((f) => `${f.id}: ${f.label}`).join('; ')}.`);
  }
  const ticket = renderTemplate(template, values, format);
  // Only the fields that apply with these values (see fieldConditions.ts) can be missing; the ticket has only those.
  const missing = missingRequired(template, values).map((f) => ({ id: f.id, label: f.label }));
  const channel = template.channel ? ctx.index.channel(template.channel) : undefined;
  const link = ctx.composeLinks && composeLink(ctx.composeLinks.extensionId, template.id, values, ctx.composeLinks.scheme);
  const data: DraftData = {
    template: { id: template.id, title: template.title },
    format,
    ticket,
    missing,
    complete: missing.length === 0,
    ...(channel ? { channel: { id: channel.id, name: channel.name } } : {}),
    ...(link ? { composeLink: link } : {}),
    source: sourceInfo(ctx, template.source, 'templates', template.id),
  };
  const lines = [ticket.trimEnd(), ''];
  lines.push(missing.length
    ? `Required fields still empty (${missing.length}): ${missing.map((m) => `${m.label} [${m.id}]`).join('; ')}. Ask the user for these; do not make them up.`
    : 'Every required field is filled in.');
  if (channel) lines.push(`${missing.length ? 'Once complete, post' : 'Post'} it in ${channel.name}.`);
  if (link) lines.push(`Give the user this link: it opens the ticket in VS Code's ticket composer, filled in, to review, complete and send (opening it sends nothing): ${link}`);
  else if (ctx.composeLinks) lines.push('The values are too long for a link that opens the ticket in VS Code: the user can paste the ticket above into the composer instead.');
  lines.push(sourceLine(data.source));
  return ok(data, lines.join('\n'));
}

export type { DraftCheckData } from './outputs';

export function checkDraft(ctx: ToolContext, text: string): ToolResult<DraftCheckData> {
  const templates = ctx.index.handbook.templates;
  const blocks = findDraftBlocks(text, templates);
  const problems = draftProblems(blocks);
  const drafts = blocks.map((b) => ({
    template: { id: b.template.id, title: b.template.title },
    format: b.format,
    startLine: b.startLine + 1,
    endLine: b.endLine + 1,
    filled: b.fields.filter((f) => f.value.trim()).map((f) => f.field.id),
    missing: problems.filter((p) => b.startLine <= p.line && p.line <= b.endLine && p.template === b.template).map((p) => ({ id: p.field.id, label: p.field.label, line: p.line + 1 })),
  }));
  if (!drafts.length) {
    const titles = templates.map((t) => t.title).join(', ') || 'none';
    return ok({ drafts }, `No filled-in template found. A draft starts with a template's title on its own line (${titles}), followed by its field labels, e.g. "- **Customer Name:** Acme".`);
  }
  const lines = drafts.map((d) => {
    const head = `${d.template.title} (lines ${d.startLine}–${d.endLine})`;
    return d.missing.length
      ? `${head}: ${d.missing.length} required field(s) still empty: ${d.missing.map((m) => `${m.label} (line ${m.line})`).join('; ')}.`
      : `${head}: every required field is filled in.`;
  });
  return ok({ drafts }, lines.join('\n'));
}
