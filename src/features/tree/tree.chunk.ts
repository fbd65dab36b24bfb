// Entry of dist/tree.js: the sidebar tree's provider and model, and what its rows run. Loaded when
// the view is created, once activation has returned (or when a command needs the tree first).
export { PlaybookTreeProvider } from './playbookTreeProvider';
export { nodeId } from './model/treeModel';
export { showStep, showMeeting } from './rowCommands';
