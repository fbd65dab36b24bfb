// Entry of dist/draftChecks.js: what works in the user's documents (the draft checks with their
// diagnostics and code lenses, the snippet completions), started once activation has returned.
export { DraftChecker, DRAFT_LANGUAGES } from './draftDiagnostics';
export { templateSnippets } from './snippetCompletions';
