import type vscode from 'vscode';

/**
 * Runs `start` once activate() has returned (on a timer), unless the extension is disposed first.
 * For work and registrations VS Code can wait for: it keeps a restored webview page until its
 * serializer is registered (its revival pool) and a vscode:// link until the URI handler is, so
 * those need not cost activation anything.
 */
export function afterActivation(context: vscode.ExtensionContext, start: () => void): void {
  const timer = setTimeout(start, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(timer) });
}
