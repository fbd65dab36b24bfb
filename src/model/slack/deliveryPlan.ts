/**
 * Where and how a template is delivered, from its data: the mode, the channel (for the bot token),
 * and the SecretStorage keys its credential may be under (a webhook for this template first, then
 * the one for every template). Key names are not secrets; the values stored under them are.
 */
import type { Channel, DeliveryMode, Template } from '../schema';

export const DEFAULT_DELIVERY_MODE: DeliveryMode = 'botToken';
export const DELIVERY_MODES: readonly DeliveryMode[] = ['botToken', 'workflowWebhook', 'incomingWebhook'];

const KEY_PREFIX = 'cePlaybook.slack.';

/** The SecretStorage key of a credential, per template when `templateId` is given. */
export function secretKey(mode: DeliveryMode, templateId?: string): string {
  return templateId && mode !== 'botToken' ? `${KEY_PREFIX}${mode}/${templateId}` : `${KEY_PREFIX}${mode}`;
}

export const isSecretKey = (key: string) => key.startsWith(KEY_PREFIX);

export interface DeliveryPlan {
  mode: DeliveryMode;
  /** Bot token: the channel entry the message goes to. */
  channel?: Pick<Channel, 'id' | 'name' | 'slackId'>;
  /** What chat.postMessage gets as `channel`: the Slack id when the data has it, else the name. */
  channelArg?: string;
  /** Keys to look the credential up under, most specific first. */
  secretKeys: string[];
}

export type PlanResult = { ok: true; plan: DeliveryPlan } | { ok: false; problem: 'noChannel' | 'unknownChannel'; channelId?: string };

export function deliveryPlan(template: Template, channelById: (id: string) => Channel | undefined): PlanResult {
  const mode = template.delivery?.mode ?? DEFAULT_DELIVERY_MODE;
  const secretKeys = mode === 'botToken' ? [secretKey(mode)] : [secretKey(mode, template.id), secretKey(mode)];
  if (mode !== 'botToken') return { ok: true, plan: { mode, secretKeys } };
  const channelId = template.delivery?.channel ?? template.channel;
  if (!channelId) return { ok: false, problem: 'noChannel' };
  const channel = channelById(channelId);
  if (!channel) return { ok: false, problem: 'unknownChannel', channelId };
  return { ok: true, plan: { mode, secretKeys, channel: { id: channel.id, name: channel.name, slackId: channel.slackId }, channelArg: channel.slackId ?? channel.name.replace(/^#/, '') } };
}
