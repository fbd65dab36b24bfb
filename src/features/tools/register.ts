/**
 * Language model tools (Copilot chat's agent mode, `#playbook…` references): each tool contributed
 * in package.json is registered here; its implementation (the tool core, zod) loads from
 * dist/lmTools.js on first use, so activation stays small. In VS Code 1.101 and later the MCP server
 * (`ce-playbook mcp`) is offered as well.
 */
import vscode = require('vscode');
import type * as LmTools from './lmTools.chunk';
import type * as McpProvider from './mcpProvider.chunk';
import type { LmToolsDeps } from './deps';
import { lazyChunk } from '../../core/host/lazyChunk';
import { userState } from '../../core/host/userState';

const tools = lazyChunk<typeof LmTools>('lmTools');
// Loaded only where VS Code can take an MCP server definition provider (1.101 and later).
const mcpProvider = lazyChunk<typeof McpProvider>('mcpProvider');

/**
 * Whether a VS Code version (e.g. "1.101.0", "1.102.0-insider") is at least 1.101, the first with the
 * stable MCP server definition API. 1.100 already has a function of that name, but as a preview that
 * wants another contribution point and throws without it, so the API's presence is not enough.
 */
export function hasStableMcpApi(version: string): boolean {
  const [major, minor] = version.split('.').map((part) => parseInt(part, 10));
  return major > 1 || (major === 1 && minor >= 101);
}

export type { LmToolsDeps };

export interface LmToolsFeature {
  /** The tools' own steps: what VS Code shows before a call, and the call itself (VS Code calls them through the registered tools). */
  prepare(name: string, input: unknown): vscode.PreparedToolInvocation;
  invoke(name: string, input: unknown): Promise<vscode.LanguageModelToolResult>;
  /** Whether VS Code (1.101+) was offered the MCP server. */
  mcpOffered: boolean;
}

export function registerLmTools(context: vscode.ExtensionContext, featureDeps: LmToolsDeps): LmToolsFeature {
  const deps: LmToolsDeps = { sentState: userState(context), ...featureDeps };
  const feature: LmToolsFeature = {
    prepare: (name, input) => tools().prepareInvocation(name, input, deps),
    invoke: (name, input) => tools().invoke(name, input, deps),
    mcpOffered: false,
  };
  // engines.vscode guarantees the API; a host without it (another editor) simply gets no tools.
  if (typeof vscode.lm?.registerTool !== 'function') return feature;
  const contributed: Array<{ name: string }> = context.extension.packageJSON.contributes?.languageModelTools ?? [];
  for (const { name } of contributed) {
    context.subscriptions.push(
      vscode.lm.registerTool<unknown>(name, {
        prepareInvocation: (options) => tools().prepareInvocation(name, options.input, deps),
        invoke: (options) => tools().invoke(name, options.input, deps),
      }),
    );
  }
  feature.mcpOffered = hasStableMcpApi(vscode.version) && mcpProvider().registerMcpProvider(context, deps);
  return feature;
}
