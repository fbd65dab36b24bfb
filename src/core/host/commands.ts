/**
 * Typed `registerCommand` and `executeCommand` for the extension's own commands: the ids and
 * arguments are those of the contract in core/commands/commandContract.ts. (Lint refuses a
 * `cePlaybook.*` command registered or run any other way.)
 *
 * The types hold inside the code only: keybindings, tasks, links and other extensions run the
 * commands with plain JSON. So every command's arguments are parsed where they come in
 * (core/commands/commandArguments.ts): an entry id as a string becomes the reference the command
 * takes, and what no command could take gets a message naming the command, not a TypeError.
 */
import vscode = require('vscode');
import type { CommandArgs, CommandCall, CommandId } from '../commands/commandContract';
import type { HandbookIndex } from '../handbook/handbookIndex';
import type * as CommandArguments from './commandArguments.chunk';
import { lazyChunk } from './lazyChunk';

/** The parsers and their messages: loaded with the first command run, not at activation. */
const argumentsChunk = lazyChunk<typeof CommandArguments>('commandArguments');

type Args<K extends CommandId> = CommandArgs<vscode.Uri>[K];

/** The data string ids are looked up in (set at activation, see `checkCommandIdsAgainst`). */
let currentData: (() => HandbookIndex) | undefined;

/** String ids passed to commands must name entries of this data (the store's current one). */
export function checkCommandIdsAgainst(store: { readonly current: HandbookIndex }): vscode.Disposable {
  currentData = () => store.current;
  return new vscode.Disposable(() => { currentData = undefined; });
}

export function registerCommand<K extends CommandId>(id: K, handler: (...args: Args<K>) => unknown): vscode.Disposable {
  return vscode.commands.registerCommand(id, (...received: unknown[]) => {
    const parsed = argumentsChunk().checkCommandArguments(id, received, currentData?.());
    if (!parsed.ok) {
      // Shown, not thrown: whoever ran it (a keybinding, a link) has no other way to tell the user.
      void vscode.window.showErrorMessage(parsed.message);
      return undefined;
    }
    return handler(...(parsed.args as Args<K>));
  });
}

export function executeCommand<K extends CommandId>(id: K, ...args: Args<K>): Thenable<unknown> {
  return vscode.commands.executeCommand(id, ...args);
}

/** Runs a command given as data (a tree row's or a team page button's). */
export function executeCall(call: CommandCall): Thenable<unknown> {
  return vscode.commands.executeCommand(call.command, ...call.arguments);
}
