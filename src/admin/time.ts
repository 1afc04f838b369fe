// Local-time helpers for the console over core/local-time: parse date inputs, format instants for Vietnamese readers.
import { instantOf, localDate, localParts, parseIsoDate, parseLocalDateTime } from '../core/local-time.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** Offset of `zone` from UTC at `at`, in minutes (Asia/Ho_Chi_Minh: 420). */
export function utcOffsetMinutes(zone: string, at: Date): number {
  const p = localParts(at, zone);
  return Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The instant of local "YYYY-MM-DD" (midnight) or "YYYY-MM-DDTHH:MM" in `zone`; undefined when malformed. */
export function parseLocal(value: string | undefined, zone: string): Date | undefined {
  const text = value?.trim() ?? '';
  const day = parseIsoDate(text);
  return day ? instantOf({ ...day, hour: 0, minute: 0 }, zone) : parseLocalDateTime(text, zone);
}

/** "YYYY-MM-DDTHH:MM" of `at` in `zone` (for datetime-local inputs). */
export function localDateTime(at: Date, zone: string): string {
  const p = localParts(at, zone);
  return `${localDate(at, zone)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** "dd/mm/yyyy HH:MM" in `zone`; a string that is not an instant is returned as it is. */
export function formatLocal(at: Date | string, zone: string): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(date.getTime())) return String(at);
  const p = localParts(date, zone);
  return `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** ISO 8601 with the zone's offset, e.g. "2025-09-18T09:00:00+07:00" (for exports read outside the console). */
export function isoLocal(at: Date, zone: string): string {
  const p = localParts(at, zone);
  const offset = utcOffsetMinutes(zone, at);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${localDate(at, zone)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
