/**
 * The problems of a data folder as `ce-playbook validate` and the MCP server report them, each in the
 * build's one-line form (file:line:column: severity: message [rule]), for the tests that hold the
 * editor, the command line and the MCP server to the same problems.
 */
import { spawnSync } from 'node:child_process';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { formatProblem, type DataProblem } from '../../src/core/load/problem';

/** The fixture's files: one good, three broken (see test/fixtures/problems/README.md). */
export const PROBLEM_FILES = ['bad-reference.yaml', 'schema-error.yaml', 'team.yaml', 'yaml-error.yaml'];

/** `node cli.js validate --format json FOLDER` in `cwd`: the problems with their whole positions. */
export function validateProblems(cli: string, folder: string, cwd: string, node = process.execPath): DataProblem[] {
  const result = spawnSync(node, [cli, 'validate', '--format', 'json', folder], { cwd, encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  if (result.status !== 1) throw new Error(`validate exited ${result.status}: ${result.stderr}`);
  return (JSON.parse(result.stdout) as { problems: DataProblem[] }).problems;
}

/** `node cli.js mcp --data FOLDER` in `cwd`, spoken to over MCP: the problem lines a tool's answer carries, and the server's log. */
export async function mcpProblemLines(cli: string, folder: string, cwd: string, node = process.execPath): Promise<{ lines: string[]; log: string }> {
  const transport = new StdioClientTransport({ command: node, args: [cli, 'mcp', '--data', folder], cwd, stderr: 'pipe', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } as Record<string, string> });
  let log = '';
  transport.stderr?.on('data', (chunk: Buffer) => { log += chunk.toString('utf8'); });
  const client = new Client({ name: 'ce-playbook-same-problems', version: '1.0.0' });
  await client.connect(transport);
  try {
    const result = await client.callTool({ name: 'listTeams', arguments: {} });
    const text = (result as { content: Array<{ text?: string }> }).content.map((c) => c.text ?? '').join('');
    // The note after the answer: one "- problem" line per problem.
    const note = text.slice(text.indexOf('\n\nNote: '));
    return { lines: note.split('\n').filter((line) => line.startsWith('- ')).map((line) => line.slice(2)), log };
  } finally {
    await client.close();
  }
}

export const lines = (problems: readonly DataProblem[]): string[] => problems.map(formatProblem);
