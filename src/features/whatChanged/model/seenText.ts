/**
 * The data a user has seen: the merged handbook's JSON, kept in a file of the extension's global
 * storage, and its digest, kept in global state. Comparing digests after every reload costs next to
 * nothing and keeps global state small (which VS Code loads with every window); the file is read,
 * and the field-by-field diff (features/whatChanged/model/seenData.ts) runs, only when they differ. Dependency-free,
 * so the check (the small seenData chunk) never loads the diff's chunk.
 */
import { createHash } from 'node:crypto';
import type { Handbook } from '../../../core/schema/schema';

export const SEEN_DIGEST_KEY = 'cePlaybook.seenDataDigest';
export const SEEN_DATA_FILE = 'seen-data.json';

export const seenDigest = (text: string): string => createHash('sha256').update(text).digest('hex');

export function seenDataText(handbook: Handbook): string {
  return JSON.stringify(handbook);
}
