/**
 * `cePlaybook.sendTicket`: the checks, the confirmation, the delivery with progress and Cancel, and
 * what happens after. The draft is kept until Slack says ok; a failure is told in words with Retry.
 */
import vscode = require('vscode');
import { deliveryPlan, type DeliveryPlan } from './model/deliveryPlan';
import { confirmationKey, describeDestination } from './model/destination';
import { classifyFailure, type DeliveryError, type Failure, type FailureKind } from './model/deliveryError';
import { checkApiUrl, checkEndpoint } from './model/endpoints';
import { findCredential, findSecretLikeValues } from '../../core/secrets/secretScan';
import { blockMessage, normalizeValue, workflowVariables, type BlockMessage } from './model/slackMessage';
import { addSentTicket, safeLink } from './model/sentTickets';
import { missingRequired } from '../../core/templates/fieldConditions';
import { renderTemplate } from '../../core/templates/render';
import type { Template } from '../../core/schema/schema';
import type { SendTicketArgs } from '../../core/commands/commandContract';
import type * as CommandArguments from '../../core/host/commandArguments.chunk';
import { lazyChunk } from '../../core/host/lazyChunk';
import { executeCommand } from '../../core/host/commands';
import type { HandbookStore } from '../data/handbookStore';
import type { DraftStore } from '../templates/fillForm';
import type { SentTicketsStore } from './sentTicketsStore';
import type { SlackSecrets } from './secretStore';
import { failureMessage, secretKindName } from './deliveryMessages';
import { destinationDetails, whereWords } from './destinationWords';
import { postToIncomingWebhook, postWithBotToken, startWorkflow, type TransportResult } from './transport';

/** The schemas of the commands' arguments: loaded with the first command, which this one came through. */
const argumentSchemas = lazyChunk<typeof CommandArguments>('commandArguments');

const t = vscode.l10n.t;


export type SendTicketResult = { ok: true; link?: string } | { ok: false; error: string; kind?: FailureKind | 'invalidArguments' | 'incomplete' | 'declined' };

export interface SendDeps {
  store: HandbookStore;
  secrets: SlackSecrets;
  drafts: () => DraftStore;
  sent: SentTicketsStore;
  /** Sends in progress; `cancelSending` aborts them as the progress notification's Cancel does. */
  active: Set<AbortController>;
  /** Tells whoever shows the ticket (the composer page) that Slack took it, however it was sent (Retry included). */
  announceSent?: (notice: SentNotice) => void;
  /** What the CE is asked before a send and told after a failure (quickInputSendPrompts, or a test run's script). */
  readonly prompts: SendPrompts;
}

/** A ticket Slack took: which template, the values sent, and the link to the message when there is one. */
export interface SentNotice {
  templateId: string;
  values: Readonly<Record<string, string>>;
  link?: string;
}

/** The arguments as given by a script or a webview message: checked, not trusted. */
function parseArgs(raw: unknown): SendTicketArgs | string {
  const parsed = argumentSchemas().sendTicketSchema.safeParse(raw);
  if (!parsed.success) {
    const shaped = typeof raw === 'object' && raw !== null && typeof (raw as { templateId?: unknown }).templateId === 'string';
    return shaped ? t('sendTicket: every value must be a string.') : t('sendTicket needs { templateId, values }.');
  }
  const a = parsed.data;
  const values = a.values ?? {};
  // A ticket is always a new message; an old script's reply goes nowhere rather than into the channel as a new ticket.
  if (a.thread !== undefined) return t('sendTicket takes no thread: a ticket is always a new message. Post a reply with cePlaybook.sendMessage {0}.', '{ to: { kind: "thread", sentId }, text }');
  return { templateId: a.templateId, values: values as Record<string, string>, confirm: a.confirm, allowSecrets: a.allowSecrets === true };
}

/** What the CE is asked before a send, and told on a failure. */
export interface SendPrompts {
  confirm(message: string, detail: string, action: string): Thenable<string | undefined>;
  failure(message: string, ...actions: string[]): Thenable<string | undefined>;
}

export const quickInputSendPrompts: SendPrompts = {
  confirm: (message: string, detail: string, action: string): Thenable<string | undefined> => vscode.window.showInformationMessage(message, { modal: true, detail }, action),
  failure: (message: string, ...actions: string[]): Thenable<string | undefined> => vscode.window.showErrorMessage(message, ...actions),
};

/** cePlaybook.slack.apiUrl receives the bot token: only the user's own value counts, never a workspace's. */
export function apiUrlSetting(): string | undefined {
  return vscode.workspace.getConfiguration('cePlaybook').inspect<string>('slack.apiUrl')?.globalValue;
}

/** Everything a send needs once the ticket is complete: the plan, where it goes in words, the payload. */
interface Prepared {
  plan: DeliveryPlan;
  where: string;
  details: string[];
  payload: Payload;
  /** What the CE confirms (see confirmationKey). */
  key: string;
}

