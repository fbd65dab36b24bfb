/**
 * The building blocks every collection's schema shares (ids, references, text). Kept apart from
 * schema.ts so a collection declared in a file of its own (customerSchema.ts) uses the same ones
 * without an import circle.
 */
import { Type } from '@sinclair/typebox';

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
