// Entry of dist/commands.js: what runs when the user asks for it (search, the help flow, the
// template commands and fill-in form, links), loaded on first use by the thin registrations in features/.
export { buildSearchIndex } from '../model/search/searchIndex';
export { showSearch, openSearchResult } from '../features/search/searchQuickPick';
export { runHelp, quickInputHelpDeps, outcomeActions } from '../features/help/helpFlow';
export { handlePlaybookUri, copyPlaybookLink } from '../features/links/linkHandler';
export * as fillForm from '../features/templates/fillForm';
export * as templateCommands from '../features/templates/templateCommands';
export { channelCommands } from '../features/slack/channelCommands';
