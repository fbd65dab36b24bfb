/**
 * The one schema of CE Playbook's data. It is the single source of truth for:
 * - the TypeScript types (`Static<…>` below),
 * - validation of the bundled YAML at build time and of workspace YAML at run time,
 * - the JSON Schema file shipped in the extension (`dist/schema/handbook.schema.json`), which
 *   gives teams completion and hovers while they edit their own data files.
 *
 * Every data file is a partial handbook: each collection is optional, and the merged result of all
 * files must be complete. Entries are identified by `id` so later files can change, add or hide them.
 */
import { Type, TypeGuard, type Static, type TSchema, type TObject, type TProperties } from '@sinclair/typebox';
import { FieldChanges, TemplateField, type FieldChange } from './templateFieldSchema';
import { StatusReactions } from './schemaStatus';

export { FieldType, FieldOption, FieldCondition, TemplateField, FieldChange, AccountValue } from './templateFieldSchema';
import { Customer } from './customerSchema';
import { Meeting } from './meetingSchema';
import { Guide } from './guideSchema';
import { entry, Id, Ref, RefList, SourceRef, Text } from './schemaParts';

// Collections with a structure of their own are declared in files of their own (and re-exported here).
export { Weekday, Frequency, Cadence, Meeting } from './meetingSchema';
export { GuideAnswer, GuideNode, Guide } from './guideSchema';
export { SourceRef } from './schemaParts';

const Labelled = (description: string) =>
  Type.Object(
    {
      label: Type.String({ minLength: 1, maxLength: 200, description: 'The handbook’s own label, without the trailing colon.' }),
      text: Text('The handbook’s sentence(s).'),
    },
    { additionalProperties: false, description },
  );


export const Source = entry(
  {
    title: Type.String({ minLength: 1, maxLength: 200, description: 'The page title.' }),
    revision: Type.Union([Type.Literal('earlier'), Type.Literal('later')], { description: 'Which revision of the handbook the page is. Where both cover a topic, the later one is current.' }),
    file: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_.-]+\\.md$', description: 'File name of the bundled copy of the page under media/handbook/.' })),
    url: Type.Optional(Type.String({ pattern: '^https://', maxLength: 2000, description: 'Where the page is published (https only).' })),
    intro: Type.Optional(Text('The page’s opening paragraph.')),
  },
  'A handbook page that entries are transcribed from.',
);

export const Route = Type.Object(
  {
    id: Id,
    label: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'A label the handbook gives this route, without the trailing colon.' })),
    text: Text('What the handbook says about this way to engage.'),
    channel: Type.Optional(Ref('Slack channel')),
    userGroup: Type.Optional(Ref('Slack user group')),
  },
  { additionalProperties: false, description: 'A way to engage with a team.' },
);

export const Team = entry(
  {
    name: Type.String({ minLength: 1, maxLength: 200, description: 'The team as the handbook’s heading names it.' }),
    source: SourceRef,
    valueToTeam: Labelled('How CE adds value to the team.'),
    valueToCe: Labelled('How the team adds value to CE.'),
    collaboration: Type.Object(
      {
        label: Type.String({ minLength: 1, maxLength: 200, description: 'The handbook’s label, without the trailing colon.' }),
        text: Text('The collaboration overview.'),
        details: Type.Optional(Type.Array(Text('A further point of the overview.'), { description: 'Further points of the overview, in order.' })),
      },
      { additionalProperties: false, description: 'The collaboration overview of this pairing.' },
    ),
    routes: Type.Optional(Type.Array(Route, { description: 'Ways to engage, in the handbook’s order.' })),
    hidden: Type.Optional(Type.Boolean({ description: 'Hide this entry (e.g. a bundled team your team does not work with).' })),
  },
  'A team CEs work with, and how the two add value to each other.',
);

export const Step = Type.Object(
  {
    id: Id,
    label: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'A label the handbook gives this step, without the trailing colon.' })),
    text: Text('The step as the handbook words it.'),
    template: Type.Optional(Ref('template')),
    channel: Type.Optional(Ref('Slack channel')),
    userGroup: Type.Optional(Ref('Slack user group')),
    source: Type.Optional(SourceRef),
  },
  { additionalProperties: false, description: 'One step or situation of a procedure.' },
);

