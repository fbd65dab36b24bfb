/**
 * Which fields of a template apply, given the values typed so far: the one rule behind the composer,
 * the fill-in form, the snippet, the draft check, `ce-playbook validate`, the tools and the Slack
 * message. A field with `when` applies only while the field it names applies and has the value the
 * condition asks for; a field that does not apply is not shown, not required, and not sent. Values are
 * compared trimmed. Also the checks of the conditions themselves (see conditionProblems).
 */
import type { FieldCondition, FieldOption, Template, TemplateField } from '../schema/schema';

type Values = Readonly<Record<string, string | undefined>>;

export const optionValue = (option: FieldOption): string => (typeof option === 'string' ? option : option.value);
export const optionDescription = (option: FieldOption): string | undefined => (typeof option === 'string' ? undefined : option.description);
/** A field's options as the values written in a ticket. */
export const optionValues = (field: Pick<TemplateField, 'options'>): string[] => (field.options ?? []).map(optionValue);

/** Whether a value meets the condition (the controlling field applies and holds `value`). */
export function conditionMet(condition: FieldCondition, value: string | undefined): boolean {
  const v = (value ?? '').trim();
  if (condition.equals !== undefined) return v === condition.equals.trim();
  if (condition.in !== undefined) return condition.in.some((option) => option.trim() === v);
  if (condition.filled !== undefined) return condition.filled === (v !== '');
  return true;
}

/**
 * The ids of the fields that apply. Linear: each field is decided once (memoized); a chain of
 * conditions is followed iteratively. A field in a cycle or naming an unknown field never applies
 * (checked data has neither; conditionProblems reports them).
 */
export function activeFieldIds(template: Pick<Template, 'fields'>, values: Values): Set<string> {
  const byId = new Map(template.fields.map((f) => [f.id, f]));
  const decided = new Map<string, boolean>();
  for (const start of template.fields) {
    // The chain of fields whose answer waits on the next one, decided from its far end back.
    const chain: TemplateField[] = [];
    const onChain = new Set<string>();
    let field: TemplateField | undefined = start;
    let answer = false;
    while (field) {
      const known = decided.get(field.id);
      if (known !== undefined) {
        answer = known;
        break;
      }
      if (!field.when) {
        answer = true;
        decided.set(field.id, true);
        break;
      }
      if (onChain.has(field.id)) break; // a cycle: nothing on it (or waiting on it) applies; answer is false
      chain.push(field);
      onChain.add(field.id);
      field = byId.get(field.when.field);
    }
    // Back along the chain: each field applies when its controller does and holds the asked value.
    for (let i = chain.length - 1; i >= 0; i--) {
      const when = chain[i].when!;
      answer = answer && conditionMet(when, values[when.field]);
      decided.set(chain[i].id, answer);
    }
  }
  return new Set(template.fields.filter((f) => decided.get(f.id)).map((f) => f.id));
}

/** The fields that apply, in the template's order. */
export function activeFields(template: Pick<Template, 'fields'>, values: Values): TemplateField[] {
  const active = activeFieldIds(template, values);
  return template.fields.filter((f) => active.has(f.id));
}

/** The required fields that apply and are still empty, in the template's order. */
export function missingRequired(template: Pick<Template, 'fields'>, values: Values): TemplateField[] {
  return activeFields(template, values).filter((f) => f.required && !(values[f.id] ?? '').trim());
}

/** The condition in words, for a place that cannot follow it (the snippet, the tools' description). */
export function conditionText(template: Pick<Template, 'fields'>, field: TemplateField): string | undefined {
  const when = field.when;
  if (!when) return undefined;
  const controller = template.fields.find((f) => f.id === when.field)?.label ?? when.field;
  if (when.equals !== undefined) return `only if "${controller}" is ${when.equals}`;
  if (when.in !== undefined) return `only if "${controller}" is ${when.in.join(' or ')}`;
  return when.filled === false ? `only if "${controller}" is empty` : `only if "${controller}" is filled in`;
}

/**
 * What a snippet shows in a field that applies only in some cases (a snippet cannot follow the
 * values): "(only if "…" is Yes)". The draft check reads a value that is still exactly this as empty.
 */
export function conditionalPlaceholder(template: Pick<Template, 'fields'>, field: TemplateField): string | undefined {
  const text = conditionText(template, field);
  return text && `(${text})`;
}

/** The fields whose `when` names this one (to say which fields a control shows and hides). */
export function dependentsOf(template: Pick<Template, 'fields'>, fieldId: string): TemplateField[] {
  return template.fields.filter((f) => f.when?.field === fieldId);
}
