/**
 * A page's protocol is declared once, as zod schemas in its `<name>Messages.ts`: the TypeScript
 * types both sides use are inferred from them (`z.infer`), and the host's checks of what arrives
 * are made from them here, so the two cannot drift. The webview is untrusted: every message from
 * it, and every state VS Code gives back after a reload, is checked before use. The scripts import
 * only the types, so no schema library runs in a webview.
 */
import * as z from '../zodMini';

/** Limits that keep a misbehaving webview from sending what no page would: ids, names, keys. */
export const MAX_ID_LENGTH = 200;

/** An id of the data (a team, a template, a channel, a sent ticket), within its bound. */
export const id = () => z.string().check(z.maxLength(MAX_ID_LENGTH));

/** A check made from a schema: whether a value has its shape (the value itself is what is used). */
export function guardOf<T>(schema: z.ZodMiniType<T>): (value: unknown) => value is T {
  return (value: unknown): value is T => schema.safeParse(value).success;
}
