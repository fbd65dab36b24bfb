// Entry of dist/dataSession.js: the data feature's work once activation has returned (discovery,
// the watchers, loading and showing, the persistent store of checked files). The parsers it uses
// are in dist/workspaceData.js, loaded only once a data file exists.
export { CheckStore } from './checkStore';
export { discover } from './discover';
export { DataSession } from './session';
export { DataWatchers } from './watchers';
