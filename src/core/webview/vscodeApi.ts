/**
 * The webview side of a page's typed protocol: `acquireVsCodeApi` typed with the messages the page
 * sends and the state it keeps (VS Code gives each page's script one such object).
 */
export interface VsCodeApi<ToHost, State = never> {
  postMessage(message: ToHost): void;
  setState(state: State): void;
}

declare function acquireVsCodeApi(): VsCodeApi<unknown, unknown>;

export function vscodeApi<ToHost, State = never>(): VsCodeApi<ToHost, State> {
  return acquireVsCodeApi() as VsCodeApi<ToHost, State>;
}
