// Console corrections through the durable outbox, against the fake Bot API on a real SQLite file: priority over a
// running broadcast, no subscription needed, retried on 5xx/429 across a restart and sent once, failures kept with the reason.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCallbackData } from '../../src/channels/telegram/callback-data.js';
import { createTelegramOutbound } from '../../src/channels/telegram/outbound.js';
import { createDelivery } from '../../src/delivery/delivery.js';
import { loadDeliveryTexts } from '../../src/delivery/texts.js';
import { createCorrectionStore } from '../../src/store/corrections.js';
import { failures, startFakeTelegram, waitUntil, type FakeTelegram } from '../fakes/telegram-server.js';
import { openStores, subscribe, type Stores } from './helpers.js';

const texts = loadDeliveryTexts('prompts');
const never = { timeZone: 'Asia/Ho_Chi_Minh', startHour: 0, endHour: 0 };
const RESIDENT = '777';

let fake: FakeTelegram | undefined;
let dir: string | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function deliveryFor(stores: Stores, server: FakeTelegram, rate = 1000) {
  return createDelivery({
    ...stores,
    reminderTexts: texts.reminders,
    channels: [createTelegramOutbound(server.token, { apiRoot: server.apiRoot, callbackData: createCallbackData([]) })],
    rateFor: () => rate,
    timeZone: 'Asia/Ho_Chi_Minh',
    quietHours: never,
    // 5xx is retried after 1 s in production; the first process stops before that.
  });
}

const sendsTo = (server: FakeTelegram, chatId: string) => server.calls.filter((c) => c.method === 'sendMessage' && String(c.payload.chat_id) === chatId);

describe('console corrections in the outbox', () => {
  it('goes before a running broadcast, needs no subscription, and after a 5xx and a restart is sent exactly once', async () => {
    fake = await startFakeTelegram();
    dir = mkdtempSync(join(tmpdir(), 'loa-correction-'));
    const path = join(dir, 'loa.db');
    const first = openStores(path);
    subscribe(first, 40);
    const broadcast = first.broadcasts.create({ kind: 'staff', text: 'Thông báo chung', sendAt: new Date(), createdBy: 'staff' }, new Date());
    // The broadcast is expanded (40 pending rows) before the correction is queued.
    const delivery = deliveryFor(first, fake, 5);
    await delivery.tick(new Date());
    const correction = createCorrectionStore(first.db).queue(
      { turnId: 42, channel: 'telegram', chatId: RESIDENT, text: 'Câu trả lời đã sửa', createdBy: 'mod' },
      new Date(),
    );
    fake.failNext('sendMessage', failures.badGateway, { chatId: RESIDENT });
    delivery.start();
    await waitUntil(() => sendsTo(fake!, RESIDENT).some((c) => c.status === 502), 10_000, 'the first attempt of the correction');
    await delivery.stop();
    // The correction was the first message out, ahead of 40 waiting broadcast rows.
    expect(String(fake.calls.find((c) => c.method === 'sendMessage')?.payload.chat_id)).toBe(RESIDENT);
    expect(createCorrectionStore(first.db).latestFor([42]).get(42)).toMatchObject({ id: correction, state: 'pending', attempts: 1, lastError: expect.stringContaining('Bad Gateway') });
    // A correction is not a broadcast staff see in their list.
    expect(first.broadcasts.list().map((b) => b.id)).toEqual([broadcast.id]);
    first.db.close();

    const second = openStores(path);
    await deliveryFor(second, fake).dispatcher.drain();
    const resident = fake.sent.filter((m) => m.chatId === RESIDENT);
    expect(resident.map((m) => m.text)).toEqual(['Câu trả lời đã sửa']);
    expect(createCorrectionStore(second.db).latestFor([42]).get(42)).toMatchObject({ state: 'sent', attempts: 2 });
    expect(second.broadcasts.get(correction)?.status).toBe('done');
    // The broadcast still reached all 40 subscribers once.
    const perChat = new Map<string, number>();
    for (const m of fake.sent) perChat.set(m.chatId, (perChat.get(m.chatId) ?? 0) + 1);
    expect([...perChat.entries()].filter(([chat]) => chat !== RESIDENT).map(([, n]) => n)).toEqual(Array(40).fill(1));
    second.db.close();
  });

  it('waits out a 429 and is sent; a resident who blocked the bot is reported failed with the reason', async () => {
    fake = await startFakeTelegram();
    const stores = openStores();
    const corrections = createCorrectionStore(stores.db);
    corrections.queue({ turnId: 1, channel: 'telegram', chatId: '501', text: 'Sửa lần 1', createdBy: 'mod' }, new Date());
    corrections.queue({ turnId: 2, channel: 'telegram', chatId: '502', text: 'Sửa lần 2', createdBy: 'mod' }, new Date());
    fake.failNext('sendMessage', failures.tooManyRequests(1), { chatId: '501' });
    fake.failChat('502', failures.blocked);
    await deliveryFor(stores, fake).dispatcher.drain();

    expect(fake.sent.map((m) => m.chatId)).toEqual(['501']);
    const states = corrections.latestFor([1, 2]);
    expect(states.get(1)).toMatchObject({ state: 'sent', attempts: 2 });
    expect(states.get(2)).toMatchObject({ state: 'failed', lastError: 'blocked: 403: Forbidden: bot was blocked by the user' });
    expect(sendsTo(fake, '502')).toHaveLength(1);
  });
});
