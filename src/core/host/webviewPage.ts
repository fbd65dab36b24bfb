/**
 * What every webview page is made of (team pages, composer pages, message pages, What changed): one
 * base, `WebviewPage<ToHost, ToWebview>`, and the pages kept one per key, `WebviewPages`.
 *
 * A page's webview may load only its script and stylesheets from dist/webview (localResourceRoots),
 * gets a fresh CSP nonce per document, shows the playbook's tab icon, and speaks its typed protocol:
 * what arrives is checked with the guard of its schema (the webview is untrusted) before the page
 * sees it; what the page posts waits until the script has said `ready` (posted earlier, it would be
 * lost), and every new document starts that wait again. Everything it registers is disposed with it.
 */
import vscode = require('vscode');
import type { WebviewEnvironment } from '../render/webviewDocument';

/** The kind of page: what VS Code, the CSP and the check of its messages need to know of it. */
export interface WebviewPageKind<ToHost> {
  /** The webview type (its serializer is registered with it; public: restored pages carry it). */
  readonly viewType: string;
  /** The page's script in dist/webview (`<capability>.js`). */
  readonly script: string;
  /** Its stylesheets in dist/webview, in order (`page.css` first). */
  readonly styles: readonly string[];
  /** The check of what the webview sends, made from the protocol's schema. */
  readonly isToHost: (message: unknown) => message is ToHost;
  /** Options of a new panel beyond scripts and resource roots (find widget, keeping the context). */
  readonly panelOptions?: vscode.WebviewPanelOptions;
}

/** A nonce for one document's Content-Security-Policy: 24 random bytes, letters and digits only. */
export function nonce(): string {
  const bytes = new Uint8Array(24);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

/** Where every page's script and stylesheets are; nothing else may load. */
function webviewRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
}

function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [webviewRoot(extensionUri)] };
}

/** A new panel of this kind, in the active column. */
export function createPagePanel(kind: WebviewPageKind<unknown>, extensionUri: vscode.Uri, title: string): vscode.WebviewPanel {
  return vscode.window.createWebviewPanel(kind.viewType, title, vscode.ViewColumn.Active, { ...webviewOptions(extensionUri), ...kind.panelOptions });
}

/** The playbook's tab icon: drawn as an image, not in the theme's colour, so one per kind of theme. */
function playbookTabIcon(extensionUri: vscode.Uri): { light: vscode.Uri; dark: vscode.Uri } {
  return {
    light: vscode.Uri.joinPath(extensionUri, 'media', 'playbook-light.svg'),
    dark: vscode.Uri.joinPath(extensionUri, 'media', 'playbook-dark.svg'),
  };
}

type Ready = { type: 'ready' };

export abstract class WebviewPage<ToHost extends { type: string }, ToWebview> implements vscode.Disposable {
  private ready = false;
  private waiting: ToWebview[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly closeListeners: Array<() => void> = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly kind: WebviewPageKind<ToHost>,
    private readonly extensionUri: vscode.Uri,
  ) {
    // A panel VS Code restores after a reload comes without our options; a new one gets the same.
    panel.webview.options = webviewOptions(extensionUri);
    panel.iconPath = playbookTabIcon(extensionUri);
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => this.handleMessage(message)),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  /** Whether the page's script has said it is ready (messages before that wait). */
  get isReady(): boolean {
    return this.ready;
  }

  /** Shows a new document, made with this page's environment (its script, stylesheets and a new nonce). */
  protected showDocument(render: (environment: WebviewEnvironment) => string): void {
    const { webview } = this.panel;
    const root = webviewRoot(this.extensionUri);
    const asUri = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(root, file)).toString();
    const html = render({ cspSource: webview.cspSource, nonce: nonce(), scriptUri: asUri(this.kind.script), styleUris: this.kind.styles.map(asUri) });
    // The new document's script is not ready yet, and what waited was for the old one.
    this.ready = false;
    this.waiting = [];
    webview.html = html;
  }

  /** Posts to the page's script, or keeps the message until the script is ready. */
  protected post(message: ToWebview): void {
    if (this.ready) void this.panel.webview.postMessage(message);
    else this.waiting.push(message);
  }

  /**
   * What the script gets first once it is ready, before what waited: what is current that the
   * document does not show (a restored webview shows the HTML it was first given).
   */
  protected currentState(): readonly ToWebview[] {
    return [];
  }

  /** Called once the script is ready and has what was current and what waited. */
  protected onReady(): void {}

  /** A message of the protocol other than `ready`. */
  protected abstract receive(message: Exclude<ToHost, Ready>): void | Promise<void>;

  /** Handles a message from the webview: checked against the protocol first (the webview is untrusted). */
  async handleMessage(message: unknown): Promise<void> {
    if (!this.kind.isToHost(message)) return;
    if (message.type !== 'ready') return this.receive(message as Exclude<ToHost, Ready>);
    this.ready = true;
    const waited = this.waiting;
    this.waiting = [];
    for (const first of [...this.currentState(), ...waited]) void this.panel.webview.postMessage(first);
    this.onReady();
  }

  /** Calls `listener` when the page closes. */
  whenClosed(listener: () => void): void {
    this.closeListeners.push(listener);
  }

  dispose(): void {
    for (const listener of this.closeListeners.splice(0)) listener();
    vscode.Disposable.from(...this.disposables).dispose();
    this.disposables.length = 0;
  }
}

/**
 * The pages of one kind, one per key (a team, a template, a thread): opening a key that is open
 * reveals its page, a closed page is forgotten, and disposing the set closes them all.
 */
export class WebviewPages<P extends WebviewPage<{ type: string }, unknown>> implements vscode.Disposable {
  private readonly byKey = new Map<string, P>();

  get(key: string): P | undefined {
    return this.byKey.get(key);
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  get keys(): string[] {
    return [...this.byKey.keys()];
  }

  values(): IterableIterator<P> {
    return this.byKey.values();
  }

  /** The open page of this key, brought to the front; undefined when none is open. */
  reveal(key: string): P | undefined {
    const page = this.byKey.get(key);
    page?.panel.reveal();
    return page;
  }

  /** Keeps a new page under its key until it closes (a newer page under the same key then stays). */
  add(key: string, page: P): P {
    this.byKey.set(key, page);
    page.whenClosed(() => {
      if (this.byKey.get(key) === page) this.byKey.delete(key);
    });
    return page;
  }

  /**
   * A panel VS Code restores after a window reload: made a page again under the key its saved state
   * names; closed when the state names none (not one of ours, or from another version) or when that
   * key's page is open already.
   */
  restore(panel: vscode.WebviewPanel, key: string | undefined, make: (panel: vscode.WebviewPanel) => P): void {
    if (key === undefined || this.byKey.has(key)) return panel.dispose();
    this.add(key, make(panel));
  }

  dispose(): void {
    for (const page of [...this.byKey.values()]) page.panel.dispose();
  }
}
