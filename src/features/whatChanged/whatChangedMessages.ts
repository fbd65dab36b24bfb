/** Messages from the "What changed" page's webview to the host (it receives none: the host re-renders). */
export type ChangesWebviewToHost = { type: 'openDiff'; index: number } | { type: 'markSeen' };

/** The webview is untrusted: the host checks every message's shape. */
export function isChangesMessage(value: unknown): value is ChangesWebviewToHost {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return (m.type === 'openDiff' && typeof m.index === 'number' && Number.isInteger(m.index) && m.index >= 0) || m.type === 'markSeen';
}
