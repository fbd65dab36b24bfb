// Entry of dist/reply.js: the message pages (a reply in a sent ticket's thread, a message to a
// channel) and "The customer is asking me for an update", loaded by features/reply on first use.
export { ReplyPages } from './replyPages';
export { askForUpdate, quickInputUpdatePrompts, type UpdatePrompts } from './updateFlow';
