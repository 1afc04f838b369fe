// Resolves "năm nay", "năm sau", "sắp tới" against today's date in the configured time zone and the Week calendar.
import { localDate } from '../local-time.js';
import type { WeekEntry } from '../reminders.js';
import { resolveWeek } from '../reminders.js';
import type { RelativeYear } from '../understand/lexicon.js';

/** The Week calendar staff keep (read side). */
export interface WeekCalendarReader {
  get(year: number): WeekEntry | undefined;
}

/** The calendar year a relative phrase points to; "next" is the next Week that has not ended by `now`. */
export function resolveYear(value: RelativeYear, now: Date, timeZone: string, calendar: WeekCalendarReader | undefined): number {
  const today = localDate(now, timeZone);
  const year = Number(today.slice(0, 4));
  if (value !== 'next') return year + value;
  return today > resolveWeek(year, calendar?.get(year)).end ? year + 1 : year;
}

/** Whether a period lies before, around or after `today` (YYYY-MM-DD). */
export function tenseOf(start: string, end: string, today: string): 'past' | 'current' | 'future' {
  return today > end ? 'past' : today < start ? 'future' : 'current';
}
