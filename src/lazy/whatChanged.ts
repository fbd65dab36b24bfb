// Entry of dist/whatChanged.js: the data diff, the page importer and the "What changed" page,
// loaded only when the data differs from what the user last saw or a comparison is asked for.
export { changesBetween, changedSections } from '../model/diff/seenData';
export { diffData, isEmptyDiff } from '../model/diff/dataDiff';
export { importPage } from '../model/import/pageImport';
export { ChangesPages } from '../features/whatChanged/changesPages';
