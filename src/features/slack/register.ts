/**
 * Copying Slack channel and user-group names, opening channels in Slack, and (through the lazily
 * loaded dist/slackDelivery.js) connecting Slack and sending tickets to it.
 */
import vscode = require('vscode');
import type { HandbookStore } from '../data/handbookStore';
import { messages } from '../messages';
import { slackTarget } from '../../model/slack/slackLinks';
import type { DraftStore } from '../templates/fillForm';
import type { SentTicketsStore } from './sentTicketsStore';
import type * as SlackDelivery from '../../lazy/slackDelivery';
import { lazyChunk } from '../lazy';

const delivery = lazyChunk<typeof SlackDelivery>('slackDelivery');

/** A channel or user group by id, or its row's node from the tree's context menu. */
type Target = string | { channelId?: string; userGroupId?: string } | undefined;

function targetId(target: Target): string | undefined {
  if (typeof target === 'string') return target;
  return target?.channelId ?? target?.userGroupId;
}

export interface SlackFeature {
  /** Aborts every send in progress, as the progress notification's Cancel does. */
  cancelSending(): number;
}

export function registerSlack(context: vscode.ExtensionContext, deps: { store: HandbookStore; drafts: () => DraftStore; sent: SentTicketsStore }): SlackFeature {
  const { store } = deps;
  const nameOf = (id: string | undefined) => (id ? (store.current.channel(id)?.name ?? store.current.userGroup(id)?.name) : undefined);

  const copy = async (target: Target) => {
    const name = nameOf(targetId(target));
    if (!name) return void vscode.window.showWarningMessage(messages.unknownEntry(String(targetId(target))));
    await vscode.env.clipboard.writeText(name);
    vscode.window.setStatusBarMessage(messages.copied(name), 3000);
  };

  const open = async (target: Target) => {
    const id = targetId(target);
    const channel = id ? store.current.channel(id) : undefined;
    if (!channel) return void vscode.window.showWarningMessage(messages.unknownEntry(String(id)));
    const config = vscode.workspace.getConfiguration('cePlaybook');
    const link = slackTarget({ workspaceUrl: config.get<string>('slack.workspaceUrl'), teamId: config.get<string>('slack.teamId') }, channel);
    if (link.kind === 'unset') {
      const openSetting = vscode.l10n.t('Open Setting');
      const choice = await vscode.window.showInformationMessage(
        vscode.l10n.t('To open {0} in Slack, set "cePlaybook.slack.workspaceUrl" to your Slack workspace, e.g. https://your-company.slack.com, or "cePlaybook.slack.teamId".', channel.name),
        openSetting,
      );
      if (choice === openSetting) await vscode.commands.executeCommand('workbench.action.openSettings', 'cePlaybook.slack');
      return;
    }
    if (link.kind === 'workspace') {
      // Without the channel's Slack id the app can only open the workspace; the name is one paste away.
      await vscode.env.clipboard.writeText(channel.name);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Opening Slack; {0} is copied to the clipboard.', channel.name), 4000);
    }
    await vscode.env.openExternal(vscode.Uri.parse(link.url, true));
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('cePlaybook.copyChannel', copy),
    vscode.commands.registerCommand('cePlaybook.openChannel', open),
    vscode.commands.registerCommand('cePlaybook.channelActions', async (target: Target) => {
      const id = targetId(target);
      const name = nameOf(id);
      if (!id || !name) return void vscode.window.showWarningMessage(messages.unknownEntry(String(id)));
      const isChannel = store.current.channel(id) !== undefined;
      const items = [{ label: `$(copy) ${messages.copyName}`, run: () => copy(id) }];
      if (isChannel) items.push({ label: `$(link-external) ${messages.openInSlack}`, run: () => open(id) });
      const pick = await vscode.window.showQuickPick(items, { title: messages.channelActionsTitle(name) });
      await pick?.run();
    }),
  );
  return registerDelivery(context, deps);
}

/** The commands of sending to Slack; their code is in dist/slackDelivery.js (src/features/slack/commands.ts). */
const DELIVERY_COMMANDS = ['connectSlack', 'disconnectSlack', 'sendTicket', 'openSentTicket', 'followUpInThread', 'clearSentTickets'] as const;
export type DeliveryCommand = (typeof DELIVERY_COMMANDS)[number];

function registerDelivery(context: vscode.ExtensionContext, deps: { store: HandbookStore; drafts: () => DraftStore; sent: SentTicketsStore }): SlackFeature {
  const active = new Set<AbortController>();
  let commandDeps: SlackDelivery.DeliveryDeps | undefined;
  const run = (name: DeliveryCommand) => (...args: unknown[]) => {
    commandDeps ??= delivery().deliveryDeps(context, { ...deps, active });
    return delivery().deliveryCommands[name](commandDeps, ...args);
  };
  context.subscriptions.push(
    ...DELIVERY_COMMANDS.map((name) => vscode.commands.registerCommand(`cePlaybook.${name}`, run(name))),
    // Settings are not secret (they sync, and sit in files): a token or webhook URL there is refused.
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('cePlaybook')) delivery().checkSettings(); }),
  );
  return { cancelSending: () => (active.size ? delivery().cancelSending({ active }) : 0) };
}
