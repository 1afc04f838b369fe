// The Week calendar (campaign): view every year; staff without a locality add, edit and delete years.
import { Hono, type Context } from 'hono';
import type { WeekEvent } from '../../core/reminders.js';
import { readForm } from '../auth.js';
import type { AdminDeps, AdminEnv } from '../deps.js';
import { viewContext } from '../view-context.js';
import { calendarPage, eventsText, type WeekFormValues } from '../views/calendar.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** Routes under /calendar. */
export function calendarRoutes(deps: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const now = deps.now ?? (() => new Date());
  const editable = (c: Context<AdminEnv>) => c.get('staff').locality === undefined;
  const refuse = (c: Context<AdminEnv>) => c.html(calendarPage(viewContext(c, deps), deps.calendar.list(), blank(), false, undefined), 403);
  const blank = (): WeekFormValues => ({ year: String(now().getUTCFullYear()), start: '', end: '', theme: '', events: '' });

  app.get('/', (c) => {
    const year = Number(c.req.query('year'));
    const week = Number.isInteger(year) ? deps.calendar.get(year) : undefined;
    const form = week ? { year: String(week.year), start: week.start, end: week.end, theme: week.theme ?? '', events: eventsText(week) } : blank();
    return c.html(calendarPage(viewContext(c, deps), deps.calendar.list(), form, editable(c)));
  });

  app.post('/', async (c) => {
    if (!editable(c)) return refuse(c);
    const form = await readForm(c);
    const text = (key: string) => (typeof form[key] === 'string' ? (form[key] as string).trim() : '');
    const values: WeekFormValues = { year: text('year'), start: text('start'), end: text('end'), theme: text('theme').slice(0, 300), events: text('events').slice(0, 5000) };
    const year = Number(values.year);
    const problem =
      (!/^\d{4}$/u.test(values.year) && 'Năm gồm 4 chữ số.') ||
      ((!DATE.test(values.start) || !DATE.test(values.end)) && 'Cần ngày bắt đầu và ngày kết thúc.') ||
      (values.end < values.start && 'Ngày kết thúc phải sau ngày bắt đầu.') ||
      (!values.start.startsWith(values.year) && 'Ngày bắt đầu phải thuộc năm đã chọn.');
    if (problem) return c.html(calendarPage(viewContext(c, deps), deps.calendar.list(), values, true, problem), 400);
    deps.calendar.set({ year, start: values.start, end: values.end, theme: values.theme || undefined, events: parseEvents(values.events) }, c.get('staff').name, now());
    deps.logger.info({ staff: c.get('staff').name, year }, 'Week calendar changed from the console');
    return c.redirect(`/admin/calendar?ok=calendar-saved#week-${year}`, 303);
  });

  app.post('/:year{[0-9]{4}}/delete', (c) => {
    if (!editable(c)) return refuse(c);
    deps.calendar.remove(Number(c.req.param('year')));
    return c.redirect('/admin/calendar?ok=calendar-saved', 303);
  });
  return app;
}

/** "Địa bàn | nội dung" → a local event; other lines → events for everyone. */
function parseEvents(text: string): WeekEvent[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [place, ...rest] = line.split('|');
      const body = rest.join('|').trim();
      return rest.length > 0 && place?.trim() && body ? { locality: place.trim(), text: body } : { text: line };
    });
}