export const Procedure = entry(
  {
    title: Type.String({ minLength: 1, maxLength: 200, description: 'The procedure’s name.' }),
    team: Type.Optional(Ref('team this procedure engages')),
    source: SourceRef,
    summary: Type.Optional(Text('What the procedure is about, in the handbook’s words.')),
    intro: Type.Optional(Text('The sentence that introduces the steps.')),
    ordered: Type.Boolean({ description: 'true: numbered steps done in order (a checklist); false: situations, each with its own action.' }),
    steps: Type.Array(Step, { minItems: 1 }),
    hidden: Type.Optional(Type.Boolean({ description: 'Hide this entry.' })),
  },
  'A procedure from the handbook: steps in order, or situations with the action each calls for.',
);

export const DeliveryMode = Type.Union([Type.Literal('botToken'), Type.Literal('workflowWebhook'), Type.Literal('incomingWebhook')], {
  description:
    'How "Send to Slack" delivers the ticket. "botToken": the Web API (chat.postMessage) posts it to `channel` as a message with one section per field, using the bot token stored with "CE Playbook: Connect Slack…". "workflowWebhook": starts your Slack workflow (Workflow Builder, "Starts with a webhook") with one variable per field. "incomingWebhook": posts the message through an incoming webhook URL. Webhook URLs and tokens are never written here: store them with "CE Playbook: Connect Slack…".',
});

export const Delivery = Type.Object(
  {
    mode: DeliveryMode,
    channel: Type.Optional(Ref('Slack channel the bot posts to (mode "botToken"); defaults to the template’s `channel`')),
    variables: Type.Optional(
      Type.Record(Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }), Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*$', maxLength: 100 }), {
        description: 'For mode "workflowWebhook": the workflow’s variable name for each field id, e.g. `customer-name: customer_name`. A field not listed is sent under its own id.',
      }),
    ),
    statusReactions: Type.Optional(StatusReactions),
  },
  { additionalProperties: false, description: 'Where and how "Send to Slack" delivers a filled-in template. A team changes it in its own data file, e.g. to start its Support Ticket workflow.' },
);

export const Template = entry(
  {
    title: Type.String({ minLength: 1, maxLength: 200, description: 'The template’s name as the handbook calls it.' }),
    description: Text('When and why to use it.'),
    prefix: Type.String({ pattern: '^[a-z][a-z0-9-]*$', maxLength: 60, description: 'Snippet prefix, e.g. "ce-context".' }),
    channel: Type.Optional(Ref('Slack channel the filled-in template goes to')),
    teams: RefList('team'),
    source: SourceRef,
    fields: Type.Array(TemplateField, { minItems: 1, description: 'The fields, in the handbook’s order.' }),
    delivery: Type.Optional(Delivery),
    hidden: Type.Optional(Type.Boolean({ description: 'Hide this entry.' })),
  },
  'A ticket template, in the spirit of GitHub issue forms.',
);

export const Channel = entry(
  {
    name: Type.String({ pattern: '^#[a-z0-9][a-z0-9_-]*$', maxLength: 80, description: 'The Slack channel name with its #.' }),
    slackId: Type.Optional(Type.String({ pattern: '^[CG][A-Z0-9]{4,}$', description: 'The channel\u2019s Slack id (C…), to open it directly in the Slack app.' })),
    description: Text('What the channel is for.'),
    teams: RefList('team'),
    source: SourceRef,
    hidden: Type.Optional(Type.Boolean({ description: 'Hide this entry.' })),
  },
  'A Slack channel.',
);

export const UserGroup = entry(
  {
    name: Type.String({ pattern: '^@[a-z0-9][a-z0-9_-]*$', maxLength: 80, description: 'The Slack user group handle with its @.' }),
    slackId: Type.Optional(Type.String({ pattern: '^S[A-Z0-9]{4,}$', description: 'Team data: the user group\u2019s Slack id (S…), so a message CE Playbook posts mentions it as <!subteam^ID> and Slack notifies the group (the handbook names only the handle).' })),
    description: Type.Optional(Text('Who is in the group and what it is for.')),
    channel: Type.Optional(Ref('Slack channel where the group is tagged')),
    teams: RefList('team'),
    source: SourceRef,
    hidden: Type.Optional(Type.Boolean({ description: 'Hide this entry.' })),
  },
  'A Slack user group.',
);

