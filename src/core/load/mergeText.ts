/** Words the merge's messages use: what one entry of each collection is called, and a short list of known ids. */
import type { CollectionName } from '../schema/schema';

export const SINGULAR: Record<CollectionName, string> = {
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
export function firstKeys(map: Map<string, unknown>, n: number): string[] {
  const keys: string[] = [];
  for (const key of map.keys()) {
    if (keys.length === n) break;
    keys.push(key);
  }
  return keys;
}
