/** The words for each way a send can fail, and what to do about it (vscode.l10n). */
import vscode = require('vscode');
import type { DeliveryMode } from '../../core/schema/schema';
import type { DeliveryError } from './model/deliveryError';
import type { SecretKind } from '../../core/secrets/secretScan';

const t = vscode.l10n.t;

export const credentialName = (mode: DeliveryMode) =>
  ({ botToken: t('Slack bot token'), workflowWebhook: t('workflow webhook URL'), incomingWebhook: t('incoming webhook URL') })[mode];

/** One sentence: what went wrong, then what to do. `where` is the channel or the webhook. */
export function failureMessage(error: DeliveryError, ctx: { title: string; mode: DeliveryMode; where: string }): string {
  const code = error.code ? ` (${error.code})` : '';
  const kept = t('Your draft is kept.');
  switch (error.kind) {
    case 'notConnected':
      return t('Not sent: no {0} is stored for {1}. Run "CE Playbook: Connect Slack…" to store one. {2}', credentialName(ctx.mode), ctx.title, kept);
    case 'invalidAuth':
      return t('Not sent: Slack refused the {0}{1}; it is invalid, revoked or its account is inactive. Run "CE Playbook: Connect Slack…" with a working one. {2}', credentialName(ctx.mode), code, kept);
    case 'channelNotFound':
      return t('Not sent: Slack has no channel {0}{1}, or it is archived. Check the channel of the template in your data file (delivery.channel). {2}', ctx.where, code, kept);
    case 'notInChannel':
      return t('Not sent: the bot is not a member of {0}. In {0}, type /invite and the bot\'s name, then Retry. {1}', ctx.where, kept);
    case 'rateLimited':
      return error.retryAfter
        ? t('Not sent: Slack is rate limiting and asked to wait {0} seconds. Retry after that. {1}', error.retryAfter, kept)
        : t('Not sent: Slack is rate limiting. Wait a minute, then Retry. {0}', kept);
    case 'network':
      return error.mayHaveBeenPosted
        ? t('The connection to Slack broke while sending; the ticket may have been posted. Look in {0} before you Retry. {1}', ctx.where, kept)
        : t('Not sent: Slack could not be reached. Check your network connection or proxy (setting cePlaybook.slack.apiUrl), then Retry. {0}', kept);
    case 'timeout':
      return t('Slack did not answer in time; the ticket may have been posted. Look in {0} before you Retry. {1}', ctx.where, kept);
    case 'server':
      return t('Not sent: Slack had a server error{0} and did not take the ticket. Retry in a few minutes. {1}', code, kept);
    case 'cancelled':
      return t('Sending was cancelled. If Slack had already received it, the ticket is in {0}: look before you send again. {1}', ctx.where, kept);
    case 'invalidUrl':
      return t('Not sent: the Slack address is not allowed. Webhook and API URLs must start with https: (http: only for loopback addresses) and hold no user name or password; check the setting cePlaybook.slack.apiUrl or run "CE Playbook: Connect Slack…" again. {0}', kept);
    case 'tooLong':
      return t('Not sent: the ticket is too long for one Slack message ({0} blocks; Slack allows 50). Shorten the longest fields. {1}', error.blocks ?? 0, kept);
    case 'notSlack': {
      const got = error.answer === 'html' ? t('a web page (a proxy\'s or a login page?)') : error.answer === 'empty' ? t('an empty answer') : t('an answer Slack does not give');
      return t('Not sent: Slack\'s "ok" did not come back; {0} came instead, so the request most likely never reached Slack. Check the address (setting cePlaybook.slack.apiUrl, or the webhook URL stored with "CE Playbook: Connect Slack…") and your network\'s proxy. If it did reach Slack, it is in {1}: look before you Retry. {2}', got, ctx.where, kept);
    }
    case 'unknown':
      return t('Not sent: Slack refused the ticket{0}. Retry, or ask your Slack admin. {1}', code, kept);
  }
}

export const secretKindName = (kind: SecretKind) =>
  ({
    slackToken: t('a Slack token'),
    slackWebhook: t('a Slack webhook URL'),
    apiToken: t('an API token'),
    awsKey: t('an AWS key'),
    password: t('a password'),
    privateKey: t('a private key'),
  })[kind];
