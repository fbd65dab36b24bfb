/**
 * Slack: copying channel and user-group names and opening channels (their code in dist/commands.js),
 * and connecting Slack and sending tickets (in dist/slackDelivery.js, with Slack's SDK). Only the
 * registrations load at activation.
 */
import vscode = require('vscode');
import type * as Commands from '../../lazy/commands';
import type * as SlackDelivery from '../../lazy/slackDelivery';
import { registerCommand } from '../commands';
import { lazyChunk } from '../lazy';

const commands = lazyChunk<typeof Commands>('commands');
const delivery = lazyChunk<typeof SlackDelivery>('slackDelivery');

/** The commands of sending to Slack, each run by the function of the same name in the chunk. */
const DELIVERY_COMMANDS: ReadonlyArray<keyof typeof SlackDelivery.deliveryCommands> = ['connectSlack', 'disconnectSlack', 'sendTicket', 'openSentTicket', 'followUpInThread', 'clearSentTickets'];

export interface SlackFeature {
  /** A ticket Slack took, from any send: the composer's button, a script, or a notification's Retry. */
  onDidSend: vscode.Event<SlackDelivery.SentNotice>;
  /** A Slack credential was stored or removed: where tickets go may have changed. */
  onDidConnect: vscode.Event<void>;
}

export function registerSlack(context: vscode.ExtensionContext, slackDeps: Omit<SlackDelivery.SlackDeps, 'announceSent' | 'announceConnected'>): SlackFeature {
  const sent = new vscode.EventEmitter<SlackDelivery.SentNotice>();
  const connected = new vscode.EventEmitter<void>();
  const deps: SlackDelivery.SlackDeps = { ...slackDeps, announceSent: (notice) => sent.fire(notice), announceConnected: () => connected.fire() };
  const channels = () => commands().channelCommands(deps.store);
  context.subscriptions.push(
    sent,
    connected,
    registerCommand('cePlaybook.copyChannel', (ref) => channels().copy(ref)),
    registerCommand('cePlaybook.openChannel', (ref) => channels().open(ref)),
    registerCommand('cePlaybook.channelActions', (ref) => channels().actions(ref)),
    ...DELIVERY_COMMANDS.map((name) => registerCommand(`cePlaybook.${name}`, (...args: unknown[]) => delivery().runDeliveryCommand(name, context, deps, args))),
  );
  return { onDidSend: sent.event, onDidConnect: connected.event };
}
