/**
 * Finds filled-in templates in a Markdown or plain-text document (in any of the three formats
 * render.ts writes) and reports each required field that is still empty, on its line.
 */
import type { Template, TemplateField } from '../../../core/schema/schema';
import { conditionalPlaceholder, missingRequired } from '../../../core/templates/fieldConditions';
import type { FieldValues, TemplateFormat } from '../../../core/templates/render';

export interface DraftField {
  field: TemplateField;
  /** 0-based line of the field's label. */
  line: number;
  /** Columns of the value on that line (or of the end of the label when empty). */
  valueStart: number;
  valueEnd: number;
  value: string;
}

export interface DraftBlock {
  template: Template;
  format: TemplateFormat;
  /** 0-based lines, inclusive. */
  startLine: number;
  endLine: number;
  fields: DraftField[];
  /** Required fields that apply (see fieldConditions.ts) and are empty or missing from the block. */
  missing: TemplateField[];
}

export interface DraftProblem {
  line: number;
  startColumn: number;
  endColumn: number;
  field: TemplateField;
  template: Template;
}

/** Strips list markers and emphasis to compare a line with a title or label. */
function bare(line: string): string {
  return line
    .trim()
    .replace(/^(?:[-*+•]|\d+\.)\s+/, '')
    .replace(/^(\*\*|\*|__|_)(.*?)\1/, '$2')
    .trim();
}

const TITLE_FORMAT = (line: string): TemplateFormat => (/^\s*\*\*/.test(line) || /^\s*#/.test(line) ? 'markdown' : /^\s*\*[^*]/.test(line) ? 'slack' : 'plain');

/** `- **Label:** value`, `• *Label:* value` or `Label: value`, with the value's column. */
function matchField(line: string, fields: readonly TemplateField[]): { field: TemplateField; valueStart: number } | undefined {
  const lead = /^\s*(?:(?:[-*+•]|\d+\.)\s+)?/.exec(line)![0];
  const rest = line.slice(lead.length);
  for (const field of fields) {
    for (const wrap of ['**', '*', '__', '']) {
      const head = `${wrap}${field.label}:${wrap}`;
      if (rest.startsWith(head)) {
        let valueStart = lead.length + head.length;
        while (line[valueStart] === ' ') valueStart++;
        return { field, valueStart };
      }
    }
  }
  return undefined;
}

export function findDraftBlocks(text: string, templates: readonly Template[]): DraftBlock[] {
  const lines = text.split(/\r?\n/);
  const blocks: DraftBlock[] = [];
  const byTitle = new Map<string, Template>();
  for (const t of templates) {
    byTitle.set(t.title, t);
    byTitle.set(`${t.title}:`, t);
  }
  for (let i = 0; i < lines.length; i++) {
    const title = bare(lines[i].replace(/^\s*#{1,6}\s+/, ''));
    const template = byTitle.get(title);
    if (!template) continue;
    const block: DraftBlock = { template, format: TITLE_FORMAT(lines[i]), startLine: i, endLine: i, fields: [], missing: [] };
    let j = i + 1;
    let current: DraftField | undefined;
    for (; j < lines.length; j++) {
      const line = lines[j];
      const match = matchField(line, template.fields);
      if (match && !block.fields.some((f) => f.field.id === match.field.id)) {
        const value = line.slice(match.valueStart).trimEnd();
        current = { field: match.field, line: j, valueStart: match.valueStart, valueEnd: match.valueStart + value.length, value };
        block.fields.push(current);
        block.endLine = j;
        continue;
      }
      // An indented line continues a multi-line value; anything else ends the block.
      if (current && /^\s{2,}\S/.test(line) && !byTitle.has(bare(line))) {
        current.value = `${current.value}\n${line.trim()}`.trim();
        block.endLine = j;
        continue;
      }
      break;
    }
    if (block.fields.length === 0) continue; // a title alone (e.g. prose mentioning the template) is not a draft
    block.missing = missingRequired(template, blockValues(block));
    blocks.push(block);
    i = block.endLine;
  }
  return blocks;
}

export function draftProblems(blocks: readonly DraftBlock[]): DraftProblem[] {
  const problems: DraftProblem[] = [];
  for (const block of blocks) {
    for (const field of block.missing) {
      const at = block.fields.find((f) => f.field.id === field.id);
      problems.push(
        at
          ? { line: at.line, startColumn: 0, endColumn: at.valueStart, field, template: block.template }
          : { line: block.startLine, startColumn: 0, endColumn: 0, field, template: block.template },
      );
    }
  }
  return problems;
}

/**
 * The values a draft block holds, by field id. A conditional field still holding the snippet's
 * reminder of its condition ("(only if … is Yes)") is empty: nobody answered it.
 */
export function blockValues(block: Pick<DraftBlock, 'template' | 'fields'>): FieldValues {
  return Object.fromEntries(block.fields.map((f) => [f.field.id, f.value.trim() === conditionalPlaceholder(block.template, f.field) ? '' : f.value]));
}
