/**
 * Offers the playbook's MCP server (`node dist/cli.js mcp`) to VS Code's own MCP support, with the
 * workspace's data files when the workspace is trusted. The API arrived in VS Code 1.101, after the
 * engine this extension supports: register.ts loads this (dist/mcpProvider.js) only from that version
 * on, and a refusal here never fails activation.
 */
import vscode = require('vscode');
import type { LmToolsDeps } from './deps';

/** The parts of the 1.101 API used here (not in @types/vscode 1.95). */
interface McpApi {
  registerMcpServerDefinitionProvider(id: string, provider: {
    onDidChangeMcpServerDefinitions?: vscode.Event<void>;
    provideMcpServerDefinitions(token: vscode.CancellationToken): vscode.ProviderResult<unknown[]>;
  }): vscode.Disposable;
}
type StdioDefinition = new (label: string, command: string, args?: string[], env?: Record<string, string>, version?: string) => unknown;

export const MCP_PROVIDER_ID = 'cePlaybook.mcp';
export function registerMcpProvider(context: vscode.ExtensionContext, deps: LmToolsDeps): boolean {
  const lm = vscode.lm as unknown as Partial<McpApi>;
  const Stdio = (vscode as unknown as { McpStdioServerDefinition?: StdioDefinition }).McpStdioServerDefinition;
  if (typeof lm.registerMcpServerDefinitionProvider !== 'function' || typeof Stdio !== 'function') return false;

  const cli = vscode.Uri.joinPath(context.extensionUri, 'dist', 'cli.js').fsPath;
  const dataArgs = async (): Promise<string[]> => {
    if (!vscode.workspace.isTrusted) return [];
    const files = await deps.data.files();
    return files.filter((u) => u.scheme === 'file').flatMap((u) => ['--data', u.fsPath]);
  };
  let lastArgs = '';
  const changed = new vscode.EventEmitter<void>();
  let registration: vscode.Disposable;
  try {
    registration = lm.registerMcpServerDefinitionProvider(MCP_PROVIDER_ID, {
      onDidChangeMcpServerDefinitions: changed.event,
      provideMcpServerDefinitions: async () => {
        const args = await dataArgs();
        lastArgs = JSON.stringify(args);
        // The extension host's runtime runs the script; in desktop VS Code that is Electron as Node.
        const server = new Stdio('CE Playbook', process.execPath, [cli, 'mcp', ...args], { ELECTRON_RUN_AS_NODE: '1' }, String(context.extension.packageJSON.version)) as { cwd?: vscode.Uri };
        // Run in the workspace folder, so the server names the files as the Problems panel does (.ce-playbook/team.yaml).
        const folders = vscode.workspace.workspaceFolders ?? [];
        if (folders.length === 1 && folders[0].uri.scheme === 'file') server.cwd = folders[0].uri;
        return [server];
      },
    });
  } catch {
    changed.dispose();
    return false;
  }
  context.subscriptions.push(
    registration,
    changed,
    // Say so only when the set of data files changed; the server itself rereads changed files.
    deps.store.onDidChange(async () => {
      const args = JSON.stringify(await dataArgs());
      if (args !== lastArgs) {
        lastArgs = args;
        changed.fire();
      }
    }),
  );
  return true;
}
