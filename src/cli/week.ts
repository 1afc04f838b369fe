// `loa week set | show | unset`: the Lifelong Learning Week calendar staff edit, and the reminders it produces.
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { formatLocal, localParts, parseIsoDate } from '../core/local-time.js';
import {
  dateRange,
  defaultReminderTiming,
  reminderDates,
  reminderTime,
  renderReminder,
  resolveWeek,
  type WeekEvent,
} from '../core/reminders.js';
import { loadDeliveryTexts } from '../delivery/texts.js';
import type { Config } from '../config.js';
import { cliContext, fail } from './context.js';
import type { DeliveryStores } from './delivery-stores.js';

interface SetOptions {
  year?: string;
  start: string;
  end: string;
  theme?: string;
  event: string[];
}

/** Registers `week` and its subcommands. */
export function registerWeekCommand(program: Command): void {
  const week = program.command('week').description('the Lifelong Learning Week calendar and its reminders');

  week
    .command('set')
    .description('set (replace) a year\'s Week: dates, theme and events shown in reminders')
    .option('--year <year>', 'the year (default: the year of --start)')
    .requiredOption('--start <date>', 'first day, YYYY-MM-DD')
    .requiredOption('--end <date>', 'last day, YYYY-MM-DD')
    .option('--theme <text>', 'the year\'s theme, as announced by the Ministry')
    .option('--event <text>', 'an event (repeatable); "Hà Nội | Khai mạc tại Văn Miếu" shows it only to that locality', collect, [])
    .action(async (options: SetOptions) => {
      const { config } = cliContext();
      const start = parseIsoDate(options.start);
      const end = parseIsoDate(options.end);
      if (!start) fail(`--start must be a date like 2026-10-01 (got "${options.start}")`);
      if (!end) fail(`--end must be a date like 2026-10-07 (got "${options.end}")`);
      if (options.end < options.start) fail(`--end (${options.end}) is before --start (${options.start})`);
      const year = options.year === undefined ? start.year : Number(options.year);
      if (!Number.isInteger(year) || year !== start.year) fail(`--year ${options.year} does not match --start ${options.start}`);
      const stores = await openStores(config);
      try {
        const entry = { year, start: options.start, end: options.end, theme: options.theme?.trim() || undefined, events: options.event.map(parseEvent) };
        stores.calendar.set(entry, `cli:${userInfo().username}`, new Date());
        process.stdout.write(`Week ${year} set: ${dateRange(entry.start, entry.end)}${entry.theme ? `, "${entry.theme}"` : ''}, ${entry.events.length} event(s).\n`);
        process.stdout.write(schedule(year, stores.calendar.get(year), config.TIMEZONE));
      } finally {
        stores.close();
      }
    });

  week
    .command('show')
    .description('the stored years, and the reminder schedule of a year (default: this year)')
    .option('--year <year>', 'the year to show reminders for')
    .option('--preview', 'print the text of each reminder')
    .action(async (options: { year?: string; preview?: boolean }) => {
      const { config } = cliContext();
      const year = options.year ? Number(options.year) : localParts(new Date(), config.TIMEZONE).year;
      if (!Number.isInteger(year)) fail(`--year must be a year like 2026 (got "${options.year}")`);
      const stores = await openStores(config);
      try {
        const all = stores.calendar.list();
        process.stdout.write(all.length === 0 ? 'No year set yet.\n' : 'Stored years:\n');
        for (const w of all) {
          process.stdout.write(`  ${w.year}: ${dateRange(w.start, w.end)}${w.theme ? `, "${w.theme}"` : ''}, ${w.events.length} event(s) (by ${w.updatedBy}, ${w.updatedAt})\n`);
        }
        process.stdout.write(schedule(year, stores.calendar.get(year), config.TIMEZONE));
        if (options.preview) {
          const texts = loadDeliveryTexts(config.PROMPTS_DIR).reminders;
          const resolved = resolveWeek(year, stores.calendar.get(year));
          for (const { kind } of reminderDates(resolved)) {
            process.stdout.write(`\n--- ${kind} ---\n${renderReminder([kind], resolved, texts)}\n`);
          }
        }
      } finally {
        stores.close();
      }
    });

  week
    .command('unset')
    .description('remove a year\'s entry (reminders then assume 1–7 October, marked "dự kiến")')
    .requiredOption('--year <year>', 'the year')
    .action(async (options: { year: string }) => {
      const { config } = cliContext();
      const stores = await openStores(config);
      try {
        const removed = stores.calendar.remove(Number(options.year));
        process.stdout.write(removed ? `Week ${options.year} removed.\n` : `No entry for ${options.year}.\n`);
      } finally {
        stores.close();
      }
    });
}

function schedule(year: number, entry: Parameters<typeof resolveWeek>[1], timeZone: string): string {
  const week = resolveWeek(year, entry);
  const timing = defaultReminderTiming(timeZone);
  const lines = [
    `Week ${year}: ${dateRange(week.start, week.end)}${week.tentative ? ' — no entry, assuming 1–7 October (reminders say "dự kiến")' : ''}`,
    'Reminders (each subscriber gets each at most once):',
    ...reminderDates(week).map(({ kind, date }) => `  ${kind.padEnd(10)} ${formatLocal(reminderTime(date, timing), timeZone)}`),
  ];
  return `${lines.join('\n')}\n`;
}

function parseEvent(text: string): WeekEvent {
  const bar = text.indexOf('|');
  if (bar < 0) return { text: text.trim() };
  const locality = text.slice(0, bar).trim();
  const body = text.slice(bar + 1).trim();
  if (body === '') fail(`--event "${text}" has no text after "|"`);
  return locality === '' ? { text: body } : { text: body, locality };
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Loaded on use, so `loa --help` does not open SQLite. */
async function openStores(config: Config): Promise<DeliveryStores> {
  const { openDeliveryStores } = await import('./delivery-stores.js');
  return openDeliveryStores(config);
}
