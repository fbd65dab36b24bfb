/**
 * Copying Slack channel and user-group names, opening channels in Slack, and (through the lazily
 * loaded dist/slackDelivery.js) connecting Slack and sending tickets to it.
 */
import vscode = require('vscode');
import type { HandbookStore } from '../data/handbookStore';
import type { DraftStore } from '../templates/fillForm';
import type { SentTicketsStore } from './sentTicketsStore';
import type * as SlackDelivery from '../../lazy/slackDelivery';
import { lazyChunk } from '../lazy';
import { messages } from '../messages';
import { slackTarget } from '../../model/slack/slackLinks';
import { entryId, lookupEntry, type ChannelRef, type UserGroupRef } from '../../model/handbook/entryRef';
import { registerCommand } from '../commands';

const delivery = lazyChunk<typeof SlackDelivery>('slackDelivery');

export interface SlackFeature {
  /** Aborts every send in progress, as the progress notification's Cancel does. */
  cancelSending(): number;
}

type SlackDeps = { store: HandbookStore; drafts: () => DraftStore; sent: SentTicketsStore };

export function registerSlack(context: vscode.ExtensionContext, deps: SlackDeps): SlackFeature {
  const { store } = deps;
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
    registerCommand('cePlaybook.copyChannel', copy),
    registerCommand('cePlaybook.openChannel', open),
    registerCommand('cePlaybook.channelActions', async (ref) => {
      const name = nameOf(ref);
      if (!ref || !name) return void vscode.window.showWarningMessage(messages.unknownEntry(ref ? entryId(ref) : ''));
      const items = [{ label: `$(copy) ${messages.copyName}`, run: () => copy(ref) }];
      if (ref.kind === 'channel') items.push({ label: `$(link-external) ${messages.openInSlack}`, run: () => open(ref) });
      const pick = await vscode.window.showQuickPick(items, { title: messages.channelActionsTitle(name) });
      await pick?.run();
    }),
  );
  return registerDelivery(context, deps);
}

/** The delivery commands, each run by the function of the same name in dist/slackDelivery.js. */
const DELIVERY_COMMANDS: ReadonlyArray<keyof typeof SlackDelivery.deliveryCommands> = ['connectSlack', 'disconnectSlack', 'sendTicket', 'openSentTicket', 'followUpInThread', 'clearSentTickets'];

/** Sending to Slack: thin registrations; the code (and Slack's SDK) loads on first use. */
function registerDelivery(context: vscode.ExtensionContext, deps: SlackDeps): SlackFeature {
  const active = new Set<AbortController>();
  let loaded: SlackDelivery.DeliveryDeps | undefined;
  for (const name of DELIVERY_COMMANDS) {
    context.subscriptions.push(registerCommand(`cePlaybook.${name}`, (...args: unknown[]) => {
      loaded ??= delivery().deliveryDeps(context, { ...deps, active });
      // Each function takes the arguments the contract gives its command (see deliveryCommands).
      return (delivery().deliveryCommands[name] as (d: SlackDelivery.DeliveryDeps, ...a: unknown[]) => unknown)(loaded, ...args);
    }));
  }
  context.subscriptions.push(
    // Settings are not secret (they sync, and sit in files): a token or webhook URL there is refused.
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('cePlaybook')) delivery().checkSettings(); }),
  );
  return { cancelSending: () => (active.size ? delivery().cancelSending({ active }) : 0) };
}
