/**
 * `ce-playbook mcp [--data PATH]…`: the playbook as a Model Context Protocol server on stdio, for
 * Claude, Cursor, VS Code and any other MCP client. The server itself (with the MCP SDK) is in
 * dist/mcpServer.js and loads only here, so the other subcommands start without it.
 */
import crypto = require('node:crypto');
import fs = require('node:fs');
import path = require('node:path');
import type { Command } from 'commander';
import { HandbookIndex } from '../core/handbook/handbookIndex';
import { labelProblems, loadHandbook, LoadMemory, type DataFileInput } from '../core/load/loadHandbook';
import type { DataProblem } from '../core/load/problem';
import { teamFileOrigins, type ToolContext } from '../features/tools/model/context';
import type * as McpServerModule from './mcp/server';
import { bundled, readDataFiles } from './dataFiles';
import { UsageError } from './exitCodes';

/** The version the server reports: the extension's, injected by the build. */
declare const CE_PLAYBOOK_VERSION: string | undefined;
/** `publisher.name` of the extension, for the links that open a draft in its composer; injected by the build. */
declare const CE_PLAYBOOK_EXTENSION_ID: string | undefined;

/**
 * The data the server answers from: the bundled handbook merged with the team's files, re-read on
 * every request (a few KB) and re-loaded only when their bytes changed. A file with problems
 * contributes its last good version, and its problems go with every answer; a path that can no
 * longer be read keeps the last good data and says why.
 */
export function teamDataSource(targets: string[], cwd = process.cwd(), composeLinks?: ToolContext['composeLinks']): () => ToolContext {
  const memory = new LoadMemory();
  let current: { signature: string; context: ToolContext } | undefined;
  return () => {
    let inputs: DataFileInput[];
    try {
      inputs = readDataFiles(targets, cwd);
    } catch (error) {
      const problem: DataProblem = {
        file: targets.join(', '), line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', rule: 'unreadable',
        message: `The data files could not be read (${error instanceof Error ? error.message : String(error)}); the last good data is shown.`,
      };
      const last = current?.context ?? { index: new HandbookIndex(bundled()), composeLinks };
      return { ...last, problems: [...(last.problems ?? []), problem] };
    }
    // A file refused as too large was not read: its size stands for its bytes.
    const signature = crypto.createHash('sha256').update(JSON.stringify(inputs.map((i) => [i.key, i.tooLarge ?? crypto.createHash('sha256').update(i.bytes).digest('hex')]))).digest('hex');
    if (current?.signature !== signature) {
      const loaded = loadHandbook(bundled(), inputs, memory);
      const labels = new Map(inputs.map((i) => [i.key, i.label]));
      current = {
        signature,
        context: { composeLinks, index: new HandbookIndex(loaded.handbook), origins: teamFileOrigins(loaded.origins, labels), problems: labelProblems(inputs.flatMap((i) => loaded.problems.get(i.key) ?? []), inputs) },
      };
    }
    return current.context;
  };
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function defineMcp(program: Command): void {
  program
    .command('mcp')
    .description('serve the playbook to AI assistants as an MCP server on stdio (tools, resources, the engage-support prompt)')
    .option('--data <path>', 'a team data file or folder merged over the bundled handbook (repeatable)', collect, [] as string[])
    .option('--uri-scheme <scheme>', 'the URI scheme of the editor that opens drafts (draftTicket\'s compose link): vscode, vscode-insiders, …', 'vscode')
    .action(async (options: { data: string[]; uriScheme: string }) => {
      for (const target of options.data) if (!fs.existsSync(target)) throw new UsageError(`${target}: no such file or folder`);
      if (!/^[a-z][a-z0-9+.-]{0,39}$/i.test(options.uriScheme)) throw new UsageError(`--uri-scheme ${JSON.stringify(options.uriScheme.slice(0, 40))}: a URI scheme is a letter followed by letters, digits, +, . or -`);
      const extensionId = typeof CE_PLAYBOOK_EXTENSION_ID === 'string' ? CE_PLAYBOOK_EXTENSION_ID : 'ce-tools.ce-playbook';
      const context = teamDataSource(options.data, process.cwd(), { extensionId, scheme: options.uriScheme });
      const first = context();
      const log = (message: string) => void process.stderr.write(`${message}\n`);
      for (const p of first.problems ?? []) log(`${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message} [${p.rule}]`);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const server = require(path.join(__dirname, 'mcpServer.js')) as typeof McpServerModule;
      log(`ce-playbook mcp: serving on stdio${options.data.length ? ` with ${options.data.join(', ')}` : ''}`);
      await server.serveStdio({ context, version: typeof CE_PLAYBOOK_VERSION === 'string' ? CE_PLAYBOOK_VERSION : '0.0.0', log });
    });
}
