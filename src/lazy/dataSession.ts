// Entry of dist/dataSession.js: the data feature's work once activation has returned (discovery,
// the watchers, loading and showing, the persistent store of checked files). The parsers it uses
// are in dist/workspaceData.js, loaded only once a data file exists.
export { CheckStore } from '../features/data/checkStore';
export { discover } from '../features/data/discover';
export { DataSession } from '../features/data/session';
export { DataWatchers } from '../features/data/watchers';
