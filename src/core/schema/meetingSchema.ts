/**
 * The `meetings` collection (see schema.ts, which re-exports these): a recurring team meeting, and
 * its cadence as structured data, from which the tree works out the next date.
 */
import { Type, type Static } from '@sinclair/typebox';
import { entry, RefList, SourceRef, Text } from './schemaParts';

export const Weekday = Type.Union(
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d) => Type.Literal(d)),
  { description: 'Day of the week.' },
);
export const Frequency = Type.Union([Type.Literal('weekly'), Type.Literal('every-other-week'), Type.Literal('monthly')], {
  description: 'How often the meeting happens. The handbook’s "bi-weekly" means every other week.',
});
// The pattern refuses month 13 or day 32 as you type; the loader also refuses days a month lacks (Feb 30).
const IsoDate = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', description: 'A date as YYYY-MM-DD.' });

export const Cadence = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 200, description: 'The cadence as the handbook words it, e.g. "bi-weekly on Wednesdays".' }),
    frequency: Frequency,
    weekday: Weekday,
    referenceDate: Type.Optional(
      Type.String({ ...IsoDate, description: 'A date (YYYY-MM-DD) on which the meeting took or takes place; needed to tell which week an every-other-week meeting falls in.' }),
    ),
    weekOfMonth: Type.Optional(
      Type.Union([Type.Literal(1), Type.Literal(2), Type.Literal(3), Type.Literal(4), Type.Literal('last')], {
        description: 'For monthly meetings: which occurrence of the weekday in the month (1–4 or "last").',
      }),
    ),
  },
  { additionalProperties: false, description: 'When a recurring meeting happens, as structured data.' },
);

export const Meeting = entry(
  {
    name: Type.String({ minLength: 1, maxLength: 200, description: 'The meeting’s name.' }),
    cadence: Cadence,
    description: Text('What the meeting is for.'),
    teams: RefList('team'),
    source: SourceRef,
    hidden: Type.Optional(Type.Boolean({ description: 'Hide this entry.' })),
  },
  'A recurring team meeting.',
);

export type Meeting = Static<typeof Meeting>;
export type Cadence = Static<typeof Cadence>;
export type Weekday = Static<typeof Weekday>;
