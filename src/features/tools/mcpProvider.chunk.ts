// Entry of dist/mcpProvider.js: offers the MCP server to VS Code 1.101 and later (loaded at
// activation only there; see features/tools/register.ts).
export { registerMcpProvider } from './mcpProvider';
