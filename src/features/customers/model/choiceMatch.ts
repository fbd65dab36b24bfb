/**
 * The composer picker's type-ahead (run in the webview on every keystroke): a customer matches when
 * every word typed is in one of its names (name or alias), compared as normaliseName compares names
 * — the rule of matchCustomers, over names normalised once per list rather than per keystroke.
 */
import type { CustomerChoice } from '../../composer/accountMessages';
import { normaliseName } from './customers';

export interface KeyedChoice {
  choice: CustomerChoice;
  /** The name and each alias, normalised. */
  keys: string[];
}

/** Enough to choose from while typing; typing more narrows the list. */
export const MAX_SHOWN = 50;

export const keyChoices = (choices: readonly CustomerChoice[]): KeyedChoice[] => choices.map((choice) => ({ choice, keys: [choice.name, ...choice.aliases].map(normaliseName) }));

/** The choices matching what is typed, in the given order (all of them for nothing typed), at most `max`. */
export function matchChoices(keyed: readonly KeyedChoice[], query: string, max = MAX_SHOWN): CustomerChoice[] {
  const words = normaliseName(query).split(' ').filter(Boolean);
  const found: CustomerChoice[] = [];
  for (const k of keyed) {
    if (found.length >= max) break;
    if (!words.length || k.keys.some((key) => words.every((w) => key.includes(w)))) found.push(k.choice);
  }
  return found;
}
