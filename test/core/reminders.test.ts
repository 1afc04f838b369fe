// Local time, the Week calendar, reminder dates and texts, and quiet hours on fixed instants (no real clock).
import { describe, expect, it } from 'vitest';
import { instantOf, parseLocalDateTime } from '../../src/core/local-time.js';
import { isQuiet, nextSendable, defaultQuietHours } from '../../src/core/quiet-hours.js';
import {
  defaultReminderTiming,
  dueReminders,
  reminderDates,
  renderReminder,
  resolveWeek,
  type WeekEntry,
} from '../../src/core/reminders.js';
import { loadDeliveryTexts } from '../../src/delivery/texts.js';

const TZ = 'Asia/Ho_Chi_Minh';
const timing = defaultReminderTiming(TZ);
const texts = loadDeliveryTexts('prompts').reminders;
const local = (text: string) => parseLocalDateTime(text, TZ) as Date;

const week2026: WeekEntry = {
  year: 2026,
  start: '2026-10-01',
  end: '2026-10-07',
  theme: 'Học tập suốt đời trong kỷ nguyên số',
  events: [
    { text: 'Ngày hội đọc sách toàn quốc' },
    { text: 'Khai mạc tại Văn Miếu, 8:00 ngày 1/10', locality: 'Hà Nội' },
  ],
};

describe('local time', () => {
  it('converts local wall-clock time in Asia/Ho_Chi_Minh (UTC+7)', () => {
    expect(local('2026-10-01 08:00').toISOString()).toBe('2026-10-01T01:00:00.000Z');
    expect(instantOf({ year: 2026, month: 1, day: 1, hour: 0, minute: 0 }, TZ).toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(parseLocalDateTime('2026-02-30 08:00', TZ)).toBeUndefined();
    expect(parseLocalDateTime('tomorrow', TZ)).toBeUndefined();
  });
});

describe('Week calendar', () => {
  it('assumes 1–7 October, tentative, when a year has no entry', () => {
    expect(resolveWeek(2027, undefined)).toEqual({ year: 2027, start: '2027-10-01', end: '2027-10-07', events: [], tentative: true });
  });

  it('dates the four reminders', () => {
    expect(reminderDates(week2026)).toEqual([
      { kind: 'before-7', date: '2026-09-24' },
      { kind: 'before-1', date: '2026-09-30' },
      { kind: 'opening', date: '2026-10-01' },
      { kind: 'khuyen-hoc', date: '2026-10-02' },
    ]);
  });

  it('makes a reminder due at 08:00 local on its day, catching up until 21:00', () => {
    expect(dueReminders(local('2026-09-24 07:59'), week2026, timing)).toEqual([]);
    expect(dueReminders(local('2026-09-24 08:00'), week2026, timing)).toEqual(['before-7']);
    expect(dueReminders(local('2026-09-24 20:59'), week2026, timing)).toEqual(['before-7']);
    expect(dueReminders(local('2026-09-24 21:00'), week2026, timing)).toEqual([]);
    expect(dueReminders(local('2026-09-25 08:00'), week2026, timing)).toEqual([]);
    expect(dueReminders(local('2026-10-02 09:30'), week2026, timing)).toEqual(['khuyen-hoc']);
  });

  it('puts the opening and Ngày Khuyến học on one day when the Week opens on 2 October', () => {
    const week2023: WeekEntry = { year: 2023, start: '2023-10-02', end: '2023-10-08', events: [] };
    expect(dueReminders(local('2023-10-02 08:00'), week2023, timing)).toEqual(['opening', 'khuyen-hoc']);
  });

  it('renders year, dates, theme and events; local events only for their locality', () => {
    const week = resolveWeek(2026, week2026);
    const general = renderReminder(['before-7'], week, texts);
    expect(general).toContain('năm 2026');
    expect(general).toContain('1/10 – 7/10/2026');
    expect(general).toContain('Học tập suốt đời trong kỷ nguyên số');
    expect(general).toContain('Ngày hội đọc sách toàn quốc');
    expect(general).not.toContain('Văn Miếu');
    expect(general).not.toContain('dự kiến');
    expect(renderReminder(['before-7'], week, texts, { province: 'Hà Nội' })).toContain('Văn Miếu');
    expect(renderReminder(['before-7'], week, texts, { province: 'ha noi' })).toContain('Văn Miếu');
  });

  it('says "dự kiến" and drops the theme line when the year is assumed', () => {
    const text = renderReminder(['opening'], resolveWeek(2027, undefined), texts);
    expect(text).toContain('dự kiến');
    expect(text).toContain('1/10 – 7/10/2027');
    expect(text).not.toContain('Chủ đề');
    expect(text).not.toMatch(/\{\w+\}/u);
  });
});

describe('quiet hours', () => {
  const quiet = defaultQuietHours(TZ);
  it('is quiet from 21:00 to 07:00 local', () => {
    expect(isQuiet(local('2026-10-01 20:59'), quiet)).toBe(false);
    expect(isQuiet(local('2026-10-01 21:00'), quiet)).toBe(true);
    expect(isQuiet(local('2026-10-02 06:59'), quiet)).toBe(true);
    expect(isQuiet(local('2026-10-02 07:00'), quiet)).toBe(false);
  });

  it('moves a send in quiet hours to the next 07:00', () => {
    expect(nextSendable(local('2026-10-01 22:30'), quiet)).toEqual(local('2026-10-02 07:00'));
    expect(nextSendable(local('2026-10-02 03:00'), quiet)).toEqual(local('2026-10-02 07:00'));
    expect(nextSendable(local('2026-10-02 12:00'), quiet)).toEqual(local('2026-10-02 12:00'));
  });
});
