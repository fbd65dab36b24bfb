/**
 * `cePlaybook.sendMessage`: a message the CE wrote on a message page, posted with the bot token as a
 * reply in a sent ticket's thread or to a channel of the data, through the same trust rules as a
 * ticket: the confirmation names the real destination (the thread: whose ticket, when, which channel;
 * the channel and its Slack id, and the data file that set an id or name other than the bundled
 * handbook's), the secret check, Slack's SDK with its bounded retries (never posting twice), Retry on
 * a failure that re-confirms when the destination or the text changed. A success is recorded under its
 * ticket (see features/slack/model/followUps.ts), never as a new sent ticket.
 */
import vscode = require('vscode');
import { classifyFailure, type Failure } from './model/deliveryError';
import { channelRemaps, type Destination, type Target } from './model/destination';
import { secretKey } from './model/deliveryPlan';
import { checkApiUrl } from './model/endpoints';
import { addFollowUp, FOLLOW_UP_TEXT } from './model/followUps';
import { findCredential, secretKind } from '../../core/secrets/secretScan';
import { canFollowUp, safeLink, type SentTicket } from './model/sentTickets';
import { normalizeValue } from './model/slackMessage';
import { MESSAGE_MAX, slackText } from '../reply/model/messageText';
import type { SendMessageArgs } from '../../core/commands/commandContract';
import type * as CommandArguments from '../../core/host/commandArguments.chunk';
import { lazyChunk } from '../../core/host/lazyChunk';
import { executeCommand } from '../../core/host/commands';
import { failureMessage, secretKindName } from './deliveryMessages';
import { destinationDetails, whereWords } from './destinationWords';
import { apiUrlSetting, type SendDeps, type SendPrompts, type SendTicketResult } from './sendTicket';
import { postWithBotToken, type TransportResult } from './transport';

/** The schemas of the commands' arguments: loaded with the first command, which this one came through. */
const argumentSchemas = lazyChunk<typeof CommandArguments>('commandArguments');

const t = vscode.l10n.t;
const PREVIEW_MAX = 1500;

/** The arguments as a page or a script gives them: checked, not trusted. */
function parseArgs(raw: unknown): SendMessageArgs | string {
  const parsed = argumentSchemas().sendMessageSchema.safeParse(raw);
  if (!parsed.success) return t('sendMessage needs { to: { kind: "thread", sentId } or { kind: "channel", channelId }, text }.');
  const a = parsed.data;
  const to: SendMessageArgs['to'] = a.to.kind === 'thread' ? { kind: 'thread', sentId: a.to.sentId } : { kind: 'channel', channelId: a.to.channelId };
  return { to, text: a.text, ...(typeof a.about === 'string' ? { about: a.about } : {}), confirm: a.confirm, allowSecrets: a.allowSecrets === true };
}

/** Where the message goes: the Slack channel argument, the thread's ts, and the destination in words. */
interface Route {
  channelArg: string;
  threadTs?: string;
  destination: Destination;
  /** The sent ticket it is recorded under. */
  ticket?: SentTicket;
  /** Names the destination in the failure messages ("your reply", "your message"). */
  title: string;
}

