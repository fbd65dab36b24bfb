// Entry of dist/meetingNotes.js: the cadence arithmetic behind a meeting row's next date, loaded
// when the tree first shows a meeting row.
export { meetingNote } from './model/meetingNote';
export { localIsoDate } from './model/cadence';
