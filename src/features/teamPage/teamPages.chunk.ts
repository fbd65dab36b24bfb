// Entry of dist/intersectionPanels.js: the team pages' manager and the commands that open them,
// loaded on the first page (opened, or restored after a reload). The renderer with the Markdown
// library is a chunk of its own (panelRenderer), loaded when a page is drawn.
export { IntersectionPanels } from './teamPages';
export { openIntersection, openSource } from './teamPageCommands';
