/**
 * The `guides` collection (see schema.ts, which re-exports these): the help guide's questions and
 * answers, which follow a procedure to the step that says what to do.
 */
import { Type, type Static } from '@sinclair/typebox';
import { entry, Id, Ref } from './schemaParts';

export const GuideAnswer = Type.Object(
  {
    label: Type.String({ minLength: 1, maxLength: 200, description: 'The answer as the CE picks it.' }),
    detail: Type.Optional(Type.String({ maxLength: 500, description: 'A line under the answer that helps choose it.' })),
    next: Ref('node of this guide to go to'),
  },
  { additionalProperties: false },
);

export const GuideNode = Type.Object(
  {
    id: Id,
    question: Type.Optional(Type.String({ minLength: 1, maxLength: 300, description: 'A question the procedure depends on (a node has either a question with answers, or an outcome).' })),
    answers: Type.Optional(Type.Array(GuideAnswer, { minItems: 2, description: 'The possible answers, each leading to another node.' })),
    outcome: Type.Optional(Ref('step of the guide’s procedure that says what to do (its template, channel and user group become the actions)')),
  },
  { additionalProperties: false, description: 'One question, or one outcome, of a guide.' },
);

export const Guide = entry(
  {
    title: Type.String({ minLength: 1, maxLength: 200, description: 'What the CE asks for help with.' }),
    procedure: Ref('procedure this guide follows'),
    start: Ref('node the guide starts at'),
    askCustomerName: Type.Optional(Type.Boolean({ description: 'Ask for the customer’s name first and carry it into the template.' })),
    nodes: Type.Array(GuideNode, { minItems: 1 }),
    hidden: Type.Optional(Type.Boolean({ description: 'Hide this entry.' })),
  },
  'A guided flow (quick picks) that follows a procedure to the action it prescribes.',
);

export type Guide = Static<typeof Guide>;
export type GuideNode = Static<typeof GuideNode>;
export type GuideAnswer = Static<typeof GuideAnswer>;
