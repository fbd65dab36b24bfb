/**
 * A message page's script (runs in the webview): sends the text as it is typed, draws the preview
 * the host answers with (text nodes only: nothing typed can become markup), and sends on Send or
 * Ctrl/Cmd+Enter. The host owns the text: it autosaves it and says what happened.
 */
import type { HostToReply, PreviewSpan, ReplyState, ReplyToHost } from '../replyMessages';
import { vscodeApi } from '../../../core/webview/vscodeApi';

const vscode = vscodeApi<ReplyToHost, ReplyState>();
// Which page this is, kept by VS Code so the page comes back after a window reload.
const content = document.getElementById('content');
if (content?.dataset.state) vscode.setState(JSON.parse(content.dataset.state) as ReplyState);
const message = document.getElementById('message') as HTMLTextAreaElement;
const preview = document.getElementById('preview')!;
const length = document.getElementById('length')!;
const status = document.getElementById('status')!;
const sendButton = document.querySelector<HTMLButtonElement>('button[data-action="send"]')!;

function showPreview(lines: PreviewSpan[][]): void {
  preview.replaceChildren(...lines.map((spans) => {
    const line = document.createElement('p');
    line.className = 'line';
    for (const span of spans) {
      const piece = document.createElement(span.mark === 'code' ? 'code' : 'span');
      if (span.mark) piece.className = span.mark;
      piece.textContent = span.text;
      line.append(piece);
    }
    return line;
  }));
}

function showStatus(kind: string, text: string, link?: { href: string; text: string }): void {
  status.className = `status ${kind}`;
  status.textContent = text;
  if (link && link.href.startsWith('https://')) {
    const a = document.createElement('a');
    a.href = link.href;
    a.textContent = link.text;
    status.append(' ', a);
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
message.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => vscode.postMessage({ type: 'change', text: message.value }), 120);
});

function send(): void {
  clearTimeout(timer);
  vscode.postMessage({ type: 'send', text: message.value });
}
sendButton.addEventListener('click', send);
message.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    send();
  }
});

window.addEventListener('message', (event: MessageEvent<HostToReply>) => {
  const m = event.data;
  switch (m.type) {
    case 'preview':
      showPreview(m.lines);
      length.textContent = `${m.length} / ${m.max}`;
      length.classList.toggle('over', m.length > m.max);
      return;
    case 'setText':
      message.value = m.text;
      return;
    case 'status':
      return showStatus(m.kind, m.text, m.link);
    case 'busy':
      sendButton.disabled = m.busy;
      return;
  }
});

vscode.postMessage({ type: 'ready' });
