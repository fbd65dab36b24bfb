/**
 * The page's team-wide sections: recurring meetings ("Name (cadence): what it is for"), a checklist
 * (an introducing sentence and numbered steps) and the Slack channels table.
 */
import type { Tokens } from 'marked';
import type { Cadence, Channel, Meeting, Team, Weekday } from '../../../core/schema/schema';
import type { Item } from './blocks';
import { notePlaced, type ImportContext } from './context';
import { normalizeSpace, slug, uniqueId, withoutAbbreviation } from './text';

const MEETING = /^(.+?)\s+\(([^()]+)\):\s*([\s\S]+)$/;
const CADENCE = /^(bi-?weekly|every other week|fortnightly|weekly|monthly)\s+on\s+([A-Za-z]+?)s?$/i;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Whether a list reads as meetings: every item "Name (cadence): description". */
export function isMeetingList(items: Item[]): boolean {
  return items.length > 0 && items.every((item) => MEETING.test(normalizeSpace(item.text)));
}

export function parseCadence(text: string): Cadence | undefined {
  const match = CADENCE.exec(text.trim());
  const weekday = match?.[2].toLowerCase();
  if (!match || !weekday || !WEEKDAYS.includes(weekday)) return undefined;
  const word = match[1].toLowerCase();
  const frequency = word === 'weekly' ? 'weekly' : word === 'monthly' ? 'monthly' : 'every-other-week';
  return { text: text.trim(), frequency, weekday: weekday as Weekday };
}

export function importMeetings(ctx: ImportContext, section: string, items: Item[], teams: Team[]): void {
  const taken = new Set(ctx.data.meetings.map((m) => m.id));
  for (const item of items) {
    const [, name, cadenceText, description] = MEETING.exec(normalizeSpace(item.text))!;
    const cadence = parseCadence(cadenceText);
    if (!cadence) {
      notePlaced(ctx, item.line, item.text, `the cadence "${cadenceText}" is not "weekly", "bi-weekly" or "monthly on <weekday>s"`);
      continue;
    }
    const known = ctx.reference.meeting(name);
    const meeting: Meeting = {
      id: uniqueId(known?.id ?? slug(name), taken),
      name,
      cadence: known?.cadence.referenceDate ? { ...cadence, referenceDate: known.cadence.referenceDate } : cadence,
      description,
      // A meeting belongs to the teams its name names ("CE <> Sales Office Hours").
      teams: teams.filter((t) => new RegExp(`\\b${escapeRegExp(withoutAbbreviation(t.name))}\\b`, 'i').test(name)).map((t) => t.id),
      source: { page: ctx.page, section },
    };
    ctx.data.meetings.push(meeting);
    for (const child of item.children) notePlaced(ctx, child.line, child.text, `a point nested under the meeting "${name}", which takes none`);
  }
}

export function importChecklist(ctx: ImportContext, section: string, intro: string | undefined, items: Item[]): void {
  const known = ctx.reference.procedure(section, undefined, true);
  const taken = new Set<string>();
  ctx.data.procedures.push({
    id: known?.id ?? slug(section),
    title: section,
    source: { page: ctx.page, section },
    ...(intro ? { intro } : {}),
    ordered: true,
    steps: items.map((item) => {
      const text = normalizeSpace(item.text);
      const step = known?.steps.find((s) => normalizeSpace(s.text) === text);
      for (const child of item.children) notePlaced(ctx, child.line, child.text, 'a point nested under a checklist step, which takes none');
      return { id: uniqueId(step?.id ?? slug(text, 3), taken), text };
    }),
  });
}

/** Whether a table is the Slack channels table (its first column is the channel). */
export function isChannelTable(table: Tokens.Table): boolean {
  return /slack channel|^channel$/i.test(table.header[0]?.text.trim() ?? '');
}

export function importChannels(ctx: ImportContext, section: string, table: Tokens.Table, line: number): void {
  const taken = new Set(ctx.data.channels.map((c) => c.id));
  table.rows.forEach((row, i) => {
    const name = normalizeSpace(row[0]?.text ?? '');
    const description = normalizeSpace(row[1]?.text ?? '');
    // The header and the delimiter row come first.
    const rowLine = line + 2 + i;
    if (!/^#[a-z0-9][a-z0-9_-]*$/.test(name) || !description) {
      notePlaced(ctx, rowLine, row.map((c) => c.text).join(' | '), 'a channels table row needs a "#channel" name and a description');
      return;
    }
    const known = ctx.reference.channel(name);
    const channel: Channel = {
      id: uniqueId(known?.id ?? slug(name.slice(1)), taken),
      name,
      ...(known?.slackId ? { slackId: known.slackId } : {}),
      description,
      teams: known?.teams ?? [],
      source: { page: ctx.page, section },
    };
    ctx.data.channels.push(channel);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
