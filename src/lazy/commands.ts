// Entry of dist/commands.js: what runs when the user asks for it (search, the help flow, the
// fill-in form, links, meeting dates), loaded on first use by the thin registrations in features/.
export { buildSearchIndex } from '../model/search/searchIndex';
export { showSearch, openSearchResult } from '../features/search/searchQuickPick';
export { runHelp, quickInputHelpDeps, outcomeActions } from '../features/help/helpFlow';
export { handlePlaybookUri, copyPlaybookLink } from '../features/links/linkHandler';
export { meetingNote } from '../model/meetings/meetingNote';
export { localIsoDate } from '../model/meetings/cadence';
export * as fillForm from '../features/templates/fillForm';
