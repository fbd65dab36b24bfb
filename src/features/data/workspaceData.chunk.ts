// Entry of dist/workspaceData.js: the YAML parsers, schema validation and the load's summary, loaded
// by features/data only once the workspace has a data file.
export * from '../../core/load/loadHandbook';
export { contentHash, sameBytes, type CheckedFile } from '../../core/load/checkFile';
export { cacheEntryName, encodeCacheEntry } from '../../core/load/checkCache';
export { DEFAULT_LIMITS } from '../../core/load/yamlFile';
export { OriginLabels, summarizeLoad, type LoadSummary, type ReadFailure } from '../../core/load/summary';
