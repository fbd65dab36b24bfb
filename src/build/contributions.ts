/**
 * The sections of package.json that repeat what the code declares, generated from it (by
 * scripts/generate-contributions.mjs, run by `npm run build`): `contributes.commands` from the
 * command contract and `contributes.languageModelTools` from the tool table, input schemas included.
 * Everything else in package.json (menus, views, settings, when-clauses) is written by hand.
 */
import { COMMANDS } from '../core/commands/commandContract';
import { inputJsonSchema, TOOL_DEFINITIONS } from '../features/tools/model/definitions';

const COMMAND_PREFIX = 'cePlaybook.';

export interface ContributedCommand {
  command: string;
  title: string;
  category: string;
  icon?: string;
  enablement?: string;
}

export interface ContributedTool {
  name: string;
  displayName: string;
  toolReferenceName: string;
  canBeReferencedInPrompt: boolean;
  userDescription: string;
  modelDescription: string;
  tags: string[];
  inputSchema: Record<string, unknown>;
}

/** The commands package.json contributes, in the contract's order; keys in the order VS Code documents them. */
export function contributedCommands(): ContributedCommand[] {
  return Object.entries(COMMANDS).flatMap(([command, how]) => {
    if (how === 'internal') return [];
    const entry: ContributedCommand = { command, title: `%command.${command.slice(COMMAND_PREFIX.length)}%`, category: '%category%' };
    if (how.icon) entry.icon = `$(${how.icon})`;
    if (how.enablement) entry.enablement = how.enablement;
    return [entry];
  });
}

/** The language model tools, in the table's order; what the user reads comes from package.nls.json. */
export function contributedTools(): ContributedTool[] {
  return TOOL_DEFINITIONS.map((d) => ({
    name: d.lmName,
    displayName: `%lmTool.${d.name}.displayName%`,
    toolReferenceName: d.referenceName,
    canBeReferencedInPrompt: true,
    userDescription: `%lmTool.${d.name}.userDescription%`,
    modelDescription: d.description,
    tags: [...d.tags],
    inputSchema: inputJsonSchema(d.name),
  }));
}

/** The generated sections of `contributes`, by key. */
export function generatedSections(): { commands: ContributedCommand[]; languageModelTools: ContributedTool[] } {
  return { commands: contributedCommands(), languageModelTools: contributedTools() };
}

/** The `%key%` placeholders of the generated sections that package.nls.json does not define. */
export function missingMessageKeys(nls: Record<string, unknown>): string[] {
  const keys = [
    '%category%',
    ...contributedCommands().map((c) => c.title),
    ...contributedTools().flatMap((t) => [t.displayName, t.userDescription]),
  ];
  return keys.map((key) => key.slice(1, -1)).filter((key) => typeof nls[key] !== 'string');
}
