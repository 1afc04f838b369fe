// The minute tick on a fake clock: Week reminders once a year at 08:00, local events, staff broadcasts at their time.
import { describe, expect, it } from 'vitest';
import { parseLocalDateTime } from '../../src/core/local-time.js';
import { createDelivery } from '../../src/delivery/delivery.js';
import { startScheduler } from '../../src/delivery/scheduler.js';
import { loadDeliveryTexts } from '../../src/delivery/texts.js';
import { createFakeClock, createFakeOutbound, openStores, subscribe } from './helpers.js';

const TZ = 'Asia/Ho_Chi_Minh';
const local = (text: string) => parseLocalDateTime(text, TZ) as Date;
const texts = loadDeliveryTexts('prompts');

function setup(start: Date) {
  const stores = openStores();
  const clock = createFakeClock(start);
  const telegram = createFakeOutbound('telegram', clock);
  const zalo = createFakeOutbound('zalo-bot', clock, 2000);
  const delivery = createDelivery({
    ...stores,
    reminderTexts: texts.reminders,
    channels: [telegram.channel, zalo.channel],
    rateFor: (channel) => (channel === 'telegram' ? 25 : 10),
    timeZone: TZ,
    clock,
  });
  /** Runs the minute tick at every minute from `from` to `to` (local), draining the outbox after each. */
  const runMinutes = async (from: string, to: string) => {
    for (let t = local(from).getTime(); t <= local(to).getTime(); t += 60_000) {
      clock.set(new Date(Math.max(t, clock.now())));
      await delivery.tick(new Date(clock.now()));
      await delivery.dispatcher.drain();
    }
  };
  return { stores, clock, telegram, zalo, delivery, runMinutes };
}

describe('minute tick (fake clock)', () => {
  it('sends each Week reminder at 08:00 on its day, once per subscriber per year', async () => {
    const { stores, telegram, runMinutes } = setup(local('2026-09-24 07:55'));
    subscribe(stores, 3);
    await runMinutes('2026-09-24 07:55', '2026-09-24 08:05');
    expect(telegram.sent).toHaveLength(3);
    expect(telegram.sent[0]?.text).toContain('Còn 7 ngày nữa');
    expect(telegram.sent[0]?.text).toContain('dự kiến');
    expect(Math.min(...telegram.sent.map((s) => s.at))).toBeGreaterThanOrEqual(local('2026-09-24 08:00').getTime());
    await runMinutes('2026-09-24 08:06', '2026-09-24 08:10');
    expect(telegram.sent).toHaveLength(3);
  });

  it('does not send a reminder twice when staff change the calendar after it went out', async () => {
    const { stores, telegram, runMinutes } = setup(local('2026-09-24 08:00'));
    subscribe(stores, 2);
    await runMinutes('2026-09-24 08:00', '2026-09-24 08:01');
    stores.calendar.set({ year: 2026, start: '2026-10-01', end: '2026-10-07', theme: 'Chủ đề mới', events: [] }, 'staff', new Date());
    await runMinutes('2026-09-24 08:02', '2026-09-24 08:03');
    expect(telegram.sent).toHaveLength(2);
  });

  it('uses the calendar entry: its dates, theme, and local events for the matching locality only', async () => {
    const { stores, telegram, runMinutes } = setup(local('2026-10-02 07:59'));
    stores.calendar.set(
      {
        year: 2026,
        start: '2026-10-03',
        end: '2026-10-09',
        theme: 'Học tập suốt đời',
        events: [{ text: 'Hội sách Văn Miếu', locality: 'Hà Nội' }],
      },
      'staff',
      new Date(),
    );
    subscribe(stores, 1, { prefix: 'hn', province: 'Hà Nội' });
    subscribe(stores, 1, { prefix: 'na', province: 'Nghệ An' });
    await runMinutes('2026-10-02 07:59', '2026-10-02 08:01');
    // 2 October is both "1 day before" and Ngày Khuyến học: one message carrying both.
    expect(telegram.sent).toHaveLength(2);
    const hn = telegram.sent.find((s) => s.chatId.startsWith('hn'))?.text ?? '';
    const na = telegram.sent.find((s) => s.chatId.startsWith('na'))?.text ?? '';
    expect(hn).toContain('Ngày mai (3/10/2026)');
    expect(hn).toContain('Ngày Khuyến học Việt Nam');
    expect(hn).toContain('Hội sách Văn Miếu');
    expect(na).not.toContain('Hội sách Văn Miếu');
    expect(na).not.toContain('dự kiến');
  });

  it('expands a staff broadcast only when its time comes, filtered by channel and locality', async () => {
    const { stores, telegram, zalo, runMinutes } = setup(local('2026-10-05 09:00'));
    subscribe(stores, 2, { prefix: 't', province: 'Huế' });
    subscribe(stores, 2, { prefix: 'z', channel: 'zalo-bot', province: 'Huế' });
    subscribe(stores, 2, { prefix: 'x', channel: 'zalo-bot', province: 'Cần Thơ' });
    const b = stores.broadcasts.create(
      { kind: 'staff', text: 'Thông báo Huế', channel: 'zalo', locality: 'hue', sendAt: local('2026-10-05 09:10'), createdBy: 'cli' },
      new Date(),
    );
    await runMinutes('2026-10-05 09:00', '2026-10-05 09:09');
    expect(zalo.sent).toHaveLength(0);
    await runMinutes('2026-10-05 09:10', '2026-10-05 09:11');
    expect(zalo.sent.map((s) => s.chatId).sort()).toEqual(['z1000', 'z1001']);
    expect(telegram.sent).toHaveLength(0);
    expect(stores.broadcasts.get(b.id)?.status).toBe('done');
  });

  it('skips a reminder day entirely when the server was down until after 21:00', async () => {
    const { stores, telegram, runMinutes } = setup(local('2026-09-24 21:05'));
    subscribe(stores, 2);
    await runMinutes('2026-09-24 21:05', '2026-09-24 21:07');
    expect(telegram.sent).toHaveLength(0);
  });
});

describe('the schedule', () => {
  it('ticks at once when it starts (node-cron loaded then), and stops', async () => {
    const ticks: Date[] = [];
    const scheduler = startScheduler(async (now) => void ticks.push(now), { timeZone: TZ });
    await scheduler.stop();
    expect(ticks).toHaveLength(1);
  });
});

