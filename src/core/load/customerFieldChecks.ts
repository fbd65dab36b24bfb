/**
 * Checks of a merged template's customer fields that only the whole list can answer: the field
 * marked `customer: true` is a single line and the only one, and a field filled `fromCustomer` has a
 * customer field to be filled from, is not that field itself, and is not a choice (an account's value
 * is not one of its options). Each problem names the field and the property to fix.
 */
import type { TemplateField } from '../schema/schema';

/** The shape of conditionChecks' FieldProblem (declared here too: that module calls this one). */
interface FieldProblem {
  fieldId: string;
  path: string[];
  at: 'value';
  message: string;
}

export function customerFieldProblems(owner: string, fields: readonly TemplateField[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const customerFields = fields.filter((f) => f.customer === true);
  const first = customerFields[0];
  for (const field of customerFields) {
    if (field.type !== 'line') problems.push({ fieldId: field.id, path: ['customer'], at: 'value', message: `${owner}: the field "${field.id}" is marked as the customer's name but is a "${field.type}" field. The customer picker is a single line: make it a "line" field, or remove "customer".` });
    if (field !== first) problems.push({ fieldId: field.id, path: ['customer'], at: 'value', message: `${owner}: the fields "${first.id}" and "${field.id}" are both marked as the customer's name. Mark only one.` });
  }
  for (const field of fields) {
    const from = field.fromCustomer;
    if (from === undefined) continue;
    if (!first) {
      problems.push({ fieldId: field.id, path: ['fromCustomer'], at: 'value', message: `${owner}: the field "${field.id}" is filled from the customer's "${from}", but no field of the template is marked "customer: true", so no customer is ever picked. Mark the customer's name field, or remove "fromCustomer".` });
    } else if (field.customer === true) {
      problems.push({ fieldId: field.id, path: ['fromCustomer'], at: 'value', message: `${owner}: the field "${field.id}" is the customer's name and cannot also be filled from the customer's "${from}". Remove "fromCustomer".` });
    } else if (field.type === 'choice') {
      problems.push({ fieldId: field.id, path: ['fromCustomer'], at: 'value', message: `${owner}: the field "${field.id}" is a choice, so the customer's "${from}" could be none of its options. Fill a "line" or "text" field from the account, or remove "fromCustomer".` });
    }
  }
  return problems;
}
