// Wall-clock time in an IANA time zone without libraries: the local parts of an instant, and the instant of local parts.

/** A local calendar date and time of day. `month` is 1–12. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The local date and time of `at` in `timeZone`. */
export function localParts(at: Date, timeZone: string): LocalDateTime & { second: number } {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** The instant at which the wall clock in `timeZone` shows `local` (the earlier one when ambiguous). */
export function instantOf(local: LocalDateTime, timeZone: string): Date {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  let guess = asUtc - offsetMs(new Date(asUtc), timeZone);
  const corrected = asUtc - offsetMs(new Date(guess), timeZone);
  if (corrected !== guess) guess = corrected;
  return new Date(guess);
}

/** The local calendar date of `at` as "YYYY-MM-DD". */
export function localDate(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  return isoDate(p.year, p.month, p.day);
}

/** Formats a calendar date as "YYYY-MM-DD". */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses "YYYY-MM-DD" into a real calendar date, or undefined (2026-02-30 is rejected). */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** Parses "YYYY-MM-DD HH:MM" (or with "T") as local time in `timeZone`; undefined when malformed. */
export function parseLocalDateTime(text: string, timeZone: string): Date | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})$/u.exec(text.trim());
  if (!match) return undefined;
  const date = parseIsoDate(match[1] ?? '');
  const hour = Number(match[2]);
  const minute = Number(match[3]);
  if (!date || hour > 23 || minute > 59) return undefined;
  return instantOf({ ...date, hour, minute }, timeZone);
}

/** Adds whole days to a "YYYY-MM-DD" date. */
export function addDays(date: string, days: number): string {
  const d = parseIsoDate(date);
  if (!d) throw new RangeError(`not a date: ${date}`);
  const shifted = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return isoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** Formats an instant as local "YYYY-MM-DD HH:MM" in `timeZone`. */
export function formatLocal(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  return `${isoDate(p.year, p.month, p.day)} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

function offsetMs(at: Date, timeZone: string): number {
  const p = localParts(at, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}
