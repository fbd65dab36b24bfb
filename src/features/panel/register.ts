/** The team intersection panels: the open command, the serializer, and the source link. */
import vscode = require('vscode');
import type { HandbookStore } from '../data/handbookStore';
import { headingAnchor } from '../../model/handbook/handbookIndex';
import { messages } from '../messages';
import { IntersectionPanels, VIEW_TYPE } from './intersectionPanels';

export function registerPanels(context: vscode.ExtensionContext, deps: { store: HandbookStore }): IntersectionPanels {
  const { store } = deps;
  const panels = new IntersectionPanels(context.extensionUri, store);

  const pickTeam = async () => {
    const pick = await vscode.window.showQuickPick(
      store.current.handbook.teams.map((t) => ({ label: t.name, detail: t.valueToTeam.text, id: t.id })),
      { title: messages.pickTeam, matchOnDetail: true },
    );
    return pick?.id;
  };

  context.subscriptions.push(
    panels,
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, panels),
    vscode.commands.registerCommand('cePlaybook.openIntersection', async (target?: string | { teamId?: string }) => {
      const teamId = (typeof target === 'string' ? target : target?.teamId) ?? (await pickTeam());
      if (!teamId) return undefined;
      if (!store.current.team(teamId)) return void vscode.window.showWarningMessage(messages.unknownTeam(teamId));
      panels.open(teamId);
      return teamId;
    }),
    vscode.commands.registerCommand('cePlaybook.openSource', async (target?: { teamId?: string; page?: string; section?: string }) => {
      const team = target?.teamId ? store.current.team(target.teamId) : undefined;
      const ref = team?.source ?? (target?.page ? { page: target.page, section: target.section ?? '' } : undefined);
      const source = ref ? store.current.source(ref.page) : undefined;
      if (!ref || !source) return void vscode.window.showWarningMessage(messages.unknownEntry(String(target?.teamId ?? target?.page)));
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
