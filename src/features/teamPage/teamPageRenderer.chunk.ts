// Entry of dist/panelRenderer.js: what the first panel needs and activation does not (the Markdown
// library, the page renderer and its icons). Loaded with lazyChunk by features/panel on the first panel.
export * from './model/teamPageHtml';
export { panelIcons } from './teamPageIcons';
