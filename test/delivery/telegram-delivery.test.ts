// Delivery through the real Telegram adapter to the fake Bot API: failures, opt-out mid-broadcast, global rate limit.
import { afterEach, describe, expect, it } from 'vitest';
import { createCallbackData } from '../../src/channels/telegram/callback-data.js';
import { createTelegramOutbound } from '../../src/channels/telegram/outbound.js';
import type { OutboundChannel } from '../../src/core/channel.js';
import { createSubscriptionHandler } from '../../src/core/subscriptions.js';
import { createDelivery } from '../../src/delivery/delivery.js';
import { loadDeliveryTexts } from '../../src/delivery/texts.js';
import { failures, startFakeTelegram, type FakeTelegram } from '../fakes/telegram-server.js';
import { openStores, subscribe, type Stores } from './helpers.js';

const texts = loadDeliveryTexts('prompts');
const never = { timeZone: 'Asia/Ho_Chi_Minh', startHour: 0, endHour: 0 };

let fake: FakeTelegram | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function deliveryFor(stores: Stores, channel: OutboundChannel, rate: number) {
  return createDelivery({
    ...stores,
    reminderTexts: texts.reminders,
    channels: [channel],
    rateFor: () => rate,
    timeZone: 'Asia/Ho_Chi_Minh',
    quietHours: never,
  });
}

function sentCounts(server: FakeTelegram): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of server.sent) counts.set(m.chatId, (counts.get(m.chatId) ?? 0) + 1);
  return counts;
}

describe('delivery through the fake Telegram Bot API', () => {
  it('delivers once per subscriber; honours 429, 5xx, 403 and an opt-out typed mid-broadcast', async () => {
    fake = await startFakeTelegram();
    const stores = openStores();
    const chats = subscribe(stores, 30);
    fake.failChat('1003', failures.blocked);
    fake.failNext('sendMessage', failures.chatNotFound, { chatId: '1004' });
    fake.failNext('sendMessage', failures.tooManyRequests(1), { chatId: '1005' });
    fake.failNext('sendMessage', failures.badGateway, { chatId: '1006' });

    // The resident of chat 1029 types "hủy" while the broadcast is going out (after chat 1010 got it).
    const handler = createSubscriptionHandler({ book: stores.subscriptions, texts: texts.subscriptions, catalog: stores.catalog });
    const telegram = createTelegramOutbound(fake.token, { apiRoot: fake.apiRoot, callbackData: createCallbackData([]) });
    const watched: OutboundChannel = {
      ...telegram,
      async send(chatId, text) {
        const outcome = await telegram.send(chatId, text);
        if (chatId === '1010') {
          await handler({ address: { channel: 'telegram', chatId: '1029' }, userId: '1029', kind: 'text', text: 'hủy', receivedAt: new Date() });
        }
        return outcome;
      },
    };
    const delivery = deliveryFor(stores, watched, 50);
    const broadcast = stores.broadcasts.create({ kind: 'staff', text: 'Thông báo thử', sendAt: new Date(), createdBy: 'test' }, new Date());
    await delivery.tick(new Date());
    await delivery.dispatcher.drain();

    const counts = sentCounts(fake);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(counts.has('1003')).toBe(false);
    expect(counts.has('1004')).toBe(false);
    expect(counts.has('1029')).toBe(false);
    expect(counts.get('1005')).toBe(1);
    expect(counts.get('1006')).toBe(1);
    expect(counts.size).toBe(chats.length - 3);
    expect(stores.subscriptions.get({ channel: 'telegram', chatId: '1003' })?.status).toBe('inactive');
    expect(stores.subscriptions.get({ channel: 'telegram', chatId: '1004' })?.status).toBe('inactive');
    expect(stores.subscriptions.get({ channel: 'telegram', chatId: '1029' })?.status).toBe('unsubscribed');
    expect(fake.callsOf('sendMessage').filter((c) => c.payload.chat_id === '1003' || c.payload.chat_id === 1003)).toHaveLength(1);
    expect(stores.outbox.counts(broadcast.id)).toMatchObject({ sent: 27, failed: 2, skipped: 1, pending: 0, sending: 0 });
    expect(stores.broadcasts.get(broadcast.id)?.status).toBe('done');
  });

  it('stays correct when the server enforces a global rate limit', async () => {
    fake = await startFakeTelegram({ messagesPerSecond: 40 });
    const stores = openStores();
    subscribe(stores, 60);
    const telegram = createTelegramOutbound(fake.token, { apiRoot: fake.apiRoot, callbackData: createCallbackData([]) });
    const delivery = deliveryFor(stores, telegram, 40);
    const broadcast = stores.broadcasts.create({ kind: 'staff', text: 'Giới hạn tốc độ', sendAt: new Date(), createdBy: 'test' }, new Date());
    await delivery.tick(new Date());
    await delivery.dispatcher.drain();
    const counts = sentCounts(fake);
    expect(counts.size).toBe(60);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(stores.outbox.counts(broadcast.id).sent).toBe(60);
  });
});
