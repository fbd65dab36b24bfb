/**
 * The one message protocol between a team page's host code and its webview script, declared once
 * as schemas (see core/webview/protocol.ts): both sides use the types inferred from them, the host
 * checks what arrives with the guards made from them, since a webview is untrusted.
 * Handshake: the webview posts `ready` once its script runs; the host posts nothing before that.
 */
import * as z from '../../core/zodMini';
import { guardOf, id } from '../../core/webview/protocol';

/** What a button on the page asks the host to do, with the id of a template, channel or team. */
export const TEAM_PAGE_ACTIONS = ['composeTicket', 'insertTemplate', 'fillTemplate', 'copyTemplate', 'copyChannel', 'openChannel', 'openSource'] as const;
export type TeamPageAction = (typeof TEAM_PAGE_ACTIONS)[number];

const teamPageToHost = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('action'), action: z.enum(TEAM_PAGE_ACTIONS), id: id() }),
]);
export type TeamPageToHost = z.infer<typeof teamPageToHost>;

/** Host to webview (the host is trusted: only the type). Replace the content (after a data reload), keeping scroll and focus where possible. */
export type TeamPageToWebview = { type: 'render'; html: string };

/** Saved with the webview's state so the serializer can restore the page after a reload. */
const teamPageState = z.object({ teamId: z.string() });
export type TeamPageState = z.infer<typeof teamPageState>;

export const isTeamPageToHost = guardOf(teamPageToHost);
export const isTeamPageState = guardOf(teamPageState);
