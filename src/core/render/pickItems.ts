/**
 * The items of every quick pick that shows data, built in one place so each shows the data as
 * typed: `$(name)` in a name stays text instead of becoming an icon (see plainText.ts). The
 * features pass these to VS Code unchanged; the integration tests read the same items.
 */
import type { FieldOption, GuideNode, Handbook, Team, Template } from '../schema/schema';
import { optionDescription, optionValue } from '../templates/fieldConditions';
import { escapeIcons } from './plainText';

export interface PickItem<T> {
  label: string;
  description?: string;
  detail?: string;
  value: T;
}

const optional = (text: string | undefined) => (text === undefined ? undefined : escapeIcons(text));

export function teamPickItems(handbook: Handbook): PickItem<Team['id']>[] {
  return handbook.teams.map((t) => ({ label: escapeIcons(t.name), detail: escapeIcons(t.valueToTeam.text), value: t.id }));
}

export function templatePickItems(handbook: Handbook): PickItem<Template['id']>[] {
  return handbook.templates.map((tpl) => ({ label: escapeIcons(tpl.title), description: tpl.prefix, detail: escapeIcons(tpl.description), value: tpl.id }));
}

/** The answers of a guide's question; the value is the answer's index. */
export function answerPickItems(node: GuideNode): PickItem<number>[] {
  return (node.answers ?? []).map((a, index) => ({ label: escapeIcons(a.label), detail: optional(a.detail), value: index }));
}

/** The options of a choice field, each with its description if it has one; the value is the option's value exactly as the data has it. */
export function optionPickItems(options: readonly FieldOption[]): PickItem<string>[] {
  return options.map((option) => {
    const value = optionValue(option);
    const description = optionDescription(option);
    return { label: escapeIcons(value), ...(description ? { detail: escapeIcons(description) } : {}), value };
  });
}

/** A search result row: the kind's icon (ours) before the data's label (shown as typed). */
export function searchPickItem(icon: string, label: string, description: string, detail: string | undefined): Omit<PickItem<undefined>, 'value'> {
  return { label: `$(${icon}) ${escapeIcons(label)}`, description: escapeIcons(description), detail: optional(detail) };
}
