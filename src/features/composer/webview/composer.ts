/**
 * The ticket composer's script (runs in the webview). The host renders the page and owns the data;
 * this script sends every keystroke's values, shows the preview and the field problems the host
 * answers with, and turns button presses into protocol messages. A field's problem shows once the
 * CE has typed in it or left it, or after a refused send or copy, not while a new page is untouched.
 */
import type { ComposerAction, ComposerState, ComposerToHost, ComposerValues, EarlierNotice, HostToComposer } from '../composerMessages';
import type { AccountFill } from '../accountMessages';
import { vscodeApi } from '../../../core/webview/vscodeApi';
import { initCustomerPicker, setCustomerChoices, showAccountCard } from './customerPicker';

const vscode = vscodeApi<ComposerToHost, ComposerState>();
const content = document.getElementById('content')!;
const preview = document.getElementById('preview')!;
const status = document.getElementById('status')!;
const sendButton = document.querySelector<HTMLButtonElement>('button[data-action="send"]');

try {
  vscode.setState(JSON.parse(content.dataset.state ?? '') as ComposerState);
} catch {
  // No state: the page simply does not come back after a reload.
}

type FieldControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const controls = (): FieldControl[] => [...document.querySelectorAll<FieldControl>('[data-field]')];
const touched = new Set<string>();
let errors: Record<string, string> = {};

function currentValues(): ComposerValues {
  const values: ComposerValues = {};
  for (const c of controls()) values[c.dataset.field!] = c.value;
  return values;
}

/** Shows the problems of the touched fields next to them (aria-invalid + the described-by text). */
function showErrors(): void {
  for (const c of controls()) {
    const id = c.dataset.field!;
    const message = touched.has(id) ? errors[id] : undefined;
    const slot = document.getElementById(`${c.id}-error`);
    if (slot) slot.textContent = message ?? '';
    if (message) c.setAttribute('aria-invalid', 'true');
    else c.removeAttribute('aria-invalid');
  }
}

const announcer = document.getElementById('field-announcer');

/**
 * Hides the fields that do not apply and shows the others (the `hidden` attribute: out of sight, the
 * tab order and the accessibility tree), saying so in a polite live region. A hidden field keeps its
 * value: it is still posted with the others, and the host keeps it in the draft but does not send it.
 */
function showApplying(hidden: readonly string[]): void {
  const hide = new Set(hidden);
  const said: string[] = [];
  for (const wrapper of document.querySelectorAll<HTMLElement>('.field[data-field-id]')) {
    const shouldHide = hide.has(wrapper.dataset.fieldId!);
    if (wrapper.hidden === shouldHide) continue;
    // The focus never stays on a control that disappears.
    if (shouldHide && wrapper.contains(document.activeElement)) (document.activeElement as HTMLElement).blur();
    wrapper.hidden = shouldHide;
    const text = shouldHide ? wrapper.dataset.hiddenText : wrapper.dataset.shownText;
    if (text) said.push(text);
  }
  if (announcer && said.length) announcer.textContent = said.join(' ');
}

/** Shows or hides the "sent before" notice; its follow-up button only where there is a thread. */
function showEarlier(notice: EarlierNotice | undefined): void {
  const section = document.getElementById('earlier');
  const text = document.getElementById('earlier-text');
  const followUp = section?.querySelector<HTMLButtonElement>('button[data-action="followUpEarlier"]');
  if (!section || !text || !followUp) return;
  // The focused answer goes away with the notice: the keyboard continues at Send, not at the page's start.
  if (!notice && section.contains(document.activeElement)) sendButton?.focus();
  section.hidden = !notice;
  text.textContent = notice?.text ?? '';
  followUp.hidden = !notice?.canFollowUp;
}

let changeTimer: ReturnType<typeof setTimeout> | undefined;
function changed(target: EventTarget | null, immediately: boolean): void {
  const field = (target as HTMLElement | null)?.dataset?.field;
  if (!field) return;
  touched.add(field);
  // Coalesce a burst of keystrokes into one message; the preview still follows within a frame or two.
  clearTimeout(changeTimer);
  const post = () => vscode.postMessage({ type: 'change', values: currentValues() });
  if (immediately) post();
  else changeTimer = setTimeout(post, 60);
}

content.addEventListener('input', (event) => changed(event.target, false));
content.addEventListener('change', (event) => changed(event.target, true));
content.addEventListener('focusout', (event) => {
  const field = (event.target as HTMLElement | null)?.dataset?.field;
  if (field && !touched.has(field)) {
    touched.add(field);
    showErrors();
  }
});

content.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-action]');
  if (!button || button.disabled) return;
  clearTimeout(changeTimer);
  vscode.postMessage({ type: 'action', action: button.dataset.action as ComposerAction, values: currentValues() });
});

function setStatus(message: Extract<HostToComposer, { type: 'status' }>): void {
  status.className = `status ${message.kind}`;
  status.replaceChildren(document.createTextNode(message.text));
  // Only https: links are live; the host sends nothing else, and this checks again.
  if (message.link && message.link.href.startsWith('https://')) {
    const a = document.createElement('a');
    a.href = message.link.href;
    a.textContent = message.link.text;
    status.append(' ', a);
  }
}

/**
 * The chosen account's values, each only into a field that still holds what the host saw there (the
 * CE may have typed since the host decided); then the host gets the values as they are now.
 */
function fillFromAccount(fills: readonly AccountFill[], announce: string): void {
  for (const c of controls()) {
    const fill = fills.find((f) => f.field === c.dataset.field);
    if (fill && (c.value === fill.was || (!fill.was && !c.value.trim()))) c.value = fill.value;
  }
  if (announcer) announcer.textContent = announce;
  clearTimeout(changeTimer);
  vscode.postMessage({ type: 'change', values: currentValues() });
}

initCustomerPicker();

window.addEventListener('message', (event: MessageEvent<HostToComposer>) => {
  const message = event.data;
  switch (message.type) {
    case 'customers':
      setCustomerChoices(message.customers);
      break;
    case 'fill':
      fillFromAccount(message.fields, message.announce);
      break;
    case 'account':
      showAccountCard(message.card);
      break;
    case 'view':
      preview.textContent = message.preview;
      errors = message.errors;
      showApplying(message.hidden);
      showErrors();
      break;
    case 'setValues':
      for (const c of controls()) c.value = message.values[c.dataset.field!] ?? '';
      touched.clear();
      showErrors();
      break;
    case 'showErrors': {
      for (const c of controls()) touched.add(c.dataset.field!);
      showErrors();
      controls().find((c) => errors[c.dataset.field!] && !c.closest<HTMLElement>('.field')?.hidden)?.focus();
      break;
    }
    case 'status':
      setStatus(message);
      break;
    case 'earlier':
      showEarlier(message.notice);
      break;
    case 'busy':
      if (sendButton) {
        sendButton.disabled = message.busy;
        sendButton.setAttribute('aria-busy', String(message.busy));
      }
      break;
  }
});

vscode.postMessage({ type: 'ready' });
