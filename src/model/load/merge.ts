/**
 * Layers data files over each other by id and checks the result as a whole: every entry complete,
 * every reference pointing at an entry that exists, no id used twice in one file.
 */
import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { guideProblems } from './guideChecks';
import { COLLECTIONS, ENTRY_SCHEMAS, type CollectionName, type Entry, type Guide, type Handbook, type HandbookFile, type Procedure } from '../schema';
import type { DataProblem } from './problem';
import { readablePath, validateDataFile } from './validate';
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
  /** Key `${collection}/${id}` → the layers that defined or changed the entry, in order. */
  origins: Map<string, Origin[]>;
  problems: DataProblem[];
  /** Layers that failed and so contributed nothing. */
  failedLayers: string[];
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

/**
 * Which references each collection's entries hold. `prunable` references are optional: when they
 * point at a hidden entry they are dropped (hiding a team removes it from the channels that list
 * it), while a required reference to a hidden entry is an error.
 */
function* referencesOf(collection: CollectionName, entry: Plain): Generator<{ path: (string | number)[]; target: CollectionName; id: string; prunable: boolean }> {
  const one = (path: (string | number)[], target: CollectionName, id: unknown, prunable = true) => (typeof id === 'string' ? [{ path, target, id, prunable }] : []);
  const many = (key: string, target: CollectionName) =>
    Array.isArray(entry[key]) ? (entry[key] as unknown[]).flatMap((id, i) => one([key, i], target, id)) : [];
  const source = (path: (string | number)[], ref: unknown) => (isPlainObject(ref) ? one([...path, 'page'], 'sources', ref.page, false) : []);
  yield* source(['source'], entry.source);
  switch (collection) {
    case 'teams':
      for (const [i, r] of ((entry.routes as Plain[] | undefined) ?? []).entries()) {
        yield* one(['routes', i, 'channel'], 'channels', r.channel);
        yield* one(['routes', i, 'userGroup'], 'userGroups', r.userGroup);
      }
      break;
    case 'procedures':
      yield* one(['team'], 'teams', entry.team);
      for (const [i, s] of ((entry.steps as Plain[] | undefined) ?? []).entries()) {
        yield* one(['steps', i, 'template'], 'templates', s.template);
        yield* one(['steps', i, 'channel'], 'channels', s.channel);
        yield* one(['steps', i, 'userGroup'], 'userGroups', s.userGroup);
        yield* source(['steps', i, 'source'], s.source);
      }
      break;
    case 'templates':
      yield* one(['channel'], 'channels', entry.channel);
      yield* many('teams', 'teams');
      break;
    case 'userGroups':
      yield* one(['channel'], 'channels', entry.channel);
      yield* many('teams', 'teams');
      break;
    case 'meetings':
    case 'channels':
      yield* many('teams', 'teams');
      break;
    case 'guides':
      yield* one(['procedure'], 'procedures', entry.procedure, false);
      break;
    case 'sources':
      break;
  }
}

