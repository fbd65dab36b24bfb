/**
 * Slack: copying channel and user-group names and opening channels (their code in dist/slackChannels.js),
 * and connecting Slack and sending tickets (in dist/slackDelivery.js, with Slack's SDK). Only the
 * registrations load at activation.
 */
import vscode = require('vscode');
import type * as SlackChannels from './slackChannels.chunk';
import type * as SlackDelivery from './slackDelivery.chunk';
import { registerCommand } from '../../core/host/commands';
import { lazyChunk } from '../../core/host/lazyChunk';
import { afterActivation } from '../../core/host/deferred';
import { userState } from '../../core/host/userState';

const slackChannels = lazyChunk<typeof SlackChannels>('slackChannels');
const delivery = lazyChunk<typeof SlackDelivery>('slackDelivery');

/** The commands of sending to Slack, each run by the function of the same name in the chunk. */
const DELIVERY_COMMANDS: ReadonlyArray<keyof typeof SlackDelivery.deliveryCommands> = ['connectSlack', 'disconnectSlack', 'sendTicket', 'sendMessage', 'openSentTicket', 'clearSentTickets', 'refreshTicketStatus'];

const SENT_TICKETS_KEY = 'cePlaybook.sentTickets';
const DAY_MS = 86_400_000;

/**
 * Whether a sent ticket has a thread worth reading (a bot-token send younger than the age limit):
 * checked here, without loading the delivery chunk, so a CE who never sent one loads nothing.
 */
function anyThreadToRead(state: vscode.Memento): boolean {
  const list = state.get<unknown>(SENT_TICKETS_KEY);
  const days = vscode.workspace.getConfiguration('cePlaybook').get<number>('slack.statusMaxAgeDays', 14);
  const since = Date.now() - (typeof days === 'number' ? days : 14) * DAY_MS;
  return Array.isArray(list) && list.some((t: { mode?: unknown; ts?: unknown; sentAt?: unknown }) => t?.mode === 'botToken' && typeof t.ts === 'string' && typeof t.sentAt === 'string' && Date.parse(t.sentAt) >= since);
}

export interface SlackFeature {
  /** A ticket Slack took, from any send: the composer's button, a script, or a notification's Retry. */
  onDidSend: vscode.Event<SlackDelivery.SentNotice>;
  /** A Slack credential was stored or removed: where tickets go may have changed. */
  onDidConnect: vscode.Event<void>;
}

/** `view`: the tree view whose "Sent tickets" rows show the statuses (refreshed while it is shown). */
export function registerSlack(context: vscode.ExtensionContext, slackDeps: Omit<SlackDelivery.SlackDeps, 'announceSent' | 'announceConnected' | 'userState'>, view?: () => vscode.TreeView<unknown>): SlackFeature {
  const sent = new vscode.EventEmitter<SlackDelivery.SentNotice>();
  const connected = new vscode.EventEmitter<void>();
  const deps: SlackDelivery.SlackDeps = { ...slackDeps, userState: userState(context), announceSent: (notice) => sent.fire(notice), announceConnected: () => connected.fire() };
  const channels = () => slackChannels().channelCommands(deps.store);
  context.subscriptions.push(
    sent,
    connected,
    registerCommand('cePlaybook.copyChannel', (ref) => channels().copy(ref)),
    registerCommand('cePlaybook.openChannel', (ref) => channels().open(ref)),
    registerCommand('cePlaybook.channelActions', (ref) => channels().actions(ref)),
    ...DELIVERY_COMMANDS.map((name) => registerCommand(`cePlaybook.${name}`, (...args: unknown[]) => delivery().runDeliveryCommand(name, context, deps, args))),
  );
  if (view) watchTicketStatus(context, deps, view);
  return { onDidSend: sent.event, onDidConnect: connected.event };
}

/** Reads the sent tickets' threads when the view becomes visible, and when the window regains focus with the view shown. */
function watchTicketStatus(context: vscode.ExtensionContext, deps: SlackDelivery.SlackDeps, view: () => vscode.TreeView<unknown>): void {
  const refresh = () => {
    if (anyThreadToRead(userState(context))) delivery().refreshTicketStatusQuietly(context, deps);
  };
  afterActivation(context, () => {
    const tree = view();
    context.subscriptions.push(
      tree.onDidChangeVisibility((e) => { if (e.visible) refresh(); }),
      vscode.window.onDidChangeWindowState((e) => { if (e.focused && tree.visible) refresh(); }),
    );
    if (tree.visible) refresh();
  });
}
