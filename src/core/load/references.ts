/**
 * The references each collection's entries hold (checked against the merged whole in merge.ts), and
 * how an entry loses the optional ones that point at hidden entries.
 */
import type { CollectionName } from '../schema/schema';

type Plain = Record<string, unknown>;
const isPlainObject = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Which references each collection's entries hold. `prunable` references are optional: when they
 * point at a hidden entry they are dropped (hiding a team removes it from the channels that list
 * it), while a required reference to a hidden entry is an error.
 */
export interface Reference {
  path: (string | number)[];
  target: CollectionName;
  id: string;
  prunable: boolean;
}

export function referencesOf(collection: CollectionName, entry: Plain): Reference[] {
  const refs: Reference[] = [];
  const one = (path: (string | number)[], target: CollectionName, id: unknown, prunable = true) => {
    if (typeof id === 'string') refs.push({ path, target, id, prunable });
  };
  const many = (key: string, target: CollectionName) => {
    const list = entry[key];
    if (Array.isArray(list)) for (let i = 0; i < list.length; i++) one([key, i], target, list[i]);
  };
  const source = (path: (string | number)[], ref: unknown) => {
    if (isPlainObject(ref)) one([...path, 'page'], 'sources', ref.page, false);
  };
  source(['source'], entry.source);
  switch (collection) {
    case 'teams':
      for (const [i, r] of ((entry.routes as Plain[] | undefined) ?? []).entries()) {
        one(['routes', i, 'channel'], 'channels', r.channel);
        one(['routes', i, 'userGroup'], 'userGroups', r.userGroup);
      }
      break;
    case 'procedures':
      one(['team'], 'teams', entry.team);
      for (const [i, s] of ((entry.steps as Plain[] | undefined) ?? []).entries()) {
        one(['steps', i, 'template'], 'templates', s.template);
        one(['steps', i, 'channel'], 'channels', s.channel);
        one(['steps', i, 'userGroup'], 'userGroups', s.userGroup);
        source(['steps', i, 'source'], s.source);
      }
      break;
    case 'templates':
      one(['channel'], 'channels', entry.channel);
      if (isPlainObject(entry.delivery)) one(['delivery', 'channel'], 'channels', entry.delivery.channel, false);
      many('teams', 'teams');
      break;
    case 'userGroups':
      one(['channel'], 'channels', entry.channel);
      many('teams', 'teams');
      break;
    case 'meetings':
    case 'channels':
      many('teams', 'teams');
      break;
    case 'guides':
      one(['procedure'], 'procedures', entry.procedure, false);
      break;
    case 'sources':
      break;
  }
  return refs;
}

/** Removes the values at these paths (list items or optional properties) from a copy of the entry. */
export function prune(entry: Plain, paths: (string | number)[][]): Plain {
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
