/**
 * A sent ticket's status in words, for its "Sent tickets" row: the description (replies, who replied
 * last and when, what the reactions mean), the icon, and the tooltip's last replies. Data from Slack
 * is escaped for the tooltip's Markdown; nothing of it can form a link or formatting.
 */
import vscode = require('vscode');
import { markdownText as md } from '../../core/render/plainText';
import { hasThread, type StatusCache, type StatusProblem, type TicketStatus } from './model/statusCache';
import type { SentTicket } from './model/sentTickets';
import { replyText, statusFromReactions, userName } from './model/ticketStatus';
import type { StatusReactions } from '../../core/schema/schemaStatus';
import { localDateTime as when } from '../../core/host/localTime';

const t = vscode.l10n.t;

/** The icon of the reactions the defaults know; a team's own reaction shows as a tag. */
const REACTION_ICONS: Record<string, string> = { eyes: 'eye', white_check_mark: 'pass', heavy_check_mark: 'pass' };

export interface StatusWords {
  /** Appended to the row's description. */
  summary?: string;
  icon?: string;
  /** Markdown for the tooltip (already escaped). */
  tooltip?: string;
}


/** On the row, short: the time for a reply today, else the day. */
const shortWhen = (iso: string) => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toDateString() === new Date().toDateString()
    ? date.toLocaleTimeString(vscode.env.language, { timeStyle: 'short' })
    : date.toLocaleDateString(vscode.env.language, { month: 'short', day: 'numeric' });
};

export function problemWords(problem: StatusProblem): string {
  switch (problem.kind) {
    case 'missingScope': return t('status not available: the app needs {0}', problem.needed || 'channels:history');
    case 'token': return t('status not available: the bot token is revoked or invalid (Connect Slack… again)');
    case 'deleted': return t('status not available: the message was deleted in Slack');
    case 'channel': return t('status not available: the app cannot read the channel');
    case 'notConnected': return t('status not available: no bot token (Connect Slack…)');
    case 'rateLimited': return t('status not available: Slack asked to wait');
    case 'unreachable': return t('status not available: Slack could not be reached');
  }
}

function readingWords(status: TicketStatus, names: ReadonlyMap<string, string>, reactions: StatusReactions | undefined): StatusWords {
  const reading = status.reading!;
  const last = reading.lastReplies.at(-1);
  const meaning = statusFromReactions(reading.reactions, reactions);
  // The row has the reply's time short; the tooltip in full.
  const summary = (time: (iso: string) => string) => [
    reading.replyCount === 0 ? t('no replies yet') : reading.replyCount === 1 ? t('1 reply') : t('{0} replies', reading.replyCount),
    ...(last && reading.replyCount > 0 ? [t('last by {0} {1}', userName(last.user, names), time(last.at)).trim()] : []),
    ...(meaning ? [meaning.label] : []),
    ...(status.problem ? [problemWords(status.problem)] : []),
  ].join(' · ');
  const replies = reading.lastReplies.map((r) => `${md(userName(r.user, names))} ${md(`(${when(r.at)})`)}: ${md(replyText(r, names))}`);
  const icon = status.problem ? 'warning' : meaning ? REACTION_ICONS[meaning.reaction] ?? 'tag' : reading.replyCount > 0 ? 'comment-discussion' : undefined;
  return {
    summary: summary(shortWhen),
    icon,
    tooltip: [md(summary(when)), ...(replies.length ? [md(t('Last replies:')), ...replies] : [])].join('\n\n'),
  };
}

/** What the row says about the ticket's status; nothing before its thread was first read. */
export function statusWords(ticket: SentTicket, cache: StatusCache, reactions: StatusReactions | undefined): StatusWords {
  if (ticket.mode === 'workflowWebhook') return { summary: t('started the workflow'), tooltip: md(t('Started the workflow: a workflow webhook has no thread to read a status from.')) };
  if (ticket.mode === 'incomingWebhook') return { summary: t('posted by webhook'), tooltip: md(t('Posted by webhook: an incoming webhook has no thread to read a status from.')) };
  if (!hasThread(ticket)) return {};
  const status = cache.tickets[ticket.id];
  if (!status) return {};
  const names = new Map(Object.entries(cache.names));
  if (!status.reading) return { summary: problemWords(status.problem!), icon: 'warning', tooltip: md(problemWords(status.problem!)) };
  return readingWords(status, names, reactions);
}
