/** The team intersection panels: the open command, the serializer, and the source link. */
import vscode = require('vscode');
import { teamPickItems } from '../../model/render/pickItems';
import type { HandbookStore } from '../data/handbookStore';
import { headingAnchor } from '../../model/handbook/headingAnchor';
import { messages } from '../messages';
import { IntersectionPanels, VIEW_TYPE } from './intersectionPanels';
import { registerCommand } from '../commands';
import type { SeenChanges } from '../whatChanged/seenChanges';

export function registerPanels(context: vscode.ExtensionContext, deps: { store: HandbookStore; changes?: SeenChanges }): IntersectionPanels {
  const { store } = deps;
  const panels = new IntersectionPanels(context.extensionUri, store, deps.changes);

  const pickTeam = async () => {
    const pick = await vscode.window.showQuickPick(
      teamPickItems(store.current.handbook),
      { title: messages.pickTeam, matchOnDetail: true },
    );
    return pick?.value;
  };

  context.subscriptions.push(
    panels,
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, panels),
    registerCommand('cePlaybook.openIntersection', async (team) => {
      const teamId = team?.teamId ?? (await pickTeam());
      if (!teamId) return undefined;
      if (!store.current.team(teamId)) return void vscode.window.showWarningMessage(messages.unknownTeam(teamId));
      panels.open(teamId);
      return teamId;
    }),
    registerCommand('cePlaybook.openSource', async (teamRef) => {
      const ref = teamRef ? store.current.team(teamRef.teamId)?.source : undefined;
      const source = ref ? store.current.source(ref.page) : undefined;
      if (!ref || !source) return void vscode.window.showWarningMessage(messages.unknownEntry(teamRef?.teamId ?? ''));
      if (source.url) {
        return void vscode.env.openExternal(vscode.Uri.parse(`${source.url}#${headingAnchor(ref.section)}`, true));
      }
      if (!source.file) return void vscode.window.showWarningMessage(messages.unknownEntry(source.id));
      // The bundled copy of the page, in VS Code's Markdown preview, at the section.
      const uri = vscode.Uri.joinPath(context.extensionUri, 'media', 'handbook', source.file).with({ fragment: headingAnchor(ref.section) });
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    }),
  );
  return panels;
}
