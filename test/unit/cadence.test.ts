import assert from 'node:assert/strict';
import { isIsoDate, localIsoDate, nextOccurrence, type NextOccurrence } from '../../src/features/tree/model/cadence';
import type { Cadence, Weekday } from '../../src/core/schema/schema';

const weekly = (weekday: Weekday): Cadence => ({ text: 't', frequency: 'weekly', weekday });
const everyOtherWeek = (weekday: Weekday, referenceDate?: string): Cadence => ({ text: 't', frequency: 'every-other-week', weekday, ...(referenceDate ? { referenceDate } : {}) });
const monthly = (weekday: Weekday, weekOfMonth?: Cadence['weekOfMonth'], referenceDate?: string): Cadence => ({
  text: 't', frequency: 'monthly', weekday,
  ...(weekOfMonth !== undefined ? { weekOfMonth } : {}),
  ...(referenceDate ? { referenceDate } : {}),
});
const on = (date: string, daysAway: number): NextOccurrence => ({ kind: 'date', date, daysAway });

// An independent oracle for the property checks below: JavaScript's own UTC calendar.
const DAY_MS = 86_400_000;
const WEEKDAYS: Weekday[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const addDays = (date: string, n: number) => iso(ms(date) + n * DAY_MS);
const weekdayName = (date: string) => WEEKDAYS[new Date(ms(date)).getUTCDay()];
const daysBetween = (a: string, b: string) => Math.round((ms(b) - ms(a)) / DAY_MS);
const daysInMonthOf = (date: string) => new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).getUTCDate();
function* everyDay(from: string, to: string) {
  for (let d = from; d <= to; d = addDays(d, 1)) yield d;
}
function dateOf(result: NextOccurrence): string {
  assert.equal(result.kind, 'date', `expected a date, got ${JSON.stringify(result)}`);
  return result.kind === 'date' ? result.date : '';
}

