/**
 * The extension's globalState (the CE's own state: sent tickets, statuses, drafts, ticks, what was
 * seen), written one update at a time.
 *
 * Why: the extension host keeps an extension's globalState as one object and flushes it whole. The
 * window answers every flush by sending its copy of the whole object back (MainThreadStorage's
 * `$acceptValue`, meant for other windows' changes), and the extension host replaces its copy with
 * it. An update made while an earlier one is on its way is only in the extension host's copy, so that
 * echo erases it: a sent ticket missing from Sent tickets, a typed reply's draft gone. An update here
 * starts only once the one before has settled (its echo arrives before its promise settles), and a
 * read sees the updates still waiting, so read-modify-write callers see their own writes.
 */
import type * as vscode from 'vscode';

interface Waiting {
  value: unknown;
}

export class SerialMemento implements vscode.Memento {
  private queue: Promise<unknown> = Promise.resolve();
  /** Per key, the newest update not yet settled. */
  private readonly waiting = new Map<string, Waiting>();

  constructor(private readonly inner: vscode.Memento) {}

  keys(): readonly string[] {
    const keys = new Set(this.inner.keys());
    for (const [key, { value }] of this.waiting) {
      if (value === undefined) keys.delete(key);
      else keys.add(key);
    }
    return [...keys];
  }

  get<T>(key: string): T | undefined;
  get<T>(key: string, defaultValue: T): T;
  get<T>(key: string, defaultValue?: T): T | undefined {
    const waiting = this.waiting.get(key);
    if (!waiting) {
      const stored = this.inner.get<T>(key);
      return stored === undefined ? defaultValue : stored;
    }
    return waiting.value === undefined ? defaultValue : (waiting.value as T);
  }

  update(key: string, value: unknown): Promise<void> {
    const entry: Waiting = { value };
    this.waiting.set(key, entry);
    const settle = () => {
      if (this.waiting.get(key) === entry) this.waiting.delete(key);
    };
    const write = this.queue.then(() => this.inner.update(key, value)).then(settle, (error: unknown) => {
      settle();
      throw error;
    });
    this.queue = write.catch(() => undefined);
    return write;
  }
}

const wrapped = new WeakMap<vscode.Memento, SerialMemento>();

/** The one SerialMemento over this extension's globalState. */
export function userState(context: Pick<vscode.ExtensionContext, 'globalState'>): vscode.Memento {
  let state = wrapped.get(context.globalState);
  if (!state) wrapped.set(context.globalState, (state = new SerialMemento(context.globalState)));
  return state;
}