/** Removes the values at these paths (list items or optional properties) from a copy of the entry. */
function prune(entry: Plain, paths: (string | number)[][]): Plain {
  const copy = structuredClone(entry);
  // Remove list items from the highest index down so earlier indexes stay valid.
  const sorted = [...paths].sort((a, b) => Number(b[b.length - 1]) - Number(a[a.length - 1]));
  for (const path of sorted) {
    let parent: unknown = copy;
    for (const segment of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[segment];
    const last = path[path.length - 1];
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else if (isPlainObject(parent)) delete parent[String(last)];
  }
  return copy;
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
};

export function mergeLayers(layers: Layer[]): MergeResult {
  const problems: DataProblem[] = [];
  const failedLayers: string[] = [];
  const entries = new Map<CollectionName, Map<string, Plain>>(COLLECTIONS.map((c) => [c, new Map()]));
  const origins = new Map<string, Origin[]>();
  const lastSeen = new Map<string, Located>();
  /** Where each hidden entry was hidden, so a reference to it is reported at that `hidden:` line. */
  const hiddenBy = new Map<string, Located>();

  const report = (layer: Layer, path: (string | number)[], message: string, rule: string, at: 'key' | 'value' = 'value') => {
    problems.push({ file: layer.parsed.file, ...layer.parsed.locate(path, at), message, rule, severity: 'error' });
  };

  for (const layer of layers) {
    const { parsed } = layer;
    if (parsed.problems.length > 0 || parsed.value === undefined) {
      problems.push(...parsed.problems);
      failedLayers.push(layer.name);
      continue;
    }
    const issues = validateDataFile(parsed.value);
    const fileProblems: DataProblem[] = issues.map((i) => ({
      file: parsed.file,
      ...parsed.locate(i.path, i.at),
      message: i.message,
      rule: 'schema',
      severity: 'error',
    }));
    const file = parsed.value as HandbookFile;
    for (const collection of COLLECTIONS) {
      const ids = new Map<string, number>();
      const list = Array.isArray(file[collection]) ? file[collection] : [];
      for (const [index, item] of list.entries()) {
        // Entries of the wrong shape are already reported by the schema check above.
        if (typeof item !== 'object' || item === null || typeof item.id !== 'string') continue;
        const first = ids.get(item.id);
        if (first !== undefined) {
          fileProblems.push({
            file: parsed.file,
            ...parsed.locate([collection, index, 'id']),
            message: `The ${SINGULAR[collection]} id "${item.id}" is used twice in this file (first at ${collection}[${first}]). Ids must be unique; merge the two entries.`,
            rule: 'duplicate-id',
            severity: 'error',
          });
        } else ids.set(item.id, index);
      }
    }
    if (fileProblems.length > 0) {
      // A file with problems contributes nothing until it is fixed; other files still apply.
      problems.push(...fileProblems);
      failedLayers.push(layer.name);
      continue;
    }
    for (const collection of COLLECTIONS) {
      const target = entries.get(collection)!;
      for (const [index, item] of (file[collection] ?? []).entries()) {
        const patch = item as unknown as Plain;
        const existing = target.get(item.id);
        target.set(item.id, existing ? mergeEntry(existing, patch) : mergeEntry({}, patch));
        const key = originKey(collection, item.id);
        origins.set(key, [...(origins.get(key) ?? []), { layer: layer.name, file: parsed.file }]);
        lastSeen.set(key, { layer, index });
        if (patch.hidden === true) hiddenBy.set(key, { layer, index });
      }
    }
  }

  // Check the merged whole: complete entries, and references to entries that exist (and are shown).
  const visible = (collection: CollectionName, id: string) => {
    const e = entries.get(collection)!.get(id);
    return e !== undefined && e.hidden !== true;
  };
  const handbook = {} as Record<CollectionName, Entry[]>;
  for (const collection of COLLECTIONS) {
    const list: Entry[] = [];
    for (const [id, entry] of entries.get(collection)!) {
      if (entry.hidden === true) continue;
      const where = lastSeen.get(originKey(collection, id))!;
      const base: (string | number)[] = [collection, where.index];
      const compiled = compiledEntries.get(collection)!;
      if (!compiled.Check(entry)) {
        const seen = new Set<string>();
        for (const error of compiled.Errors(entry)) {
          if (seen.has(error.path)) continue;
          seen.add(error.path);
          const rel = error.path.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
          const prop = rel.length ? String(rel[rel.length - 1]) : id;
          const message = error.message === 'Expected required property'
            ? `The ${SINGULAR[collection]} "${id}" is missing "${prop}". A new entry must have every required property; to change an existing one, check that its id matches.`
            : `The ${SINGULAR[collection]} "${id}": "${prop}" ${error.message.toLowerCase()}.`;
          report(where.layer, rel.length && error.message === 'Expected required property' ? base : [...base, ...rel], message, 'schema', 'key');
        }
        continue;
      }
      let broken = false;
      const toPrune: (string | number)[][] = [];
      for (const ref of referencesOf(collection, entry)) {
        if (visible(ref.target, ref.id)) continue;
        const hidden = entries.get(ref.target)!.has(ref.id);
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
          where.layer,
          [...base, ...ref.path],
          hidden
            ? `The ${SINGULAR[collection]} "${id}" needs the ${SINGULAR[ref.target]} "${ref.id}", which is hidden. Unhide it or change the reference.`
            : `The ${SINGULAR[collection]} "${id}" refers to the ${SINGULAR[ref.target]} "${ref.id}", which does not exist. Known: ${[...entries.get(ref.target)!.keys()].slice(0, 12).join(', ') || 'none'}.`,
          'unknown-reference',
        );
      }
      if (collection === 'guides' && !broken) {
        // A guide's questions must lead somewhere: every answer to a node, every outcome to a step.
        const procedure = entries.get('procedures')!.get(String(entry.procedure));
        for (const problem of guideProblems(entry as unknown as Guide, procedure as unknown as Procedure | undefined)) {
          broken = true;
          report(where.layer, [...base, ...problem.path], `The guide "${id}": ${problem.message}`, 'guide');
        }
      }
      if (!broken) list.push((toPrune.length ? prune(entry, toPrune) : entry) as unknown as Entry);
    }
    handbook[collection] = list;
  }
  return { handbook: handbook as unknown as Handbook, origins, problems, failedLayers };
}
