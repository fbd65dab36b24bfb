/**
 * What the ticket composer shows for a template and the values typed so far: the preview of exactly
 * what will be sent (Slack formatting) and each field's problem. Pure; the same rules as the
 * fill-in form (validateField), so both refuse the same drafts. A field that does not apply with the
 * values (its `when`, fieldConditions.ts) is hidden: no problem, not in the preview, not sent, but
 * its value stays in the draft, so nothing typed is lost when it is hidden and shown again.
 */
import { activeFieldIds, missingRequired } from '../../../core/templates/fieldConditions';
import { validateField, type Draft, type FillMessages } from '../../templates/model/fillFlow';
import { renderTemplate, type FieldValues } from '../../../core/templates/render';
import type { Template, TemplateField } from '../../../core/schema/schema';

export interface ComposerView {
  /** The ticket as it will be sent, in Slack formatting (shown as text, never as HTML). */
  preview: string;
  /** Each field's problem by field id; fields without a problem are absent. */
  errors: Record<string, string>;
  /** The ids of the fields that do not apply with these values (hidden, in the template's order). */
  hidden: string[];
}

/** Only the template's own fields, as strings (drafts and messages may carry anything). */
export function templateValues(template: Template, values: FieldValues | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const field of template.fields) {
    const value = values?.[field.id];
    if (typeof value === 'string') result[field.id] = value;
  }
  return result;
}

export function fieldErrors(template: Template, values: FieldValues, messages: FillMessages): Record<string, string> {
  const errors: Record<string, string> = {};
  const active = activeFieldIds(template, values);
  for (const field of template.fields) {
    if (!active.has(field.id)) continue;
    const error = validateField(field, values[field.id] ?? '', messages);
    if (error) errors[field.id] = error;
  }
  return errors;
}

/** The required fields that apply and are still empty, in the handbook's order. */
export function missingFields(template: Template, values: FieldValues): TemplateField[] {
  return missingRequired(template, values);
}

export function composerView(template: Template, values: FieldValues, messages: FillMessages): ComposerView {
  const active = activeFieldIds(template, values);
  const hidden = template.fields.filter((f) => !active.has(f.id)).map((f) => f.id);
  return { preview: renderTemplate(template, values, 'slack'), errors: fieldErrors(template, values, messages), hidden };
}

/**
 * The values a page opens with: the saved draft, with the values it was opened with laid over it
 * (an empty given value does not wipe what the draft has), and a field's `default` where neither
 * has a value for it at all.
 */
export function openingValues(template: Template, draft: FieldValues | undefined, given: FieldValues | undefined): Record<string, string> {
  const merged = templateValues(template, draft);
  for (const [id, value] of Object.entries(templateValues(template, given))) {
    if (value.trim()) merged[id] = value;
  }
  for (const field of template.fields) if (field.default !== undefined && merged[field.id] === undefined) merged[field.id] = field.default;
  return merged;
}

/** The draft for the shared store; `step` is where the fill-in form would resume (first empty field). */
export function draftOf(template: Template, values: FieldValues): Draft {
  const own = templateValues(template, values);
  const active = activeFieldIds(template, own);
  const firstEmpty = template.fields.findIndex((f) => active.has(f.id) && !(own[f.id] ?? '').trim());
  return { templateId: template.id, values: own, step: firstEmpty < 0 ? template.fields.length - 1 : firstEmpty };
}

export function sameValues(template: Template, a: FieldValues, b: FieldValues): boolean {
  return template.fields.every((f) => (a[f.id] ?? '') === (b[f.id] ?? ''));
}