describe('meeting cadence: next occurrence', () => {
  describe('weekly', () => {
    it('is today when today is the meeting weekday (2026-03-04 is a Wednesday)', () => {
      assert.deepEqual(nextOccurrence(weekly('wednesday'), '2026-03-04'), on('2026-03-04', 0));
    });

    it('is the next such weekday otherwise, up to six days away', () => {
      assert.deepEqual(nextOccurrence(weekly('thursday'), '2026-03-04'), on('2026-03-05', 1));
      assert.deepEqual(nextOccurrence(weekly('tuesday'), '2026-03-04'), on('2026-03-10', 6));
      assert.deepEqual(nextOccurrence(weekly('sunday'), '2026-03-04'), on('2026-03-08', 4));
    });

    it('crosses month and year ends', () => {
      assert.deepEqual(nextOccurrence(weekly('monday'), '2026-12-30'), on('2027-01-04', 5));
      assert.deepEqual(nextOccurrence(weekly('tuesday'), '2028-02-27'), on('2028-02-29', 2));
    });

    it('ignores reference dates, even invalid ones (they only matter for other cadences)', () => {
      assert.deepEqual(nextOccurrence(weekly('friday'), '2026-03-04', 'not a date'), on('2026-03-06', 2));
    });

    it('agrees with the UTC calendar for every day of 2027 and 2028 and every weekday', () => {
      for (const today of everyDay('2027-01-01', '2028-12-31')) {
        for (const weekday of WEEKDAYS) {
          const result = nextOccurrence(weekly(weekday), today);
          const date = dateOf(result);
          assert.equal(weekdayName(date), weekday, `${weekday} from ${today}`);
          assert.ok(result.kind === 'date' && result.daysAway >= 0 && result.daysAway <= 6 && daysBetween(today, date) === result.daysAway, `${weekday} from ${today}`);
        }
      }
    });
  });

  describe('every other week', () => {
    // 2026-01-07 is a Wednesday; 2026-03-04 is 8 weeks later, 2026-03-11 is 9 weeks later.
    const cadence = everyOtherWeek('wednesday');

    it('needs a reference date when neither the data nor the setting gives one', () => {
      assert.deepEqual(nextOccurrence(cadence, '2026-03-04'), { kind: 'needsReference', reason: 'every-other-week' });
    });

    it('with a reference in the past: today on an on-week, the week after next on an off-week', () => {
      assert.deepEqual(nextOccurrence(cadence, '2026-03-04', '2026-01-07'), on('2026-03-04', 0));
      assert.deepEqual(nextOccurrence(cadence, '2026-03-05', '2026-01-07'), on('2026-03-18', 13));
      assert.deepEqual(nextOccurrence(cadence, '2026-03-10', '2026-01-07'), on('2026-03-18', 8));
      assert.deepEqual(nextOccurrence(cadence, '2026-03-12', '2026-01-07'), on('2026-03-18', 6));
    });

    it('with a reference in the near future', () => {
      assert.deepEqual(nextOccurrence(cadence, '2026-03-04', '2026-03-18'), on('2026-03-04', 0));
      assert.deepEqual(nextOccurrence(cadence, '2026-03-04', '2026-03-25'), on('2026-03-11', 7));
      assert.deepEqual(nextOccurrence(cadence, '2026-03-04', '2026-03-11'), on('2026-03-11', 7));
    });

    it('with a reference in the far future (52 and 53 weeks away)', () => {
      assert.deepEqual(nextOccurrence(cadence, '2026-03-04', '2027-03-03'), on('2026-03-04', 0));
      assert.deepEqual(nextOccurrence(cadence, '2026-03-04', '2027-03-10'), on('2026-03-11', 7));
    });

    it('snaps a reference that is not on the weekday to the weekday of its Monday-start week', () => {
      // Sunday 2026-01-11 belongs to the week of Monday 2026-01-05, whose Wednesday is 2026-01-07.
      assert.deepEqual(nextOccurrence(cadence, '2026-03-04', '2026-01-11'), on('2026-03-04', 0));
      // Monday 2026-01-12 starts the next week, whose Wednesday is 2026-01-14: the other parity.
      assert.deepEqual(nextOccurrence(cadence, '2026-03-04', '2026-01-12'), on('2026-03-11', 7));
    });

    it('prefers the meeting’s own reference date over the setting', () => {
      assert.deepEqual(nextOccurrence(everyOtherWeek('wednesday', '2026-01-14'), '2026-03-04', '2026-01-07'), on('2026-03-11', 7));
      assert.deepEqual(nextOccurrence(everyOtherWeek('wednesday', '2026-01-07'), '2026-03-04', '2026-01-14'), on('2026-03-04', 0));
    });

    it('is always the weekday, within two weeks, an even number of weeks from the snapped reference', () => {
      const references = ['1999-12-31', '2026-01-07', '2026-02-28', '2026-03-04', '2026-03-08', '2031-06-17', '2126-03-04'];
      for (const reference of references) {
        for (const weekday of ['monday', 'wednesday', 'sunday'] as const) {
          for (const today of everyDay('2026-02-01', '2026-04-30')) {
            const result = nextOccurrence(everyOtherWeek(weekday), today, reference);
            const date = dateOf(result);
            const label = `${weekday}, reference ${reference}, today ${today}`;
            assert.equal(weekdayName(date), weekday, label);
            assert.ok(result.kind === 'date' && result.daysAway >= 0 && result.daysAway < 14, label);
            // The snapped reference: the same weekday in the reference's Monday-start week.
            const mondayOffset = (new Date(ms(reference)).getUTCDay() + 6) % 7;
            const anchor = addDays(reference, -mondayOffset + ((WEEKDAYS.indexOf(weekday) + 6) % 7));
            assert.equal(Math.abs(daysBetween(anchor, date) % 14), 0, label);
          }
        }
      }
    });
  });

  describe('monthly', () => {
    it('needs a reference date when there is neither weekOfMonth nor a reference', () => {
      assert.deepEqual(nextOccurrence(monthly('thursday'), '2026-03-04'), { kind: 'needsReference', reason: 'monthly' });
    });

    it('finds the 1st, 2nd, 4th and last Thursday of the month', () => {
      assert.deepEqual(nextOccurrence(monthly('thursday', 1), '2026-03-04'), on('2026-03-05', 1));
      assert.deepEqual(nextOccurrence(monthly('thursday', 2), '2026-03-04'), on('2026-03-12', 8));
      assert.deepEqual(nextOccurrence(monthly('thursday', 4), '2026-03-04'), on('2026-03-26', 22));
      assert.deepEqual(nextOccurrence(monthly('thursday', 'last'), '2026-03-04'), on('2026-03-26', 22));
      // April 2026 has five Thursdays: the 4th and the last differ.
      assert.deepEqual(nextOccurrence(monthly('thursday', 4), '2026-04-01'), on('2026-04-23', 22));
      assert.deepEqual(nextOccurrence(monthly('thursday', 'last'), '2026-04-01'), on('2026-04-30', 29));
    });

    it('is today on the day itself, and next month once it has passed', () => {
      assert.deepEqual(nextOccurrence(monthly('thursday', 2), '2026-03-12'), on('2026-03-12', 0));
      assert.deepEqual(nextOccurrence(monthly('thursday', 2), '2026-03-13'), on('2026-04-09', 27));
      // After the last Thursday of a 31-day month, the next is the last of April (the 30th).
      assert.deepEqual(nextOccurrence(monthly('thursday', 'last'), '2026-03-27'), on('2026-04-30', 34));
      assert.deepEqual(nextOccurrence(monthly('monday', 'last'), '2026-03-31'), on('2026-04-27', 27));
    });

    it('handles February in leap and non-leap years', () => {
      // 2028-02-29 is a Tuesday; 2027-02-28 is a Sunday.
      assert.deepEqual(nextOccurrence(monthly('tuesday', 'last'), '2028-02-01'), on('2028-02-29', 28));
      assert.deepEqual(nextOccurrence(monthly('sunday', 'last'), '2027-02-01'), on('2027-02-28', 27));
      assert.deepEqual(nextOccurrence(monthly('thursday', 4), '2028-02-25'), on('2028-03-23', 27));
      assert.deepEqual(nextOccurrence(monthly('monday', 'last'), '2028-02-29'), on('2028-03-27', 27));
      assert.deepEqual(nextOccurrence(monthly('monday', 1), '2027-01-05'), on('2027-02-01', 27));
    });

    it('rolls over into the next year', () => {
      assert.deepEqual(nextOccurrence(monthly('thursday', 'last'), '2026-12-31'), on('2026-12-31', 0));
      assert.deepEqual(nextOccurrence(monthly('thursday', 'last'), '2027-01-01'), on('2027-01-28', 27));
      assert.deepEqual(nextOccurrence(monthly('thursday', 1), '2026-12-04'), on('2027-01-07', 34));
      assert.deepEqual(nextOccurrence(monthly('monday', 1), '2026-12-30'), on('2027-01-04', 5));
    });

    it('takes the week of the month from the reference date', () => {
      // 2026-01-08 is the 2nd Thursday of January.
      assert.deepEqual(nextOccurrence(monthly('thursday'), '2026-03-04', '2026-01-08'), on('2026-03-12', 8));
      // A Friday reference is snapped to the Thursday of its week: still the 2nd.
      assert.deepEqual(nextOccurrence(monthly('thursday'), '2026-03-04', '2026-01-09'), on('2026-03-12', 8));
      // 2026-01-29 is the 5th and so the last Thursday: the meeting is on last Thursdays.
      assert.deepEqual(nextOccurrence(monthly('thursday'), '2026-03-04', '2026-01-29'), on('2026-03-26', 22));
      // 2026-02-26 is the 4th Thursday and also the last: "last" wins, so April's is the 30th, not the 23rd.
      assert.deepEqual(nextOccurrence(monthly('thursday'), '2026-04-01', '2026-02-26'), on('2026-04-30', 29));
      // 2026-03-19 is the 3rd Thursday, not the last.
      assert.deepEqual(nextOccurrence(monthly('thursday'), '2026-04-01', '2026-03-19'), on('2026-04-16', 15));
    });

    it('prefers weekOfMonth to a reference date, and the meeting’s reference to the setting', () => {
      assert.deepEqual(nextOccurrence(monthly('thursday', 1), '2026-03-04', '2026-01-29'), on('2026-03-05', 1));
      assert.deepEqual(nextOccurrence(monthly('thursday', undefined, '2026-01-08'), '2026-03-04', '2026-01-29'), on('2026-03-12', 8));
    });

    it('agrees with the UTC calendar for every day of 2027–2028, every week of the month', () => {
      for (const which of [1, 2, 3, 4, 'last'] as const) {
        for (const today of everyDay('2027-01-01', '2028-12-31')) {
          const result = nextOccurrence(monthly('friday', which), today);
          const date = dateOf(result);
          const label = `${which} Friday from ${today}`;
          assert.equal(weekdayName(date), 'friday', label);
          const day = Number(date.slice(8));
          assert.ok(which === 'last' ? day + 7 > daysInMonthOf(date) : Math.ceil(day / 7) === which, label);
          assert.ok(result.kind === 'date' && result.daysAway === daysBetween(today, date) && result.daysAway >= 0 && result.daysAway < 36, label);
        }
      }
    });
  });

  describe('invalid dates', () => {
    const invalid = ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-04-31', 'abc', '', '2026-3-4', '2026-03-04T00:00', ' 2026-03-04'];

    for (const text of invalid) {
      it(`rejects today = ${JSON.stringify(text)} with a RangeError that names it`, () => {
        assert.throws(() => nextOccurrence(weekly('monday'), text), (e: unknown) => e instanceof RangeError && e.message.includes(JSON.stringify(text)) && e.message.includes('YYYY-MM-DD'));
        assert.equal(isIsoDate(text), false);
      });
    }

    it('rejects an invalid reference date from the setting or from the data when it is needed', () => {
      assert.throws(() => nextOccurrence(everyOtherWeek('monday'), '2026-03-04', '2026-02-30'), (e: unknown) => e instanceof RangeError && /reference date "2026-02-30"/.test(e.message));
      assert.throws(() => nextOccurrence(monthly('monday', undefined, 'abc'), '2026-03-04'), (e: unknown) => e instanceof RangeError && /reference date "abc"/.test(e.message));
    });

    it('accepts real dates, including 29 February of leap years', () => {
      assert.ok(['2024-02-29', '2000-02-29', '2026-12-31', '0001-01-01'].every(isIsoDate));
      assert.equal(isIsoDate('1900-02-29'), false);
    });
  });

  it('localIsoDate gives the local calendar date of a Date', () => {
    assert.equal(localIsoDate(new Date(2026, 2, 4, 23, 59)), '2026-03-04');
    assert.equal(localIsoDate(new Date(2027, 0, 1, 0, 0)), '2027-01-01');
  });
});
