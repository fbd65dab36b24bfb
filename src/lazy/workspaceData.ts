// Entry of dist/workspaceData.js: the YAML parsers, schema validation and the load's summary, loaded
// by features/data only once the workspace has a data file.
export * from '../model/load/loadHandbook';
export { contentHash, sameBytes, type CheckedFile } from '../model/load/checkFile';
export { cacheEntryName, encodeCacheEntry } from '../model/load/checkCache';
export { DEFAULT_LIMITS } from '../model/load/yamlFile';
export { OriginLabels, summarizeLoad, type LoadSummary, type ReadFailure } from '../model/load/summary';
