/**
 * The ticket composer page as HTML. Pure: the host passes the words it adds (localized), the icons
 * and the webview's CSP values. Every value and every piece of data is escaped; the preview is
 * text in a <pre>. Controls carry `data-field` / `data-action`; the webview script does the rest.
 */
import { escapeHtml } from '../../../core/render/html';
import { renderWebviewDocument, type WebviewEnvironment } from '../../../core/render/webviewDocument';
import type { ComposerAction, ComposerState } from '../composerMessages';
import type { Template, TemplateField } from '../../../core/schema/schema';
import { dependentsOf, optionDescription, optionValue } from '../../../core/templates/fieldConditions';
import type { ComposerView } from './composerState';

export type ComposerIconName = 'send' | 'copy' | 'insert' | 'trash';

export interface ComposerLabels {
  /** The page's heading and tab title, e.g. "Compose Support Ticket Context". */
  pageTitle(template: string): string;
  requiredNote: string;
  required: string;
  optional: string;
  chooseOption: string;
  /** Said (to a screen reader) when a field appears or goes because of another field's value. */
  fieldShown(label: string): string;
  fieldHidden(label: string): string;
  destination(channel: string): string;
  preview: string;
  previewNote: string;
  actions: string;
  send: string;
  copy: string;
  insert: string;
  discard: string;
  /** The "sent before" notice: its heading and its two answers (the text comes from the host later). */
  earlier: { heading: string; followUp: string; keepNew: string };
  /** The customer field's picker: the list's name, and the hint shown when the team has customers. */
  customers: { list: string; hint: string };
}

export type ComposerEnvironment = WebviewEnvironment;

export interface ComposerContext {
  /** Where the ticket goes, as the delivery says it (a channel name such as "#customer-support"). */
  destination?: string;
  /** Whether the team's data has customers (the customer field then says how to pick one). */
  hasCustomers?: boolean;
}

const esc = escapeHtml;
const controlId = (field: TemplateField) => `field-${field.id}`;

/** A choice's option: its value, and what it means where the data says so ("P1 — production down"). */
function optionHtml(value: string, description: string | undefined, selected: boolean): string {
  const text = description ? `${value} — ${description}` : value;
  return `<option value="${esc(value)}"${selected ? ' selected' : ''}>${esc(text)}</option>`;
}

