// Entry of dist/composer.js: the ticket composer pages, loaded by features/composer on the first
// "Compose Ticket" (or when VS Code restores a composer page after a reload).
export { ComposerPages } from './composerPages';
