/** How a "Sent tickets" row looks: customer, template, time, status; Open in Slack; Follow Up in Thread. */
import vscode = require('vscode');
import { commandCall } from '../../core/commands/commandContract';
import { canFollowUp, readSentTickets, SENT_TICKETS_KEY, type SentTicket } from './model/sentTickets';
import { messageCount, replyCount } from './model/followUps';
import { readStatusCache, TICKET_STATUS_KEY } from './model/statusCache';
import type { RowDescription } from '../tree/model/treeModel';
import { markdownText } from '../../core/render/plainText';
import type { StatusReactions } from '../../core/schema/schemaStatus';
import { statusWords } from './ticketStatusWords';
import { localDateTime } from '../../core/host/localTime';

const t = vscode.l10n.t;
/** Data shown in a Markdown tooltip is escaped, so it cannot make links or formatting. */
const md = markdownText;
const ICONS = { botToken: 'comment-discussion', workflowWebhook: 'run-all', incomingWebhook: 'send' } as const;

/** What the CE posted about the ticket since: "2 follow-ups", "asked in a channel"; the tooltip lists them. */
function followUpWords(ticket: SentTicket): { summary?: string; tooltip?: string } {
  const replies = replyCount(ticket);
  const messages = messageCount(ticket);
  const summary = [
    ...(replies ? [replies === 1 ? t('1 follow-up') : t('{0} follow-ups', replies)] : []),
    ...(messages ? [messages === 1 ? t('1 message about it') : t('{0} messages about it', messages)] : []),
  ].join(' · ');
  if (!summary) return {};
  const lines = (ticket.followUps ?? []).map((f) => {
    const at = localDateTime(f.at);
    return md(f.kind === 'reply' ? t('You followed up {0}: {1}', at, f.text ?? '') : t('You wrote about it in a channel {0}: {1}', at, f.text ?? ''));
  });
  return { summary, tooltip: [md(t('Your follow-ups:')), ...lines].join('\n\n') };
}

/** `reactionsFor`: the template's `delivery.statusReactions` in the data shown now. */
export function describeSentTicket(memento: vscode.Memento, sentId: string, reactionsFor: (templateId: string) => StatusReactions | undefined = () => undefined): RowDescription | undefined {
  const ticket = readSentTickets(memento.get(SENT_TICKETS_KEY)).find((s) => s.id === sentId);
  if (!ticket) return undefined;
  const time = localDateTime(ticket.sentAt);
  const label = ticket.customer ?? ticket.templateTitle;
  const status = statusWords(ticket, readStatusCache(memento.get(TICKET_STATUS_KEY)), reactionsFor(ticket.templateId));
  // The status first: a narrow side bar cuts the description's end, and the tooltip has the rest.
  const followUps = followUpWords(ticket);
  const description = [status.summary, followUps.summary, ticket.customer ? `${ticket.templateTitle} · ${time}` : time].filter(Boolean).join(' · ');
  const ref = { kind: 'sentTicket', sentId } as const;
  return {
    id: `sent:${sentId}`,
    label,
    description,
    tooltip: [`**${md(ticket.templateTitle)}**`, ticket.customer && md(ticket.customer), md(t('Sent {0}', time)), ticket.link ? md(ticket.link) : md(t('No link (sent through a webhook).')), status.tooltip, followUps.tooltip].filter(Boolean).join('\n\n'),
    accessibilityLabel: [t('Sent ticket: {0}, {1}, {2}', ticket.templateTitle, ticket.customer ?? '', time), status.summary, followUps.summary].filter(Boolean).join(', '),
    icon: status.icon ?? ICONS[ticket.mode] ?? 'send',
    contextValue: canFollowUp(ticket) ? 'sentTicketThread' : ticket.link ? 'sentTicketLinked' : 'sentTicket',
    collapsible: 'none',
    ...(ticket.link ? { command: { ...commandCall('cePlaybook.openSentTicket', ref), title: t('Open in Slack') } } : {}),
  };
}
