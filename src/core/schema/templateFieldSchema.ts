/**
 * The schema of a template's fields (see schema.ts, which re-exports these): the field itself, the
 * options of a choice (plain strings, or a value with the description a CE sees where they pick),
 * the condition under which a field applies (`when`), and a data file's change to a field it does not
 * retype (`fieldChanges` of a template patch, merged by field id).
 */
import { Type, type Static } from '@sinclair/typebox';

const FieldId = Type.String({
  pattern: '^[a-z0-9][a-z0-9-]*$',
  minLength: 1,
  maxLength: 80,
  description: 'Stable identifier: lower-case letters, digits and dashes.',
});
const OptionText = Type.String({ minLength: 1, maxLength: 200 });

export const FieldType = Type.Union([Type.Literal('line'), Type.Literal('text'), Type.Literal('choice')], {
  description: '"line": single line; "text": multi-line; "choice": one of `options`.',
});

export const FieldOption = Type.Union(
  [
    OptionText,
    Type.Object(
      {
        value: { ...OptionText, description: 'The option as it is written in the ticket.' },
        description: Type.Optional(Type.String({ minLength: 1, maxLength: 300, description: 'What the option means, shown where the CE picks it (e.g. "production down for many users").' })),
      },
      { additionalProperties: false },
    ),
  ],
  { description: 'An option: its text, or `{ value, description }`.' },
);

export const FieldCondition = Type.Object(
  {
    field: { ...FieldId, description: 'The id of another field of the same template.' },
    equals: Type.Optional({ ...OptionText, description: 'The field applies when that field’s value is exactly this.' }),
    in: Type.Optional(Type.Array(OptionText, { minItems: 1, maxItems: 100, description: 'The field applies when that field’s value is one of these.' })),
    filled: Type.Optional(Type.Boolean({ description: 'true: the field applies when that field has any value; false: when it is empty.' })),
  },
  { additionalProperties: false, description: 'Show and require this field only when another field has a value: exactly one of `equals`, `in` or `filled`.' },
);

/**
 * The account values a field can be filled from once the CE picks a customer (see `fromCustomer`):
 * one of the customer's links, its plan, its shared channel, or someone of its account team.
 */
export const ACCOUNT_VALUES = ['crm', 'zendesk', 'github', 'docs', 'plan', 'sharedChannel', 'ae', 'ce', 'sdr'] as const;
export const AccountValue = Type.Union(ACCOUNT_VALUES.map((v) => Type.Literal(v)), {
  description:
    'Which value of the chosen customer fills this field when it is empty: a link ("crm", "zendesk", "github", "docs"), "plan", "sharedChannel", or the account team\'s "ae", "ce" or "sdr". Needs a field of the template marked `customer: true`.',
});

const fieldProperties = {
  label: Type.String({ minLength: 1, maxLength: 300, description: 'The field label exactly as the handbook words it, without the trailing colon.' }),
  type: FieldType,
  required: Type.Boolean({ description: 'Whether a draft with this field empty gets a warning and the form refuses to go on (only while the field applies, see `when`).' }),
  placeholder: Type.Optional(Type.String({ maxLength: 300, description: 'Example text shown in the empty field.' })),
  hint: Type.Optional(Type.String({ maxLength: 500, description: 'Why the field matters; shown in the form and in warnings.' })),
  options: Type.Optional(Type.Array(FieldOption, { minItems: 1, description: 'The choices of a "choice" field.' })),
  default: Type.Optional(Type.String({ maxLength: 200, description: 'The value a new ticket starts with (for a choice, one of its options).' })),
  when: Type.Optional(FieldCondition),
  customer: Type.Optional(Type.Boolean({ description: 'true: the field is the customer\'s name. The composer offers the team\'s customers (names and aliases) as the CE types, and picking one fills the fields marked `fromCustomer` and shows the account. A "line" field; one per template.' })),
  fromCustomer: Type.Optional(AccountValue),
};

export const TemplateField = Type.Object({ id: FieldId, ...fieldProperties }, { additionalProperties: false });

/**
 * A data file's change to one field of a template, by field id: the properties given replace the
 * field's (`options` as a whole), the others stay. A new id adds a field (with every required
 * property), before the field named by `before` or at the end.
 */
export const FieldChange = Type.Object(
  {
    id: FieldId,
    before: Type.Optional({ ...FieldId, description: 'A new field goes before the field with this id (at the end otherwise).' }),
    ...Object.fromEntries(Object.entries(fieldProperties).map(([key, schema]) => [key, Type.Optional(schema)])),
  },
  { additionalProperties: false, description: 'Changes one field of the template by id, or adds one.' },
);

export const FieldChanges = Type.Array(FieldChange, {
  maxItems: 100,
  description: 'Changes to the template’s fields by id (e.g. a `when` or option descriptions), without retyping the fields; applied after `fields`.',
});

export type FieldType = Static<typeof FieldType>;
export type FieldOption = Static<typeof FieldOption>;
export type FieldCondition = Static<typeof FieldCondition>;
export type AccountValue = Static<typeof AccountValue>;
export type TemplateField = Static<typeof TemplateField>;
export type FieldChange = { id: string; before?: string } & Partial<Omit<TemplateField, 'id'>>;
