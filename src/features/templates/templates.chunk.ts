// Entry of dist/commands.js: what runs when the user asks for it (search, the help flow, the
// template commands and fill-in form, links), loaded on first use by the thin registrations in features/.
export { buildSearchIndex } from '../search/model/searchIndex';
export { showSearch, openSearchResult } from '../search/searchQuickPick';
export { runHelp, quickInputHelpDeps, outcomeActions } from '../helpGuide/helpGuideFlow';
export { handlePlaybookUri, copyPlaybookLink } from '../deepLinks/deepLinkHandler';
export * as fillForm from './fillForm';
export * as templateCommands from './templateCommands';
export { channelCommands } from '../slack/channelCommands';
