// Entry of dist/whatChanged.js: the data diff, the page importer and the "What changed" page,
// loaded only when the data differs from what the user last saw or a comparison is asked for.
export { changesBetween, changedSections } from './model/seenData';
export { diffData, isEmptyDiff } from './model/dataDiff';
export { importPage } from '../handbookImport/model/pageImport';
export { ChangesPages } from './changesPages';
