/**
 * Links that open the ticket composer pre-filled, e.g.
 * `vscode://ce-tools.ce-playbook/compose/support-ticket-context?values=eyJjdXN0b21lci1uYW1lIjoiQWNtZSJ9`:
 * an assistant (the MCP server's draftTicket) prepares a ticket and the CE reviews and sends it in
 * the editor. Opening such a link never sends anything.
 *
 * The values travel as base64url-encoded JSON in one query parameter: every character of it is
 * unreserved, so the link survives each program that decodes or re-encodes a URI on its way (VS Code
 * decodes the query before a handler sees it, which would turn an encoded `&` in a value into a
 * separator). Parsing never throws; everything is checked and bounded before use.
 */

/** The link's path starts with this (then the template id). */
export const COMPOSE_KIND = 'compose';
/** Long enough for a full ticket, short enough for chat clients and for bounded parsing. */
export const MAX_COMPOSE_LINK_LENGTH = 8000;
export const MAX_COMPOSE_VALUES = 40;
export const MAX_COMPOSE_VALUE_LENGTH = 5000;
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;

export interface ComposeRequest {
  templateId: string;
  values: Record<string, string>;
}

export type ParsedComposeLink = { ok: true; request: ComposeRequest } | { ok: false; error: string };

const EXPECTED = 'A compose link has the path /compose/<template id> and the values as "values=<base64url JSON>", as the playbook\'s draftTicket tool makes it.';
const refuse = (problem: string): ParsedComposeLink => ({ ok: false, error: `${problem} ${EXPECTED}` });

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/**
 * The link that opens the composer for `templateId` with `values` (empty values left out), or
 * undefined when it would be longer than MAX_COMPOSE_LINK_LENGTH or the ids are not valid.
 */
export function composeLink(extensionId: string, templateId: string, values: Readonly<Record<string, string>>, scheme = 'vscode'): string | undefined {
  if (!ID_PATTERN.test(templateId) || !/^[a-z0-9][a-z0-9-]*\.[a-z0-9][a-z0-9-]*$/i.test(extensionId) || !/^[a-z][a-z0-9+.-]*$/i.test(scheme)) return undefined;
  const filled = Object.entries(values).filter(([, value]) => value.trim());
  let link = `${scheme}://${extensionId.toLowerCase()}/${COMPOSE_KIND}/${templateId}`;
  if (filled.length) link += `?values=${toBase64Url(JSON.stringify(Object.fromEntries(filled)))}`;
  if (link.length > MAX_COMPOSE_LINK_LENGTH) return undefined;
  // Hand out only what the parser accepts.
  const query = link.includes('?') ? link.slice(link.indexOf('?') + 1) : '';
  return parseComposeLink(`/${COMPOSE_KIND}/${templateId}`, query).ok ? link : undefined;
}

/** Whether a link's path is a compose link (then parseComposeLink says whether it is a good one). */
export function isComposePath(path: string): boolean {
  return path === `/${COMPOSE_KIND}` || path.startsWith(`/${COMPOSE_KIND}/`);
}

/** Parses `uri.path` and `uri.query` of a compose link; `query` may carry other parameters (VS Code adds some). */
export function parseComposeLink(path: string, query: string): ParsedComposeLink {
  if (path.length + query.length > MAX_COMPOSE_LINK_LENGTH) return refuse(`The link is too long (${path.length + query.length} characters; at most ${MAX_COMPOSE_LINK_LENGTH}).`);
  const templateId = path.replace(/\/$/, '').split('/')[2] ?? '';
  if (path.replace(/\/$/, '').split('/').length !== 3 || !ID_PATTERN.test(templateId)) return refuse(`The link does not name a template id (lower-case letters, digits and dashes).`);
  const encoded = query.split('&').find((part) => part.startsWith('values='))?.slice('values='.length);
  if (encoded === undefined) return { ok: true, request: { templateId, values: {} } };
  const json = fromBase64Url(encoded);
  if (json === undefined) return refuse('The link\'s values are not valid base64url-encoded UTF-8.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return refuse('The link\'s values are not valid JSON.');
  }
  return checkValues(templateId, parsed);
}

function checkValues(templateId: string, parsed: unknown): ParsedComposeLink {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return refuse('The link\'s values are not an object of field id to text.');
  const entries = Object.entries(parsed);
  if (entries.length > MAX_COMPOSE_VALUES) return refuse(`The link has ${entries.length} values; a template has at most ${MAX_COMPOSE_VALUES} fields.`);
  // ID_PATTERN has no "_", so "__proto__" never becomes a key here.
  const values: Record<string, string> = {};
  for (const [id, value] of entries) {
    if (!ID_PATTERN.test(id)) return refuse(`${JSON.stringify(id.slice(0, 40))} is not a field id.`);
    if (typeof value !== 'string') return refuse(`The value of "${id}" is not text.`);
    if (value.length > MAX_COMPOSE_VALUE_LENGTH) return refuse(`The value of "${id}" is longer than ${MAX_COMPOSE_VALUE_LENGTH} characters.`);
    values[id] = value;
  }
  return { ok: true, request: { templateId, values } };
}
