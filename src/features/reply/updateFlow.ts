/**
 * "The customer is asking me for an update" (the help guide's branch, and the Sent tickets row action):
 * the customer's sent tickets with their status and last reply, then the handbook's steps as actions —
 * reply in the ticket's thread to the Support Engineer, or, if more help is needed, a message to
 * @cs-leadership in #customer-support with the context prefilled. The steps' sentences are the
 * handbook's (data/procedures.yaml); the buttons and lines around them are ours.
 */
import vscode = require('vscode');
import { customerTickets } from './model/customerTickets';
import { canFollowUp, type SentTicket } from '../slack/model/sentTickets';
import { replyText, userName } from '../slack/model/ticketStatus';
import { readStatusCache, TICKET_STATUS_KEY } from '../slack/model/statusCache';
import type { AskForUpdateArgs, SentTicketRef } from '../../core/commands/commandContract';
import type { ReplyPages } from './replyPages';
import { updateFlowWords as w } from './replyLabels';
import { localDateTime } from '../../core/host/localTime';

/** The steps of the handbook this flow follows (data/procedures.yaml, engage-support). */
export const UPDATE_STEP = 'customer-asks-for-update';
export const MORE_HELP_STEP = 'more-help';

export interface TicketChoice {
  label: string;
  description?: string;
  detail?: string;
  ticket?: SentTicket;
}

/** What the CE is asked (the quick pick and the modal below; a test run may script answers, see src/testExports.ts). */
export interface UpdatePrompts {
  pickTicket(title: string, choices: TicketChoice[]): Promise<TicketChoice | undefined>;
  chooseAction(heading: string, detail: string, actions: string[]): Promise<string | undefined>;
}

export const quickInputUpdatePrompts: UpdatePrompts = {
  pickTicket: async (title, choices) => vscode.window.showQuickPick(choices, { title, placeHolder: w.pickPlaceholder, matchOnDescription: true, matchOnDetail: true, ignoreFocusOut: true }),
  chooseAction: async (heading, detail, actions) => vscode.window.showInformationMessage(heading, { modal: true, detail }, ...actions),
};

function choicesFor(pages: ReplyPages, tickets: readonly SentTicket[], customer: string | undefined, state: vscode.Memento): TicketChoice[] {
  const cache = readStatusCache(state.get(TICKET_STATUS_KEY));
  const names = new Map(Object.entries(cache.names));
  const items: TicketChoice[] = tickets.map((ticket) => {
    const last = cache.tickets[ticket.id]?.reading?.lastReplies.at(-1);
    return {
      label: `${ticket.customer ?? ticket.templateTitle} · ${ticket.templateTitle} · ${localDateTime(ticket.sentAt)}`,
      description: pages.statusOf(ticket) ?? w.noStatus,
      ...(last ? { detail: w.lastReply(userName(last.user, names), replyText(last, names).replace(/\s+/g, ' ').slice(0, 200)) } : {}),
      ticket,
    };
  });
  return items.length ? [...items, { label: w.noneOfThese, detail: w.noneDetail }] : [{ label: w.noTickets(customer), detail: w.noTicketsDetail }];
}

/** Runs the flow; resolves to what it opened ('reply', 'message') or undefined when the CE stopped. */
export async function askForUpdate(pages: ReplyPages, state: vscode.Memento, prompts: UpdatePrompts, arg: SentTicketRef | AskForUpdateArgs | undefined): Promise<'reply' | 'message' | undefined> {
  const sent = pages.sentTickets();
  const fromRow = arg && 'sentId' in arg ? sent.find((s) => s.id === arg.sentId) : undefined;
  const customer = fromRow?.customer ?? (arg && 'customer' in arg ? arg.customer?.trim() || undefined : undefined);
  let ticket = fromRow;
  if (!fromRow) {
    const choice = await prompts.pickTicket(w.pickTitle(customer), choicesFor(pages, customerTickets(sent, customer, pages.store.current.handbook.customers), customer, state));
    if (!choice) return undefined;
    ticket = choice.ticket;
  }
  const update = pages.step(UPDATE_STEP);
  const moreHelp = pages.step(MORE_HELP_STEP);
  const channel = moreHelp?.channel ? pages.store.current.channel(moreHelp.channel) : undefined;
  const group = moreHelp?.userGroup ? pages.store.current.userGroup(moreHelp.userGroup) : undefined;
  const reply = ticket && canFollowUp(ticket) ? w.reply : undefined;
  const ask = channel ? (group ? w.askGroup(group.name, channel.name) : w.askChannel(channel.name)) : undefined;
  // The step the CE reached comes first: it is the dialog's primary button.
  const actions = (arg && 'stepId' in arg && arg.stepId === MORE_HELP_STEP ? [ask, reply] : [reply, ask]).filter((a): a is string => !!a);
  const ticketLine = ticket ? w.ticketLine(ticket.templateTitle, ticket.customer, localDateTime(ticket.sentAt), pages.statusOf(ticket)) : undefined;
  // The handbook's sentences as they are in data/, labelled: the ticket line above them is ours.
  const steps = [update, moreHelp].filter((s) => !!s).map((s) => s!.text);
  const detail = [ticketLine, ...(steps.length ? [`${w.handbookSays}\n${steps.join('\n\n')}`] : [])].filter(Boolean).join('\n\n');
  const chosen = await prompts.chooseAction(update?.label ?? w.heading, detail, actions);
  if (chosen && chosen === reply && ticket) {
    pages.openThread({ kind: 'sentTicket', sentId: ticket.id });
    return 'reply';
  }
  if (chosen && chosen === ask && channel) {
    pages.openChannel({ channelId: channel.id, userGroupId: group?.id, sentId: ticket?.id, customer });
    return 'message';
  }
  return undefined;
}
