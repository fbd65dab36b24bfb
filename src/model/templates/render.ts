/**
 * Turns a template into text: a VS Code snippet (one tab stop per field, in order), or a filled-in
 * draft in Markdown, Slack formatting or plain text. The draft checker reads all three back.
 */
import type { Template, TemplateField } from '../schema';

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

function tabStop(field: TemplateField, index: number): string {
  if (field.type === 'choice' && field.options?.length) return `\${${index}|${field.options.map(escapeSnippetChoice).join(',')}|}`;
  if (field.placeholder) return `\${${index}:${escapeSnippetText(field.placeholder)}}`;
  return `\${${index}}`;
}

/** The template as a snippet body: title line, one line per field with a tab stop, then `$0`. */
export function templateSnippet(template: Template, format: TemplateFormat = 'markdown'): string {
  const lines = [escapeSnippetText(TITLE[format](template.title))];
  template.fields.forEach((field, i) => lines.push(`${escapeSnippetText(FIELD_PREFIX[format](field.label))} ${tabStop(field, i + 1)}`));
  return lines.join('\n') + '\n$0';
}

/** The filled-in template as text in the given format; empty fields keep their label. */
export function renderTemplate(template: Template, values: FieldValues, format: TemplateFormat): string {
  const lines = [TITLE[format](template.title)];
  for (const field of template.fields) {
    const value = (values[field.id] ?? '').replace(/\r\n?/g, '\n').trim();
    const [first, ...rest] = value.split('\n');
    lines.push(first ? `${FIELD_PREFIX[format](field.label)} ${first}` : FIELD_PREFIX[format](field.label));
    for (const line of rest) lines.push(line ? CONTINUATION + line : '');
  }
  return lines.join('\n') + '\n';
}
