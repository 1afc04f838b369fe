// The Lifelong Learning Week calendar as data, and pure functions of `now`: which reminders are due and their text.
import { addDays, instantOf, isoDate, localDate, localParts, parseIsoDate } from './local-time.js';
import { fill } from './messages.js';
import { foldText } from './text/vietnamese.js';

/** A local event shown in reminders; with `locality` it is shown only to subscribers of that province or ward. */
export interface WeekEvent {
  text: string;
  locality?: string;
}

/** One year of the Week as staff set it (`loa week set`). Dates are "YYYY-MM-DD". */
export interface WeekEntry {
  year: number;
  start: string;
  end: string;
  theme?: string;
  events: WeekEvent[];
}

/** A year's Week, with `tentative` true when no entry exists and 1–7 October is assumed. */
export interface ResolvedWeek extends WeekEntry {
  tentative: boolean;
}

/** The four reminders: 7 days before, 1 day before, the opening day, and Ngày Khuyến học (2 October). */
export type ReminderKind = 'before-7' | 'before-1' | 'opening' | 'khuyen-hoc';

export const REMINDER_KINDS: readonly ReminderKind[] = ['before-7', 'before-1', 'opening', 'khuyen-hoc'];

/** When reminders go out, in local time: at `hour`, and still on the same day until `lastHour` (a late start catches up). */
export interface ReminderTiming {
  timeZone: string;
  hour: number;
  lastHour: number;
}

/** Loa's default: 08:00, catching up until 21:00 (when quiet hours begin). */
export function defaultReminderTiming(timeZone: string): ReminderTiming {
  return { timeZone, hour: 8, lastHour: 21 };
}

/** The year's Week from its entry, or 1–7 October marked tentative ("dự kiến") when staff have not set it. */
export function resolveWeek(year: number, entry: WeekEntry | undefined): ResolvedWeek {
  if (entry) return { ...entry, tentative: false };
  return { year, start: isoDate(year, 10, 1), end: isoDate(year, 10, 7), events: [], tentative: true };
}

/** Ngày Khuyến học Việt Nam: 2 October every year (QĐ 1272/QĐ-TTg). */
export function khuyenHocDay(year: number): string {
  return isoDate(year, 10, 2);
}

/** The local date of each reminder of a Week. */
export function reminderDates(week: WeekEntry): { kind: ReminderKind; date: string }[] {
  return [
    { kind: 'before-7', date: addDays(week.start, -7) },
    { kind: 'before-1', date: addDays(week.start, -1) },
    { kind: 'opening', date: week.start },
    { kind: 'khuyen-hoc', date: khuyenHocDay(week.year) },
  ];
}

/** The reminders due at `now`: those dated today (local) once the clock has reached `hour` and before `lastHour`. */
export function dueReminders(now: Date, week: WeekEntry, timing: ReminderTiming): ReminderKind[] {
  const { hour } = localParts(now, timing.timeZone);
  if (hour < timing.hour || hour >= timing.lastHour) return [];
  const today = localDate(now, timing.timeZone);
  return reminderDates(week)
    .filter((r) => r.date === today)
    .map((r) => r.kind);
}

/** The years whose reminders may fall on `now`'s local date (a Week early in a year has reminders in the year before). */
export function candidateYears(now: Date, timeZone: string): number[] {
  const { year } = localParts(now, timeZone);
  return [year, year + 1];
}

/** The instant a reminder dated `date` is scheduled for (e.g. 08:00 local). */
export function reminderTime(date: string, timing: ReminderTiming): Date {
  const d = parseIsoDate(date);
  if (!d) throw new RangeError(`not a date: ${date}`);
  return instantOf({ ...d, hour: timing.hour, minute: 0 }, timing.timeZone);
}

/** Templates (prompts/reminders/*.md) and the small phrases they are filled with. */
export interface ReminderTexts {
  templates: Record<ReminderKind, string>;
  /** Appended to the dates when the Week is assumed, e.g. " (dự kiến)". */
  tentative: string;
  /** The line above the events (shown only when there are events). */
  eventsHeading: string;
  /** One line per event; {text}. */
  eventLine: string;
}

/** True when `locality` names the subscriber's province or ward (case- and diacritics-insensitive). */
export function matchesLocality(locality: string, place: { province?: string; ward?: string }): boolean {
  const want = foldLocality(locality);
  if (want === '') return false;
  return [place.province, place.ward].some((p) => p !== undefined && foldLocality(p) === want);
}

/** True when any event is restricted to a locality, so reminder text differs between subscribers. */
export function hasLocalEvents(week: WeekEntry): boolean {
  return week.events.some((e) => e.locality !== undefined);
}

/**
 * The text of the reminders `kinds` (several on one day are joined), for a subscriber at `place`.
 * A template line whose placeholders are all empty is dropped, so a Week without theme or events reads naturally.
 */
export function renderReminder(
  kinds: readonly ReminderKind[],
  week: ResolvedWeek,
  texts: ReminderTexts,
  place: { province?: string; ward?: string } = {},
): string {
  const lines = week.events
    .filter((e) => e.locality === undefined || matchesLocality(e.locality, place))
    .map((e) => fill(texts.eventLine, { text: e.text }));
  const events = lines.length > 0 ? [texts.eventsHeading, ...lines].join('\n') : '';
  const values: Record<string, string> = {
    year: String(week.year),
    start: shortDate(week.start),
    end: shortDate(week.end),
    dates: dateRange(week.start, week.end),
    theme: week.theme ?? '',
    events,
    tentative: week.tentative ? texts.tentative : '',
    khuyenHocDate: shortDate(khuyenHocDay(week.year)),
  };
  return kinds
    .map((kind) => fillDroppingEmptyLines(texts.templates[kind], values))
    .join('\n\n');
}

/** "1/10/2026" from "2026-10-01". */
export function shortDate(date: string): string {
  const d = parseIsoDate(date);
  return d ? `${d.day}/${d.month}/${d.year}` : date;
}

/** "1/10 – 7/10/2026", or with both years when they differ. */
export function dateRange(start: string, end: string): string {
  const a = parseIsoDate(start);
  const b = parseIsoDate(end);
  if (!a || !b) return `${start} – ${end}`;
  if (start === end) return shortDate(start);
  return a.year === b.year ? `${a.day}/${a.month} – ${shortDate(end)}` : `${shortDate(start)} – ${shortDate(end)}`;
}

function fillDroppingEmptyLines(template: string, values: Record<string, string>): string {
  return template
    .trim()
    .split('\n')
    .filter((line) => {
      const names = [...line.matchAll(/\{(\w+)\}/gu)].map((m) => m[1] ?? '');
      const known = names.filter((name) => name in values);
      return known.length === 0 || known.some((name) => (values[name] ?? '') !== '');
    })
    .map((line) => fill(line, values))
    .join('\n');
}

function foldLocality(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/^(tinh|thanh pho|tp|phuong|xa|dac khu|thi tran) /u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}
