// Broadcasts and the Week calendar over HTTP: preview, recipient count, schedule, locality scoping, report, cancel.
import { afterEach, describe, expect, it } from 'vitest';
import { createChannelCatalog } from '../../src/core/channel.js';
import { testCatalog } from '../delivery/helpers.js';
import { Client, testConsole } from './helpers.js';

let env: ReturnType<typeof testConsole>;
afterEach(() => env?.close());

async function setup() {
  env = testConsole();
  const at = env.clock.now;
  const people: [string, string, string][] = [
    ['telegram', 't1', 'Hà Nội'],
    ['telegram', 't2', 'Huế'],
    ['zalo-bot', 'z1', 'Hà Nội'],
    ['zalo-oa', 'o1', 'Thành phố Hà Nội'],
  ];
  for (const [channel, chatId, province] of people) {
    env.deps.subscriptions.optIn({ channel: channel as 'telegram', chatId }, chatId, 'test', at);
    env.deps.subscriptions.setLocality({ channel: channel as 'telegram', chatId }, { province }, at);
  }
  await env.addStaff('camp', 'campaign');
  await env.addStaff('camp-hn', 'campaign', 'ha noi');
  const client = async (name: string) => {
    const c = new Client(env.app);
    await c.login(name);
    return c;
  };
  return { client };
}

describe('broadcasts', () => {
  it('offers the audience filters the channels declare, with the labels they declare, not a fixed list', async () => {
    const viber = { name: 'viber' as 'telegram', label: 'Viber', textLimit: 500, buttons: 'typed' as const, mayMessageFirst: true, sendRate: 5, staffIds: [] };
    env = testConsole({ catalog: createChannelCatalog([...testCatalog().all, viber]) });
    await env.addStaff('camp', 'campaign');
    const camp = new Client(env.app);
    await camp.login('camp');
    const form = await (await camp.get('/admin/broadcasts/new')).text();
    expect(form).toContain('<option value="viber">Viber</option>');
    expect(form).toContain('<option value="zalo">Zalo (Zalo Bot, Zalo OA)</option>');
    expect(form).not.toContain('<option value="web">');
    // Other pages label channels from the declarations too.
    expect(await (await camp.get('/admin/subscribers')).text()).toContain('<option value="viber">Viber</option>');
    // A declared channel is a valid filter when scheduling.
    expect(await (await camp.get('/admin/broadcasts/audience.json?channel=viber')).json()).toMatchObject({ recipients: 0 });
  });

  it('counts recipients per channel and locality, and previews per channel', async () => {
    const { client } = await setup();
    const camp = await client('camp');
    expect(await (await camp.get('/admin/broadcasts/audience.json')).json()).toMatchObject({ recipients: 4 });
    expect(await (await camp.get('/admin/broadcasts/audience.json?channel=zalo&locality=H%C3%A0%20N%E1%BB%99i')).json()).toMatchObject({ recipients: 2 });
    await camp.get('/admin/broadcasts/new');
    const preview = await camp.post('/admin/broadcasts', { text: 'x'.repeat(2500), channel: '', locality: '', action: 'preview' });
    const html = await preview.text();
    expect(preview.status).toBe(200);
    expect(html).toContain('2500/2000 ký tự');
    expect(html).toContain('2500/4096 ký tự');
    expect(html).toContain('data-audience-url="/admin/broadcasts/audience.json" aria-live="polite">4</output>');
    expect(env.deps.broadcasts.list()).toHaveLength(0);
  });

  it('schedules, reports progress with inactive recipients, and cancels', async () => {
    const { client } = await setup();
    const camp = await client('camp');
    await camp.get('/admin/broadcasts/new');
    expect((await camp.post('/admin/broadcasts', { text: '  ', action: 'schedule' })).status).toBe(400);
    expect((await camp.post('/admin/broadcasts', { text: 'Hi', sendAt: '2025-09-01T08:00', action: 'schedule' })).status).toBe(400);
    const response = await camp.post('/admin/broadcasts', { text: 'Mời bà con dự Ngày hội đọc sách', channel: 'telegram', locality: '', sendAt: '2025-09-21T09:30', action: 'schedule' });
    expect(response.status).toBe(303);
    const id = Number(/\/admin\/broadcasts\/(\d+)/u.exec(response.headers.get('location') ?? '')?.[1]);
    const stored = env.broadcastStore.get(id)!;
    expect(stored).toMatchObject({ channel: 'telegram', createdBy: 'camp', status: 'scheduled' });
    expect(stored.sendAt.toISOString()).toBe('2025-09-21T02:30:00.000Z');

    env.outbox.enqueue(id, [{ channel: 'telegram', chatId: 't1' }, { channel: 'telegram', chatId: 't2' }, { channel: 'telegram', chatId: 't3' }], 0);
    env.broadcastStore.markSending(id, 3, env.clock.now);
    const [a, b] = env.outbox.due(Date.now(), 10, ['telegram']);
    env.outbox.claim(a!.id, 1);
    env.outbox.markSent(a!.id, 2);
    env.outbox.claim(b!.id, 1);
    env.outbox.markFailed(b!.id, 'blocked: Forbidden: bot was blocked by the user', 2);
    const progress = await (await camp.get(`/admin/broadcasts/${id}/progress.json`)).json();
    expect(progress).toMatchObject({ status: 'sending', total: 3, done: 2, counts: { sent: 1, failed: 0, inactive: 1, waiting: 1 } });
    const page = await (await camp.get(`/admin/broadcasts/${id}`)).text();
    expect(page).toContain('<progress id="bar" max="3" value="2">');
    expect(page).toContain('data-progress-url="/admin/broadcasts/');

    expect((await camp.post(`/admin/broadcasts/${id}/cancel`)).status).toBe(303);
    expect(env.broadcastStore.get(id)?.status).toBe('cancelled');
    expect(await (await camp.get(`/admin/broadcasts/${id}/progress.json`)).json()).toMatchObject({ status: 'cancelled', counts: { cancelled: 1 } });
  });

  it('keeps locality staff to their locality when sending and listing', async () => {
    const { client } = await setup();
    const camp = await client('camp');
    await camp.get('/admin/broadcasts/new');
    await camp.post('/admin/broadcasts', { text: 'Cho Huế', locality: 'Huế', action: 'schedule' });
    const hn = await client('camp-hn');
    expect(await (await hn.get('/admin/broadcasts/audience.json?locality=Hu%E1%BA%BF')).json()).toMatchObject({ recipients: 3 });
    await hn.get('/admin/broadcasts/new');
    const response = await hn.post('/admin/broadcasts', { text: 'Cho Hà Nội', locality: 'Huế', action: 'schedule' });
    const id = Number(/(\d+)/u.exec(response.headers.get('location') ?? '')?.[1]);
    expect(env.broadcastStore.get(id)?.locality).toBe('ha noi');
    const list = await (await hn.get('/admin/broadcasts')).text();
    expect(list).toContain('Cho Hà Nội');
    expect(list).not.toContain('Cho Huế');
    const hue = env.deps.broadcasts.list().find((b) => b.text === 'Cho Huế')!;
    expect((await hn.get(`/admin/broadcasts/${hue.id}`)).status).toBe(404);
    expect((await hn.post(`/admin/broadcasts/${hue.id}/cancel`)).status).toBe(404);
    expect(env.broadcastStore.get(hue.id)?.status).toBe('scheduled');
  });
});

