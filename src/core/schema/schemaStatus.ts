/**
 * The schema part of a sent ticket's status (kept apart from schema.ts, which is long enough):
 * which Slack reaction on the ticket's message means what. A template's `delivery.statusReactions`
 * in a team's data file changes or adds meanings; it merges key by key over the bundled data like
 * every other field, and a wrong key or label is a problem at its line.
 */
import { Type, type Static } from '@sinclair/typebox';

/** Slack's reaction names ("eyes", "white_check_mark", "+1", "thumbsup::skin-tone-2"), without colons. */
export const REACTION_NAME_PATTERN = "^[a-z0-9_+'-]{1,80}(::skin-tone-[2-6])?$";

export const StatusReactions = Type.Record(
  Type.String({ pattern: REACTION_NAME_PATTERN }),
  Type.String({ minLength: 1, maxLength: 60, pattern: '^[^\\r\\n]+$' }),
  {
    // TypeBox's Record leaves keys that miss the pattern unchecked; they are mistakes here.
    additionalProperties: false,
    maxProperties: 30,
    description:
      'For mode "botToken": what a reaction on the ticket\'s message in Slack means, shown as the status of its "Sent tickets" row, e.g. `eyes: Picked up`, `white_check_mark: Resolved`. Reaction names without colons. List them in the order a ticket goes through: when the message has several, the one listed last wins. Replaces the extension\'s defaults (eyes: Picked up, white_check_mark and heavy_check_mark: Resolved) for this template.',
  },
);

export type StatusReactions = Static<typeof StatusReactions>;
