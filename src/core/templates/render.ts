/**
 * Turns a template into text: a VS Code snippet (one tab stop per field, in order), or a filled-in
 * draft in Markdown, Slack formatting or plain text. The draft checker reads all three back.
 */
import type { Template, TemplateField } from '../schema/schema';
import { activeFields, conditionalPlaceholder, optionValues } from './fieldConditions';

export type TemplateFormat = 'markdown' | 'slack' | 'plain';
export const TEMPLATE_FORMATS: readonly TemplateFormat[] = ['markdown', 'slack', 'plain'];

export type FieldValues = Readonly<Record<string, string | undefined>>;

/** Snippet syntax treats `$`, `}` and `\` as special in literal text; escape them so they come out as typed. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/**
 * Inside a choice (`${1|a,b|}`) VS Code's snippet parser knows only `\,`, `\|` and `\\` as escapes;
 * `$` and `}` are plain text there, and a backslash before them would stay in the option.
 */
export function escapeSnippetChoice(text: string): string {
  return text.replace(/[\\,|]/g, (c) => `\\${c}`);
}

const FIELD_PREFIX: Record<TemplateFormat, (label: string) => string> = {
  markdown: (label) => `- **${label}:**`,
  slack: (label) => `• *${label}:*`,
  plain: (label) => `${label}:`,
};

const TITLE: Record<TemplateFormat, (title: string) => string> = {
  markdown: (title) => `**${title}**`,
  slack: (title) => `*${title}*`,
  plain: (title) => title,
};

/** Continuation lines of a multi-line value are indented so they stay inside the list item. */
const CONTINUATION = '  ';

function tabStop(template: Template, field: TemplateField, index: number): string {
  const reminder = conditionalPlaceholder(template, field);
  // A choice starts on its default (or the reminder, for a field that applies only in some cases).
  const options = optionValues(field);
  const first = reminder ?? field.default;
  const choices = first === undefined ? options : [first, ...options.filter((o) => o !== first)];
  if (field.type === 'choice' && choices.length) return `\${${index}|${choices.map(escapeSnippetChoice).join(',')}|}`;
  const text = reminder ?? field.default ?? field.placeholder;
  if (text) return `\${${index}:${escapeSnippetText(text)}}`;
  return `\${${index}}`;
}

/**
 * The template as a snippet body: title line, one line per field with a tab stop, then `$0`. Every
 * field is there, a conditional one with its condition as the tab stop's text.
 */
export function templateSnippet(template: Template, format: TemplateFormat = 'markdown'): string {
  const lines = [escapeSnippetText(TITLE[format](template.title))];
  template.fields.forEach((field, i) => lines.push(`${escapeSnippetText(FIELD_PREFIX[format](field.label))} ${tabStop(template, field, i + 1)}`));
  return lines.join('\n') + '\n$0';
}

/**
 * The filled-in template as text in the given format; empty fields keep their label. A field that
 * does not apply with these values (see fieldConditions.ts) is left out, whatever it holds.
 */
export function renderTemplate(template: Template, values: FieldValues, format: TemplateFormat): string {
  const lines = [TITLE[format](template.title)];
  for (const field of activeFields(template, values)) {
    const value = (values[field.id] ?? '').replace(/\r\n?/g, '\n').trim();
    const [first, ...rest] = value.split('\n');
    lines.push(first ? `${FIELD_PREFIX[format](field.label)} ${first}` : FIELD_PREFIX[format](field.label));
    for (const line of rest) lines.push(line ? CONTINUATION + line : '');
  }
  return lines.join('\n') + '\n';
}
