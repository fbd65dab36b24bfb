/**
 * Where and how a template is delivered: from its data, unless the CE connected a webhook for this
 * very template (Connect Slack… › Workflow webhook › that template), which is the CE's explicit
 * choice and wins over the data's mode. Also the SecretStorage keys its credential is under (a
 * webhook for this template first, then the one for every template). Key names are not secrets;
 * the values stored under them are.
 */
import type { Channel, DeliveryMode, Template } from '../../../core/schema/schema';

export const DEFAULT_DELIVERY_MODE: DeliveryMode = 'botToken';
export const DELIVERY_MODES: readonly DeliveryMode[] = ['botToken', 'workflowWebhook', 'incomingWebhook'];

const KEY_PREFIX = 'cePlaybook.slack.';
/** globalState: the names of the SecretStorage keys in use, in the order they were last connected. */
export const STORED_KEYS_INDEX = 'cePlaybook.slack.storedSecretKeys';

/** The SecretStorage key of a credential, per template when `templateId` is given. */
export function secretKey(mode: DeliveryMode, templateId?: string): string {
  return templateId && mode !== 'botToken' ? `${KEY_PREFIX}${mode}/${templateId}` : `${KEY_PREFIX}${mode}`;
}

export const isSecretKey = (key: string) => key.startsWith(KEY_PREFIX);

/** The stored keys index as globalState holds it (it may be from an older version): key names only. */
export function readStoredKeys(stored: unknown): string[] {
  return Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string' && isSecretKey(k)) : [];
}

export interface DeliveryPlan {
  mode: DeliveryMode;
  /** What the template's data says (the mode when nothing the CE connected overrides it). */
  dataMode: DeliveryMode;
  /** The mode is the webhook the CE connected for this template, in place of the data's mode. */
  overridesData: boolean;
  /** Bot token: the channel entry the message goes to. */
  channel?: Pick<Channel, 'id' | 'name' | 'slackId'>;
  /** What chat.postMessage gets as `channel`: the Slack id when the data has it, else the name. */
  channelArg?: string;
  /** Keys to look the credential up under, most specific first. */
  secretKeys: string[];
}

export type PlanResult = { ok: true; plan: DeliveryPlan } | { ok: false; problem: 'noChannel' | 'unknownChannel'; channelId?: string };

export interface PlanOptions {
  /** The SecretStorage keys that hold a credential, in the order they were connected (the last wins). */
  stored?: readonly string[];
}

/** The webhook the CE connected for this template, the latest if there are two kinds. */
function connectedWebhook(templateId: string, stored: readonly string[]): DeliveryMode | undefined {
  let found: DeliveryMode | undefined;
  for (const key of stored) {
    for (const mode of DELIVERY_MODES) if (mode !== 'botToken' && key === secretKey(mode, templateId)) found = mode;
  }
  return found;
}

export function deliveryPlan(template: Template, channelById: (id: string) => Channel | undefined, options: PlanOptions = {}): PlanResult {
  const dataMode = template.delivery?.mode ?? DEFAULT_DELIVERY_MODE;
  const connected = connectedWebhook(template.id, options.stored ?? []);
  const mode = connected ?? dataMode;
  const base = { mode, dataMode, overridesData: connected !== undefined && connected !== dataMode };
  const secretKeys = mode === 'botToken' ? [secretKey(mode)] : [secretKey(mode, template.id), secretKey(mode)];
  if (mode !== 'botToken') return { ok: true, plan: { ...base, secretKeys } };
  const channelId = template.delivery?.channel ?? template.channel;
  if (!channelId) return { ok: false, problem: 'noChannel' };
  const channel = channelById(channelId);
  if (!channel) return { ok: false, problem: 'unknownChannel', channelId };
  return { ok: true, plan: { ...base, secretKeys, channel: { id: channel.id, name: channel.name, slackId: channel.slackId }, channelArg: channel.slackId ?? channel.name.replace(/^#/, '') } };
}