type Payload =
  | { mode: 'botToken'; message: BlockMessage; apiUrl: string }
  | { mode: 'incomingWebhook'; message: BlockMessage }
  | { mode: 'workflowWebhook'; variables: Record<string, string> };

async function prepare(deps: SendDeps, args: SendTicketArgs, template: Template, confirmed: string | undefined): Promise<Prepared | SendTicketResult> {
  const stored = await deps.secrets.connected();
  const planned = deliveryPlan(template, (id) => deps.store.current.channel(id), { stored });
  if (!planned.ok) {
    return { ok: false, kind: 'invalidArguments', error: planned.problem === 'noChannel' ? t('Not sent: {0} has no channel to post to. Set delivery.channel in your data file.', template.title) : t('Not sent: the channel "{0}" of {1} is not in the playbook.', planned.channelId ?? '', template.title) };
  }
  const plan = planned.plan;
  const setting = apiUrlSetting();
  const api = plan.mode === 'botToken' ? checkApiUrl(setting) : undefined;
  const bundled = deps.store.bundled;
  const destination = describeDestination({
    template, plan, stored,
    origins: deps.store.status.origins,
    bundledTemplate: bundled.templates.find((tpl) => tpl.id === template.id),
    bundledChannel: (id) => bundled.channels.find((c) => c.id === id),
    apiUrl: api?.ok ? api.url : undefined,
  });
  const where = whereWords(destination.target, template.title);
  // Not confirmed yet: a Retry asks as this send would have (unless it is itself a Retry of a confirmed send).
  const fail = (failure: Failure) => failed(deps, args, template, plan, where, classifyFailure(failure), confirmed);
  let payload: Payload;
  if (plan.mode === 'workflowWebhook') payload = { mode: plan.mode, variables: workflowVariables(template, args.values) };
  else {
    if (api && (!api.ok || findCredential(setting ?? ''))) return fail({ type: 'invalidUrl' });
    const built = blockMessage(template, args.values, t('Sent from VS Code with CE Playbook'));
    if (!built.ok) return fail({ type: 'tooLong', blocks: built.blocksNeeded });
    payload = plan.mode === 'botToken' ? { mode: plan.mode, message: built.message, apiUrl: (api as { url: string }).url } : { mode: plan.mode, message: built.message };
  }
  return { plan, where, details: destinationDetails(destination, template.title), payload, key: confirmationKey(destination, plan, payload) };
}

/** The secret warning and the confirmation; undefined when the CE (or the script) agreed. */
async function agree(prompts: SendPrompts, args: SendTicketArgs, template: Template, values: Record<string, string>, ready: Prepared, confirmed: string | undefined): Promise<SendTicketResult | undefined> {
  const secrets = findSecretLikeValues(template, values);
  if (secrets.length) {
    const list = secrets.map((s) => t('"{0}" looks like it holds {1}', s.label, secretKindName(s.kind))).join('; ');
    if (args.confirm === false && !args.allowSecrets) return { ok: false, kind: 'declined', error: t('Not sent: {0}. Remove it, or send with allowSecrets: true.', list) };
    if (args.confirm !== false) {
      const sendAnyway = t('Send Anyway');
      const choice = await vscode.window.showWarningMessage(t('{0} may contain a secret', template.title), { modal: true, detail: t('{0}. Everyone in {1} would see it. Remove secrets before sending.', list, ready.where) }, sendAnyway);
      if (choice !== sendAnyway) return { ok: false, kind: 'declined', error: t('Not sent: you chose not to send a value that looks like a secret. Your draft is kept.') };
    }
  }
  // A Retry sends what was confirmed; if the data changed where it goes or what it says, the CE is asked again.
  if (args.confirm !== false || (confirmed !== undefined && confirmed !== ready.key)) {
    const send = t('Send');
    const preview = renderTemplate(template, values, 'slack');
    const changed = confirmed !== undefined && confirmed !== ready.key ? [t('Where it goes or what it says changed since you confirmed it: check it again.')] : [];
    const detail = [...changed, ...ready.details, '', preview.length > PREVIEW_MAX ? `${preview.slice(0, PREVIEW_MAX)}…` : preview].join('\n');
    const choice = await prompts.confirm(t('Send {0} to {1}?', template.title, ready.where), detail.replace(/^\n/, ''), send);
    if (choice !== send) return { ok: false, kind: 'declined', error: t('Not sent. Your draft is kept.') };
  }
  return undefined;
}

const PREVIEW_MAX = 1500;

