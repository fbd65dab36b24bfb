/**
 * A ticket's destination (features/slack/model/destination.ts) in words (vscode.l10n): the short `where` for
 * titles, progress and messages, and the sentences the confirmation adds. Shared by the Slack
 * delivery and the composer's "Goes to" (listed in SHARED in scripts/bundle-check.js).
 */
import vscode = require('vscode');
import type { DeliveryMode } from '../../core/schema/schema';
import type { Destination, Remap, Target } from './model/destination';

const t = vscode.l10n.t;

const modeName = (mode: DeliveryMode | undefined) =>
  mode === undefined ? t('none') : ({ botToken: t('the bot token'), workflowWebhook: t('a workflow webhook'), incomingWebhook: t('an incoming webhook') })[mode];

/** "2026-12-03T14:05:09.000Z" → "2026-12-03 14:05 UTC" (the same for everyone who reads it). */
const sentTime = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** The short form: "#customer-support (Slack id C0123)", a thread, or the webhook. */
export function whereWords(target: Target, templateTitle: string): string {
  switch (target.kind) {
    case 'channel':
      return target.slackId ? t('{0} (Slack id {1})', target.name, target.slackId) : target.name;
    case 'thread': {
      const channel = target.channelName ? t('{0} (Slack id {1})', target.channelName, target.channel) : target.channel;
      if (!target.sentAt) return t('a thread in {0} (ts {1})', channel, target.ts);
      return target.customer
        ? t('the thread of the ticket for {0} sent {1} in {2}', target.customer, sentTime(target.sentAt), channel)
        : t('the thread of the {0} sent {1} in {2}', target.templateTitle ?? templateTitle, sentTime(target.sentAt), channel);
    }
    case 'workflowWebhook':
      return target.forTemplate ? t('the Slack workflow connected for {0}', templateTitle) : t('your team\'s Slack workflow');
    case 'incomingWebhook':
      return target.forTemplate ? t('the incoming webhook connected for {0}', templateTitle) : t('the incoming webhook\'s channel');
  }
}

function remapWords(remap: Remap): string {
  switch (remap.what) {
    case 'slackId':
      return t('Slack id {0} is set by {1}; the bundled handbook has {2}.', remap.value, remap.file, remap.bundled ?? t('none'));
    case 'channel':
      return t('The channel {0} is set by {1}; the bundled handbook sends it to {2}.', remap.value, remap.file, remap.bundled ?? t('none'));
    case 'name':
      return t('The channel name {0} is set by {1}; the bundled handbook calls it {2}.', remap.value, remap.file, remap.bundled ?? t('none'));
    case 'mode':
      return t('Delivery by {0} is set by {1}; the bundled handbook uses {2}.', modeName(remap.value as DeliveryMode), remap.file, modeName(remap.bundled as DeliveryMode | undefined));
  }
}

/** The sentences the confirmation adds under the title: who chose the destination, and through where. */
export function destinationDetails(destination: Destination, templateTitle: string): string[] {
  const lines: string[] = [];
  if (destination.overrides) lines.push(t('You connected this webhook for {0} (Connect Slack…): it takes the place of the data\'s delivery by {1}.', templateTitle, modeName(destination.overrides)));
  for (const remap of destination.remaps) lines.push(remapWords(remap));
  if (destination.apiHost) lines.push(t('Sent through {0} (setting cePlaybook.slack.apiUrl), not Slack\'s own slack.com.', destination.apiHost));
  return lines;
}
