// Entry of dist/slackDelivery.js: sending tickets to Slack (Slack's SDK with it), storing the
// credentials and the sent tickets' rows and statuses (read from their threads), loaded on first use by the thin registrations in features/slack.
export { runDeliveryCommand, deliveryCommands, cancelSending, checkSettings, refreshTicketStatusQuietly, type SlackDeps } from './commands';
export { describeSentTicket } from './sentTicketRow';
export { statusWords } from './ticketStatusWords';
export { type SendPrompts, type SentNotice } from './sendTicket';
