// Entry of dist/search.js: the search index (with its library) and the quick pick, loaded on the first search.
export { buildSearchIndex } from './model/searchIndex';
export { showSearch, openSearchResult } from './searchQuickPick';
