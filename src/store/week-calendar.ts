// The Lifelong Learning Week calendar: one editable row per year (dates, theme, local events).
import type { WeekEntry, WeekEvent } from '../core/reminders.js';
import type { Db } from './db.js';

/** A stored year with who changed it last. */
export interface StoredWeek extends WeekEntry {
  updatedBy: string;
  updatedAt: string;
}

/** Read and write the calendar; `set` replaces the year's entry. */
export interface WeekCalendarStore {
  set(entry: WeekEntry, by: string, at: Date): void;
  get(year: number): StoredWeek | undefined;
  list(): StoredWeek[];
  remove(year: number): boolean;
}

interface WeekRow {
  year: number;
  start_date: string;
  end_date: string;
  theme: string | null;
  events: string;
  updated_by: string;
  updated_at: string;
}

/** Creates the calendar store over an open database. */
export function createWeekCalendarStore(db: Db): WeekCalendarStore {
  const upsert = db.prepare(
    `INSERT INTO week_calendar (year, start_date, end_date, theme, events, updated_by, updated_at)
     VALUES (@year, @start, @end, @theme, @events, @by, @at)
     ON CONFLICT(year) DO UPDATE SET start_date = excluded.start_date, end_date = excluded.end_date, theme = excluded.theme,
       events = excluded.events, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  );
  const byYear = db.prepare<[number], WeekRow>('SELECT * FROM week_calendar WHERE year = ?');
  const all = db.prepare<[], WeekRow>('SELECT * FROM week_calendar ORDER BY year');
  const remove = db.prepare('DELETE FROM week_calendar WHERE year = ?');
  return {
    set(entry, by, at) {
      upsert.run({
        year: entry.year,
        start: entry.start,
        end: entry.end,
        theme: entry.theme ?? null,
        events: JSON.stringify(entry.events),
        by,
        at: at.toISOString(),
      });
    },
    get(year) {
      const row = byYear.get(year);
      return row ? toWeek(row) : undefined;
    },
    list: () => all.all().map(toWeek),
    remove: (year) => remove.run(year).changes > 0,
  };
}

function toWeek(row: WeekRow): StoredWeek {
  return {
    year: row.year,
    start: row.start_date,
    end: row.end_date,
    theme: row.theme ?? undefined,
    events: parseEvents(row.events),
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

function parseEvents(json: string): WeekEvent[] {
  try {
    const value = JSON.parse(json) as unknown;
    if (!Array.isArray(value)) return [];
    return value
      .filter((e): e is { text: string; locality?: unknown } => typeof e === 'object' && e !== null && typeof (e as { text?: unknown }).text === 'string')
      .map((e) => (typeof e.locality === 'string' ? { text: e.text, locality: e.locality } : { text: e.text }));
  } catch {
    return [];
  }
}
