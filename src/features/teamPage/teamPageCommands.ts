/** What "Open Team Intersection" (the team page) and "Open Handbook Source" do (loaded with the team pages' chunk). */
import vscode = require('vscode');
import { teamPickItems } from '../../core/render/pickItems';
import type { HandbookStore } from '../data/handbookStore';
import { headingAnchor } from '../../core/handbook/headingAnchor';
import type { TeamRef } from '../../core/handbook/entryRef';
import { messages } from '../../core/host/messages';
import type { TeamPages } from './teamPages';

async function pickTeam(store: HandbookStore): Promise<string | undefined> {
  const pick = await vscode.window.showQuickPick(teamPickItems(store.current.handbook), { title: messages.pickTeam, matchOnDetail: true });
  return pick?.value;
}

/** Opens (or reveals) the team's page; asks which team when none is given. Returns the team shown. */
export async function openTeamPage(pages: TeamPages, store: HandbookStore, team: TeamRef | undefined): Promise<string | undefined> {
  const teamId = team?.teamId ?? (await pickTeam(store));
  if (!teamId) return undefined;
  if (!store.current.team(teamId)) return void vscode.window.showWarningMessage(messages.unknownTeam(teamId));
  pages.open(teamId);
  return teamId;
}

/** The handbook page a team's section comes from: on the web, or the bundled copy in the Markdown preview. */
export async function openSource(extensionUri: vscode.Uri, store: HandbookStore, teamRef: TeamRef | undefined): Promise<void> {
  const ref = teamRef ? store.current.team(teamRef.teamId)?.source : undefined;
  const source = ref ? store.current.source(ref.page) : undefined;
  if (!ref || !source) return void vscode.window.showWarningMessage(messages.unknownEntry(teamRef?.teamId ?? ''));
  if (source.url) {
    return void vscode.env.openExternal(vscode.Uri.parse(`${source.url}#${headingAnchor(ref.section)}`, true));
  }
  if (!source.file) return void vscode.window.showWarningMessage(messages.unknownEntry(source.id));
  // The bundled copy of the page, in VS Code's Markdown preview, at the section.
  const uri = vscode.Uri.joinPath(extensionUri, 'media', 'handbook', source.file).with({ fragment: headingAnchor(ref.section) });
  await vscode.commands.executeCommand('markdown.showPreview', uri);
}
