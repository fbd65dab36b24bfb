/**
 * Stands in for Zod 3 and zod-to-json-schema in dist/mcpServer.js (see esbuild.js). The MCP SDK
 * reaches them only for Zod 3 schemas, and every schema of the playbook's server is Zod 4 (the tool
 * table's); leaving them out keeps about 75 KB out of the .vsix. Should a Zod 3 schema ever reach
 * the SDK, it fails with this message instead of misbehaving.
 */
const unsupported = (): never => {
  throw new Error('dist/mcpServer.js is built without Zod 3: give the MCP SDK Zod 4 schemas.');
};
export const object = unsupported;
export const zodToJsonSchema = unsupported;
