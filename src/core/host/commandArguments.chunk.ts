// Entry of dist/commandArguments.js: the parsers of the commands' arguments and their messages,
// loaded when the first command runs (every command's arguments pass through them).
export { checkCommandArguments } from './commandArguments';
