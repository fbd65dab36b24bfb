// Entry of dist/slackDelivery.js: sending tickets to Slack (Slack's SDK with it) and storing the
// credentials, loaded on the first send or connect by the thin registrations in features/slack.
export { deliveryDeps, deliveryCommands, checkSettings, type DeliveryDeps } from '../features/slack/commands';
export { cancelSending } from '../features/slack/sendTicket';
