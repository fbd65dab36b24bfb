/**
 * Offers the playbook's MCP server (`node dist/cli.js mcp`) to VS Code's own MCP support, with the
 * workspace's data files when the workspace is trusted. The API arrived in VS Code 1.101, after the
 * engine this extension supports, so older versions skip it. 1.100 already has a function of that
 * name, but as a preview that wants another contribution point and throws without it: so the
 * version is checked too, and a refusal never fails activation.
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
const FIRST_VERSION = [1, 101];

/** Whether a VS Code version (e.g. "1.101.0", "1.102.0-insider") is at least 1.101. */
export function hasStableMcpApi(version: string): boolean {
  const [major, minor] = version.split('.').map((part) => parseInt(part, 10));
  return major > FIRST_VERSION[0] || (major === FIRST_VERSION[0] && minor >= FIRST_VERSION[1]);
}

export function registerMcpProvider(context: vscode.ExtensionContext, deps: LmToolsDeps): boolean {
  const lm = vscode.lm as unknown as Partial<McpApi>;
  const Stdio = (vscode as unknown as { McpStdioServerDefinition?: StdioDefinition }).McpStdioServerDefinition;
  if (!hasStableMcpApi(vscode.version) || typeof lm.registerMcpServerDefinitionProvider !== 'function' || typeof Stdio !== 'function') return false;

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
        return [new Stdio('CE Playbook', process.execPath, [cli, 'mcp', ...args], { ELECTRON_RUN_AS_NODE: '1' }, String(context.extension.packageJSON.version))];
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
