// Local-time helpers for the console: parse date inputs in the configured time zone and format instants for people.

/** Offset of `zone` from UTC at `at`, in minutes (Asia/Ho_Chi_Minh: 420). */
export function utcOffsetMinutes(zone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The instant of local wall time "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" in `zone`; undefined when malformed. */
export function parseLocal(value: string | undefined, zone: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/u.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0'] = match;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  if (Number.isNaN(wall)) return undefined;
  const guess = new Date(wall - utcOffsetMinutes(zone, new Date(wall)) * 60_000);
  return new Date(wall - utcOffsetMinutes(zone, guess) * 60_000);
}

/** "YYYY-MM-DD" of `at` in `zone` (for date inputs). */
export function localDay(at: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** "YYYY-MM-DDTHH:MM" of `at` in `zone` (for datetime-local inputs). */
export function localDateTime(at: Date, zone: string): string {
  const shifted = new Date(at.getTime() + utcOffsetMinutes(zone, at) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** "dd/mm/yyyy HH:MM" in `zone`, as Vietnamese readers expect. */
export function formatLocal(at: Date | string, zone: string): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(date.getTime())) return String(at);
  const [day, time] = localDateTime(date, zone).split('T');
  const [y, m, d] = (day ?? '').split('-');
  return `${d}/${m}/${y} ${time ?? ''}`;
}
