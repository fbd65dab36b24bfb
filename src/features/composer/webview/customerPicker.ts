/**
 * The composer's customer field as an editable combobox with a list (WAI-ARIA APG "list
 * autocomplete"): typing any part of a customer's name or alias lists the matches (choiceMatch.ts),
 * ↓/↑ move through them, Enter or a click chooses, Escape closes the list; what is typed stays as
 * typed unless a customer is chosen.
 * Also the account card beside the form, built with textContent (data is never HTML), https: links only.
 */
import type { AccountCard, CustomerChoice } from '../accountMessages';
import { keyChoices, matchChoices, type KeyedChoice } from '../../customers/model/choiceMatch';

let keyed: KeyedChoice[] = [];
let shown: CustomerChoice[] = [];
let active = -1;

const input = (): HTMLInputElement | null => document.querySelector<HTMLInputElement>('input[role="combobox"][data-field]');
const listOf = (field: HTMLInputElement): HTMLElement | null => document.getElementById(field.getAttribute('aria-controls') ?? '');

/** The host's customers, each with its names normalised once. */
export function setCustomerChoices(choices: readonly CustomerChoice[]): void {
  keyed = keyChoices(choices);
  const field = input();
  if (field && field.getAttribute('aria-expanded') === 'true') open(field, field.value);
}

function close(field: HTMLInputElement): void {
  const list = listOf(field);
  if (list) list.hidden = true;
  field.setAttribute('aria-expanded', 'false');
  field.removeAttribute('aria-activedescendant');
  active = -1;
}

function optionHtml(choice: CustomerChoice, index: number, listId: string): HTMLLIElement {
  const li = document.createElement('li');
  li.id = `${listId}-${index}`;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.dataset.index = String(index);
  const name = document.createElement('span');
  name.className = 'choice-name';
  name.textContent = choice.name;
  li.append(name);
  const more = [choice.aliases.join(', '), choice.detail ?? ''].filter(Boolean).join(' · ');
  if (more) {
    const detail = document.createElement('span');
    detail.className = 'choice-detail';
    detail.textContent = more;
    li.append(' ', detail);
  }
  return li;
}

/** Lists the customers matching `query` (all of them for an empty one); closes when none matches. */
function open(field: HTMLInputElement, query: string): void {
  const list = listOf(field);
  shown = matchChoices(keyed, query);
  if (!list || !shown.length) return close(field);
  list.replaceChildren(...shown.map((c, i) => optionHtml(c, i, list.id)));
  list.hidden = false;
  field.setAttribute('aria-expanded', 'true');
  active = -1;
  field.removeAttribute('aria-activedescendant');
}

function highlight(field: HTMLInputElement, index: number): void {
  const list = listOf(field);
  if (!list || !shown.length) return;
  active = (index + shown.length) % shown.length;
  for (const li of list.querySelectorAll<HTMLElement>('[role="option"]')) li.setAttribute('aria-selected', String(li.dataset.index === String(active)));
  const option = document.getElementById(`${list.id}-${active}`);
  field.setAttribute('aria-activedescendant', option?.id ?? '');
  option?.scrollIntoView({ block: 'nearest' });
}

/** The customer's name goes into the field, and the composer posts the change (the host fills and shows the account). */
function choose(field: HTMLInputElement, index: number): void {
  const choice = shown[index];
  close(field);
  if (!choice) return;
  field.value = choice.name;
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

function onKey(field: HTMLInputElement, event: KeyboardEvent): void {
  const expanded = field.getAttribute('aria-expanded') === 'true';
  switch (event.key) {
    case 'ArrowDown':
    case 'ArrowUp':
      // Closed: opens the list of what is typed (all customers for an empty field); Alt+↓ only opens it.
      event.preventDefault();
      if (!expanded) open(field, field.value);
      if (!event.altKey) highlight(field, event.key === 'ArrowDown' ? active + 1 : active < 0 ? shown.length - 1 : active - 1);
      return;
    case 'Enter':
      if (expanded && active >= 0) {
        event.preventDefault();
        choose(field, active);
      }
      return;
    case 'Escape':
      if (expanded) {
        event.preventDefault();
        event.stopPropagation();
        close(field);
      }
      return;
    case 'Tab':
      close(field);
      return;
  }
}

/** Wires the combobox (if the template has a customer field). */
export function initCustomerPicker(): void {
  const field = input();
  const list = field && listOf(field);
  if (!field || !list) return;
  field.addEventListener('input', () => (field.value.trim() ? open(field, field.value) : close(field)));
  field.addEventListener('keydown', (event) => onKey(field, event));
  field.addEventListener('blur', () => close(field));
  // A press on an option must not take the focus from the field (its blur would close the list first).
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const option = (event.target as Element | null)?.closest<HTMLElement>('[role="option"]');
    if (option) choose(field, Number(option.dataset.index));
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

function link(href: string, text: string): HTMLAnchorElement | undefined {
  // Only https: links are live; the host sends nothing else, and this checks again.
  if (!href.startsWith('https://')) return undefined;
  const a = element('a', text);
  a.href = href;
  a.title = href;
  return a;
}

function section(heading: string, ...content: Node[]): Node[] {
  return [element('h3', heading), ...content];
}

/** Shows the chosen account's card, or removes it (keeping whether the CE had folded it). */
export function showAccountCard(card: AccountCard | undefined): void {
  const aside = document.getElementById('account-card');
  if (!aside) return;
  aside.hidden = !card;
  if (!card) return aside.replaceChildren();
  const folded = aside.querySelector('details')?.open === false;
  const details = element('details');
  details.open = !folded;
  const summary = element('summary');
  const heading = element('h2', card.heading);
  heading.id = 'account-heading';
  summary.append(heading);
  details.append(summary);
  if (card.subtitle) details.append(element('p', card.subtitle, 'muted account-subtitle'));
  if (card.facts.length) {
    const dl = element('dl', undefined, 'account-facts');
    for (const fact of card.facts) dl.append(element('dt', fact.label), element('dd', fact.value));
    details.append(dl);
  }
  const links = card.links.flatMap((l) => { const a = link(l.href, l.label); return a ? [a] : []; });
  if (links.length) {
    const ul = element('ul', undefined, 'account-links');
    for (const a of links) {
      const li = element('li');
      li.append(a);
      ul.append(li);
    }
    details.append(...section(card.linksHeading, ul));
  }
  if (card.notes) details.append(...section(card.notesHeading, element('p', card.notes, 'account-notes')));
  const tickets = card.tickets.length ? element('ul', undefined, 'account-tickets') : element('p', card.noTickets, 'muted');
  for (const ticket of card.tickets) {
    const li = element('li', ticket.text);
    const a = ticket.href ? link(ticket.href, card.openTicket) : undefined;
    if (a) li.append(' ', a);
    tickets.append(li);
  }
  details.append(...section(card.ticketsHeading, tickets));
  aside.setAttribute('aria-labelledby', 'account-heading');
  aside.replaceChildren(details);
}