/** `confirmed`: what the CE agreed to before, when this is a failed send's Retry. */
export async function sendTicket(deps: SendDeps, raw: unknown, confirmed?: string): Promise<SendTicketResult> {
  const args = parseArgs(raw);
  if (typeof args === 'string') return { ok: false, error: args, kind: 'invalidArguments' };
  const template = deps.store.current.template(args.templateId);
  if (!template) return { ok: false, error: t('CE Playbook has no template "{0}".', args.templateId), kind: 'invalidArguments' };

  // Only fields that apply with these values (their `when`) are required.
  const missing = missingRequired(template, args.values);
  if (missing.length) {
    return { ok: false, kind: 'incomplete', error: t('Not sent: {0} is missing {1}. Fill in every required field first.', template.title, missing.map((f) => `"${f.label}"`).join(', ')) };
  }
  // Kept as the draft until Slack says ok: a failure or a crash loses nothing.
  const values = Object.fromEntries(template.fields.map((f) => [f.id, args.values[f.id] ?? '']));
  await deps.drafts().set({ templateId: template.id, values, step: 0 });
  const ready = await prepare(deps, args, template, confirmed);
  if (!('key' in ready)) return ready;
  const refused = await agree(deps.prompts, args, template, values, ready, confirmed);
  return refused ?? deliver(deps, args, template, ready);
}

async function deliver(deps: SendDeps, args: SendTicketArgs, template: Template, ready: Prepared): Promise<SendTicketResult> {
  const { plan, where, payload } = ready;
  const fail = (failure: Failure) => failed(deps, args, template, plan, where, classifyFailure(failure), ready.key);
  const credential = await deps.secrets.find(plan.secretKeys);
  if (!credential) return fail({ type: 'notConnected' });

  let call: (signal: AbortSignal) => Promise<TransportResult>;
  if (payload.mode === 'botToken') {
    const channel = plan.channelArg!;
    call = (signal) => postWithBotToken(credential, channel, payload.message, { apiUrl: payload.apiUrl, signal });
  } else {
    const endpoint = checkEndpoint(credential);
    if (!endpoint.ok) return fail({ type: 'invalidUrl' });
    call = payload.mode === 'workflowWebhook'
      ? (signal) => startWorkflow(endpoint.url, payload.variables, { signal })
      : (signal) => postToIncomingWebhook(endpoint.url, payload.message, { signal });
  }
  const controller = new AbortController();
  deps.active.add(controller);
  let result: TransportResult;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t('Sending {0} to {1}…', template.title, where), cancellable: true },
      (_progress, token) => {
        token.onCancellationRequested(() => controller.abort());
        return call(controller.signal);
      },
    );
  } finally {
    deps.active.delete(controller);
  }
  if (!result.ok) return fail(result.failure);

  // Cleared only now, and only if the draft is still what was sent (the CE may have typed on).
  const draft = deps.drafts().get(template.id);
  if (!draft || template.fields.every((f) => normalizeValue(draft.values[f.id]) === normalizeValue(args.values[f.id]))) await deps.drafts().clear(template.id);
  const link = safeLink(result.link);
  await deps.sent.set(addSentTicket(deps.sent.list(), {
    id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    templateId: template.id,
    templateTitle: template.title,
    customer: normalizeValue(args.values['customer-name']) || undefined,
    issueLink: normalizeValue(args.values['issue-link']).slice(0, 2000) || undefined,
    sentAt: new Date().toISOString(),
    mode: plan.mode,
    link,
    channel: result.channel,
    ts: result.ts,
    ...(plan.mode === 'botToken' && plan.channel ? { channelName: plan.channel.name } : {}),
  }));
  deps.announceSent?.({ templateId: template.id, values: args.values, ...(link ? { link } : {}) });
  const open = t('Open in Slack');
  void vscode.window.showInformationMessage(t('Sent {0} to {1}.', template.title, where), ...(link ? [open] : [])).then((choice) => {
    if (choice === open && link) void vscode.env.openExternal(vscode.Uri.parse(link, true));
  });
  return { ok: true, link };
}

/** Tells the CE what went wrong and what to do, with Retry; resolves at once (scripts wait for no click). */
function failed(deps: SendDeps, args: SendTicketArgs, template: Template, plan: DeliveryPlan, where: string, error: DeliveryError, confirmed?: string): SendTicketResult {
  const message = failureMessage(error, { title: template.title, mode: plan.mode, where });
  const retry = t('Retry');
  const connect = t('Connect Slack…');
  const actions = error.kind === 'notConnected' || error.kind === 'invalidAuth' ? [connect, retry] : error.kind === 'cancelled' ? [] : [retry];
  void deps.prompts.failure(message, ...actions).then(async (choice) => {
    if (choice === connect) await executeCommand('cePlaybook.connectSlack');
    // The CE confirmed this very ticket already; Retry sends the same values again, and asks again
    // only if where it goes or what it says changed since (a data file reloaded in between).
    else if (choice === retry) await (confirmed === undefined ? sendTicket(deps, args) : sendTicket(deps, { ...args, confirm: false, allowSecrets: true }, confirmed));
  });
  return { ok: false, error: message, kind: error.kind };
}

/** What the progress notification's Cancel does, for every send in progress. */
export function cancelSending(deps: Pick<SendDeps, 'active'>): number {
  const count = deps.active.size;
  for (const controller of deps.active) controller.abort();
  return count;
}
