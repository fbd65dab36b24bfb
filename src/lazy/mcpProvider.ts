// Entry of dist/mcpProvider.js: offers the MCP server to VS Code 1.101 and later (loaded at
// activation only there; see features/lmTools/register.ts).
export { registerMcpProvider } from '../features/lmTools/mcpProvider';
