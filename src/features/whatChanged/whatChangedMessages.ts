/**
 * The one message protocol between the "What changed" page and its webview script, declared once as
 * a schema (see core/webview/protocol.ts): the script uses the type inferred from it, the host
 * checks what arrives with the guard made from it, since a webview is untrusted. The webview posts
 * `ready` once its script runs. The host posts nothing: it draws a new document when the changes do.
 */
import * as z from '../../core/zodMini';
import { guardOf } from '../../core/webview/protocol';

const whatChangedToHost = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  /** The button of a long text: its old and new text in the diff editor (the change's index on the page). */
  z.object({ type: z.literal('openDiff'), index: z.int().check(z.nonnegative()) }),
  z.object({ type: z.literal('markSeen') }),
]);
export type WhatChangedToHost = z.infer<typeof whatChangedToHost>;

export const isWhatChangedToHost = guardOf(whatChangedToHost);
