// What the session runs of the loader (the YAML parsers, the schema, the merge): passed to it as a
// module, so the extension can load it on first use (dist/workspaceData.js) while the command line
// and the MCP server import it directly.
export { loadHandbook, LoadMemory, type DataFileInput, type LoadedHandbook } from '../load/loadHandbook';
export { contentHash, sameBytes, type CheckedFile } from '../load/checkFile';
export { cacheEntryName, encodeCacheEntry } from '../load/checkCache';
export { DEFAULT_LIMITS } from '../load/yamlFile';
export { OriginLabels, summarizeLoad, type LoadSummary, type ReadFailure } from '../load/summary';