/** The collections of the handbook, in the order the tree and the files present them. */
export const COLLECTIONS = ['sources', 'teams', 'procedures', 'templates', 'meetings', 'channels', 'userGroups', 'guides', 'customers'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

const entrySchemas = {
  sources: Source,
  teams: Team,
  procedures: Procedure,
  templates: Template,
  meetings: Meeting,
  channels: Channel,
  userGroups: UserGroup,
  guides: Guide,
  customers: Customer,
} satisfies Record<CollectionName, TObject>;

const collectionDescriptions: Record<CollectionName, string> = {
  sources: 'Handbook pages that entries are transcribed from.',
  teams: 'Teams CEs work with (the team intersections), in the handbook’s order.',
  procedures: 'Procedures: engaging support, the out-of-office protocol, …',
  templates: 'Ticket templates.',
  meetings: 'Recurring team meetings.',
  channels: 'Slack channels.',
  userGroups: 'Slack user groups.',
  guides: 'Guided flows that answer "what do I do now?" by following a procedure.',
  customers: 'Your team\'s customer accounts (the team\'s own data: never in the bundled handbook).',
};

/** The complete, merged handbook. */
export const Handbook = Type.Object(
  Object.fromEntries(COLLECTIONS.map((c) => [c, Type.Array(entrySchemas[c], { description: collectionDescriptions[c] })])) as {
    [K in CollectionName]: ReturnType<typeof Type.Array<(typeof entrySchemas)[K]>>;
  },
  { additionalProperties: false },
);

/** Makes every property of an object optional, and of the objects inside it, so a patch can change one nested field. */
function deepPartial(schema: TObject): TObject {
  const properties: TProperties = {};
  for (const [key, value] of Object.entries(schema.properties)) {
    const inner = TypeGuard.IsObject(value) ? deepPartial(value) : value;
    properties[key] = Type.Optional(inner);
  }
  return Type.Object(properties, { additionalProperties: false, description: schema.description });
}

/** A patch of an entry: `id` plus any of its properties; merged over the entry with that id. */
function patchOf(schema: TObject, patchOnly: TProperties = {}): TSchema {
  const { id: _id, ...rest } = schema.properties;
  return Type.Object({ id: Id, ...deepPartial(Type.Object(rest)).properties, ...patchOnly }, { additionalProperties: false, description: schema.description });
}

/** Properties only a data file's entry has: how it changes the entry (applied by the merge, never kept). */
const PATCH_ONLY: Partial<Record<CollectionName, TProperties>> = { templates: { fieldChanges: Type.Optional(FieldChanges) } };

/** One data file: every collection optional, every entry a patch (merged by id). */
export const HandbookFile = Type.Object(
  {
    $schema: Type.Optional(Type.String({ description: 'Path or URL of this JSON Schema, for editors.' })),
    ...Object.fromEntries(
      COLLECTIONS.map((c) => [
        c,
        Type.Optional(
          Type.Array(patchOf(entrySchemas[c], PATCH_ONLY[c]), {
            description: `${collectionDescriptions[c]} Entries merge over earlier data by id: change fields, add entries, or hide one with hidden: true.`,
          }),
        ),
      ]),
    ),
  },
  {
    additionalProperties: false,
    title: 'CE Playbook data file',
    description: 'Part of the CE Playbook handbook. Files merge by id over the bundled data.',
  },
);

export const ENTRY_SCHEMAS = entrySchemas;

export type Source = Static<typeof Source>;
export type Team = Static<typeof Team>;
export type Route = Static<typeof Route>;
export type Step = Static<typeof Step>;
export type Procedure = Static<typeof Procedure>;
export type Template = Static<typeof Template>;
export type Delivery = Static<typeof Delivery>;
export type DeliveryMode = Static<typeof DeliveryMode>;
export type Channel = Static<typeof Channel>;
export type UserGroup = Static<typeof UserGroup>;
export type Handbook = Static<typeof Handbook>;
export type { Customer } from './customerSchema';
/** One data file as plain data (the patch entries of every collection, each with its id). */
export type HandbookFile = { $schema?: string } & {
  [K in CollectionName]?: Array<{ id: string; fieldChanges?: FieldChange[] } & Partial<Static<(typeof entrySchemas)[K]>>>;
};
export type Entry = Handbook[CollectionName][number];
