/**
 * Checks of a merged template's fields that only the whole list can answer: a `when` naming a field
 * the template has, no cycle of conditions, exactly one test per condition, values that are options
 * of the choice they test, a `default` that is one of the options, options unique by value, and the
 * customer fields (customerFieldChecks.ts). Each
 * problem names the field and the property to fix; merge.ts finds the data file line that set it.
 * Linear in the number of fields (each condition chain is walked once).
 */
import type { Template, TemplateField } from '../schema/schema';
import { optionValues } from '../templates/fieldConditions';
import { customerFieldProblems } from './customerFieldChecks';

export interface FieldProblem {
  fieldId: string;
  /** Inside the field, e.g. ['when', 'equals'] or ['options', 2]. */
  path: (string | number)[];
  at: 'key' | 'value';
  message: string;
}

const MAX_CYCLE_NAMES = 6;
/** The template's field ids for a message, the first dozen at most. */
function fieldList(byId: Map<string, unknown>): string {
  const ids = [...byId.keys()];
  return ids.length > 12 ? `${ids.slice(0, 12).join(', ')}, … (${ids.length} fields)` : ids.join(', ');
}
const quoted = (values: readonly string[]) => values.map((v) => JSON.stringify(v)).join(', ');

function choiceValueProblems(owner: string, field: TemplateField, controller: TemplateField, problems: FieldProblem[]): void {
  const when = field.when!;
  if (controller.type !== 'choice' || !controller.options) return;
  const options = optionValues(controller);
  const fix = `It can never be true: "${controller.id}" is a choice of ${quoted(options)}. Use one of them.`;
  if (when.equals !== undefined && !options.includes(when.equals.trim())) {
    problems.push({ fieldId: field.id, path: ['when', 'equals'], at: 'value', message: `${owner}: the field "${field.id}" applies when "${controller.id}" equals ${JSON.stringify(when.equals)}. ${fix}` });
  }
  when.in?.forEach((value, i) => {
    if (!options.includes(value.trim())) problems.push({ fieldId: field.id, path: ['when', 'in', i], at: 'value', message: `${owner}: the field "${field.id}" applies when "${controller.id}" is ${JSON.stringify(value)}, which is not one of its options (${quoted(options)}). Use one of them.` });
  });
}

function conditionShapeProblems(owner: string, field: TemplateField, byId: Map<string, TemplateField>, problems: FieldProblem[]): void {
  const when = field.when;
  if (!when) return;
  const tests = [when.equals, when.in, when.filled].filter((t) => t !== undefined).length;
  if (tests !== 1) {
    problems.push({ fieldId: field.id, path: ['when'], at: 'key', message: `${owner}: the condition of the field "${field.id}" needs exactly one of "equals", "in" or "filled" (it has ${tests}).` });
  }
  const controller = byId.get(when.field);
  if (when.field === field.id) {
    problems.push({ fieldId: field.id, path: ['when', 'field'], at: 'value', message: `${owner}: the field "${field.id}" depends on itself. Name another field of the template.` });
  } else if (!controller) {
    problems.push({ fieldId: field.id, path: ['when', 'field'], at: 'value', message: `${owner}: the field "${field.id}" depends on "${when.field}", which is not a field of this template (fields: ${fieldList(byId)}). Correct the id.` });
  } else {
    choiceValueProblems(owner, field, controller, problems);
  }
}

/** Cycles of conditions longer than one field (a field naming itself is reported on its own). */
function cycleProblems(owner: string, fields: readonly TemplateField[], byId: Map<string, TemplateField>, problems: FieldProblem[]): void {
  const state = new Map<string, 'walking' | 'done'>();
  for (const start of fields) {
    const path: TemplateField[] = [];
    let field: TemplateField | undefined = start;
    while (field && !state.has(field.id)) {
      state.set(field.id, 'walking');
      path.push(field);
      field = field.when && field.when.field !== field.id ? byId.get(field.when.field) : undefined;
    }
    if (field && state.get(field.id) === 'walking') {
      const cycle = path.slice(path.indexOf(field));
      // A long cycle is named by its first few fields: one message per member must stay small.
      const shown = cycle.length > MAX_CYCLE_NAMES ? [...cycle.slice(0, MAX_CYCLE_NAMES)].map((f) => `"${f.id}"`).concat(`… (${cycle.length} fields)`) : [...cycle, field].map((f) => `"${f.id}"`);
      const names = shown.join(' → ');
      for (const member of cycle) {
        problems.push({ fieldId: member.id, path: ['when', 'field'], at: 'value', message: `${owner}: the conditions of the fields ${names} form a cycle, so none of them could ever be shown. Make one of them depend on a field outside the cycle, or remove its "when".` });
      }
    }
    for (const walked of path) state.set(walked.id, 'done');
  }
}

function optionProblems(owner: string, field: TemplateField, problems: FieldProblem[]): void {
  if (!field.options) {
    if (field.type === 'choice') problems.push({ fieldId: field.id, path: ['type'], at: 'value', message: `${owner}: the field "${field.id}" is a choice but has no "options". Add the options to choose from, or make it a "line" or "text" field.` });
    return;
  }
  const values = optionValues(field);
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value)) problems.push({ fieldId: field.id, path: ['options', i], at: 'value', message: `${owner}: the field "${field.id}" lists the option ${JSON.stringify(value)} twice. Options must be unique.` });
    seen.add(value);
  });
  if (field.default !== undefined && field.type === 'choice' && !values.includes(field.default.trim())) {
    problems.push({ fieldId: field.id, path: ['default'], at: 'value', message: `${owner}: the default ${JSON.stringify(field.default)} of the field "${field.id}" is not one of its options (${quoted(values)}). Use one of them, or remove "default".` });
  }
}

export function fieldProblems(template: Pick<Template, 'id' | 'fields'>): FieldProblem[] {
  const owner = `The template "${template.id}"`;
  const byId = new Map(template.fields.map((f) => [f.id, f]));
  const problems: FieldProblem[] = [];
  for (const field of template.fields) {
    optionProblems(owner, field, problems);
    conditionShapeProblems(owner, field, byId, problems);
  }
  cycleProblems(owner, template.fields, byId, problems);
  problems.push(...customerFieldProblems(owner, template.fields));
  return problems;
}
