/**
 * Layers data files over each other by id and checks the result as a whole: every entry complete,
 * every reference pointing at an entry that exists, no id used twice in one file.
 */
import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { workflowVariableProblems } from './deliveryChecks';
import type { TemplatePatch } from './fieldChanges';
import { applyTemplatePatch, entryPart, newFieldIncomplete, reportFieldProblems } from './templatePatches';
import { DESTINATION_FIELDS, fieldOriginKey, setsField } from './fieldOrigins';
import { checkGuide } from './guideMerge';
import { COLLECTIONS, ENTRY_SCHEMAS, type CollectionName, type Entry, type Handbook, type HandbookFile, type Template } from '../schema/schema';
import type { DataProblem } from './problem';
import { prune, referencesOf } from './references';
import { firstKeys, SINGULAR } from './mergeText';
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

export interface Located {
  layer: Layer;
  index: number;
}

/** One merged entry, with where it came from. */
export interface Slot {
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
  /** After the check of the merged whole: the entry to show (undefined when broken or hidden) and its problems. */
  shown?: Plain;
  problems?: DataProblem[];
}
/** By collection, then id: ids are hashed once, where `${collection}/${id}` would be built and hashed on every lookup. */
export type Slots = Map<CollectionName, Map<string, Slot>>;
type Report = (layer: Layer, path: (string | number)[], message: string, rule: string, at?: 'key' | 'value') => void;

/**
 * A merge kept whole, so a later merge that differs in one file can redo only what that file
 * touched (incrementalMerge.ts): the slots in first-seen order, where entries were hidden, the
 * problems of layers that contributed nothing, and which entries' checks looked up each entry.
 */
export interface MergeState {
  layers: Layer[];
  slots: Slots;
  hiddenBy: Map<string, Located>;
  layerProblems: DataProblem[];
  /**
   * Key `${collection}/${id}` → keys of the entries whose check looked it up (a reference, a
   * guide's procedure). Only ever grows between full merges: a stale key costs one check too many.
   */
  referrers: Map<string, Set<string>>;
}

function noteField(slot: Slot, field: string, origin: Origin, at: Located): void {
  slot.fields ??= new Map();
  const known = slot.fields.get(field);
  if (known) {
    known.origins.push(origin);
    known.last = at;
  } else slot.fields.set(field, { origins: [origin], last: at });
}

/** Applies one layer's version of an entry (a patch) to its slot, or starts the slot. */
export function applyPatch(byId: Map<string, Slot>, collection: CollectionName, patch: Plain, at: Located, origin: Origin, hiddenBy: Map<string, Located>, problems: DataProblem[]): void {
  const id = patch.id as string;
  const { layer, index } = at;
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
  if (collection === 'templates') applyTemplatePatch(byId.get(id)!, at, patch, problems);
  if (patch.hidden === true) hiddenBy.set(originKey(collection, id), at);
  for (const field of DESTINATION_FIELDS[collection] ?? []) if (setsField(patch, field)) noteField(byId.get(id)!, field, origin, at);
}

/** The layer's origin, one object per layer as the full merge makes it. */
export const originOf = (layer: Layer): Origin => ({ layer: layer.name, file: layer.parsed.file });

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
    const origin = originOf(layer);
    for (const collection of COLLECTIONS) {
      const byId = slots.get(collection)!;
      const list = (file[collection] ?? []) as unknown as Plain[];
      for (let index = 0; index < list.length; index++) applyPatch(byId, collection, list[index], { layer, index }, origin, hiddenBy, problems);
    }
  }
  return { slots, hiddenBy };
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

/**
 * Checks one merged entry against the whole: complete, references to entries that exist and are
 * shown, guides that lead somewhere. Returns the entry to show (optional references to hidden
 * entries pruned), or undefined when it is broken.
 */
function checkMerged(collection: CollectionName, id: string, slot: Slot, slots: Slots, hiddenBy: Map<string, Located>, report: Report, looked: (target: string) => void): Plain | undefined {
  const { entry } = slot;
  if (!compiledEntries.get(collection)!.Check(entry)) {
    reportIncomplete(collection, id, slot, report);
    return undefined;
  }
  const base: (string | number)[] = [collection, slot.index];
  let broken = false;
  const toPrune: (string | number)[][] = [];
  for (const ref of referencesOf(collection, entry)) {
    looked(originKey(ref.target, ref.id));
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

/** Checks one merged entry again, keeping what it shows, its problems and what it looked up in the state. */
export function checkSlot(state: MergeState, collection: CollectionName, id: string, slot: Slot): void {
  slot.shown = undefined;
  slot.problems = undefined;
  if (slot.entry.hidden === true) return;
  const report: Report = (layer, path, message, rule, at = 'value') => {
    (slot.problems ??= []).push({ file: layer.parsed.file, ...layer.parsed.locate(path, at), message, rule, severity: 'error' });
  };
  const key = originKey(collection, id);
  const looked = (target: string) => {
    const set = state.referrers.get(target);
    if (set) set.add(key);
    else state.referrers.set(target, new Set([key]));
  };
  slot.shown = checkMerged(collection, id, slot, state.slots, state.hiddenBy, report, looked);
}

/** Every origin of the merged entries and of their destination fields. */
export function setOrigins(origins: Map<string, Origin[]>, collection: CollectionName, id: string, slot: Slot): void {
  origins.set(originKey(collection, id), slot.origins);
  for (const [field, set] of slot.fields ?? []) origins.set(fieldOriginKey(collection, id, field), set.origins);
}

/** The merged handbook and the problems, in the order of the slots, from a state whose slots are all checked. */
export function stateResult(state: MergeState, origins: Map<string, Origin[]>): MergeResult {
  const problems = [...state.layerProblems];
  const handbook = {} as Record<CollectionName, Entry[]>;
  for (const collection of COLLECTIONS) {
    const list: Entry[] = [];
    for (const slot of state.slots.get(collection)!.values()) {
      if (slot.problems) for (const p of slot.problems) problems.push(p);
      if (slot.shown) list.push(slot.shown as unknown as Entry);
    }
    handbook[collection] = list;
  }
  return { handbook: handbook as unknown as Handbook, origins, problems };
}

/** Merges the layers and checks every merged entry: the state a later merge can start from. */
export function mergeState(layers: Layer[]): { state: MergeState; result: MergeResult } {
  const layerProblems: DataProblem[] = [];
  const { slots, hiddenBy } = layerEntries(layers, layerProblems);
  const state: MergeState = { layers, slots, hiddenBy, layerProblems, referrers: new Map() };
  const origins = new Map<string, Origin[]>();
  for (const collection of COLLECTIONS) {
    for (const [id, slot] of slots.get(collection)!) {
      setOrigins(origins, collection, id, slot);
      checkSlot(state, collection, id, slot);
    }
  }
  return { state, result: stateResult(state, origins) };
}

/**
 * Merges layers whose files have passed their own checks (see checkFile.ts), then checks the merged
 * whole. Linear in the number of entries.
 */
export function mergeLayers(layers: Layer[]): MergeResult {
  return mergeState(layers).result;
}