describe('Week calendar', () => {
  it('saves a year with local events, validates dates, and deletes it', async () => {
    const { client } = await setup();
    const camp = await client('camp');
    await camp.get('/admin/calendar');
    expect((await camp.post('/admin/calendar', { year: '2026', start: '2026-10-07', end: '2026-10-01' })).status).toBe(400);
    const saved = await camp.post('/admin/calendar', {
      year: '2026',
      start: '2026-10-01',
      end: '2026-10-07',
      theme: 'Học tập suốt đời',
      events: 'Khai mạc toàn quốc\nHà Nội | Ngày hội đọc sách tại Văn Miếu',
    });
    expect(saved.status).toBe(303);
    expect(env.deps.calendar.get(2026)).toMatchObject({
      start: '2026-10-01',
      theme: 'Học tập suốt đời',
      events: [{ text: 'Khai mạc toàn quốc' }, { locality: 'Hà Nội', text: 'Ngày hội đọc sách tại Văn Miếu' }],
      updatedBy: 'camp',
    });
    const page = await (await camp.get('/admin/calendar?year=2026')).text();
    expect(page).toContain('Trước 7 ngày 24/09/2026');
    expect(page).toContain('Hà Nội | Ngày hội đọc sách tại Văn Miếu</textarea>');
    expect((await camp.post('/admin/calendar/2026/delete')).status).toBe(303);
    expect(env.deps.calendar.get(2026)).toBeUndefined();
  });

  it('is read-only for locality staff', async () => {
    const { client } = await setup();
    const hn = await client('camp-hn');
    expect(await (await hn.get('/admin/calendar')).text()).toContain('chỉ xem được');
    expect((await hn.post('/admin/calendar', { year: '2026', start: '2026-10-01', end: '2026-10-07' })).status).toBe(403);
    expect(env.deps.calendar.list()).toHaveLength(0);
  });
});
