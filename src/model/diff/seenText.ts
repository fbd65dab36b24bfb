/**
 * The data a user has seen, as kept in their global state: the merged handbook's JSON. Comparing
 * two of these is a string equality, so checking after every reload costs next to nothing; the
 * field-by-field diff (model/diff/seenData.ts) runs only when they differ. Dependency-free, so the
 * check stays in the activation bundle while the diff lives in a lazy chunk.
 */
import type { Handbook } from '../schema';

export const SEEN_DATA_KEY = 'cePlaybook.seenData';

export function seenDataText(handbook: Handbook): string {
  return JSON.stringify(handbook);
}
