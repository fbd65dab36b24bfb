/**
 * A team page's script (runs in the webview). It has no data of its own: the host renders the
 * HTML. It turns button clicks into protocol messages, applies updates, and keeps the team id in
 * the webview state so the page comes back after a window reload.
 */
import type { TeamPageAction, TeamPageState, TeamPageToHost, TeamPageToWebview } from '../teamPageMessages';
import { vscodeApi } from '../../../core/webview/vscodeApi';

const vscode = vscodeApi<TeamPageToHost, TeamPageState>();
const content = document.getElementById('content')!;

const teamId = content.dataset.teamId;
if (teamId) vscode.setState({ teamId });

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-action]');
  if (!button) return;
  vscode.postMessage({ type: 'action', action: button.dataset.action as TeamPageAction, id: button.dataset.id ?? '' });
});

window.addEventListener('message', (event: MessageEvent<TeamPageToWebview>) => {
  const message = event.data;
  if (message.type === 'render') {
    // Keep keyboard focus on the same button across an update.
    const focused = document.activeElement as HTMLElement | null;
    const key = focused?.dataset.action ? `button[data-action="${focused.dataset.action}"][data-id="${CSS.escape(focused.dataset.id ?? '')}"]` : undefined;
    content.innerHTML = message.html;
    if (key) content.querySelector<HTMLElement>(key)?.focus();
  }
});

vscode.postMessage({ type: 'ready' });
