/** The words of the message pages and of "The customer is asking for an update" (ours, not the handbook's). */
import vscode = require('vscode');
import type { ReplyPageLabels } from './model/replyHtml';
import type { UpdateWords } from './model/messageText';

const t = vscode.l10n.t;

export const replyPageLabels: ReplyPageLabels = {
  message: t('Your message'),
  preview: t('Preview'),
  previewNote: t('What Slack will show. What you type is sent as text: it cannot make a link or mention anyone, except a user group of your data named by its handle.'),
  send: t('Send'),
  actions: t('Message actions'),
  lastReplies: t('Last replies in the thread (as last read from Slack)'),
  goesTo: t('Goes to'),
};

export const replyWords = {
  threadTitle: (customer: string | undefined, template: string) => (customer ? t('Reply to {0}\'s Ticket', customer) : t('Reply to the {0}', template)),
  threadTab: (customer: string | undefined, template: string) => t('Reply: {0}', customer ?? template),
  channelTitle: (group: string | undefined, channel: string) => (group ? t('Message {0} in {1}', group, channel) : t('Message {0}', channel)),
  threadDestination: (template: string, customer: string | undefined, sentAt: string, channel: string) =>
    customer ? t('A reply in the thread of the {0} for {1}, sent {2} in {3}.', template, customer, sentAt, channel) : t('A reply in the thread of the {0} sent {1} in {2}.', template, sentAt, channel),
  channelDestination: (channel: string, slackId: string | undefined) => (slackId ? t('A new message in {0} (Slack id {1}).', channel, slackId) : t('A new message in {0}.', channel)),
  channelWithId: (name: string, id: string) => t('{0} (Slack id {1})', name, id),
  recorded: t('Once sent, it is recorded under this ticket in Sent tickets (not as a new ticket).'),
  notifies: (group: string, id: string) => t('{0} is mentioned as the user group (Slack id {1}), so Slack notifies its members.', group, id),
  byName: (group: string) => t('{0} is written as its name only: Slack notifies a user group only by its Slack id, which your data does not give (userGroups › slackId, S…). Its members are not notified: add the id to your team\'s data, or mention the group in Slack yourself.', group),
  prefilled: t('The message below is prefilled by CE Playbook (our words, not the handbook\'s): check and edit it before sending.'),
  handbook: (text: string) => t('The handbook: "{0}"', text),
  sendReply: t('Send Reply'),
  sendTo: (channel: string) => t('Send to {0}', channel),
  sending: t('Sending…'),
  sent: t('Sent. The text is cleared.'),
  sentTyping: t('Sent. What you typed since is kept.'),
  openInSlack: t('Open in Slack'),
  unavailable: t('Sending is not available: the Slack part of CE Playbook did not start. Your text is kept.'),
  gone: t('This sent ticket is no longer in your Sent tickets (cleared, or more than 20 were sent since).'),
  noThread: t('Only tickets sent with the bot token have a thread to follow up in.'),
  unknownChannel: (id: string) => t('The channel "{0}" is not in the playbook.', id),
};

/** The prefilled message to @cs-leadership (see features/reply/model/messageText.ts). */
export const updateWords: UpdateWords = {
  opening: (group, customer) => (customer ? t('{0} {1} is asking me for an update, and I need your guidance.', group, customer) : t('{0} My customer is asking me for an update, and I need your guidance.', group)),
  ticket: (template, sentAt) => t('Ticket: {0}, sent {1}.', template, sentAt),
  thread: (link) => t('Thread: {0}', link),
  status: (status) => t('Status in the thread: {0}', status),
  askedSoFar: t('What I asked in the thread so far:'),
  request: t('The specific request: '),
};

export const updateFlowWords = {
  pickTitle: (customer: string | undefined) => (customer ? t('{0}\'s sent tickets', customer) : t('Your sent tickets')),
  pickPlaceholder: t('Which ticket is the customer asking about?'),
  noTickets: (customer: string | undefined) => (customer ? t('No sent tickets for {0}', customer) : t('No sent tickets')),
  noTicketsDetail: t('Continue without a ticket: the steps below still apply.'),
  noneOfThese: t('None of these'),
  noneDetail: t('Continue without a ticket.'),
  noStatus: t('status not read yet'),
  lastReply: (by: string, text: string) => t('Last reply, {0}: {1}', by, text),
  reply: t('Reply in the Thread to the Support Engineer…'),
  askGroup: (group: string, channel: string) => t('Ask {0} in {1}…', group, channel),
  askChannel: (channel: string) => t('Ask in {0}…', channel),
  heading: t('The customer is asking for an update'),
  handbookSays: t('The handbook:'),
  ticketLine: (template: string, customer: string | undefined, sentAt: string, status: string | undefined) => [customer ? t('{0} for {1}, sent {2}', template, customer, sentAt) : t('{0}, sent {1}', template, sentAt), status].filter(Boolean).join(' · '),
};
