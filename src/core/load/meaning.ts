/**
 * Checks of a data file's meaning that the schema's shapes cannot express: dates that exist on the
 * calendar, ids unique at every level, a field's type agreeing with its extras, and names that
 * cannot pass for other names (no bidi overrides, zero-width or control characters). Each issue
 * has the data path of the value to fix. Iterative: nothing here recurses on the data.
 */
import type { SchemaIssue } from './validate';
import { readablePath } from './validate';

type Path = (string | number)[];
type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);
const listAt = (v: unknown, key: string): unknown[] => (isPlain(v) && Array.isArray(v[key]) ? (v[key] as unknown[]) : []);

/** YYYY-MM-DD naming a day that exists (no Feb 30, no month 13): the date survives a UTC round trip. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC, which reads years below 100 as 19xx
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Keys whose text names or titles something a CE picks from a list (`value`: a choice option's). */
const NAME_KEYS = new Set(['name', 'title', 'label', 'question', 'prefix', 'value']);

/**
 * Characters that make one name look like another: C0/C1 controls, bidi embeddings, overrides and
 * isolates, zero-width characters, and the byte order mark. (Tab and line breaks are controls too.)
 */
// eslint-disable-next-line no-control-regex
export const DECEPTIVE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

function describeCharacter(ch: string): string {
  const code = ch.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `a control character (${hex})`;
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x061c || code === 0x200e || code === 0x200f) return `a bidirectional text control (${hex})`;
  return `an invisible zero-width character (${hex})`;
}

/** Where each collection keeps lists of things with ids (or labels) that must be unique. */
const NESTED_IDS: Record<string, Array<{ list: string; key: 'id' | 'label'; what: string; inner?: { list: string; key: 'id' | 'label'; what: string } }>> = {
  teams: [{ list: 'routes', key: 'id', what: 'route' }],
  procedures: [{ list: 'steps', key: 'id', what: 'step' }],
  templates: [{ list: 'fields', key: 'id', what: 'field' }],
  guides: [{ list: 'nodes', key: 'id', what: 'node', inner: { list: 'answers', key: 'label', what: 'answer' } }],
};

function duplicates(items: unknown[], key: 'id' | 'label', at: Path, what: string, owner: string, issues: SchemaIssue[]): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const value = isPlain(item) ? item[key] : undefined;
    if (typeof value !== 'string') return;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, i);
    else issues.push({ rule: 'duplicate-id', path: [...at, i, key], at: 'value', message: `${owner} has two ${what}s with the ${key} "${value}" (first at ${readablePath([...at, first])}). ${key === 'id' ? 'Ids' : 'Labels'} must be unique within the list; rename or merge one.` });
  });
}

function fieldChecks(fields: unknown[], at: Path, owner: string, issues: SchemaIssue[]): void {
  fields.forEach((field, i) => {
    if (!isPlain(field)) return;
    const name = typeof field.id === 'string' ? `the field "${field.id}"` : `field ${i + 1}`;
    const options = field.options;
    if (field.type === 'choice' && !Array.isArray(options)) {
      issues.push({ rule: 'field-type', path: [...at, i, 'type'], at: 'value', message: `${owner}: ${name} is a choice but has no "options". Add the options to choose from, or make it a "line" or "text" field.` });
    } else if (options !== undefined && field.type !== undefined && field.type !== 'choice') {
      issues.push({ rule: 'field-type', path: [...at, i, 'options'], at: 'key', message: `${owner}: ${name} has "options" but its type is "${String(field.type)}"; only a "choice" field has options. Remove them or make it a choice.` });
    }
    if (Array.isArray(options)) {
      const seen = new Map<unknown, number>();
      options.forEach((item, j) => {
        // An option is its text or `{ value, description }`: two options with one value are one option.
        const option = isPlain(item) ? item.value : item;
        if (seen.has(option)) issues.push({ rule: 'duplicate-id', path: [...at, i, 'options', j], at: 'value', message: `${owner}: ${name} lists the option ${JSON.stringify(option)} twice. Options must be unique.` });
        else seen.set(option, j);
      });
    }
  });
}

/**
 * Names and titles anywhere in the file, walked with an explicit stack and one shared path (cut back
 * to each value's depth), copied only for a finding: a large file has millions of values.
 */
function nameChecks(value: unknown, issues: SchemaIssue[]): void {
  const path: Path = [];
  const stack: Array<{ value: unknown; depth: number; key?: string | number; name?: string }> = [{ value, depth: 0 }];
  while (stack.length) {
    const { value: v, depth, key, name } = stack.pop()!;
    path.length = key === undefined ? depth : depth - 1;
    if (key !== undefined) path.push(key);
    if (typeof v === 'string') {
      const found = name !== undefined && (NAME_KEYS.has(name) || name === 'options') ? DECEPTIVE.exec(v) : null;
      if (found) issues.push({ rule: 'deceptive-text', path: [...path], at: 'value', message: `"${readablePath(path)}" contains ${describeCharacter(found[0])} at character ${found.index + 1}. Names, titles and labels may not contain control, bidirectional or zero-width characters (they make one entry look like another); retype it.` });
    } else if (Array.isArray(v)) {
      // List items are named by the list's key (`options: [...]`).
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], depth: depth + 1, key: i, name });
    } else if (isPlain(v)) {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) stack.push({ value: v[keys[i]], depth: depth + 1, key: keys[i], name: keys[i] });
    }
  }
}

/** The meaning checks of one data file (plain data that already passed the schema). */
export function meaningIssues(file: unknown): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  for (const [collection, lists] of Object.entries(NESTED_IDS)) {
    listAt(file, collection).forEach((entry, index) => {
      if (!isPlain(entry)) return;
      const owner = `The ${collection.replace(/s$/, '')} "${String(entry.id)}"`;
      for (const { list, key, what, inner } of lists) {
        const items = listAt(entry, list);
        duplicates(items, key, [collection, index, list], what, owner, issues);
        if (inner) items.forEach((item, i) => duplicates(listAt(item, inner.list), inner.key, [collection, index, list, i, inner.list], inner.what, `${owner}, ${what} ${i + 1},`, issues));
      }
      if (collection === 'templates') fieldChecks(listAt(entry, 'fields'), [collection, index, 'fields'], owner, issues);
    });
  }
  listAt(file, 'meetings').forEach((meeting, index) => {
    const date = isPlain(meeting) && isPlain(meeting.cadence) ? meeting.cadence.referenceDate : undefined;
    if (typeof date === 'string' && !isCalendarDate(date)) {
      issues.push({ rule: 'invalid-date', path: ['meetings', index, 'cadence', 'referenceDate'], at: 'value', message: `"${readablePath(['meetings', index, 'cadence', 'referenceDate'])}" is ${JSON.stringify(date)}, which is not a date on the calendar. Write a real date as YYYY-MM-DD, such as 2026-03-04.` });
    }
  });
  nameChecks(file, issues);
  return issues;
}
