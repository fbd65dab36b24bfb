/**
 * What "Send to Slack" sends, as plain data: the Block Kit message for chat.postMessage and incoming
 * webhooks, the variables for a Workflow Builder webhook trigger, and the fallback `text`.
 *
 * Values are data typed by a CE: `&`, `<` and `>` are escaped (Slack's mrkdwn has no other way to
 * show them as text, and `<…>` would otherwise become a link or an @channel mention). Long values are
 * split across sections within Slack's documented limits, never losing a character.
 */
import type { Template } from '../../../core/schema/schema';
import { activeFieldIds, activeFields } from '../../../core/templates/fieldConditions';
import type { FieldValues } from '../../../core/templates/render';

/** Slack's documented limits (Block Kit reference: header, section, message). */
export const SLACK_LIMITS = {
  headerText: 150,
  sectionText: 3000,
  blocks: 50,
  /** Slack truncates a message's `text` beyond 40,000 characters; the fallback stays well below. */
  fallbackText: 3000,
} as const;

export interface TextObject { type: 'plain_text' | 'mrkdwn'; text: string; emoji?: boolean }
export type Block =
  | { type: 'header'; text: TextObject }
  | { type: 'section'; text: TextObject }
  | { type: 'context'; elements: TextObject[] };

export interface BlockMessage {
  /** Shown in notifications and by clients that cannot show blocks. */
  text: string;
  blocks: Block[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c]);
}

/** A value as it is sent: line breaks normalized, surrounding blank space trimmed. */
export function normalizeValue(value: string | undefined): string {
  return (value ?? '').replace(/\r\n?/g, '\n').trim();
}

/**
 * Splits `value` into pieces whose escaped length is at most `firstBudget` for the first piece and
 * `budget` for the others. Pieces end at a line break or a space where one is near the limit, never
 * inside an escape sequence or a surrogate pair; joined, they are `value` again.
 */
export function splitForSections(value: string, firstBudget: number, budget: number): string[] {
  const chars = Array.from(value);
  const pieces: string[] = [];
  let start = 0;
  while (start < chars.length) {
    const limit = pieces.length === 0 ? firstBudget : budget;
    let size = 0;
    let end = start;
    let lastBreak = -1;
    while (end < chars.length) {
      const c = chars[end];
      const cost = (ESCAPES[c] ?? c).length;
      if (size + cost > limit) break;
      size += cost;
      end++;
      if (c === '\n' || c === ' ') lastBreak = end;
    }
    // A character wider than the whole budget cannot happen (the widest is 5), but never loop forever.
    if (end === start) end = start + 1;
    // Prefer a break in the last fifth of the piece over cutting a word.
    else if (end < chars.length && lastBreak > start && lastBreak - start >= ((end - start) * 4) / 5) end = lastBreak;
    pieces.push(chars.slice(start, end).join(''));
    start = end;
  }
  return pieces;
}

/** Cuts plain text to `max` characters, ending with an ellipsis when cut. */
function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * The fields that are sent: of those that apply with these values (a field whose `when` is not met
 * is never sent, whatever it holds), every required one and the optional ones the CE filled in.
 */
function sentFields(template: Template, values: FieldValues) {
  return activeFields(template, values)
    .map((field) => ({ field, value: normalizeValue(values[field.id]) }))
    .filter(({ field, value }) => value !== '' || field.required);
}

/** The fallback `text`: the title and each field on its own lines, escaped, clipped. */
export function fallbackText(template: Template, values: FieldValues): string {
  const lines = [`*${escapeMrkdwn(template.title)}*`];
  for (const { field, value } of sentFields(template, values)) lines.push(`*${escapeMrkdwn(field.label)}:* ${escapeMrkdwn(value)}`);
  return clip(lines.join('\n'), SLACK_LIMITS.fallbackText);
}

export type BlockMessageResult = { ok: true; message: BlockMessage } | { ok: false; blocksNeeded: number };

/**
 * The Block Kit message: a header with the template's title, a section per field (label in bold,
 * the value under it, continued in further sections when long), and a context line.
 */
export function blockMessage(template: Template, values: FieldValues, context: string): BlockMessageResult {
  const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: clip(template.title, SLACK_LIMITS.headerText), emoji: true } }];
  for (const { field, value } of sentFields(template, values)) {
    const heading = `*${escapeMrkdwn(field.label)}*\n`;
    const pieces = value === '' ? ['—'] : splitForSections(value, SLACK_LIMITS.sectionText - heading.length, SLACK_LIMITS.sectionText);
    pieces.forEach((piece, i) => blocks.push({ type: 'section', text: { type: 'mrkdwn', text: (i === 0 ? heading : '') + escapeMrkdwn(piece) } }));
  }
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: clip(escapeMrkdwn(context), SLACK_LIMITS.sectionText) }] });
  if (blocks.length > SLACK_LIMITS.blocks) return { ok: false, blocksNeeded: blocks.length };
  return { ok: true, message: { text: fallbackText(template, values), blocks } };
}

/**
 * The variables of a Workflow Builder webhook trigger: one per field, named as the template's
 * `delivery.variables` maps it (the field id otherwise). Workflow variables are plain text, so values
 * are sent as typed (normalized), every field present (an empty optional one as "", and so is a field
 * that does not apply, whatever it holds: the workflow still gets each variable it declares).
 */
export function workflowVariables(template: Template, values: FieldValues): Record<string, string> {
  const names = template.delivery?.variables ?? {};
  const active = activeFieldIds(template, values);
  return Object.fromEntries(template.fields.map((field) => [names[field.id] ?? field.id, active.has(field.id) ? normalizeValue(values[field.id]) : '']));
}
