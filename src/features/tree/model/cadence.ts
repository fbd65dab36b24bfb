/**
 * The next date of a recurring meeting, from its cadence and the user's local date.
 *
 * All arithmetic is on calendar dates, counted as whole days since 1970-01-01 (proleptic Gregorian,
 * no time of day, no time zone): "today" is whatever date the caller says it is, so the result does
 * not depend on the machine's clock or zone and a meeting "today" is 0 days away.
 *
 * Rules:
 * - weekly: the next cadence weekday that is today or later.
 * - every-other-week: needs a reference date, a date on which the meeting happens (past or future).
 *   The reference is first snapped to the cadence weekday of its own Monday-start week (a Sunday
 *   reference for a Wednesday meeting means the Wednesday three days before it). The next date is
 *   the first cadence weekday on or after today an even number of weeks away from that anchor.
 * - monthly: with `weekOfMonth` (1–4 or 'last'), the next such weekday on or after today. Without
 *   it, the reference date (snapped as above) tells which one: its occurrence within its month, or
 *   'last' when it is the month's last such weekday (so a 4th Thursday that is also the last one
 *   counts as "last"; in months with five Thursdays the meeting is then on the fifth).
 * - A reference is needed but missing: `needsReference`, so the UI can ask for one.
 *
 * `cadence.referenceDate` (from the data) wins over the `referenceDate` argument (from a setting).
 * Dates must be real calendar dates written YYYY-MM-DD; anything else throws a RangeError. Only the
 * dates that are actually used are checked: a weekly meeting ignores reference dates.
 */
import type { Cadence, Weekday } from '../../../core/schema/schema';

export type NextOccurrence =
  | { kind: 'date'; date: string; daysAway: number }
  | { kind: 'needsReference'; reason: 'every-other-week' | 'monthly' };

export type WeekOfMonth = NonNullable<Cadence['weekOfMonth']>;

/** Monday is 0: weeks start on Monday, as the snapping rule above says. */
const WEEKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export function nextOccurrence(cadence: Cadence, today: string, referenceDate?: string): NextOccurrence {
  const todayDay = parseIsoDate(today, 'today’s date');
  const weekday = weekdayIndex(cadence.weekday);
  const referenceText = cadence.referenceDate ?? referenceDate;
  const referenceLabel = cadence.referenceDate !== undefined ? 'the meeting’s reference date' : 'the reference date';
  const reference = () => (referenceText === undefined ? undefined : parseIsoDate(referenceText, referenceLabel));

  switch (cadence.frequency) {
    case 'weekly':
      return found(nextWeekday(todayDay, weekday), todayDay);
    case 'every-other-week': {
      const ref = reference();
      if (ref === undefined) return { kind: 'needsReference', reason: 'every-other-week' };
      const anchor = snapToWeekday(ref, weekday);
      let candidate = nextWeekday(todayDay, weekday);
      // Both are on the same weekday, so they are a whole number of weeks apart (maybe negative).
      if (mod((candidate - anchor) / 7, 2) !== 0) candidate += 7;
      return found(candidate, todayDay);
    }
    case 'monthly': {
      let which: WeekOfMonth | undefined = cadence.weekOfMonth;
      if (which === undefined) {
        const ref = reference();
        if (ref === undefined) return { kind: 'needsReference', reason: 'monthly' };
        which = occurrenceInMonth(snapToWeekday(ref, weekday));
      }
      const { year, month } = civilFromDays(todayDay);
      let candidate = nthWeekdayOfMonth(year, month, weekday, which);
      // The 1st–4th and the last occurrence exist in every month, so next month always has one.
      if (candidate < todayDay) candidate = nthWeekdayOfMonth(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, weekday, which);
      return found(candidate, todayDay);
    }
  }
}

/** Whether the text is a real calendar date written YYYY-MM-DD (for validating settings). */
export function isIsoDate(text: string): boolean {
  return toDays(text) !== undefined;
}

/** The user's local date of a Date as YYYY-MM-DD: the `today` that `nextOccurrence` expects. */
export function localIsoDate(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * Which occurrence of its weekday a date is within its month: 1–4, or 'last' when no later one
 * follows in the month (a 5th occurrence is always the last).
 */
function occurrenceInMonth(day: number): WeekOfMonth {
  const { year, month, dayOfMonth } = civilFromDays(day);
  if (dayOfMonth + 7 > daysInMonth(year, month)) return 'last';
  return Math.ceil(dayOfMonth / 7) as 1 | 2 | 3 | 4;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date; throws a RangeError naming `what` otherwise. */
function parseIsoDate(text: string, what = 'date'): number {
  const days = toDays(text);
  if (days === undefined) {
    const shown = typeof text === 'string' ? JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text) : String(text);
    throw new RangeError(`Invalid ${what} ${shown}: expected a real calendar date written YYYY-MM-DD, such as 2026-03-04.`);
  }
  return days;
}

/** The YYYY-MM-DD text of a day count since 1970-01-01. */
function formatIsoDate(day: number): string {
  const { year, month, dayOfMonth } = civilFromDays(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

function found(day: number, today: number): NextOccurrence {
  return { kind: 'date', date: formatIsoDate(day), daysAway: day - today };
}

function weekdayIndex(weekday: Weekday): number {
  const index = WEEKDAYS.indexOf(weekday);
  if (index < 0) throw new RangeError(`Invalid weekday ${JSON.stringify(weekday)}: expected one of ${WEEKDAYS.join(', ')}.`);
  return index;
}

/** 0 = Monday … 6 = Sunday. 1970-01-01 was a Thursday (3). */
function weekdayOf(day: number): number {
  return mod(day + 3, 7);
}

/** The first day on or after `day` that falls on `weekday`. */
function nextWeekday(day: number, weekday: number): number {
  return day + mod(weekday - weekdayOf(day), 7);
}

/** The day of the same Monday-start week that falls on `weekday`. */
function snapToWeekday(day: number, weekday: number): number {
  return day - weekdayOf(day) + weekday;
}

function nthWeekdayOfMonth(year: number, month: number, weekday: number, which: WeekOfMonth): number {
  if (which === 'last') {
    const lastDay = daysFromCivil(year, month, daysInMonth(year, month));
    return lastDay - mod(weekdayOf(lastDay) - weekday, 7);
  }
  return nextWeekday(daysFromCivil(year, month, 1), weekday) + 7 * (which - 1);
}

function toDays(text: string): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, dayOfMonth);
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Non-negative remainder, so arithmetic on dates before 1970 (or references in the past) works. */
function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact integer arithmetic on the proleptic
// Gregorian calendar, with none of Date's quirks (such as years 0–99 mapping to 1900–1999).
function daysFromCivil(year: number, month: number, dayOfMonth: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + dayOfMonth - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilFromDays(day: number): { year: number; month: number; dayOfMonth: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth };
}
