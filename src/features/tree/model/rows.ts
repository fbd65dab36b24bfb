/** A tree row without the VS Code API (see treeModel.ts): what the row builders share. */
import type { CommandCall } from '../../../core/commands/commandContract';

/** What clicking a row runs: a command of the contract, with the row's entry as its argument. */
export type RowCommand = CommandCall & { title: string };

/** Everything a TreeItem needs, without the VS Code API. Text is already localized by `labels`. */
export interface RowDescription {
  id: string;
  label: string;
  description?: string;
  /**
   * Markdown. Built when read (a getter on the rows of entries): VS Code asks for a tooltip only
   * when a row is hovered, and a list of 10,000 teams should not build 10,000 of them up front.
   */
  readonly tooltip: string;
  accessibilityLabel: string;
  icon: string;
  contextValue: string;
  collapsible: 'none' | 'collapsed' | 'expanded';
  command?: RowCommand;
  checkbox?: 'checked' | 'unchecked';
}

/**
 * A row's command: the call with its title added in place. One object per row, not two (a spread
 * copy): the Teams root describes every team row, and at 10,000 teams the garbage decides the time.
 */
export function titled(title: string, call: CommandCall): RowCommand {
  const command = call as CommandCall & { title?: string };
  command.title = title;
  return command as RowCommand;
}
