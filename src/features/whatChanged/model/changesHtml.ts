/**
 * The "What changed" page (and Compare Handbook Revisions) as HTML: entries added and removed, and
 * for each changed entry its fields with the old and the new text. Pure: the host passes the words
 * (localized) and the webview's CSP values. All text is escaped and shown as text. A long text gets
 * a button that opens VS Code's diff editor (the webview script turns it into a message).
 */
import { escapeHtml as esc } from '../../../core/render/html';
import { renderWebviewDocument, type WebviewEnvironment } from '../../../core/render/webviewDocument';
import type { CollectionName } from '../../../core/schema/schema';
import type { DataDiff, FieldChange } from './dataDiff';

export interface ChangesLabels {
  added: string;
  removed: string;
  changed: string;
  noChanges: string;
  oldText: string;
  newText: string;
  none: string;
  openDiff(field: string, entry: string): string;
  markSeen: string;
  collection(collection: CollectionName): string;
  summary(added: number, removed: number, changed: number): string;
}

export interface ChangesContent {
  title: string;
  subtitle: string;
  diff: DataDiff | undefined;
  /** Offer Mark as Seen (the user's own changes page, not a comparison of revisions). */
  canMarkSeen: boolean;
  /** Heading of the removed entries, when "Removed" would say too much (a revision that covers less). */
  removedHeading?: string;
  /** The summary line to use instead of `L.summary` (with the removed entries named as above). */
  summary?: (added: number, removed: number, changed: number) => string;
}

export type ChangesEnvironment = WebviewEnvironment;

/** Texts longer than this (old and new together) are offered in the diff editor. */
export const LONG_TEXT = 160;

const entryLabel = (L: ChangesLabels, e: { collection: CollectionName; label: string }) => `${L.collection(e.collection)}: ${e.label}`;

function fieldRow(L: ChangesLabels, change: FieldChange, index: number): string {
  const long = (change.old?.length ?? 0) + (change.new?.length ?? 0) > LONG_TEXT && change.old !== undefined && change.new !== undefined;
  const text = (value: string | undefined, cls: string, label: string) =>
    `<div class="${cls}"><span class="visually-hidden">${esc(label)}: </span>${value === undefined ? `<span class="muted">${esc(L.none)}</span>` : esc(value)}</div>`;
  return `<li class="field"><code class="field-name">${esc(change.field)}</code>${text(change.old, 'old', L.oldText)}${text(change.new, 'new', L.newText)}${
    long ? `<button type="button" class="action" data-action="openDiff" data-index="${index}">${esc(L.openDiff(change.field, change.label))}</button>` : ''
  }</li>`;
}

export function renderChangesBody(page: ChangesContent, L: ChangesLabels): string {
  const parts = [`<header><h1 id="title">${esc(page.title)}</h1><p class="subtitle">${esc(page.subtitle)}</p></header>`];
  const diff = page.diff;
  if (!diff) return [...parts, `<p class="empty">${esc(L.noChanges)}</p>`].join('\n');
  const summary = page.summary ?? L.summary;
  parts.push(`<p>${esc(summary(diff.added.length, diff.removed.length, new Set(diff.changed.map((c) => `${c.collection}/${c.id}`)).size))}</p>`);
  if (page.canMarkSeen) parts.push(`<div class="actions"><button type="button" class="action primary" data-action="markSeen">${esc(L.markSeen)}</button></div>`);
  const list = (id: string, heading: string, items: string[]) =>
    items.length ? `<section id="${id}" aria-labelledby="${id}-heading"><h2 id="${id}-heading">${esc(heading)}</h2>${items.join('')}</section>` : '';
  parts.push(list('added', L.added, [`<ul>${diff.added.map((e) => `<li>${esc(entryLabel(L, e))}</li>`).join('')}</ul>`].filter(() => diff.added.length > 0)));
  parts.push(list('removed', page.removedHeading ?? L.removed, [`<ul>${diff.removed.map((e) => `<li>${esc(entryLabel(L, e))}</li>`).join('')}</ul>`].filter(() => diff.removed.length > 0)));
  const entries: string[] = [];
  let current = '';
  let rows: string[] = [];
  const flush = (label: string) => { if (rows.length) entries.push(`<article class="entry"><h3>${esc(label)}</h3><ul class="fields">${rows.join('')}</ul></article>`); rows = []; };
  let label = '';
  diff.changed.forEach((change, i) => {
    const key = `${change.collection}/${change.id}`;
    if (key !== current) { flush(label); current = key; label = entryLabel(L, change); }
    rows.push(fieldRow(L, change, i));
  });
  flush(label);
  parts.push(list('changed', L.changed, entries));
  return parts.filter(Boolean).join('\n');
}

export function renderChangesDocument(body: string, title: string, env: ChangesEnvironment): string {
  return renderWebviewDocument({ ...env, title, body, images: false, main: { id: 'content', 'aria-labelledby': 'title' } });
}
