/**
 * The sent tickets and their statuses, as tool results (read-only): what the "Sent tickets" rows
 * show, from the same store (globalState, which only the VS Code extension has; the MCP server
 * does not offer these tools).
 */
import type { SentTicket } from '../../slack/model/sentTickets';
import { hasThread, type StatusProblem } from '../../slack/model/statusCache';
import { replyText, statusFromReactions, userName } from '../../slack/model/ticketStatus';
import { fail, ok, type SentTicketsView, type ToolContext, type ToolResult } from './context';
import type { SentTicketData, TicketStatusData } from './outputs';

export type { SentTicketData, TicketStatusData };

const PROBLEM_TEXT: Record<StatusProblem['kind'], string> = {
  missingScope: 'the Slack app lacks a scope',
  token: 'the bot token is revoked or invalid',
  deleted: 'the message was deleted in Slack',
  channel: 'the app cannot read the channel',
  notConnected: 'no bot token is connected',
  rateLimited: 'Slack asked to wait',
  unreachable: 'Slack could not be reached',
};

const problemText = (p: StatusProblem) => (p.kind === 'missingScope' && p.needed ? `the Slack app needs ${p.needed}` : PROBLEM_TEXT[p.kind]);

function statusData(view: SentTicketsView, ticket: SentTicket): TicketStatusData {
  if (!hasThread(ticket)) return { state: 'noThread' };
  const status = view.statuses.tickets[ticket.id];
  if (!status) return { state: 'notRead' };
  const names = new Map(Object.entries(view.statuses.names));
  const checkedAt = new Date(status.checkedAt).toISOString();
  const problem = status.problem && problemText(status.problem);
  if (!status.reading) return { state: 'unavailable', problem, checkedAt };
  const last = status.reading.lastReplies.at(-1);
  const label = statusFromReactions(status.reading.reactions, view.reactionsFor(ticket.templateId))?.label;
  return {
    state: 'read',
    replyCount: status.reading.replyCount,
    ...(last ? { lastReplyBy: userName(last.user, names), lastReplyAt: last.at } : {}),
    ...(label ? { status: label } : {}),
    ...(problem ? { problem } : {}),
    checkedAt,
  };
}

function ticketData(view: SentTicketsView, t: SentTicket): SentTicketData {
  const followUps = (t.followUps ?? []).map((f) => ({ kind: f.kind, at: f.at, ...(f.text ? { text: f.text } : {}), ...(f.link ? { link: f.link } : {}) }));
  return { sentId: t.id, templateId: t.templateId, templateTitle: t.templateTitle, ...(t.customer ? { customer: t.customer } : {}), sentAt: t.sentAt, delivery: t.mode, ...(t.link ? { link: t.link } : {}), status: statusData(view, t), ...(followUps.length ? { followUps } : {}) };
}

/** "2 follow-ups by the CE" (replies in the thread), after the status. */
function followUpLine(t: SentTicketData): string {
  const replies = (t.followUps ?? []).filter((f) => f.kind === 'reply').length;
  const messages = (t.followUps ?? []).length - replies;
  return [replies ? ` · ${replies} follow-up${replies === 1 ? '' : 's'} by the CE` : '', messages ? ` · ${messages} message${messages === 1 ? '' : 's'} about it by the CE` : ''].join('');
}

function statusLine(t: SentTicketData): string {
  return statusOnly(t) + followUpLine(t);
}

function statusOnly(t: SentTicketData): string {
  const s = t.status;
  if (s.state === 'noThread') return t.delivery === 'workflowWebhook' ? 'started the workflow (no thread to read)' : 'posted by webhook (no thread to read)';
  if (s.state === 'notRead') return 'status not read yet';
  if (s.state === 'unavailable') return `status not available: ${s.problem}`;
  const parts = [`${s.replyCount} ${s.replyCount === 1 ? 'reply' : 'replies'}`];
  if (s.lastReplyBy) parts.push(`last by ${s.lastReplyBy} at ${s.lastReplyAt}`);
  if (s.status) parts.push(s.status);
  if (s.problem) parts.push(`last refresh failed: ${s.problem}`);
  return parts.join(' · ');
}

const NOT_HERE = 'Sent tickets are kept by the CE Playbook extension in VS Code; this host has none.';

export function listSentTickets(ctx: ToolContext, limit = 20): ToolResult<{ tickets: SentTicketData[] }> {
  const view = ctx.sentTickets;
  if (!view) return fail(NOT_HERE);
  const tickets = view.tickets.slice(0, limit).map((t) => ticketData(view, t));
  if (!tickets.length) return ok({ tickets }, 'No tickets were sent to Slack from VS Code (or the list was cleared).');
  const lines = tickets.map((t) => `- ${t.sentId}: ${t.templateTitle}${t.customer ? ` for ${t.customer}` : ''}, sent ${t.sentAt}: ${statusLine(t)}`);
  return ok({ tickets }, ['Tickets sent to Slack, newest first (sentId: template, customer, when: status):', ...lines, '', 'Use ticketStatus with a sentId for the last replies.'].join('\n'));
}

export function ticketStatus(ctx: ToolContext, sentId: string): ToolResult<SentTicketData & { lastReplies: Array<{ by: string; at: string; text: string }> }> {
  const view = ctx.sentTickets;
  if (!view) return fail(NOT_HERE);
  const ticket = view.tickets.find((t) => t.id === sentId);
  if (!ticket) return fail(`No sent ticket "${sentId}". Use listSentTickets for the sentIds.`);
  const names = new Map(Object.entries(view.statuses.names));
  const lastReplies = (view.statuses.tickets[ticket.id]?.reading?.lastReplies ?? []).map((r) => ({ by: userName(r.user, names), at: r.at, text: replyText(r, names) }));
  const data = { ...ticketData(view, ticket), lastReplies };
  const lines = [
    `${data.templateTitle}${data.customer ? ` for ${data.customer}` : ''}, sent ${data.sentAt}${data.link ? ` (${data.link})` : ''}`,
    `Status: ${statusLine(data)}${data.status.checkedAt ? ` (read from Slack at ${data.status.checkedAt})` : ''}`,
    ...(lastReplies.length ? ['Last replies in the thread (Slack text, quoted):', ...lastReplies.map((r) => `- ${r.by} at ${r.at}: "${r.text.replace(/\s+/g, ' ')}"`)] : []),
    ...(data.followUps?.length ? ['The CE\'s follow-ups (their beginning, quoted):', ...data.followUps.map((f) => `- ${f.kind === 'reply' ? 'in the thread' : 'in a channel'} at ${f.at}: "${(f.text ?? '').replace(/\s+/g, ' ')}"`)] : []),
  ];
  return ok(data, lines.join('\n'));
}
