/**
 * One webview panel per team, kept in a Map: opening a team that is already open reveals it.
 * Panels re-render in place when the data changes and come back after a window reload.
 */
import vscode = require('vscode');
import { KeyedPanels, nonce, playbookTabIcon, ReadyGate } from '../../core/host/webviewPanels';
import type * as PanelRenderer from './teamPageRenderer.chunk';
import type { HandbookStore } from '../data/handbookStore';
import { isPanelState, isWebviewToHost, type HostToWebview, type PanelAction } from './teamPageMessages';
import { panelLabels } from './teamPageLabels';
import { dataNotice } from '../data/notice';
import type { SeenChanges } from '../whatChanged/seenChanges';
import { lazyChunk } from '../../core/host/lazyChunk';
import { executeCall } from '../../core/host/commands';
import { commandCall, type CommandCall } from '../../core/commands/commandContract';
import { entryRef } from '../../core/handbook/entryRef';
import { VIEW_TYPE } from './viewType';
import type { HandbookIndex } from '../../core/handbook/handbookIndex';


/** The renderer (with the Markdown library) loads on the first panel, not at activation. */
const loadRenderer = lazyChunk<typeof PanelRenderer>('teamPageRenderer');

/** Which command each panel button runs (the same commands as the palette and the tree). */
const ACTION_CALLS: Record<PanelAction, (id: string, index: HandbookIndex) => CommandCall> = {
  composeTicket: (id) => commandCall('cePlaybook.composeTicket', entryRef.template(id)),
  insertTemplate: (id) => commandCall('cePlaybook.insertTemplate', entryRef.template(id)),
  fillTemplate: (id) => commandCall('cePlaybook.fillTemplate', entryRef.template(id)),
  copyTemplate: (id) => commandCall('cePlaybook.copyTemplateForSlack', entryRef.template(id)),
  // The copy button is on channels and user groups alike.
  copyChannel: (id, index) => commandCall('cePlaybook.copyChannel', index.channel(id) ? entryRef.channel(id) : entryRef.userGroup(id)),
  openChannel: (id) => commandCall('cePlaybook.openChannel', entryRef.channel(id)),
  openSource: (id) => commandCall('cePlaybook.openSource', entryRef.team(id)),
};


class IntersectionPanel implements vscode.Disposable {
  private readonly gate: ReadyGate<HostToWebview>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly teamId: string,
    readonly panel: vscode.WebviewPanel,
    private readonly manager: IntersectionPanels,
  ) {
    // Restored panels come without our options; new ones get the same from open().
    panel.webview.options = manager.webviewOptions;
    panel.iconPath = playbookTabIcon(manager.extensionUri);
    this.gate = new ReadyGate(panel.webview);
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => this.handleMessage(message)),
      panel.onDidDispose(() => this.dispose()),
    );
    this.renderDocument();
  }

  private renderDocument(): void {
    const { webview } = this.panel;
    const team = this.manager.store.current.team(this.teamId);
    const root = this.manager.webviewRoot;
    const r = loadRenderer();
    this.gate.restart();
    this.panel.title = team?.name ?? this.teamId;
    webview.html = r.renderIntersectionDocument(this.body(), panelLabels.intersectionTitle(team?.name ?? this.teamId), this.teamId, {
      cspSource: webview.cspSource,
      nonce: nonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(root, 'teamPage.js')).toString(),
      styleUris: ['page.css', 'teamPage.css'].map((file) => webview.asWebviewUri(vscode.Uri.joinPath(root, file)).toString()),
    });
  }

  private body(): string {
    const index = this.manager.store.current;
    const team = index.team(this.teamId);
    if (!team) return `<p class="empty">${loadRenderer().escapeHtml(vscode.l10n.t('The team "{0}" is no longer in the playbook.', this.teamId))}</p>`;
    const changed = this.manager.changes?.sectionsOf(index, team.id);
    return loadRenderer().renderIntersectionBody(index, team, panelLabels, loadRenderer().panelIcons, this.manager.store.originOf, dataNotice(this.manager.store), changed);
  }

  /** Whether the webview has said it is ready (messages before that are queued). */
  get isReady(): boolean {
    return this.gate.isReady;
  }

  /** Re-renders the content in place (after a data change). */
  update(): void {
    const team = this.manager.store.current.team(this.teamId);
    if (team) this.panel.title = team.name;
    this.post({ type: 'render', html: this.body() });
  }

  private post(message: HostToWebview): void {
    this.gate.post(message);
  }

  /** Handles a message from the webview (validated: the webview is untrusted). */
  async handleMessage(message: unknown): Promise<void> {
    if (!isWebviewToHost(message)) return;
    if (message.type === 'ready') return this.gate.open();
    try {
      await executeCall(ACTION_CALLS[message.action](message.id, this.manager.store.current));
    } catch (error) {
      void vscode.window.showErrorMessage(String(error instanceof Error ? error.message : error));
    }
  }

  dispose(): void {
    this.manager.forget(this);
    vscode.Disposable.from(...this.disposables).dispose();
    this.disposables.length = 0;
  }
}

export class IntersectionPanels implements vscode.Disposable, vscode.WebviewPanelSerializer {
  private readonly panels = new KeyedPanels<IntersectionPanel>();
  private readonly subscription: vscode.Disposable;

  constructor(
    readonly extensionUri: vscode.Uri,
    readonly store: HandbookStore,
    /** What changed since the user last looked: those sections are marked. */
    readonly changes?: SeenChanges,
  ) {
    const updateAll = () => {
      for (const panel of this.panels.values()) panel.update();
    };
    this.subscription = vscode.Disposable.from(store.onDidChange(updateAll), ...(changes ? [changes.onDidChange(updateAll)] : []));
  }

  /** Opens the team's panel, or reveals it if it is already open. */
  open(teamId: string): IntersectionPanel {
    const existing = this.panels.get(teamId);
    if (existing) {
      existing.panel.reveal();
      return existing;
    }
    const team = this.store.current.team(teamId);
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, team?.name ?? teamId, vscode.ViewColumn.Active, { ...this.webviewOptions, enableFindWidget: true });
    return this.adopt(teamId, panel);
  }

  private adopt(teamId: string, webviewPanel: vscode.WebviewPanel): IntersectionPanel {
    const panel = new IntersectionPanel(teamId, webviewPanel, this);
    this.panels.set(teamId, panel);
    return panel;
  }

  /** The panel's script and stylesheet live in dist/webview; nothing else may load. */
  get webviewRoot(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
  }

  get webviewOptions(): vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [this.webviewRoot] };
  }

  async deserializeWebviewPanel(webviewPanel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const teamId = isPanelState(state) ? state.teamId : undefined;
    if (!teamId || this.panels.has(teamId)) {
      webviewPanel.dispose();
      return;
    }
    this.adopt(teamId, webviewPanel);
  }

  get(teamId: string): IntersectionPanel | undefined {
    return this.panels.get(teamId);
  }

  get openTeams(): string[] {
    return this.panels.keys;
  }

  forget(panel: IntersectionPanel): void {
    this.panels.forget(panel.teamId, panel);
  }

  dispose(): void {
    this.subscription.dispose();
    this.panels.dispose();
  }
}
