/**
 * A message page as HTML: a reply in a sent ticket's thread, or a message to a channel. One text
 * area, the preview of what Slack will show, and where it goes in words. Pure: the host passes the
 * words (localized) and the webview's CSP values. Every value is escaped; the preview is filled by
 * the script with text nodes only.
 */
import { escapeHtml as esc } from '../../../core/render/html';
import { renderWebviewDocument, type WebviewEnvironment } from '../../../core/render/webviewDocument';
import type { ReplyState } from '../replyMessages';

export interface ReplyPageLabels {
  /** The label of the text area. */
  message: string;
  preview: string;
  previewNote: string;
  send: string;
  actions: string;
  /** The heading over the thread's last replies. */
  lastReplies: string;
  /** The heading over where the message goes. */
  goesTo: string;
}

export interface ReplyContent {
  /** The page's heading and tab title ("Reply to Acme's ticket"). */
  title: string;
  /** Where it goes, in words (the thread: whose ticket, when, which channel; or the channel). */
  destination: string;
  /** Lines under the destination (a mention that will not notify, and why; whose words the prefill is). */
  notes: readonly string[];
  /** The thread's last replies, as last read (plain text already). */
  replies?: ReadonlyArray<{ by: string; at: string; text: string }>;
  text: string;
  /** The words on Send (names the destination: "Send Reply", "Send to #customer-support"). */
  sendLabel: string;
}

export function renderReplyBody(page: ReplyContent, L: ReplyPageLabels, sendIcon = ''): string {
  const replies = page.replies?.length
    ? `<h3 id="replies-heading">${esc(L.lastReplies)}</h3><ol id="thread-replies" aria-labelledby="replies-heading">${page.replies.map((r) => `<li><span class="reply-by">${esc(r.by)}</span> <span class="muted">${esc(r.at)}</span><p>${esc(r.text)}</p></li>`).join('')}</ol>`
    : '';
  const notes = page.notes.map((n) => `<p class="note">${esc(n)}</p>`).join('');
  const where = `<section id="destination" class="destination-box" aria-labelledby="destination-heading"><h2 id="destination-heading">${esc(L.goesTo)}</h2><p id="destination-text">${esc(page.destination)}</p>${notes}${replies}</section>`;
  const form = `<form id="reply" aria-labelledby="title" novalidate><label for="message">${esc(L.message)}</label><textarea id="message" name="message" rows="12" aria-describedby="length">${esc(page.text)}</textarea><p id="length" class="muted"></p><div class="actions" role="group" aria-label="${esc(L.actions)}"><button type="button" class="action primary" data-action="send">${sendIcon}<span>${esc(page.sendLabel)}</span></button></div><div id="status" class="status" role="status" aria-live="polite"></div></form>`;
  const preview = `<section id="preview-section" aria-labelledby="preview-heading"><h2 id="preview-heading">${esc(L.preview)}</h2><p class="muted">${esc(L.previewNote)}</p><div id="preview" class="preview" tabindex="0" aria-labelledby="preview-heading"></div></section>`;
  return `<header><h1 id="title">${esc(page.title)}</h1>${where}</header><div class="layout">${form}${preview}</div>`;
}

/** The page's document; `state` (which page it is) goes in a data attribute for the script to keep. */
export function renderReplyDocument(body: string, title: string, env: WebviewEnvironment, state: ReplyState): string {
  return renderWebviewDocument({ ...env, title, body, main: { id: 'content', 'data-state': JSON.stringify(state) }, images: false });
}
