/**
 * What every webview page shares (team pages, composer pages, What changed): a fresh CSP nonce per
 * render; the pages kept one per key (opening a key that is open reveals its page, a closed page is
 * forgotten, the manager's disposal closes them all); the ready handshake; the tab icon.
 */
import vscode = require('vscode');

/** A nonce for one render's Content-Security-Policy: 24 random bytes, letters and digits only. */
export function nonce(): string {
  const bytes = new Uint8Array(24);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

export class KeyedPanels<P extends { readonly panel: vscode.WebviewPanel }> implements vscode.Disposable {
  private readonly byKey = new Map<string, P>();

  get(key: string): P | undefined {
    return this.byKey.get(key);
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  set(key: string, page: P): void {
    this.byKey.set(key, page);
  }

  get keys(): string[] {
    return [...this.byKey.keys()];
  }

  values(): IterableIterator<P> {
    return this.byKey.values();
  }

  /** A page that closed; a newer page under the same key stays. */
  forget(key: string, page: P): void {
    if (this.byKey.get(key) === page) this.byKey.delete(key);
  }

  dispose(): void {
    for (const page of [...this.byKey.values()]) page.panel.dispose();
  }
}

/**
 * Messages for a page's script wait until it has said it is ready: posted earlier, they would be
 * lost (the script is not listening yet). A new document starts the wait again.
 */
export class ReadyGate<M> {
  private ready = false;
  private waiting: M[] = [];

  constructor(private readonly webview: vscode.Webview) {}

  get isReady(): boolean {
    return this.ready;
  }

  post(message: M): void {
    if (this.ready) void this.webview.postMessage(message);
    else this.waiting.push(message);
  }

  /** The document was replaced: its script is not ready yet, and what waited was for the old one. */
  restart(): void {
    this.ready = false;
    this.waiting = [];
  }

  /** The script said it is ready: `first` (what is current) goes before what waited. */
  open(first: readonly M[] = []): void {
    this.ready = true;
    const waited = this.waiting;
    this.waiting = [];
    for (const message of [...first, ...waited]) void this.webview.postMessage(message);
  }
}

/** The playbook's tab icon: drawn as an image, not in the theme's colour, so one per kind of theme. */
export function playbookTabIcon(extensionUri: vscode.Uri): { light: vscode.Uri; dark: vscode.Uri } {
  return {
    light: vscode.Uri.joinPath(extensionUri, 'media', 'playbook-light.svg'),
    dark: vscode.Uri.joinPath(extensionUri, 'media', 'playbook-dark.svg'),
  };
}
