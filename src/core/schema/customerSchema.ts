/**
 * The `customers` collection: a team's customer accounts, kept in the team's own data files (the
 * bundled handbook has none). Declared apart from schema.ts (which imports it into COLLECTIONS), so
 * it layers by id, validates with positions and appears in the JSON Schema like every collection.
 */
import { Type, type Static } from '@sinclair/typebox';
import { Id, Text } from './schemaParts';

const Short = (maxLength: number, description: string) => Type.String({ minLength: 1, maxLength, description });

/** Someone of the account team, as the team knows them. */
const Person = (role: string) =>
  Short(200, `The account's ${role}: a name (e.g. "Dana Reyes") or a Slack user id (U… or W…). "CE Playbook: me" (the setting cePlaybook.me) is matched against it.`);

/** Only https links: a link in customer data is opened from the tree and the tools. */
const HttpsLink = (what: string) =>
  Type.String({ pattern: '^https://[^\\s]+$', maxLength: 2000, description: `${what}: an https:// link (other schemes are refused).` });

export const AccountTeam = Type.Object(
  { ae: Type.Optional(Person('Account Executive (AE)')), ce: Type.Optional(Person('Customer Engineer (CE)')), sdr: Type.Optional(Person('Sales Development Representative (SDR)')) },
  { additionalProperties: false, description: 'Who works the account.' },
);

export const CustomerLinks = Type.Object(
  {
    crm: Type.Optional(HttpsLink('The account in the CRM')),
    zendesk: Type.Optional(HttpsLink('The Zendesk organisation')),
    github: Type.Optional(HttpsLink('The customer\'s GitHub organisation')),
    docs: Type.Optional(HttpsLink('The account\'s documents (account plan, notes)')),
  },
  { additionalProperties: false, description: 'Where the account lives elsewhere: https links only.' },
);

export const Customer = Type.Object(
  {
    id: Id,
    name: Short(200, 'The customer\'s name as the team writes it in tickets.'),
    aliases: Type.Optional(Type.Array(Short(200, 'Another name the customer goes by.'), { maxItems: 50, description: 'Other names (legal name, abbreviations, former names): the customer picker finds the account by any of them.' })),
    accountTeam: Type.Optional(AccountTeam),
    plan: Type.Optional(Short(100, 'The customer\'s plan or tier, e.g. "Enterprise".')),
    sharedChannel: Type.Optional(Type.String({ pattern: '^#[a-z0-9][a-z0-9_-]*$', maxLength: 80, description: 'The Slack channel shared with the customer, with its #.' })),
    links: Type.Optional(CustomerLinks),
    notes: Type.Optional(Text('Free notes about the account.')),
    hidden: Type.Optional(Type.Boolean({ description: 'Hide this entry.' })),
  },
  { additionalProperties: false, description: 'A customer account of your team (team data: kept in your repository, never sent anywhere but the Slack message you confirm).' },
);

export type Customer = Static<typeof Customer>;
export type AccountTeam = Static<typeof AccountTeam>;
export type CustomerLinks = Static<typeof CustomerLinks>;
