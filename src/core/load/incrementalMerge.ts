/**
 * A merge that remembers its last state (merge.ts), so a reload after one file was saved redoes
 * only what that file touched: its entries are layered again from the files that hold them, and
 * only they and the entries whose checks looked them up are checked again. Everything else (the
 * slots of the other entries, their checks, their origins) is reused. The result is the same as a
 * full merge of the same layers (test/unit/incrementalMerge.test.ts checks that on random edits).
 *
 * Only a change that keeps each changed file's ids, in order, is merged this way: then no entry
 * appears or goes away and the merged order is unchanged. Anything else (a file added, removed or
 * left out, an id added, renamed or moved, a file with problems of its own) is merged in full.
 */
import { COLLECTIONS, type CollectionName, type HandbookFile } from '../schema/schema';
import { DESTINATION_FIELDS, fieldOriginKey } from './fieldOrigins';
import { applyPatch, checkSlot, mergeState, originKey, originOf, setOrigins, stateResult, type Layer, type MergeResult, type MergeState, type Origin, type Slot } from './merge';

type Plain = Record<string, unknown>;

/** More changed files than this at once is merged in full: the saving is in small changes. */
const MAX_CHANGED_LAYERS = 3;

const entriesOf = (layer: Layer, collection: CollectionName) => ((layer.parsed.value as HandbookFile)[collection] ?? []) as unknown as Plain[];
const contributes = (layer: Layer) => layer.parsed.problems.length === 0 && layer.parsed.value !== undefined;

/** The same ids in the same order, collection by collection. */
function sameIds(a: Layer, b: Layer): boolean {
  for (const collection of COLLECTIONS) {
    const x = entriesOf(a, collection);
    const y = entriesOf(b, collection);
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i].id !== y[i].id) return false;
  }
  return true;
}

/** Whether a template of this file, or any file's version of one of its templates, has fieldChanges. */
function usesFieldChanges(layer: Layer, templates: Map<string, Slot>): boolean {
  return entriesOf(layer, 'templates').some((t) => t.fieldChanges !== undefined || templates.get(t.id as string)?.patches?.some((p) => p.patch.fieldChanges !== undefined));
}

/** Each id's index in a checked file's collection, made the first time a refold needs it. */
const positions = new WeakMap<object, Map<CollectionName, Map<string, number>>>();
function indexIn(layer: Layer, collection: CollectionName, id: string): number {
  let byCollection = positions.get(layer.parsed);
  if (!byCollection) positions.set(layer.parsed, (byCollection = new Map()));
  let byId = byCollection.get(collection);
  if (!byId) byCollection.set(collection, (byId = new Map(entriesOf(layer, collection).map((entry, index) => [entry.id as string, index]))));
  return byId.get(id)!;
}

/** The collection and id of an origins key `${collection}/${id}` (collection names have no slash). */
function splitKey(key: string): [CollectionName, string] {
  const slash = key.indexOf('/');
  return [key.slice(0, slash) as CollectionName, key.slice(slash + 1)];
}

export class MergeMemory {
  private state: MergeState | undefined;
  /**
   * The last result's origins, updated in place by the next merge (copying 30,000 keys would cost
   * more than the rest of a small merge): read a result's origins before merging again.
   */
  private origins = new Map<string, Origin[]>();
  /** Whether the last full merge's layer names were all different (a layer is found by its name). */
  private uniqueNames = false;
  /** How many merges were full and how many partial (for tests and the benchmark). */
  readonly merges = { full: 0, partial: 0 };

  /** The same result as mergeLayers(layers); its origins map is this memory's, updated by the next merge. */
  merge(layers: Layer[]): MergeResult {
    const changed = this.changedLayers(layers);
    if (!changed) return this.full(layers);
    try {
      return this.update(layers, changed);
    } catch (error) {
      this.state = undefined; // never reuse a state an update left halfway
      throw error;
    }
  }

  private full(layers: Layer[]): MergeResult {
    this.merges.full++;
    const { state, result } = mergeState(layers);
    this.state = state;
    this.origins = result.origins;
    this.uniqueNames = new Set(layers.map((l) => l.name)).size === layers.length;
    return result;
  }

  /** Positions of the layers that differ from the last merge's, or undefined when only a full merge will do. */
  private changedLayers(layers: Layer[]): number[] | undefined {
    const before = this.state?.layers;
    if (!before || !this.uniqueNames || before.length !== layers.length) return undefined;
    const changed: number[] = [];
    for (let i = 0; i < layers.length; i++) {
      const [was, is] = [before[i], layers[i]];
      if (was.name !== is.name) return undefined;
      if (was.parsed === is.parsed) continue;
      if (!contributes(was) || !contributes(is) || !sameIds(was, is) || changed.push(i) > MAX_CHANGED_LAYERS) return undefined;
    }
    return changed;
  }

  private update(layers: Layer[], changed: number[]): MergeResult {
    const state = this.state!;
    // A template changed with fieldChanges (in any file): applying them reports problems of the
    // layering itself, kept in order with every other file's: merged in full.
    if (changed.some((position) => usesFieldChanges(layers[position], state.slots.get('templates')!))) return this.full(layers);
    this.merges.partial++;
    state.layers = layers;
    if (!changed.length) return stateResult(state, this.origins);
    const byName = new Map(layers.map((layer) => [layer.name, layer]));
    const { origins } = this;
    const recheck = new Set<string>();
    for (const position of changed) {
      for (const collection of COLLECTIONS) {
        const byId = state.slots.get(collection)!;
        for (const patch of entriesOf(layers[position], collection)) {
          const id = patch.id as string;
          const key = originKey(collection, id);
          if (recheck.has(key)) continue; // in two changed files: refolded once
          const slot = this.refold(collection, id, byId.get(id)!, byName);
          byId.set(id, slot); // an existing key: the order stays
          for (const field of DESTINATION_FIELDS[collection] ?? []) origins.delete(fieldOriginKey(collection, id, field));
          setOrigins(origins, collection, id, slot);
          recheck.add(key);
        }
      }
    }
    for (const key of [...recheck]) for (const referrer of state.referrers.get(key) ?? []) recheck.add(referrer);
    for (const key of recheck) {
      const [collection, id] = splitKey(key);
      const slot = state.slots.get(collection)!.get(id);
      if (slot) checkSlot(state, collection, id, slot);
    }
    return stateResult(state, origins);
  }

  /** The entry layered again from the files that hold it (the same files as before: the ids did not change). */
  private refold(collection: CollectionName, id: string, before: Slot, byName: Map<string, Layer>): Slot {
    const { hiddenBy } = this.state!;
    hiddenBy.delete(originKey(collection, id));
    const fresh = new Map<string, Slot>();
    for (const { layer: name } of before.origins) {
      const layer = byName.get(name)!;
      const index = indexIn(layer, collection, id);
      applyPatch(fresh, collection, entriesOf(layer, collection)[index], { layer, index }, originOf(layer), hiddenBy, []);
    }
    return fresh.get(id)!;
  }
}
