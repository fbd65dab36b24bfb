/**
 * Where a ticket goes, as facts for the confirmation, the progress, the messages and the composer's
 * "Goes to": the channel and the Slack id actually used, the thread (a message page's reply: whose
 * ticket it replies to, see sendMessage.ts), or the webhook (connected for this template or for every template); the data files that set a
 * destination other than the bundled handbook's; and a Web API host other than Slack's.
 */
import { fieldOriginKey } from '../../../core/load/fieldOrigins';
import type { Channel, CollectionName, DeliveryMode, Template } from '../../../core/schema/schema';
import { DEFAULT_DELIVERY_MODE, type DeliveryPlan } from './deliveryPlan';

export type Target =
  | { kind: 'channel'; name: string; slackId?: string }
  /** `channel` is the Slack id of the thread's channel; the rest is known when the CE sent that ticket here. */
  | { kind: 'thread'; channel: string; ts: string; channelName?: string; customer?: string; templateTitle?: string; sentAt?: string }
  | { kind: 'workflowWebhook' | 'incomingWebhook'; forTemplate: boolean };

/** A part of the destination that a data file sets differently from the bundled handbook. */
export interface Remap {
  what: 'mode' | 'channel' | 'name' | 'slackId';
  /** What is used (a mode, a channel name, a Slack id). */
  value: string;
  /** What the bundled handbook has; undefined when it has none. */
  bundled?: string;
  /** The data file (label) that set it. */
  file: string;
}

export interface Destination {
  target: Target;
  /** The data's mode, when the webhook the CE connected for this template takes its place. */
  overrides?: DeliveryMode;
  remaps: Remap[];
  /** The Web API host, when it is not Slack's own (bot token only). */
  apiHost?: string;
}

export interface DestinationInputs {
  template: Template;
  plan: DeliveryPlan;
  /** The SecretStorage keys that hold a credential. */
  stored: readonly string[];
  /** The shown data's origins by key (entries and their destination fields, see fieldOrigins.ts), files by label. */
  origins: ReadonlyMap<string, readonly string[]>;
  /** The same template and channels in the bundled handbook. */
  bundledTemplate?: Template;
  bundledChannel: (id: string) => Channel | undefined;
  /** The Web API base URL in use (checked). */
  apiUrl?: string;
}

const SLACK_API_HOST = 'slack.com';

/** The data files that send the ticket somewhere other than the bundled handbook does. */
function remapsOf(input: DestinationInputs): Remap[] {
  const { template, plan, origins } = input;
  const fileOf = (collection: CollectionName, id: string, field: string) => origins.get(fieldOriginKey(collection, id, field))?.at(-1);
  const remaps: Remap[] = [];
  const add = (remap: Omit<Remap, 'file'>, file: string | undefined) => {
    if (file && remap.value !== remap.bundled) remaps.push({ ...remap, file });
  };
  const bundled = input.bundledTemplate;
  if (!plan.overridesData && bundled) add({ what: 'mode', value: plan.dataMode, bundled: bundled.delivery?.mode ?? DEFAULT_DELIVERY_MODE }, fileOf('templates', template.id, 'delivery.mode'));
  if (plan.mode !== 'botToken' || !plan.channel) return remaps;
  const channel = plan.channel;
  const bundledChannelId = bundled ? bundled.delivery?.channel ?? bundled.channel : undefined;
  if (bundled && bundledChannelId !== channel.id) {
    const bundledName = bundledChannelId ? input.bundledChannel(bundledChannelId)?.name ?? bundledChannelId : undefined;
    add({ what: 'channel', value: channel.name, bundled: bundledName }, fileOf('templates', template.id, 'delivery.channel') ?? fileOf('templates', template.id, 'channel'));
  }
  const original = input.bundledChannel(channel.id);
  if (original) add({ what: 'name', value: channel.name, bundled: original.name }, fileOf('channels', channel.id, 'name'));
  if (channel.slackId) add({ what: 'slackId', value: channel.slackId, bundled: original?.slackId }, fileOf('channels', channel.id, 'slackId'));
  return remaps;
}

/**
 * A channel a message page posts to: its name or Slack id set by a data file other than the bundled
 * handbook's (the same facts a ticket's confirmation names).
 */
export function channelRemaps(current: Channel, bundled: Channel | undefined, origins: ReadonlyMap<string, readonly string[]>): Remap[] {
  const fileOf = (field: string) => origins.get(fieldOriginKey('channels', current.id, field))?.at(-1);
  const remaps: Remap[] = [];
  const name = fileOf('name');
  if (bundled && name && current.name !== bundled.name) remaps.push({ what: 'name', value: current.name, bundled: bundled.name, file: name });
  const slackId = fileOf('slackId');
  if (current.slackId && slackId && current.slackId !== bundled?.slackId) remaps.push({ what: 'slackId', value: current.slackId, bundled: bundled?.slackId, file: slackId });
  return remaps;
}

/** The channel (name and Slack id) or the webhook (for this template, or for every template) of a plan. */
export function planTarget(plan: DeliveryPlan, stored: readonly string[]): Target {
  if (plan.mode !== 'botToken') return { kind: plan.mode, forTemplate: stored.includes(plan.secretKeys[0]) };
  return { kind: 'channel', name: plan.channel?.name ?? '', ...(plan.channel?.slackId ? { slackId: plan.channel.slackId } : {}) };
}

export function describeDestination(input: DestinationInputs): Destination {
  const { plan } = input;
  const target = planTarget(plan, input.stored);
  let apiHost: string | undefined;
  if (plan.mode === 'botToken' && input.apiUrl) {
    const host = new URL(input.apiUrl).host;
    if (host !== SLACK_API_HOST) apiHost = host;
  }
  return { target, ...(plan.overridesData ? { overrides: plan.dataMode } : {}), remaps: remapsOf(input), ...(apiHost ? { apiHost } : {}) };
}

/** What a confirmation agreed to, as one string: a Retry after it changed asks again. */
export function confirmationKey(destination: Destination, plan: DeliveryPlan, message: unknown): string {
  return JSON.stringify({ destination, mode: plan.mode, channel: plan.channelArg, key: plan.secretKeys[0], message });
}
