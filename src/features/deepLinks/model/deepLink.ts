/**
 * Deep links: links into the playbook, such as `vscode://ce-tools.ce-playbook/team/sales` or
 * `vscode://ce-tools.ce-playbook/template/support-ticket-request`.
 *
 * The VS Code glue hands over `uri.path` and `uri.query`, so this module needs no VS Code API. Links
 * come from outside (chat messages, documents, browsers), so parsing never throws: anything that is
 * not exactly `/<kind>/<id>` (an optional trailing slash allowed) is refused with a sentence that
 * says what is wrong and what a valid link looks like. Whether the id exists is checked separately
 * against the current data (`deepLinkTargetExists`), since data can change after a link is shared.
 */
import type { Handbook } from '../../../core/schema/schema';
import { entryRef, type EntryRef } from '../../../core/handbook/entryRef';

export const DEEP_LINK_KINDS = ['team', 'template', 'meeting', 'channel', 'guide'] as const;
export type DeepLinkKind = (typeof DEEP_LINK_KINDS)[number];

export interface DeepLink {
  kind: DeepLinkKind;
  id: string;
}

export type ParsedDeepLink = { ok: true; link: DeepLink } | { ok: false; error: string };

/** Longer input is refused before any work, so a hostile link cannot cost much. */
export const MAX_DEEP_LINK_LENGTH = 500;
/** As in the data schema: ids are lower-case letters, digits and dashes, at most 80 characters. */
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const MAX_ID_LENGTH = 80;

const EXPECTED = `A playbook link has the path /<kind>/<id>, e.g. /team/sales or /template/support-ticket-request, where <kind> is one of ${DEEP_LINK_KINDS.join(', ')} and <id> uses lower-case letters, digits and dashes.`;

/** A piece of the input for an error message: short, and with control characters made visible. */
function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

const fail = (problem: string): ParsedDeepLink => ({ ok: false, error: `${problem} ${EXPECTED}` });

/**
 * Parses the path (and query) of a playbook link. The query is not used by any kind of link; it is
 * accepted because VS Code may add its own parameters (such as `windowId`), and only counts toward
 * the length limit.
 */
export function parseDeepLinkPath(path: string, query?: string): ParsedDeepLink {
  if (typeof path !== 'string') return fail('The link has no path.');
  const length = path.length + (typeof query === 'string' ? query.length : 0);
  if (length > MAX_DEEP_LINK_LENGTH) return fail(`The link is too long (${length} characters; at most ${MAX_DEEP_LINK_LENGTH}).`);

  let rest = path.startsWith('/') ? path.slice(1) : path;
  if (rest.endsWith('/')) rest = rest.slice(0, -1);
  if (!rest) return fail('The link does not say what to open.');

  const segments: string[] = [];
  for (const raw of rest.split('/')) {
    if (!raw) return fail(`The link ${quote(path)} has an empty part (two slashes in a row).`);
    const decoded = decodeSegment(raw);
    if (decoded === undefined) return fail(`The link part ${quote(raw)} has a malformed percent-encoding (% must be followed by two hex digits of valid UTF-8).`);
    segments.push(decoded);
  }

  const [kind, id, ...extra] = segments;
  if (!isDeepLinkKind(kind)) return fail(`${quote(kind)} is not a kind of playbook entry.`);
  if (id === undefined) return fail(`The link names the kind "${kind}" but no id.`);
  if (extra.length) return fail(`The link has more parts than /${kind}/<id>: ${quote(extra.join('/'))}.`);
  if (id.length > MAX_ID_LENGTH || !ID_PATTERN.test(id)) return fail(`${quote(id)} is not a valid ${kind} id.`);
  return { ok: true, link: { kind, id } };
}

/**
 * The link to an entry, e.g. `vscode://ce-tools.ce-playbook/team/sales`. Throws a RangeError for a
 * link `parseDeepLinkPath` would refuse, so a broken link is never handed out.
 */
export function deepLinkUri(extensionId: string, link: DeepLink, scheme = 'vscode'): string {
  if (!/^[a-z][a-z0-9+.-]*$/i.test(scheme)) throw new RangeError(`Invalid URI scheme ${quote(scheme)}.`);
  if (!/^[a-z0-9][a-z0-9-]*\.[a-z0-9][a-z0-9-]*$/i.test(extensionId)) throw new RangeError(`Invalid extension id ${quote(extensionId)}: expected <publisher>.<name>.`);
  const path = `/${encodeURIComponent(link.kind)}/${encodeURIComponent(link.id)}`;
  const parsed = parseDeepLinkPath(path);
  if (!parsed.ok) throw new RangeError(parsed.error);
  return `${scheme}://${extensionId.toLowerCase()}${path}`;
}

/** Whether the link's entry is in the (merged, visible) handbook. */
export function deepLinkTargetExists(h: Handbook, link: DeepLink): boolean {
  const collection = { team: h.teams, template: h.templates, meeting: h.meetings, channel: h.channels, guide: h.guides }[link.kind];
  return collection?.some((entry) => entry.id === link.id) ?? false;
}

/** The entry a link points at. */
export function deepLinkEntry(link: DeepLink): EntryRef {
  return entryRef[link.kind](link.id);
}

/** The link to an entry, for the kinds a link can name (not procedures or steps). */
export function entryDeepLink(ref: EntryRef): DeepLink | undefined {
  switch (ref.kind) {
    case 'team': return { kind: 'team', id: ref.teamId };
    case 'template': return { kind: 'template', id: ref.templateId };
    case 'meeting': return { kind: 'meeting', id: ref.meetingId };
    case 'channel': return { kind: 'channel', id: ref.channelId };
    case 'guide': return { kind: 'guide', id: ref.guideId };
    default: return undefined;
  }
}

function isDeepLinkKind(kind: string | undefined): kind is DeepLinkKind {
  return (DEEP_LINK_KINDS as readonly string[]).includes(kind as string);
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
