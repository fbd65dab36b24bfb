// Entry of dist/workspaceData.js: the YAML parsers, schema validation and the load's summary, loaded
// by the data session only once the workspace has a data file.
export * from '../../core/session/sessionLoader';
