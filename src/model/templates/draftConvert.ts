/** A draft block found in a document, read back as values and re-rendered (Fill In…, Copy for Slack). */
import type { DraftBlock } from './draftChecker';
import { renderTemplate, type FieldValues, type TemplateFormat } from './render';

export function blockValues(block: DraftBlock): FieldValues {
  return Object.fromEntries(block.fields.map((f) => [f.field.id, f.value]));
}

/** The block's text re-rendered in another format (for "Copy for Slack"). */
export function convertBlock(block: DraftBlock, format: TemplateFormat): string {
  return renderTemplate(block.template, blockValues(block), format);
}
