// Entry of dist/teamPageRenderer.js: what the first team page needs and activation does not (the
// Markdown library, the page renderer and its icons). Loaded with lazyChunk by the team pages on the first page.
export * from './model/teamPageHtml';
export { teamPageIcons } from './teamPageIcons';
