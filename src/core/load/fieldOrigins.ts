/**
 * Which file set the fields a ticket's destination depends on. The merge records, next to each
 * entry's origins (`templates/<id>`), the layers that set each of these fields
 * (`templates/<id>#delivery.mode`), so "Send to Slack" can name the data file that sent a ticket
 * somewhere other than the bundled handbook does, not only the file that last touched the entry.
 */
import type { CollectionName } from '../schema/schema';

/** Dotted paths inside an entry, per collection; only these are tracked (a few per entry, cheap). */
export const DESTINATION_FIELDS: Partial<Record<CollectionName, readonly string[]>> = {
  templates: ['channel', 'delivery.mode', 'delivery.channel', 'delivery.variables'],
  channels: ['name', 'slackId'],
};

/** The origins key of one field of an entry. */
export const fieldOriginKey = (collection: CollectionName, id: string, field: string) => `${collection}/${id}#${field}`;

/** Whether a data file's entry (a patch) sets the field at this dotted path. */
export function setsField(patch: Record<string, unknown>, field: string): boolean {
  let value: unknown = patch;
  for (const key of field.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    value = (value as Record<string, unknown>)[key];
  }
  return value !== undefined;
}
