/**
 * A data file's `fieldChanges` on a template: changes to fields by id, so a team adds a `when`, a
 * default or option descriptions to a bundled field without retyping it (a file's `fields` replaces
 * the whole list, as every list does). And, for a problem with a field of the merged template, the
 * place in the data files that last set the property to fix.
 */
import type { FieldChange } from '../schema/schema';

type Plain = Record<string, unknown>;
type Path = (string | number)[];

export interface FieldChangeProblem {
  /** Index of the change in the file's `fieldChanges`. */
  index: number;
  message: string;
}

/** The fields with the changes applied (new objects; the inputs are not changed). */
export function applyFieldChanges(templateId: string, fields: readonly Plain[], changes: readonly FieldChange[]): { fields: Plain[]; problems: FieldChangeProblem[] } {
  const out = [...fields];
  const problems: FieldChangeProblem[] = [];
  changes.forEach((change, index) => {
    const { before, ...properties } = change;
    const at = out.findIndex((f) => f.id === change.id);
    if (at >= 0) {
      if (before !== undefined) problems.push({ index, message: `The template "${templateId}" already has the field "${change.id}"; "before" places only a new field. Remove "before" (to move a field, list the template's "fields" in the order you want).` });
      out[at] = { ...out[at], ...properties };
      return;
    }
    const position = before === undefined ? out.length : out.findIndex((f) => f.id === before);
    if (position < 0) {
      problems.push({ index, message: `The new field "${change.id}" goes before "${before}", which is not a field of the template "${templateId}" (fields: ${out.map((f) => String(f.id)).join(', ')}). Correct the id, or remove "before" to add it at the end.` });
      return;
    }
    out.splice(position, 0, { ...properties });
  });
  return { fields: out, problems };
}

/** One data file's entry for the template (a patch), and its path in that file. */
export interface TemplatePatch<L> {
  layer: L;
  index: number;
  patch: Plain;
}

/**
 * Where the property `path[0]` of a merged field was last set: the latest file whose `fieldChanges`
 * or `fields` gives that field that property; else the latest that has the field at all.
 */
export function fieldPropertySource<L>(patches: readonly TemplatePatch<L>[], fieldId: string, path: Path): { layer: L; path: Path } | undefined {
  let fallback: { layer: L; path: Path } | undefined;
  for (let i = patches.length - 1; i >= 0; i--) {
    const { layer, index, patch } = patches[i];
    for (const list of ['fieldChanges', 'fields'] as const) {
      const items = Array.isArray(patch[list]) ? (patch[list] as Plain[]) : [];
      const at = items.findIndex((f) => f.id === fieldId);
      if (at < 0) continue;
      const base: Path = ['templates', index, list, at];
      if (items[at][path[0]] !== undefined) return { layer, path: [...base, ...path] };
      fallback ??= { layer, path: base };
    }
  }
  return fallback;
}
