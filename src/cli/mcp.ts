/**
 * `ce-playbook mcp [--data PATH]…`: the playbook as a Model Context Protocol server on stdio, for
 * Claude, Cursor, VS Code and any other MCP client. The server itself (with the MCP SDK) is in
 * dist/mcpServer.js and loads only here, so the other subcommands start without it.
 */
import fs = require('node:fs');
import path = require('node:path');
import type { Command } from 'commander';
import { HandbookIndex } from '../core/handbook/handbookIndex';
import { formatProblem, type DataProblem } from '../core/load/problem';
import type { SessionLoad, SessionState } from '../core/session/handbookSession';
import type { ToolContext } from '../features/tools/model/context';
import type * as McpServerModule from './mcp/server';
import { diskSession, pathSources } from './dataFiles';
import { UsageError } from './exitCodes';

/** The version the server reports: the extension's, injected by the build. */
declare const CE_PLAYBOOK_VERSION: string | undefined;
/** `publisher.name` of the extension, for the links that open a draft in its composer; injected by the build. */
declare const CE_PLAYBOOK_EXTENSION_ID: string | undefined;

/**
 * The data the server answers from: the extension's session (core/session) over the team's files,
 * loaded again on every request, which costs a stat per file when nothing changed. A file with
 * problems contributes its last good version, and its problems go with every answer; a path that
 * can no longer be read keeps the last good data and says why.
 */
export function teamDataSource(targets: string[], cwd = process.cwd(), composeLinks?: ToolContext['composeLinks']): () => Promise<ToolContext> {
  const session = diskSession(cwd);
  const sources = pathSources(targets, cwd);
  let current: { state: SessionState; context: ToolContext } | undefined;
  const contextOf = (state: SessionState): ToolContext => {
    if (current?.state !== state) current = { state, context: { composeLinks, index: new HandbookIndex(state.handbook), origins: state.origins, problems: state.problems } };
    return current.context;
  };
  const unreadable = (why: string): ToolContext => {
    const problem: DataProblem = { file: targets.join(', '), line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', rule: 'unreadable', message: `The data files could not be read (${why}); the last good data is shown.` };
    const last = contextOf(current?.state ?? session.state);
    return { ...last, problems: [...(last.problems ?? []), problem] };
  };
  // One load at a time (the session's rule): requests that arrive together wait for each other.
  let running: Promise<unknown> = Promise.resolve();
  return () => {
    const next = running.then(async (): Promise<ToolContext> => {
      let load: SessionLoad;
      try {
        load = await session.load(sources);
      } catch (error) {
        return unreadable(error instanceof Error ? error.message : String(error));
      }
      if (load.kind === 'missing') return unreadable(`ENOENT: no such file or folder: ${load.missing.map((key) => path.relative(cwd, key) || key).join(', ')}`);
      return contextOf(load.state);
    });
    running = next.catch(() => undefined);
    return next;
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
      const first = await context();
      const log = (message: string) => void process.stderr.write(`${message}\n`);
      for (const p of first.problems ?? []) log(formatProblem(p));
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const server = require(path.join(__dirname, 'mcpServer.js')) as typeof McpServerModule;
      log(`ce-playbook mcp: serving on stdio${options.data.length ? ` with ${options.data.join(', ')}` : ''}`);
      await server.serveStdio({ context, version: typeof CE_PLAYBOOK_VERSION === 'string' ? CE_PLAYBOOK_VERSION : '0.0.0', log });
    });
}
