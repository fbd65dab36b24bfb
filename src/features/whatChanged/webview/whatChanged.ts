/** The "What changed" page's script (runs in the webview): its buttons become messages to the host. */
import type { WhatChangedToHost } from '../whatChangedMessages';
import { vscodeApi } from '../../../core/webview/vscodeApi';

const vscode = vscodeApi<WhatChangedToHost>();

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-action]');
  if (!button) return;
  if (button.dataset.action === 'markSeen') vscode.postMessage({ type: 'markSeen' });
  else if (button.dataset.action === 'openDiff') vscode.postMessage({ type: 'openDiff', index: Number(button.dataset.index) });
});

vscode.postMessage({ type: 'ready' });
