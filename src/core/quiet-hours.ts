// Quiet hours: nothing proactive between 21:00 and 07:00 local time; a send that falls there waits until 07:00.
import { addDays, instantOf, localDate, localParts, parseIsoDate } from './local-time.js';

/** The nightly window in which no proactive message is sent. Hours are local, 0–23; `startHour` > `endHour` wraps midnight. */
export interface QuietHours {
  timeZone: string;
  startHour: number;
  endHour: number;
}

/** Loa's default: 21:00–07:00 in `timeZone`. */
export function defaultQuietHours(timeZone: string): QuietHours {
  return { timeZone, startHour: 21, endHour: 7 };
}

/** True when `now` falls inside the quiet window. */
export function isQuiet(now: Date, quiet: QuietHours): boolean {
  const { hour } = localParts(now, quiet.timeZone);
  return quiet.startHour > quiet.endHour
    ? hour >= quiet.startHour || hour < quiet.endHour
    : hour >= quiet.startHour && hour < quiet.endHour;
}

/** The earliest instant at or after `now` when proactive messages may be sent. */
export function nextSendable(now: Date, quiet: QuietHours): Date {
  if (!isQuiet(now, quiet)) return now;
  const { hour } = localParts(now, quiet.timeZone);
  const today = localDate(now, quiet.timeZone);
  const day = hour >= quiet.endHour ? addDays(today, 1) : today;
  const date = parseIsoDate(day);
  if (!date) return now;
  return instantOf({ ...date, hour: quiet.endHour, minute: 0 }, quiet.timeZone);
}
