/**
 * What changed between two sets of handbook data (two pages imported, two data folders, or the data
 * a user saw last and the data now): entries added and removed, and for entries in both, each field
 * that changed with its old and new text. An entry that lost its id but kept its text (a section
 * renamed, so its derived id changed) is reported as changed, with an `id` field change.
 */
import type { CollectionName } from '../../../core/schema/schema';
import { flattenEntry, type FieldPath } from './flatten';
import { sameData } from './sameData';

export type DataSet = Partial<Record<CollectionName, ReadonlyArray<{ id: string }>>>;

export interface EntryChange {
  collection: CollectionName;
  id: string;
  /** The entry's name or title, for people. */
  label: string;
}

export interface FieldChange extends EntryChange {
  /** e.g. `valueToTeam.text`, `steps[more-help].text`; `id` when the entry was renamed. */
  field: FieldPath;
  /** Absent when the field is new. */
  old?: string;
  /** Absent when the field was removed. */
  new?: string;
}

export interface DataDiff {
  added: EntryChange[];
  removed: EntryChange[];
  changed: FieldChange[];
}

export interface DiffOptions {
  /** Field names left out at any depth, e.g. `source` when comparing two pages. */
  ignore?: string[];
}

/** Texts at least this long that are equal in a removed and an added entry make them one entry. */
const RENAME_TEXT_LENGTH = 40;

export function entryLabel(entry: { id: string }): string {
  const e = entry as { name?: unknown; title?: unknown };
  return typeof e.name === 'string' ? e.name : typeof e.title === 'string' ? e.title : entry.id;
}

export function diffData(before: DataSet, after: DataSet, options: DiffOptions = {}): DataDiff {
  const ignore = new Set(options.ignore ?? []);
  const fieldsOf = (entry: { id: string }) => {
    const fields = flattenEntry(entry);
    fields.delete('id');
    for (const path of [...fields.keys()]) if (path.split(/[.[\]]+/).some((segment) => ignore.has(segment))) fields.delete(path);
    return fields;
  };
  const result: DataDiff = { added: [], removed: [], changed: [] };
  const compare = (collection: CollectionName, previous: { id: string }, entry: { id: string }) => {
    // Most entries did not change: comparing them is much cheaper than listing their fields.
    if (previous === entry || sameData(previous, entry)) return;
    const ref = { collection, id: entry.id, label: entryLabel(entry) };
    if (previous.id !== entry.id) result.changed.push({ ...ref, field: 'id', old: previous.id, new: entry.id });
    result.changed.push(...fieldChanges(fieldsOf(previous), fieldsOf(entry)).map((change) => ({ ...ref, ...change })));
  };
  // The collections in the order the data has them (the schema's), without loading the schema.
  const collections = [...new Set([...Object.keys(after), ...Object.keys(before)])] as CollectionName[];
  for (const collection of collections) {
    const aligned = alignedPairs(before[collection] ?? [], after[collection] ?? []);
    if (aligned) {
      for (const [previous, entry] of aligned) compare(collection, previous, entry);
      continue;
    }
    const old = new Map((before[collection] ?? []).map((e) => [e.id, e]));
    const next = new Map((after[collection] ?? []).map((e) => [e.id, e]));
    const removed = [...old.values()].filter((e) => !next.has(e.id));
    const added = [...next.values()].filter((e) => !old.has(e.id));
    const renamed = pairRenamed(removed, added, fieldsOf);
    for (const entry of after[collection] ?? []) {
      const previous = old.get(entry.id) ?? renamed.get(entry);
      if (previous) compare(collection, previous, entry);
      else result.added.push({ collection, id: entry.id, label: entryLabel(entry) });
    }
    const paired = new Set([...renamed.values()]);
    for (const entry of removed) if (!paired.has(entry)) result.removed.push({ collection, id: entry.id, label: entryLabel(entry) });
  }
  return result;
}

/**
 * The usual reload: the same entries in the same places, a few of them edited. Then only the
 * entries that are not the very same object are compared, without a map of every id (at 10,000
 * teams the maps cost more than the comparison). Undefined when an entry was added, removed or
 * moved: the general comparison decides. Ids are unique in a collection (the loader refuses an id
 * used twice), so both ways pair the same entries.
 */
function alignedPairs(before: ReadonlyArray<{ id: string }>, after: ReadonlyArray<{ id: string }>): Array<[{ id: string }, { id: string }]> | undefined {
  if (before.length !== after.length) return undefined;
  const pairs: Array<[{ id: string }, { id: string }]> = [];
  for (let i = 0; i < after.length; i++) {
    const previous = before[i];
    const entry = after[i];
    if (previous.id !== entry.id) return undefined;
    if (previous !== entry) pairs.push([previous, entry]);
  }
  return pairs;
}

/** Field by field, in the new entry's order, then fields only the old entry had. */
function fieldChanges(old: Map<FieldPath, string>, next: Map<FieldPath, string>): { field: FieldPath; old?: string; new?: string }[] {
  const changes: { field: FieldPath; old?: string; new?: string }[] = [];
  for (const [field, value] of next) {
    const before = old.get(field);
    if (before !== value) changes.push({ field, ...(before !== undefined ? { old: before } : {}), new: value });
  }
  for (const [field, value] of old) if (!next.has(field)) changes.push({ field, old: value });
  return changes;
}

/** Pairs added entries with removed ones that share a long text (best match first). */
function pairRenamed<E extends { id: string }>(removed: E[], added: E[], fieldsOf: (e: E) => Map<FieldPath, string>): Map<E, E> {
  const pairs = new Map<E, E>();
  const candidates: { before: E; after: E; shared: number }[] = [];
  for (const before of removed) {
    const oldTexts = new Set([...fieldsOf(before).values()].filter((v) => v.length >= RENAME_TEXT_LENGTH));
    for (const after of added) {
      const shared = [...fieldsOf(after).values()].filter((v) => oldTexts.has(v)).length;
      if (shared > 0) candidates.push({ before, after, shared });
    }
  }
  const used = new Set<E>();
  for (const { before, after } of candidates.sort((a, b) => b.shared - a.shared)) {
    if (used.has(before) || used.has(after)) continue;
    used.add(before).add(after);
    pairs.set(after, before);
  }
  return pairs;
}

export function isEmptyDiff(diff: DataDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length === 0;
}
