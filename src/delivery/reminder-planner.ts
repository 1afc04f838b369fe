// Turns the Week calendar into reminder broadcasts when they are due, each kind at most once a year.
import {
  candidateYears,
  dueReminders,
  hasLocalEvents,
  renderReminder,
  reminderTime,
  resolveWeek,
  type ReminderKind,
  type ReminderTexts,
  type ReminderTiming,
  type ResolvedWeek,
  type WeekEntry,
} from '../core/reminders.js';
import { localDate } from '../core/local-time.js';
import type { Broadcast, BroadcastStore } from '../store/broadcasts.js';

/** What the planner reads and writes. */
export interface ReminderPlannerDeps {
  calendar: { get(year: number): WeekEntry | undefined };
  broadcasts: BroadcastStore;
  texts: ReminderTexts;
  timing: ReminderTiming;
}

/** Plans reminders on each tick and personalizes them (local events) when they are expanded. */
export interface ReminderPlanner {
  /** Creates the reminder broadcast due at `now` (several reminders on one day become one message). */
  plan(now: Date): Broadcast[];
  /** The text for a subscriber when local events make it differ from the broadcast's text. */
  personalize(broadcast: Broadcast, place: { province?: string; ward?: string }): string | undefined;
}

/** Creates the planner. */
export function createReminderPlanner(deps: ReminderPlannerDeps): ReminderPlanner {
  const weekOf = (year: number): ResolvedWeek => resolveWeek(year, deps.calendar.get(year));
  let cached: { id: number; week: ResolvedWeek } | undefined;

  return {
    plan(now) {
      const created: Broadcast[] = [];
      for (const year of candidateYears(now, deps.timing.timeZone)) {
        const week = weekOf(year);
        const kinds = dueReminders(now, week, deps.timing);
        if (kinds.length === 0) continue;
        const broadcast = deps.broadcasts.createReminder(
          {
            year,
            kinds,
            sendAt: reminderTime(localDate(now, deps.timing.timeZone), deps.timing),
            render: (unclaimed) => renderReminder(unclaimed as ReminderKind[], week, deps.texts),
          },
          now,
        );
        if (broadcast) created.push(broadcast);
      }
      return created;
    },
    personalize(broadcast, place) {
      if (!broadcast.reminder) return undefined;
      if (cached?.id !== broadcast.id) cached = { id: broadcast.id, week: weekOf(broadcast.reminder.year) };
      if (!hasLocalEvents(cached.week)) return undefined;
      const text = renderReminder(broadcast.reminder.kinds as ReminderKind[], cached.week, deps.texts, place);
      return text === broadcast.text ? undefined : text;
    },
  };
}
