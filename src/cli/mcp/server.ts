/**
 * The playbook's MCP server (entry of dist/mcpServer.js, loaded only by `ce-playbook mcp`): the
 * tools of the one tool table, resources `playbook://team|procedure|template/{id}` and the prompt
 * `engage-support`, over stdio. Every answer comes from the data `context()` returns at that moment;
 * failures become error results, and nothing but protocol messages reaches stdout.
 */
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { ErrorCode, McpError, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import * as z from 'zod/mini';
import type { ToolContext, ToolResult } from '../../features/tools/model/context';
import { TOOL_DEFINITIONS, TOOL_INPUTS } from '../../features/tools/model/definitions';
import { TOOL_OUTPUTS } from '../../features/tools/model/outputs';
import { getProcedure, getTeam, getTemplate } from '../../features/tools/model/lookup';
import { engageSupportPrompt, PROMPT_LIMITS } from '../../features/tools/model/prompt';
import { runTool } from '../../features/tools/model/run';

export interface McpServerOptions {
  /** The data to answer from (the session: the bundled handbook merged with the team's files, re-read as they change). */
  context(): Promise<ToolContext>;
  version: string;
  /** Where diagnostics go: stderr, never stdout. */
  log(message: string): void;
}

function toCallResult(result: ToolResult): CallToolResult {
  return result.ok
    ? { content: [{ type: 'text', text: result.text }], structuredContent: result.data as Record<string, unknown> }
    : { content: [{ type: 'text', text: result.error }], isError: true };
}

export function createPlaybookServer(options: McpServerOptions): McpServer {
  const server = new McpServer(
    { name: 'ce-playbook', title: 'CE Playbook', version: options.version },
    { instructions: 'The Customer Engineering playbook: who to engage about a customer issue, where, with which template. Answer from these tools, quoting the handbook and its source; never guess an escalation path.' },
  );
  for (const definition of TOOL_DEFINITIONS.filter((d) => d.hosts === 'all')) {
    server.registerTool(
      definition.name,
      {
        title: definition.title,
        description: definition.description,
        inputSchema: TOOL_INPUTS[definition.name],
        outputSchema: TOOL_OUTPUTS[definition.name],
        annotations: { readOnlyHint: true, openWorldHint: false },
      },
      async (args: unknown) => toCallResult(runTool(definition.name, args, await options.context())),
    );
  }
  registerResources(server, options);
  server.registerPrompt(
    'engage-support',
    {
      title: 'Engage support on a customer issue',
      description: 'Walks through the playbook\'s help guide for a customer issue: the right step, template, channel and user group, then a ticket draft with the fields still missing.',
      argsSchema: {
        situation: z.optional(z.string().check(z.maxLength(PROMPT_LIMITS.situation), z.describe('What is happening with the customer, in a sentence or two.'))),
        customer: z.optional(z.string().check(z.maxLength(PROMPT_LIMITS.customer), z.describe('The customer\'s name.'))),
      },
    },
    async (args: { situation?: string; customer?: string }) => {
      const prompt = engageSupportPrompt(await options.context(), args.situation, args.customer);
      if (!prompt.ok) throw new McpError(ErrorCode.InvalidParams, prompt.error);
      return { messages: [{ role: 'user', content: { type: 'text', text: prompt.text } }] };
    },
  );
  return server;
}

/** One resource template per kind of entry, listing every entry of the current data. */
function registerResources(server: McpServer, options: McpServerOptions): void {
  const kinds = [
    { kind: 'team', title: 'Team', list: (c: ToolContext) => c.index.handbook.teams.map((t) => ({ id: t.id, name: t.name })), read: getTeam },
    { kind: 'procedure', title: 'Procedure', list: (c: ToolContext) => c.index.handbook.procedures.map((p) => ({ id: p.id, name: p.title })), read: getProcedure },
    { kind: 'template', title: 'Template', list: (c: ToolContext) => c.index.handbook.templates.map((t) => ({ id: t.id, name: t.title })), read: getTemplate },
  ] as const;
  for (const { kind, title, list, read } of kinds) {
    const template = new ResourceTemplate(`playbook://${kind}/{id}`, {
      list: async () => ({ resources: list(await options.context()).map((e) => ({ uri: `playbook://${kind}/${e.id}`, name: e.name, mimeType: 'text/plain' })) }),
      complete: { id: async (value) => list(await options.context()).map((e) => e.id).filter((id) => id.startsWith(value)) },
    });
    server.registerResource(`playbook-${kind}`, template, { title: `Playbook ${title}`, description: `A ${kind} of the CE Playbook, in the handbook's words, with its source.`, mimeType: 'text/plain' }, async (uri, variables) => {
      const id = String(Array.isArray(variables.id) ? variables.id[0] : variables.id);
      const decoded = decodeId(id);
      // -32002 is MCP's "resource not found": a URI whose percent-encoding is malformed names nothing.
      if (decoded === undefined) throw new McpError(-32002, `There is no ${kind} "${id}": its percent-encoding is malformed.`);
      const result = read(await options.context(), decoded);
      if (!result.ok) throw new McpError(-32002, result.error);
      return {
        contents: [
          { uri: uri.href, mimeType: 'text/plain', text: result.text },
          { uri: uri.href, mimeType: 'application/json', text: JSON.stringify(result.data) },
        ],
      };
    });
  }
}

function decodeId(id: string): string | undefined {
  try {
    return decodeURIComponent(id);
  } catch {
    return undefined;
  }
}

/**
 * Serves over stdio until the client closes the connection (stdin ends: exit 0). The server never
 * ends silently: a broken stdin or stdout, or a message over the transport's buffer limit (the
 * transport then closes itself), is written to stderr and the process exits with code 1. A line
 * that is not a JSON-RPC message is only logged: the client gets no answer and the server goes on.
 */
export async function serveStdio(options: McpServerOptions): Promise<void> {
  // Anything printed on stdout that is not protocol breaks the client: route stray logs to stderr.
  console.log = console.info = console.debug = (...args: unknown[]) => options.log(args.map(String).join(' '));
  process.on('uncaughtException', (error) => options.log(`ce-playbook mcp: unexpected error (still serving): ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) => options.log(`ce-playbook mcp: unexpected rejection (still serving): ${String(reason)}`));
  const fail = (why: string): never => {
    options.log(`ce-playbook mcp: ${why}; stopping.`);
    process.exit(1);
  };
  const server = createPlaybookServer(options);
  const transport = new StdioServerTransport();
  let lastError: Error | undefined;
  let clientLeft = false;
  transport.onerror = (error) => {
    lastError = error;
    options.log(`ce-playbook mcp: transport error: ${error.message}`);
  };
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => (clientLeft ? resolve() : fail(`the transport closed${lastError ? ` after: ${lastError.message}` : ''}`));
  });
  process.stdin.on('error', (error) => fail(`stdin failed: ${error.message}`));
  process.stdout.on('error', (error) => fail(`stdout failed: ${error.message}`));
  await server.connect(transport);
  // The transport does not notice the end of stdin by itself: end the session when the client leaves.
  process.stdin.once('end', () => {
    clientLeft = true;
    void server.close();
  });
  await closed;
}
