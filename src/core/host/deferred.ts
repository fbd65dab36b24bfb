/**
 * The two ways a feature puts off work at activation: until activate() has returned, or until
 * something first needs it.
 */
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

/** Something made the first time it is asked for (usually from a chunk), disposed with the extension. */
export interface OnFirstUse<T> {
  /** Makes it if it does not exist yet. */
  (): T;
  /** It, if it was made; undefined otherwise (nothing to update before then). */
  readonly made: T | undefined;
}

export function onFirstUse<T extends vscode.Disposable>(context: vscode.ExtensionContext, make: () => T): OnFirstUse<T> {
  let made: T | undefined;
  const get = () => {
    if (!made) context.subscriptions.push((made = make()));
    return made;
  };
  return Object.defineProperty(get, 'made', { get: () => made }) as OnFirstUse<T>;
}
