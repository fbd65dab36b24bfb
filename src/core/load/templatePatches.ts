/**
 * A template's patch in the merge: its `fieldChanges` are applied to the merged fields, never kept
 * in the entry, and every file's patch is remembered so a field's problem is reported where it was set.
 */
import type { CollectionName, FieldChange, Template } from '../schema/schema';
import { fieldProblems } from './conditionChecks';
import { applyFieldChanges, fieldPropertySource, type TemplatePatch } from './fieldChanges';
import type { DataProblem } from './problem';
import type { ParsedFile } from './yamlFile';

type Plain = Record<string, unknown>;

interface PatchedSlot<L> {
  entry: Plain;
  patches?: TemplatePatch<L>[];
  layer: L;
  index: number;
}
type Report<L> = (layer: L, path: (string | number)[], message: string, rule: string, at?: 'key' | 'value') => void;

/** The entry as merged: a template patch's `fieldChanges` are applied by applyTemplatePatch, never kept. */
export function entryPart(patch: Plain): Plain {
  if (patch.fieldChanges === undefined) return patch;
  const { fieldChanges: _changes, ...rest } = patch;
  return rest;
}

/** Records a template's patch and applies its `fieldChanges`; a change that cannot apply is a problem of its file. */
export function applyTemplatePatch<L extends { parsed: ParsedFile }>(slot: Omit<PatchedSlot<L>, 'layer' | 'index'>, at: { layer: L; index: number }, patch: Plain, problems: DataProblem[]): void {
  (slot.patches ??= []).push({ layer: at.layer, index: at.index, patch });
  if (!Array.isArray(patch.fieldChanges)) return;
  const fields = Array.isArray(slot.entry.fields) ? (slot.entry.fields as Plain[]) : [];
  const applied = applyFieldChanges(String(patch.id), fields, patch.fieldChanges as FieldChange[]);
  slot.entry = { ...slot.entry, fields: applied.fields };
  const { parsed } = at.layer;
  for (const p of applied.problems) {
    problems.push({ file: parsed.file, ...parsed.locate(['templates', at.index, 'fieldChanges', p.index, 'id'], 'value'), message: p.message, rule: 'field-changes', severity: 'error' });
  }
}

/** A field a file's `fieldChanges` added without a required property: reported at that change. */
export function newFieldIncomplete<L>(collection: CollectionName, id: string, slot: PatchedSlot<L>, rel: (string | number)[], prop: string, message: string, report: Report<L>): boolean {
  if (collection !== 'templates' || rel[0] !== 'fields' || typeof rel[1] !== 'number' || message !== 'Expected required property') return false;
  const fieldId = String((slot.entry.fields as Plain[] | undefined)?.[rel[1]]?.id);
  const source = fieldPropertySource(slot.patches ?? [], fieldId, []);
  if (!source || !source.path.includes('fieldChanges')) return false;
  report(source.layer, [...source.path, 'id'], `The template "${id}": the new field "${fieldId}" is missing "${prop}". A field added with fieldChanges needs "label", "type" and "required"; to change a field the template has, check its id.`, 'schema', 'value');
  return true;
}

/** The template's fields checked as a list (conditions, options, defaults); returns whether any is wrong. */
export function reportFieldProblems<L>(entry: Plain, slot: PatchedSlot<L>, report: Report<L>): boolean {
  const problems = fieldProblems(entry as unknown as Template);
  for (const problem of problems) {
    const source = fieldPropertySource(slot.patches ?? [], problem.fieldId, problem.path) ?? { layer: slot.layer, path: ['templates', slot.index] };
    report(source.layer, source.path, problem.message, 'field-condition', problem.at);
  }
  return problems.length > 0;
}
