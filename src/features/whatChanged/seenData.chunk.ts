// Entry of dist/seenData.js: the record of the data this user last saw and the check whether the
// data shown is the same, loaded for the first check once activation has returned (the diff and
// the pages are in the whatChanged chunk, loaded only when something changed).
export { SeenDataStore } from './seenDataStore';
export { sameData } from './model/sameData';
