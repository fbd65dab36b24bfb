/**
 * The checks of a template's workflow variables (`delivery.variables`: the workflow's variable name
 * for each field id), run on the merged template: a field's value must never be dropped or
 * overwritten on its way into the workflow.
 */
import type { Template } from '../schema/schema';

export interface DeliveryProblem {
  /** Where in the template entry, e.g. ['delivery', 'variables', 'customer-name']. */
  path: (string | number)[];
  at: 'key' | 'value';
  message: string;
}

/**
 * A mapping from a field id the template does not have, a mapping onto the id of another field
 * (which is sent under its own id, or would be read as it), and two fields mapped to one variable.
 */
export function workflowVariableProblems(template: Pick<Template, 'id' | 'fields' | 'delivery'>): DeliveryProblem[] {
  const variables = template.delivery?.variables;
  if (!variables) return [];
  const problems: DeliveryProblem[] = [];
  const fieldIds = new Set(template.fields.map((f) => f.id));
  const known = () => [...fieldIds].slice(0, 12).join(', ') + (fieldIds.size > 12 ? ', …' : '');
  const firstFieldOf = new Map<string, string>();
  for (const [fieldId, variable] of Object.entries(variables)) {
    const at = ['delivery', 'variables', fieldId];
    if (!fieldIds.has(fieldId)) {
      problems.push({ path: at, at: 'key', message: `The template "${template.id}" maps the field "${fieldId}" to the workflow variable "${variable}", but it has no field "${fieldId}" (fields: ${known()}). Correct the field id or remove the line.` });
      continue;
    }
    if (variable !== fieldId && fieldIds.has(variable)) {
      problems.push({ path: at, at: 'value', message: `The template "${template.id}" maps the field "${fieldId}" onto "${variable}", the id of its other field "${variable}": the workflow would get one value under that name and lose the other. Choose a variable name that is not another field's id.` });
      continue;
    }
    const first = firstFieldOf.get(variable);
    if (first !== undefined) {
      problems.push({ path: at, at: 'value', message: `The template "${template.id}" maps the fields "${first}" and "${fieldId}" to the same workflow variable "${variable}": the workflow would get only one of them. Give each field its own variable.` });
    } else firstFieldOf.set(variable, fieldId);
  }
  return problems;
}
