/** The words a meeting row shows about its next date (or why it cannot be told). */
import type { Meeting } from '../../../core/schema/schema';
import { nextOccurrence } from './cadence';

export interface MeetingNoteLabels {
  nextMeeting(date: string, daysAway: number): string;
  needsReferenceDate: string;
  invalidReferenceDate: string;
}

export function meetingNote(meeting: Meeting, labels: MeetingNoteLabels, today: string, referenceDates: Readonly<Record<string, string>> = {}): string {
  try {
    const next = nextOccurrence(meeting.cadence, today, referenceDates[meeting.id]);
    return next.kind === 'date' ? labels.nextMeeting(next.date, next.daysAway) : labels.needsReferenceDate;
  } catch {
    return labels.invalidReferenceDate;
  }
}
