// Entry of dist/commandArguments.js: the parsers of the commands' arguments and their messages,
// loaded when the first command runs (every command's arguments pass through them). The commands
// that answer the script themselves (sendTicket, sendMessage, composeMessage) take their schemas
// from here too, so the schema library is in this chunk only.
export { checkCommandArguments } from './commandArguments';
export { composeMessageSchema, sendMessageSchema, sendTicketSchema } from '../commands/argumentSchemas';
