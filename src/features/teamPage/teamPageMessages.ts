/**
 * The one message protocol between the intersection panel's host code and its webview script.
 * Both sides import these types; the host validates what arrives, since a webview is untrusted.
 * Handshake: the webview posts `ready` once its script runs; the host posts nothing before that.
 */

/** What a button in the panel asks the host to do, with the id of a template, channel or team. */
export type PanelAction = 'composeTicket' | 'insertTemplate' | 'fillTemplate' | 'copyTemplate' | 'copyChannel' | 'openChannel' | 'openSource';

export const PANEL_ACTIONS: readonly PanelAction[] = ['composeTicket', 'insertTemplate', 'fillTemplate', 'copyTemplate', 'copyChannel', 'openChannel', 'openSource'];

export type WebviewToHost =
  | { type: 'ready' }
  | { type: 'action'; action: PanelAction; id: string };

export type HostToWebview =
  /** Replace the content (after a data reload), keeping scroll and focus where possible. */
  { type: 'render'; html: string };

/** Saved with the webview's state so the serializer can restore the panel after a reload. */
export interface PanelState {
  teamId: string;
}

export function isWebviewToHost(value: unknown): value is WebviewToHost {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  if (message.type === 'ready') return true;
  return (
    message.type === 'action' &&
    typeof message.action === 'string' &&
    (PANEL_ACTIONS as readonly string[]).includes(message.action) &&
    typeof message.id === 'string' &&
    message.id.length <= 200
  );
}

export function isPanelState(value: unknown): value is PanelState {
  return typeof value === 'object' && value !== null && typeof (value as PanelState).teamId === 'string';
}
