/**
 * Layers data files over each other by id and checks the result as a whole: every entry complete,
 * every reference pointing at an entry that exists, no id used twice in one file.
 */
import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { fieldProblems } from './conditionChecks';
import { workflowVariableProblems } from './deliveryChecks';
import { applyFieldChanges, fieldPropertySource, type TemplatePatch } from './fieldChanges';
import { DESTINATION_FIELDS, fieldOriginKey, setsField } from './fieldOrigins';
import { checkGuide } from './guideMerge';
import { COLLECTIONS, ENTRY_SCHEMAS, type CollectionName, type Entry, type FieldChange, type Handbook, type HandbookFile, type Template } from '../schema';
import type { DataProblem } from './problem';
import { prune, referencesOf } from './references';
import { readablePath } from './validate';
import type { ParsedFile } from './yamlFile';

/** Where an entry (or its latest change) came from. */
export interface Origin {
  /** "bundled" for the extension's own data, otherwise the data file's path. */
  layer: string;
  file: string;
}

export interface Layer {
  /** "bundled", or the path of a workspace data file. */
  name: string;
  parsed: ParsedFile;
}

export interface MergeResult {
  handbook: Handbook;
  /**
   * Key `${collection}/${id}` → the layers that defined or changed the entry, in order; and key
   * `${collection}/${id}#${field}` → the layers that set one of its DESTINATION_FIELDS (fieldOrigins.ts).
   */
  origins: Map<string, Origin[]>;
  problems: DataProblem[];
}

const compiledEntries = new Map(COLLECTIONS.map((c) => [c, TypeCompiler.Compile<TSchema>(ENTRY_SCHEMAS[c])]));

type Plain = Record<string, unknown>;
const isPlainObject = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep-merges objects; lists and scalars in the patch replace what was there. Own keys only. */
function mergeEntry(base: Plain, patch: Plain): Plain {
  const out: Plain = Object.create(null);
  for (const key of Object.keys(base)) out[key] = base[key];
  for (const key of Object.keys(patch)) {
    const next = patch[key];
    out[key] = isPlainObject(out[key]) && isPlainObject(next) ? mergeEntry(out[key] as Plain, next) : next;
  }
  return { ...out };
}

export const originKey = (collection: CollectionName, id: string) => `${collection}/${id}`;

interface Located {
  layer: Layer;
  index: number;
}

const SINGULAR: Record<CollectionName, string> = {
  sources: 'source page',
  teams: 'team',
  procedures: 'procedure',
  templates: 'template',
  meetings: 'meeting',
  channels: 'channel',
  userGroups: 'user group',
  guides: 'guide',
  customers: 'customer',
};

/** The first `n` keys of a map, without copying all of them (a message per problem stays cheap). */
function firstKeys(map: Map<string, unknown>, n: number): string[] {
  const keys: string[] = [];
  for (const key of map.keys()) {
    if (keys.length === n) break;
    keys.push(key);
  }
  return keys;
}

/** One merged entry, with where it came from. */
interface Slot {
  entry: Plain;
  /** The entry before its last layer changed it: what a change dropped can be named. */
  previous?: Plain;
  origins: Origin[];
  /** The last layer that defined or changed it, and the entry's index there. */
  layer: Layer;
  index: number;
  /** The destination fields set by a layer: which layers set each, and the last one with the entry's index there. */
  fields?: Map<string, { origins: Origin[]; last: Located }>;
  /** Templates: every file's entry for it, so a problem with a field is reported where it was set. */
  patches?: TemplatePatch<Layer>[];
}
/** By collection, then id: ids are hashed once, where `${collection}/${id}` would be built and hashed on every lookup. */
type Slots = Map<CollectionName, Map<string, Slot>>;
type Report = (layer: Layer, path: (string | number)[], message: string, rule: string, at?: 'key' | 'value') => void;

function noteField(slot: Slot, field: string, origin: Origin, at: Located): void {
  slot.fields ??= new Map();
  const known = slot.fields.get(field);
  if (known) {
    known.origins.push(origin);
    known.last = at;
  } else slot.fields.set(field, { origins: [origin], last: at });
}

/** The entry as merged: a template patch's `fieldChanges` are applied by applyTemplatePatch, never kept. */
function entryPart(patch: Plain): Plain {
  if (patch.fieldChanges === undefined) return patch;
  const { fieldChanges: _changes, ...rest } = patch;
  return rest;
}

