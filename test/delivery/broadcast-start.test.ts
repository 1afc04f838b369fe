// Broadcasts before they start: expected count shown before the first send, empty future audiences, "now" announced at once.
import { afterEach, describe, expect, it } from 'vitest';
import { createBroadcastDesk } from '../../src/delivery/broadcast-desk.js';
import { expandBroadcast } from '../../src/delivery/outbox.js';
import { Client, testConsole } from '../admin/helpers.js';
import { openStores, subscribe, type Stores } from './helpers.js';

let stores: Stores | undefined;
let env: ReturnType<typeof testConsole> | undefined;
afterEach(() => {
  stores?.db.close();
  env?.close();
  stores = undefined;
  env = undefined;
});

describe('broadcast start', () => {
  it('shows the expected recipient count as waiting before the broadcast is expanded, and the same total after', async () => {
    stores = openStores();
    subscribe(stores, 3);
    const desk = createBroadcastDesk(stores);
    const now = new Date('2026-03-01T02:00:00Z');
    const { id } = desk.schedule({ text: 'Thông báo', sendAt: new Date('2026-03-02T02:00:00Z'), createdBy: 'test' }, now);

    expect(desk.progress(id)).toMatchObject({ status: 'scheduled', total: 3, finished: 0, counts: { pending: 3 } });
    subscribe(stores, 1, { prefix: 'late-' });
    expect(desk.progress(id)?.total).toBe(4);

    await expandBroadcast(stores.broadcasts.get(id)!, new Date('2026-03-02T02:00:00Z'), stores);
    expect(desk.progress(id)).toMatchObject({ status: 'sending', total: 4, counts: { pending: 4 } });
  });

  it('tells its listeners when a broadcast is scheduled, with its time (delivery starts a due one at once)', () => {
    stores = openStores();
    const desk = createBroadcastDesk(stores);
    const heard: Date[] = [];
    desk.whenScheduled((sendAt) => heard.push(sendAt));
    const sendAt = new Date('2026-03-01T02:00:00Z');
    desk.schedule({ text: 'Ngay bây giờ', sendAt, createdBy: 'test' }, sendAt);
    expect(heard).toEqual([sendAt]);
  });

  it('console: a future broadcast may have nobody yet; one for now with nobody is refused', async () => {
    env = testConsole();
    await env.addStaff('camp', 'campaign');
    const camp = new Client(env.app);
    await camp.login('camp');
    await camp.get('/admin/broadcasts/new');
    expect((await camp.post('/admin/broadcasts', { text: 'Chưa ai nhận', channel: 'telegram', sendAt: '', action: 'schedule' })).status).toBe(400);
    const later = await camp.post('/admin/broadcasts', { text: 'Chưa ai nhận', channel: 'telegram', sendAt: '2025-09-25T09:30', action: 'schedule' });
    expect(later.status).toBe(303);
    const id = Number(/\/admin\/broadcasts\/(\d+)/u.exec(later.headers.get('location') ?? '')?.[1]);
    expect(env.broadcastStore.get(id)).toMatchObject({ status: 'scheduled' });
  });
});
