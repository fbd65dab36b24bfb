/**
 * Filling in a template one field at a time, as a step machine independent of the UI: the prompter
 * asks for one field and answers with a value, "back" or "cancel". Required fields cannot be left
 * empty. Whatever was typed is kept in the draft, also when the user cancels, so it can be resumed.
 * A field that does not apply with the answers so far (its `when`, see fieldConditions.ts) is not
 * asked, going forward or back; what it held stays in the draft.
 */
import type { Template, TemplateField } from '../../../core/schema/schema';
import { activeFieldIds, activeFields, optionValues } from '../../../core/templates/fieldConditions';
import type { FieldValues } from '../../../core/templates/render';

export interface FieldPrompt {
  field: TemplateField;
  /** 1-based. */
  step: number;
  totalSteps: number;
  value: string;
  canGoBack: boolean;
  /** Checks a typed value; undefined when it is acceptable. */
  validate(value: string): string | undefined;
}

export type PromptAnswer = { kind: 'value'; value: string } | { kind: 'back' } | { kind: 'cancel' };

export interface Draft {
  templateId: string;
  values: Record<string, string>;
  /** Index of the field to ask next. */
  step: number;
}

export type FillOutcome = { kind: 'done'; values: FieldValues } | { kind: 'cancelled'; draft: Draft };

export interface FillMessages {
  required(field: TemplateField): string;
  notAnOption(field: TemplateField): string;
}

export function validateField(field: TemplateField, value: string, messages: FillMessages): string | undefined {
  const trimmed = value.trim();
  if (field.required && !trimmed) return messages.required(field);
  if (trimmed && field.type === 'choice' && field.options && !optionValues(field).includes(trimmed)) return messages.notAnOption(field);
  return undefined;
}

export function isDraftEmpty(draft: Draft | undefined): boolean {
  return !draft || Object.values(draft.values).every((v) => !v.trim());
}

/** The index of the nearest field from `from` in direction `by` that applies, or -1 / fields.length. */
function nextApplying(template: Template, values: Record<string, string>, from: number, by: 1 | -1): number {
  const active = activeFieldIds(template, values);
  let i = from;
  while (i >= 0 && i < template.fields.length && !active.has(template.fields[i].id)) i += by;
  return i;
}

export async function fillTemplate(
  template: Template,
  ask: (prompt: FieldPrompt) => Promise<PromptAnswer>,
  messages: FillMessages,
  start?: Draft,
): Promise<FillOutcome> {
  const values: Record<string, string> = { ...(start?.values ?? {}) };
  let step = nextApplying(template, values, Math.min(Math.max(start?.step ?? 0, 0), template.fields.length - 1), 1);
  while (step < template.fields.length) {
    const field = template.fields[step];
    const active = activeFields(template, values);
    const previous = nextApplying(template, values, step - 1, -1);
    const answer = await ask({
      field,
      step: active.indexOf(field) + 1,
      totalSteps: active.length,
      value: values[field.id] ?? field.default ?? '',
      canGoBack: previous >= 0,
      validate: (value) => validateField(field, value, messages),
    });
    if (answer.kind === 'cancel') return { kind: 'cancelled', draft: { templateId: template.id, values, step } };
    if (answer.kind === 'back') {
      if (previous >= 0) step = previous;
      continue;
    }
    // A prompter should not accept an invalid value; if one does, ask again rather than go on.
    if (validateField(field, answer.value, messages)) continue;
    values[field.id] = answer.value;
    step = nextApplying(template, values, step + 1, 1);
  }
  return { kind: 'done', values };
}