function control(template: Template, field: TemplateField, value: string, L: ComposerLabels): string {
  const id = controlId(field);
  const describedBy = [field.hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ');
  // A field whose value shows or hides others says which (aria-controls).
  const controls = dependentsOf(template, field.id).map(controlId).join(' ');
  const common = `id="${esc(id)}" name="${esc(field.id)}" data-field="${esc(field.id)}" aria-describedby="${esc(describedBy)}"${field.required ? ' aria-required="true"' : ''}${controls ? ` aria-controls="${esc(controls)}"` : ''}`;
  const placeholder = field.placeholder ? ` placeholder="${esc(field.placeholder)}"` : '';
  if (field.type === 'choice' && field.options?.length) {
    // A value that is not an option (an old draft, a changed data file) stays visible, never lost.
    const known = field.options.some((o) => optionValue(o) === value);
    const items = field.options.map((o) => optionHtml(optionValue(o), optionDescription(o), optionValue(o) === value)).join('') + (value && !known ? optionHtml(value, undefined, true) : '');
    return `<select ${common}><option value=""${value ? '' : ' selected'}>${esc(L.chooseOption)}</option>${items}</select>`;
  }
  if (field.type === 'text') return `<textarea ${common} rows="4"${placeholder}>${esc(value)}</textarea>`;
  if (field.customer) {
    // An editable combobox with a list (WAI-ARIA APG): the webview fills and filters the list; free text stays possible.
    const list = `${id}-list`;
    return `<div class="combo"><input type="text" ${common} value="${esc(value)}"${placeholder} role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="${esc(list)}" autocomplete="off" spellcheck="false"><ul id="${esc(list)}" class="combo-list" role="listbox" aria-label="${esc(L.customers.list)}" hidden></ul></div>`;
  }
  return `<input type="text" ${common} value="${esc(value)}"${placeholder}>`;
}

function fieldHtml(template: Template, field: TemplateField, value: string, hidden: boolean, L: ComposerLabels, hasCustomers: boolean): string {
  const id = controlId(field);
  if (field.customer && hasCustomers && !field.hint) field = { ...field, hint: L.customers.hint };
  const mark = field.required
    ? `<span class="required-mark" aria-hidden="true" title="${esc(L.required)}">*</span>`
    : ` <span class="muted">${esc(L.optional)}</span>`;
  const hint = field.hint ? `<p id="${esc(id)}-hint" class="hint">${esc(field.hint)}</p>` : '';
  // A conditional field is hidden (not greyed: out of the tab order and the accessibility tree) while it does not apply.
  const conditional = field.when ? ` data-shown-text="${esc(L.fieldShown(field.label))}" data-hidden-text="${esc(L.fieldHidden(field.label))}"${hidden ? ' hidden' : ''}` : '';
  return `<div class="field" data-field-id="${esc(field.id)}"${conditional}><label for="${esc(id)}">${esc(field.label)}${mark}</label>${hint}${control(template, field, value, L)}<p id="${esc(id)}-error" class="field-error"></p></div>`;
}

function button(action: ComposerAction, label: string, icon: string, primary = false): string {
  return `<button type="button" class="action${primary ? ' primary' : ''}" data-action="${action}">${icon}<span>${esc(label)}</span></button>`;
}

/**
 * Where the page says a ticket of this template for the same customer or issue was sent lately:
 * empty and hidden until the host says so (an `earlier` message), right above Send.
 */
function earlierNotice(L: ComposerLabels): string {
  return `<section id="earlier" class="earlier-notice" hidden aria-labelledby="earlier-heading"><h2 id="earlier-heading">${esc(L.earlier.heading)}</h2><p id="earlier-text" role="status" aria-live="polite"></p><div class="earlier-actions">${button('followUpEarlier', L.earlier.followUp, '')}${button('keepNewTicket', L.earlier.keepNew, '')}</div></section>`;
}

/** The page's content: the form, its buttons, the status region and the preview. */
export function renderComposerBody(
  template: Template,
  values: Readonly<Record<string, string>>,
  view: ComposerView,
  L: ComposerLabels,
  icons: Record<ComposerIconName, string>,
  context: ComposerContext = {},
): string {
  const where = context.destination ? `<p class="destination">${esc(L.destination(context.destination))}</p>` : '';
  const header = `<header><h1 id="title">${esc(L.pageTitle(template.title))}</h1><p class="subtitle">${esc(template.description)}</p>${where}</header>`;
  const hidden = new Set(view.hidden);
  const fields = template.fields.map((f) => fieldHtml(template, f, values[f.id] ?? '', hidden.has(f.id), L, context.hasCustomers === true)).join('');
  const actions = [
    button('send', L.send, icons.send, true),
    button('copy', L.copy, icons.copy),
    button('insert', L.insert, icons.insert),
    button('discard', L.discard, icons.trash),
  ].join('');
  const form = `<form id="composer" aria-labelledby="title" novalidate><p class="muted required-note">${esc(L.requiredNote)}</p>${fields}${earlierNotice(L)}<div class="actions" role="group" aria-label="${esc(L.actions)}">${actions}</div><div id="status" class="status" role="status" aria-live="polite"></div><div id="field-announcer" class="visually-hidden" role="status" aria-live="polite"></div></form>`;
  const preview = `<section id="preview-section" aria-labelledby="preview-heading"><h2 id="preview-heading">${esc(L.preview)}</h2><p class="muted">${esc(L.previewNote)}</p><pre id="preview" tabindex="0" aria-labelledby="preview-heading">${esc(view.preview)}</pre></section>`;
  // The chosen customer's account card (the webview fills it) sits beside the form, above the preview.
  const card = template.fields.some((f) => f.customer) ? '<aside id="account-card" class="account-card" hidden></aside>' : '';
  return `${header}<div class="layout">${form}<div class="side">${card}${preview}</div></div>`;
}

/** The whole webview document, with a strict Content-Security-Policy. */
export function renderComposerDocument(body: string, title: string, state: ComposerState, env: ComposerEnvironment): string {
  return renderWebviewDocument({ ...env, title, body, main: { id: 'content', 'data-state': JSON.stringify(state) } });
}