function route(deps: SendDeps, args: SendMessageArgs, apiHost: string | undefined): Route | SendTicketResult {
  const host = apiHost ? { apiHost } : {};
  const about = deps.sent.list().find((s) => s.id === (args.to.kind === 'thread' ? args.to.sentId : args.about));
  if (args.to.kind === 'thread') {
    if (!about || !canFollowUp(about)) return { ok: false, kind: 'invalidArguments', error: t('Not sent: this sent ticket is gone from your Sent tickets, or it has no thread (only tickets sent with the bot token have one). Your text is kept.') };
    const channelName = deps.store.current.handbook.channels.find((c) => c.slackId === about.channel)?.name ?? about.channelName;
    const target: Target = { kind: 'thread', channel: about.channel!, ts: about.ts!, ...(channelName ? { channelName } : {}), customer: about.customer, templateTitle: about.templateTitle, sentAt: about.sentAt };
    return { channelArg: about.channel!, threadTs: about.ts, destination: { target, remaps: [], ...host }, ticket: about, title: t('your reply') };
  }
  const channel = deps.store.current.channel(args.to.channelId);
  if (!channel) return { ok: false, kind: 'invalidArguments', error: t('Not sent: the channel "{0}" is not in the playbook.', args.to.channelId) };
  const target: Target = { kind: 'channel', name: channel.name, ...(channel.slackId ? { slackId: channel.slackId } : {}) };
  return { channelArg: channel.slackId ?? channel.name.replace(/^#/, ''), destination: { target, remaps: channelRemaps(channel, deps.store.bundled.channels.find((c) => c.id === channel.id), deps.store.status.origins), ...host }, ticket: about, title: t('your message') };
}

/** The secret warning and the confirmation; undefined when the CE (or the script) agreed. */
async function agree(prompts: SendPrompts, args: SendMessageArgs, text: string, where: string, details: string[], changed: boolean): Promise<SendTicketResult | undefined> {
  const kind = secretKind(text);
  if (kind) {
    const found = t('The message looks like it holds {0}', secretKindName(kind));
    if (args.confirm === false && !args.allowSecrets) return { ok: false, kind: 'declined', error: t('Not sent: {0}. Remove it, or send with allowSecrets: true.', found) };
    if (args.confirm !== false) {
      const sendAnyway = t('Send Anyway');
      const choice = await vscode.window.showWarningMessage(t('Your message may contain a secret'), { modal: true, detail: t('{0}. Everyone in {1} would see it. Remove secrets before sending.', found, where) }, sendAnyway);
      if (choice !== sendAnyway) return { ok: false, kind: 'declined', error: t('Not sent: you chose not to send a text that looks like a secret. Your text is kept.') };
    }
  }
  if (args.confirm !== false || changed) {
    const send = t('Send');
    const preview = text.length > PREVIEW_MAX ? `${text.slice(0, PREVIEW_MAX)}…` : text;
    const detail = [...(changed ? [t('Where it goes or what it says changed since you confirmed it: check it again.')] : []), ...details, '', preview].join('\n').replace(/^\n/, '');
    const choice = await prompts.confirm(t('Send this message to {0}?', where), detail, send);
    if (choice !== send) return { ok: false, kind: 'declined', error: t('Not sent. Your text is kept.') };
  }
  return undefined;
}

/** `confirmed`: what the CE agreed to before, when this is a failed send's Retry. */
export async function sendMessage(deps: SendDeps, raw: unknown, confirmed?: string): Promise<SendTicketResult> {
  const args = parseArgs(raw);
  if (typeof args === 'string') return { ok: false, error: args, kind: 'invalidArguments' };
  const text = normalizeValue(args.text);
  if (!text) return { ok: false, kind: 'incomplete', error: t('Not sent: the message is empty.') };
  if (text.length > MESSAGE_MAX) return { ok: false, kind: 'incomplete', error: t('Not sent: the message has {0} characters; at most {1} fit. Shorten it. Your text is kept.', text.length, MESSAGE_MAX) };
  const setting = apiUrlSetting();
  const api = checkApiUrl(setting);
  const host = api.ok ? new URL(api.url).host : undefined;
  const found = route(deps, args, host && host !== 'slack.com' ? host : undefined);
  if (!('channelArg' in found)) return found;
  const where = whereWords(found.destination.target, found.ticket?.templateTitle ?? '');
  const fail = (failure: Failure, key?: string) => failed(deps, args, found, where, failure, key);
  if (!api.ok || findCredential(setting ?? '')) return fail({ type: 'invalidUrl' });
  const groups = deps.store.current.handbook.userGroups.map((g) => ({ name: g.name, slackId: g.slackId }));
  const message = { text: slackText(text, groups), blocks: [] };
  const key = JSON.stringify({ target: found.destination.target, remaps: found.destination.remaps, host, channel: found.channelArg, message: message.text });
  const refused = await agree(deps.prompts, args, text, where, destinationDetails(found.destination, found.ticket?.templateTitle ?? ''), confirmed !== undefined && confirmed !== key);
  if (refused) return refused;
  const token = await deps.secrets.find([secretKey('botToken')]);
  if (!token) return fail({ type: 'notConnected' }, key);
  const controller = new AbortController();
  deps.active.add(controller);
  let result: TransportResult;
  try {
    result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('Sending your message to {0}…', where), cancellable: true }, (_p, cancel) => {
      cancel.onCancellationRequested(() => controller.abort());
      return postWithBotToken(token, found.channelArg, message, { apiUrl: (api as { url: string }).url, signal: controller.signal, threadTs: found.threadTs });
    });
  } finally {
    deps.active.delete(controller);
  }
  if (!result.ok) return fail(result.failure, key);
  const link = safeLink(result.link);
  await record(deps, found, args, { at: new Date().toISOString(), channel: result.channel, ts: result.ts, link, text });
  const open = t('Open in Slack');
  void vscode.window.showInformationMessage(t('Sent {0} to {1}.', found.title, where), ...(link ? [open] : [])).then((choice) => {
    if (choice === open && link) void vscode.env.openExternal(vscode.Uri.parse(link, true));
  });
  return { ok: true, link };
}

/** Under its ticket: a reply in the thread, or a message about it elsewhere. */
async function record(deps: SendDeps, found: Route, args: SendMessageArgs, posted: { at: string; channel?: string; ts?: string; link?: string; text: string }): Promise<void> {
  if (!found.ticket) return;
  const next = addFollowUp(deps.sent.list(), found.ticket.id, {
    kind: args.to.kind === 'thread' ? 'reply' : 'message',
    at: posted.at,
    ...(posted.channel ? { channel: posted.channel } : {}),
    ...(posted.ts ? { ts: posted.ts } : {}),
    ...(posted.link ? { link: posted.link } : {}),
    text: posted.text.slice(0, FOLLOW_UP_TEXT),
  });
  if (next) await deps.sent.set(next);
}

/** Tells the CE what went wrong and what to do, with Retry; resolves at once. */
function failed(deps: SendDeps, args: SendMessageArgs, found: Route, where: string, failure: Failure, confirmed?: string): SendTicketResult {
  const error = classifyFailure(failure);
  const message = failureMessage(error, { title: found.title, mode: 'botToken', where }).replace(t('Your draft is kept.'), t('Your text is kept.'));
  const retry = t('Retry');
  const connect = t('Connect Slack…');
  const actions = error.kind === 'notConnected' || error.kind === 'invalidAuth' ? [connect, retry] : error.kind === 'cancelled' ? [] : [retry];
  void deps.prompts.failure(message, ...actions).then(async (choice) => {
    if (choice === connect) await executeCommand('cePlaybook.connectSlack');
    else if (choice === retry) await (confirmed === undefined ? sendMessage(deps, args) : sendMessage(deps, { ...args, confirm: false, allowSecrets: true }, confirmed));
  });
  return { ok: false, error: message, kind: error.kind };
}