/** Records a template's patch and applies its `fieldChanges`; a change that cannot apply is a problem of its file. */
function applyTemplatePatch(slot: Slot, at: Located, patch: Plain, problems: DataProblem[]): void {
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

/** Layers the files' entries over each other by id. A layer with problems of its own contributes nothing. */
function layerEntries(layers: Layer[], problems: DataProblem[]): { slots: Slots; hiddenBy: Map<string, Located> } {
  const slots: Slots = new Map(COLLECTIONS.map((c) => [c, new Map()]));
  /** Where each hidden entry was hidden, so a reference to it is reported at that `hidden:` line. */
  const hiddenBy = new Map<string, Located>();
  for (const layer of layers) {
    const { parsed } = layer;
    if (parsed.problems.length > 0 || parsed.value === undefined) {
      problems.push(...parsed.problems);
      continue;
    }
    const file = parsed.value as HandbookFile;
    const origin: Origin = { layer: layer.name, file: parsed.file };
    for (const collection of COLLECTIONS) {
      const byId = slots.get(collection)!;
      const list = file[collection] ?? [];
      for (let index = 0; index < list.length; index++) {
        const patch = list[index] as unknown as Plain;
        const id = patch.id as string;
        const slot = byId.get(id);
        if (slot) {
          slot.previous = slot.entry;
          slot.entry = mergeEntry(slot.entry, entryPart(patch));
          slot.origins.push(origin);
          slot.layer = layer;
          slot.index = index;
        } else {
          // An entry from one layer only is used as it is (checked data is never changed in place:
          // pruning copies), so a large handbook is not held twice.
          byId.set(id, { entry: entryPart(patch), origins: [origin], layer, index });
        }
        if (collection === 'templates') applyTemplatePatch(byId.get(id)!, { layer, index }, patch, problems);
        if (patch.hidden === true) hiddenBy.set(originKey(collection, id), { layer, index });
        for (const field of DESTINATION_FIELDS[collection] ?? []) if (setsField(patch, field)) noteField(byId.get(id)!, field, origin, { layer, index });
      }
    }
  }
  return { slots, hiddenBy };
}

/** A field a file's `fieldChanges` added without a required property: reported at that change. */
function newFieldIncomplete(collection: CollectionName, id: string, slot: Slot, rel: (string | number)[], prop: string, message: string, report: Report): boolean {
  if (collection !== 'templates' || rel[0] !== 'fields' || typeof rel[1] !== 'number' || message !== 'Expected required property') return false;
  const fieldId = String((slot.entry.fields as Plain[] | undefined)?.[rel[1]]?.id);
  const source = fieldPropertySource(slot.patches ?? [], fieldId, []);
  if (!source || !source.path.includes('fieldChanges')) return false;
  report(source.layer, [...source.path, 'id'], `The template "${id}": the new field "${fieldId}" is missing "${prop}". A field added with fieldChanges needs "label", "type" and "required"; to change a field the template has, check its id.`, 'schema', 'value');
  return true;
}

/** An incomplete entry: one problem per property, at the entry's last layer. */
function reportIncomplete(collection: CollectionName, id: string, slot: Slot, report: Report): void {
  const base: (string | number)[] = [collection, slot.index];
  const seen = new Set<string>();
  for (const error of compiledEntries.get(collection)!.Errors(slot.entry)) {
    if (seen.has(error.path)) continue;
    seen.add(error.path);
    const rel = error.path.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const prop = rel.length ? String(rel[rel.length - 1]) : id;
    if (newFieldIncomplete(collection, id, slot, rel, prop, error.message, report)) continue;
    const message = error.message === 'Expected required property'
      ? `The ${SINGULAR[collection]} "${id}" is missing "${prop}". A new entry must have every required property; to change an existing one, check that its id matches.`
      : `The ${SINGULAR[collection]} "${id}": "${prop}" ${error.message.toLowerCase()}.`;
    report(slot.layer, rel.length && error.message === 'Expected required property' ? base : [...base, ...rel], message, 'schema', 'key');
  }
}

/** The template's fields checked as a list (conditions, options, defaults); returns whether any is wrong. */
function reportFieldProblems(entry: Plain, slot: Slot, report: Report): boolean {
  const problems = fieldProblems(entry as unknown as Template);
  for (const problem of problems) {
    const source = fieldPropertySource(slot.patches ?? [], problem.fieldId, problem.path) ?? { layer: slot.layer, path: ['templates', slot.index] };
    report(source.layer, source.path, problem.message, 'field-condition', problem.at);
  }
  return problems.length > 0;
}

/**
 * Checks one merged entry against the whole: complete, references to entries that exist and are
 * shown, guides that lead somewhere. Returns the entry to show (optional references to hidden
 * entries pruned), or undefined when it is broken.
 */
function checkMerged(collection: CollectionName, id: string, slot: Slot, slots: Slots, hiddenBy: Map<string, Located>, report: Report): Plain | undefined {
  const { entry } = slot;
  if (!compiledEntries.get(collection)!.Check(entry)) {
    reportIncomplete(collection, id, slot, report);
    return undefined;
  }
  const base: (string | number)[] = [collection, slot.index];
  let broken = false;
  const toPrune: (string | number)[][] = [];
  for (const ref of referencesOf(collection, entry)) {
    const target = slots.get(ref.target)!.get(ref.id);
    if (target !== undefined && target.entry.hidden !== true) continue;
    const hidden = target !== undefined;
    if (hidden && ref.prunable) {
      toPrune.push(ref.path);
      continue;
    }
    broken = true;
    const hider = hidden ? hiddenBy.get(originKey(ref.target, ref.id)) : undefined;
    if (hider) {
      // The mistake is the hiding (the entry that needs it may be bundled): point at `hidden:`.
      report(
        hider.layer,
        [ref.target, hider.index, 'hidden'],
        `The ${SINGULAR[ref.target]} "${ref.id}" is hidden here, but the ${SINGULAR[collection]} "${id}" needs it (${readablePath(ref.path)}). Unhide it, or change that reference in a data file.`,
        'hidden-needed',
        'key',
      );
      continue;
    }
    report(
      slot.layer,
      [...base, ...ref.path],
      hidden
        ? `The ${SINGULAR[collection]} "${id}" needs the ${SINGULAR[ref.target]} "${ref.id}", which is hidden. Unhide it or change the reference.`
        : `The ${SINGULAR[collection]} "${id}" refers to the ${SINGULAR[ref.target]} "${ref.id}", which does not exist. Known: ${firstKeys(slots.get(ref.target)!, 12).join(', ') || 'none'}.`,
      'unknown-reference',
    );
  }
  // A guide's questions must lead somewhere: every answer to a node, every outcome to a step.
  if (collection === 'guides' && !broken) broken = checkGuide(id, slot, slots.get('procedures')!.get(String(entry.procedure)), report);
  if (collection === 'templates' && !broken) {
    // Reported where the variables were last set (a team file may map the fields of a bundled template).
    const at = slot.fields?.get('delivery.variables')?.last ?? slot;
    for (const problem of workflowVariableProblems(entry as unknown as Template)) {
      broken = true;
      report(at.layer, [collection, at.index, ...problem.path], problem.message, 'workflow-variables', problem.at);
    }
  }
  if (collection === 'templates' && !broken) broken = reportFieldProblems(entry, slot, report);
  if (broken) return undefined;
  return toPrune.length ? prune(entry, toPrune) : entry;
}

/**
 * Merges layers whose files have passed their own checks (see checkFile.ts), then checks the merged
 * whole. Linear in the number of entries.
 */
export function mergeLayers(layers: Layer[]): MergeResult {
  const problems: DataProblem[] = [];
  const report: Report = (layer, path, message, rule, at = 'value') => {
    problems.push({ file: layer.parsed.file, ...layer.parsed.locate(path, at), message, rule, severity: 'error' });
  };
  const { slots, hiddenBy } = layerEntries(layers, problems);
  const handbook = {} as Record<CollectionName, Entry[]>;
  const origins = new Map<string, Origin[]>();
  for (const collection of COLLECTIONS) {
    const list: Entry[] = [];
    for (const [id, slot] of slots.get(collection)!) {
      origins.set(originKey(collection, id), slot.origins);
      for (const [field, set] of slot.fields ?? []) origins.set(fieldOriginKey(collection, id, field), set.origins);
      if (slot.entry.hidden === true) continue;
      const shown = checkMerged(collection, id, slot, slots, hiddenBy, report);
      if (shown) list.push(shown as unknown as Entry);
    }
    handbook[collection] = list;
  }
  return { handbook: handbook as unknown as Handbook, origins, problems };
}
