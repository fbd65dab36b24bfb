/**
 * The building blocks every collection's schema shares (ids, references, text, an entry, where in
 * the handbook it comes from). Kept apart from schema.ts so a collection declared in a file of its
 * own (customerSchema.ts, meetingSchema.ts, guideSchema.ts) uses the same ones without an import circle.
 */
import { Type, type Static, type TProperties } from '@sinclair/typebox';

export const Id = Type.String({
  pattern: '^[a-z0-9][a-z0-9-]*$',
  minLength: 1,
  maxLength: 80,
  description: 'Stable identifier: lower-case letters, digits and dashes. Other entries refer to this entry by it.',
});
export const Ref = (what: string) => Type.String({ ...Id, description: `The id of a ${what}.` });
// No uniqueItems: TypeBox checks it by hashing every item, the slowest part of validation, and a
// repeated id in a list is harmless.
export const RefList = (what: string) => Type.Array(Ref(what), { description: `Ids of ${what}s.` });
/** Text shown to CEs. Inline Markdown is allowed (emphasis, code, links with https: or mailto:). */
export const Text = (description: string) => Type.String({ minLength: 1, maxLength: 5000, description });

/** An entry of a collection: its `id` and its properties, nothing else (a data file's patch of it: schema.ts). */
export function entry<P extends TProperties>(properties: P, description: string) {
  return Type.Object({ id: Id, ...properties }, { additionalProperties: false, description });
}

export const SourceRef = Type.Object(
  {
    page: Ref('source page (see `sources`)'),
    section: Type.String({ minLength: 1, maxLength: 200, description: 'The heading of the section on that page, exactly as written.' }),
  },
  { additionalProperties: false, description: 'Where in the handbook this entry comes from.' },
);

export type SourceRef = Static<typeof SourceRef>;
