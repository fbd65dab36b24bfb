// Entry of dist/workspaceData.js: the YAML parser and schema validation, loaded by features/data
// only once the workspace has a data file.
export * from '../model/load/loadHandbook';
