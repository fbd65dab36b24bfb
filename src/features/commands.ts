/**
 * Typed `registerCommand` and `executeCommand` for the extension's own commands: the ids and
 * arguments are those of the contract in model/commands/commandContract.ts. (Lint refuses a
 * `cePlaybook.*` command registered or run any other way.)
 */
import vscode = require('vscode');
import type { CommandArgs, CommandCall, CommandId } from '../model/commands/commandContract';

type Args<K extends CommandId> = CommandArgs<vscode.Uri>[K];

export function registerCommand<K extends CommandId>(id: K, handler: (...args: Args<K>) => unknown): vscode.Disposable {
  return vscode.commands.registerCommand(id, handler as (...args: unknown[]) => unknown);
}

export function executeCommand<K extends CommandId>(id: K, ...args: Args<K>): Thenable<unknown> {
  return vscode.commands.executeCommand(id, ...args);
}

/** Runs a command given as data (a tree row's or a panel button's). */
export function executeCall(call: CommandCall): Thenable<unknown> {
  return vscode.commands.executeCommand(call.command, ...call.arguments);
}
