// Entry of dist/slackChannels.js: copying channel and user-group names and opening channels in
// Slack, loaded on the first such command.
export { channelCommands } from './channelCommands';
