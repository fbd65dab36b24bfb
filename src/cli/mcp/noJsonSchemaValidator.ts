/**
 * Stands in for the MCP SDK's Ajv-based JSON Schema validator in dist/mcpServer.js (see esbuild.js).
 * The SDK's server uses it only to check a client's answer to an elicitation request, and the
 * playbook's server never asks for one; leaving Ajv out keeps about 130 KB out of the .vsix.
 * Should a future server elicit input, the answer is refused with this message rather than unchecked.
 */
export class AjvJsonSchemaValidator {
  getValidator() {
    return () => ({ valid: false as const, data: undefined, errorMessage: 'The CE Playbook MCP server does not validate elicitation answers.' });
  }
}
