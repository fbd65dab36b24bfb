/**
 * Copying Slack channel and user-group names, and opening channels in Slack (dist/slackChannels.js,
 * loaded on first use by the registrations in register.ts).
 */
import vscode = require('vscode');
import type { HandbookStore } from '../data/handbookStore';
import { messages } from '../../core/host/messages';
import { slackTarget } from './model/slackLinks';
import { entryId, lookupEntry, type ChannelRef, type UserGroupRef } from '../../core/handbook/entryRef';

export function channelCommands(store: HandbookStore) {
  const nameOf = (ref: ChannelRef | UserGroupRef | undefined) => (ref ? lookupEntry(store.current, ref)?.name : undefined);

  const copy = async (ref?: ChannelRef | UserGroupRef) => {
    const name = nameOf(ref);
    if (!name) return void vscode.window.showWarningMessage(messages.unknownEntry(ref ? entryId(ref) : ''));
    await vscode.env.clipboard.writeText(name);
    vscode.window.setStatusBarMessage(messages.copied(name), 3000);
  };

  const open = async (ref?: ChannelRef) => {
    const channel = ref ? lookupEntry(store.current, ref) : undefined;
    if (!channel) return void vscode.window.showWarningMessage(messages.unknownEntry(ref ? entryId(ref) : ''));
    const config = vscode.workspace.getConfiguration('cePlaybook');
    const link = slackTarget({ workspaceUrl: config.get<string>('slack.workspaceUrl'), teamId: config.get<string>('slack.teamId') }, channel);
    if (link.kind === 'unset') {
      // Say what to set without holding the command (and whoever awaits it) until the message closes.
      const openSetting = vscode.l10n.t('Open Setting');
      void vscode.window
        .showInformationMessage(
          vscode.l10n.t('To open {0} in Slack, set "cePlaybook.slack.workspaceUrl" to your Slack workspace, e.g. https://your-company.slack.com, or "cePlaybook.slack.teamId".', channel.name),
          openSetting,
        )
        .then((choice) => (choice === openSetting ? vscode.commands.executeCommand('workbench.action.openSettings', 'cePlaybook.slack') : undefined));
      return;
    }
    if (link.kind === 'workspace') {
      // Without the channel's Slack id the app can only open the workspace; the name is one paste away.
      await vscode.env.clipboard.writeText(channel.name);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Opening Slack; {0} is copied to the clipboard.', channel.name), 4000);
    }
    await vscode.env.openExternal(vscode.Uri.parse(link.url, true));
  };

  const actions = async (ref?: ChannelRef | UserGroupRef) => {
    const name = nameOf(ref);
    if (!ref || !name) return void vscode.window.showWarningMessage(messages.unknownEntry(ref ? entryId(ref) : ''));
    const items = [{ label: `$(copy) ${messages.copyName}`, run: () => copy(ref) }];
    if (ref.kind === 'channel') items.push({ label: `$(link-external) ${messages.openInSlack}`, run: () => open(ref) });
    const pick = await vscode.window.showQuickPick(items, { title: messages.channelActionsTitle(name) });
    await pick?.run();
  };

  return { copy, open, actions };
}
