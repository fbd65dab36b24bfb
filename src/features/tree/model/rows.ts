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

/** The few words the tree adds to the handbook's own text (localized in features/tree/treeLabels.ts). */
export interface TreeLabels {
  teams: string;
  processes: string;
  templates: string;
  meetings: string;
  slack: string;
  stepOf(position: number, total: number): string;
  fieldCount(count: number): string;
  progress(done: number, total: number): string;
  openIntersection: string;
  showActions: string;
  showDetails: string;
  kind(kind: 'team' | 'procedure' | 'step' | 'template' | 'meeting' | 'channel' | 'userGroup' | 'group'): string;
  /** "next Wed, Nov 25" and the like; `daysAway` 0 is today. */
  nextMeeting(date: string, daysAway: number): string;
  needsReferenceDate: string;
  invalidReferenceDate: string;
  whatChanged: string;
  sent: string;
  customers: string;
  myAccount: string;
  /** "3 entries changed" */
  changedEntries(count: number): string;
}
