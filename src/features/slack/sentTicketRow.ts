/** How a "Sent tickets" row looks: customer, template, time, status; Open in Slack; Follow Up in Thread. */
import vscode = require('vscode');
import { commandCall } from '../../model/commands/commandContract';
import { canFollowUp, readSentTickets, SENT_TICKETS_KEY } from '../../model/slack/sentTickets';
import { readStatusCache, TICKET_STATUS_KEY } from '../../model/slack/statusCache';
import type { RowDescription } from '../../model/tree/treeModel';
import { markdownText } from '../../model/render/plainText';
import type { StatusReactions } from '../../model/schemaStatus';
import { statusWords } from './ticketStatusWords';

const t = vscode.l10n.t;
/** Data shown in a Markdown tooltip is escaped, so it cannot make links or formatting. */
const md = markdownText;
const ICONS = { botToken: 'comment-discussion', workflowWebhook: 'run-all', incomingWebhook: 'send' } as const;

/** `reactionsFor`: the template's `delivery.statusReactions` in the data shown now. */
export function describeSentTicket(memento: vscode.Memento, sentId: string, reactionsFor: (templateId: string) => StatusReactions | undefined = () => undefined): RowDescription | undefined {
  const ticket = readSentTickets(memento.get(SENT_TICKETS_KEY)).find((s) => s.id === sentId);
  if (!ticket) return undefined;
  const time = new Date(ticket.sentAt).toLocaleString(vscode.env.language, { dateStyle: 'medium', timeStyle: 'short' });
  const label = ticket.customer ?? ticket.templateTitle;
  const status = statusWords(ticket, readStatusCache(memento.get(TICKET_STATUS_KEY)), reactionsFor(ticket.templateId));
  // The status first: a narrow side bar cuts the description's end, and the tooltip has the rest.
  const description = [status.summary, ticket.customer ? `${ticket.templateTitle} · ${time}` : time].filter(Boolean).join(' · ');
  const ref = { kind: 'sentTicket', sentId } as const;
  return {
    id: `sent:${sentId}`,
    label,
    description,
    tooltip: [`**${md(ticket.templateTitle)}**`, ticket.customer && md(ticket.customer), md(t('Sent {0}', time)), ticket.link ? md(ticket.link) : md(t('No link (sent through a webhook).')), status.tooltip].filter(Boolean).join('\n\n'),
    accessibilityLabel: [t('Sent ticket: {0}, {1}, {2}', ticket.templateTitle, ticket.customer ?? '', time), status.summary].filter(Boolean).join(', '),
    icon: status.icon ?? ICONS[ticket.mode] ?? 'send',
    contextValue: canFollowUp(ticket) ? 'sentTicketThread' : ticket.link ? 'sentTicketLinked' : 'sentTicket',
    collapsible: 'none',
    ...(ticket.link ? { command: { ...commandCall('cePlaybook.openSentTicket', ref), title: t('Open in Slack') } } : {}),
  };
}
