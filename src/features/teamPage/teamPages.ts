/**
 * One team page per team: opening a team whose page is open reveals it. Pages re-render in place
 * when the data changes and come back after a window reload.
 */
import vscode = require('vscode');
import { createPagePanel, WebviewPage, WebviewPages, type WebviewPageKind } from '../../core/host/webviewPage';
import type * as TeamPageRenderer from './teamPageRenderer.chunk';
import type { HandbookStore } from '../data/handbookStore';
import { isTeamPageState, isTeamPageToHost, type TeamPageToHost, type TeamPageToWebview } from './teamPageMessages';
import { ACTION_CALLS } from './model/actionCalls';
import { teamPageLabels } from './teamPageLabels';
import { dataNotice } from '../data/notice';
import type { SeenChanges } from '../whatChanged/seenChanges';
import { lazyChunk } from '../../core/host/lazyChunk';
import { executeCall } from '../../core/host/commands';
import { VIEW_TYPE } from './viewType';

/** The renderer (with the Markdown library) loads on the first page, not at activation. */
const loadRenderer = lazyChunk<typeof TeamPageRenderer>('teamPageRenderer');

const TEAM_PAGE: WebviewPageKind<TeamPageToHost> = {
  viewType: VIEW_TYPE,
  script: 'teamPage.js',
  styles: ['page.css', 'teamPage.css'],
  isToHost: isTeamPageToHost,
  panelOptions: { enableFindWidget: true },
};

class TeamPage extends WebviewPage<TeamPageToHost, TeamPageToWebview> {
  constructor(
    readonly teamId: string,
    panel: vscode.WebviewPanel,
    private readonly pages: TeamPages,
  ) {
    super(panel, TEAM_PAGE, pages.extensionUri);
    this.renderDocument();
  }

  private renderDocument(): void {
    const team = this.pages.store.current.team(this.teamId);
    const r = loadRenderer();
    this.panel.title = team?.name ?? this.teamId;
    this.showDocument((environment) => r.renderTeamPageDocument(this.body(), teamPageLabels.pageTitle(team?.name ?? this.teamId), this.teamId, environment));
  }

  private body(): string {
    const index = this.pages.store.current;
    const team = index.team(this.teamId);
    if (!team) return `<p class="empty">${loadRenderer().escapeHtml(vscode.l10n.t('The team "{0}" is no longer in the playbook.', this.teamId))}</p>`;
    const changed = this.pages.changes?.sectionsOf(index, team.id);
    return loadRenderer().renderTeamPageBody(index, team, teamPageLabels, loadRenderer().teamPageIcons, this.pages.store.originOf, dataNotice(this.pages.store), changed);
  }

  /** Re-renders the content in place (after a data change). */
  update(): void {
    const team = this.pages.store.current.team(this.teamId);
    if (team) this.panel.title = team.name;
    this.post({ type: 'render', html: this.body() });
  }

  protected override async receive(message: Extract<TeamPageToHost, { type: 'action' }>): Promise<void> {
    try {
      await executeCall(ACTION_CALLS[message.action](message.id, this.pages.store.current));
    } catch (error) {
      void vscode.window.showErrorMessage(String(error instanceof Error ? error.message : error));
    }
  }
}

export class TeamPages implements vscode.Disposable, vscode.WebviewPanelSerializer {
  private readonly pages = new WebviewPages<TeamPage>();
  private readonly subscription: vscode.Disposable;

  constructor(
    readonly extensionUri: vscode.Uri,
    readonly store: HandbookStore,
    /** What changed since the user last looked: those sections are marked. */
    readonly changes?: SeenChanges,
  ) {
    const updateAll = () => {
      for (const page of this.pages.values()) page.update();
    };
    this.subscription = vscode.Disposable.from(store.onDidChange(updateAll), ...(changes ? [changes.onDidChange(updateAll)] : []));
  }

  /** Opens the team's page, or reveals it if it is already open. */
  open(teamId: string): TeamPage {
    const open = this.pages.reveal(teamId);
    if (open) return open;
    const panel = createPagePanel(TEAM_PAGE, this.extensionUri, this.store.current.team(teamId)?.name ?? teamId);
    return this.pages.add(teamId, new TeamPage(teamId, panel, this));
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const teamId = isTeamPageState(state) ? state.teamId : undefined;
    // An empty id names no team (as before: only a state with a team id restores a page).
    this.pages.restore(panel, teamId || undefined, (restored) => new TeamPage(teamId!, restored, this));
  }

  get(teamId: string): TeamPage | undefined {
    return this.pages.get(teamId);
  }

  get openTeams(): string[] {
    return this.pages.keys;
  }

  dispose(): void {
    this.subscription.dispose();
    this.pages.dispose();
  }
}
