/**
 * An entry as a flat list of fields, each with a readable path: `valueToTeam.text`,
 * `steps[more-help].text` (list items with an id are named by it), `collaboration.details[0]`.
 * Lists of ids (`teams: [sales, product]`) are one field, "sales, product", so reordering or adding
 * one reads as one change.
 */
export type FieldPath = string;

const ID = /^[a-z0-9][a-z0-9-]*$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function flattenEntry(entry: unknown, prefix = ''): Map<FieldPath, string> {
  const fields = new Map<FieldPath, string>();
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      if (value.length && value.every((v) => typeof v === 'string' && ID.test(v))) fields.set(path, value.join(', '));
      else if (value.every((v) => isObject(v) && typeof v.id === 'string')) {
        for (const item of value as { id: string }[]) visit(item, `${path}[${item.id}]`);
      } else value.forEach((v, i) => visit(v, `${path}[${i}]`));
      if (value.length === 0) fields.set(path, '');
    } else if (isObject(value)) {
      for (const [key, v] of Object.entries(value)) {
        // An item's id is in its path already.
        if (key === 'id' && /\]$/.test(path)) continue;
        visit(v, path ? `${path}.${key}` : key);
      }
    } else if (value !== undefined) {
      fields.set(path, String(value));
    }
  };
  visit(entry, prefix);
  return fields;
}
