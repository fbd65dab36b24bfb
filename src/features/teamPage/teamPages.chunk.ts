// Entry of dist/teamPages.js: the team pages and the commands that open them, loaded on the first
// page (opened, or restored after a reload). The renderer with the Markdown library is a chunk of
// its own (teamPageRenderer), loaded when a page is drawn.
export { TeamPages } from './teamPages';
export { openTeamPage, openSource } from './teamPageCommands';
