// /broadcast and the subscription buttons on a real grammY bot against the fake Bot API.
import type { Update } from 'grammy/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/channels/telegram/bot.js';
import { createBroadcastComposer } from '../../src/channels/telegram/broadcast-composer.js';
import { createCallbackData } from '../../src/channels/telegram/callback-data.js';
import { createSubscribeComposer } from '../../src/channels/telegram/subscribe-composer.js';
import type { Assistant } from '../../src/core/assistant.js';
import { createSubscriptionHandler } from '../../src/core/subscriptions.js';
import { createBroadcastDesk } from '../../src/delivery/broadcast-desk.js';
import { loadDeliveryTexts } from '../../src/delivery/texts.js';
import { createLogger } from '../../src/logger.js';
import { loadPrompts } from '../../src/prompts.js';
import { callbackUpdate, startFakeTelegram, textUpdate, type FakeTelegram } from '../fakes/telegram-server.js';
import { openStores, subscribe, type Stores } from './helpers.js';

const messages = loadPrompts('prompts').messages;
const texts = loadDeliveryTexts('prompts');
const STAFF = 7001;
const RESIDENT = 7002;
let fake: FakeTelegram;
let stores: Stores;
let updateId = 1;

async function startBot() {
  const handler = createSubscriptionHandler({ book: stores.subscriptions, texts: texts.subscriptions });
  const assistant: Assistant = {
    async handle(message) {
      return (await handler(message)) ?? { text: 'câu trả lời', citations: [], refused: false, mode: 'extractive' };
    },
  };
  const desk = createBroadcastDesk({ broadcasts: stores.broadcasts, outbox: stores.outbox, subscriptions: stores.subscriptions });
  const bot = createBot(fake.token, {
    assistant,
    messages,
    logger: createLogger('silent'),
    apiRoot: fake.apiRoot,
    callbackData: createCallbackData(messages.quickReplies),
    extraComposers: [
      createBroadcastComposer({ desk, texts: texts.broadcast, isStaff: (id) => id === String(STAFF), now: () => new Date(), timeZone: 'Asia/Ho_Chi_Minh' }),
      createSubscribeComposer(),
    ],
    flood: { limit: 100, windowMs: 1000 },
  });
  await bot.init();
  return (update: Omit<Update, 'update_id'>) => bot.handleUpdate({ update_id: updateId++, ...update } as Update);
}

const lastTo = (chatId: number) => fake.sent.filter((m) => m.chatId === String(chatId)).at(-1);
const buttonsOf = (chatId: number) =>
  ((lastTo(chatId)?.payload.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined)?.inline_keyboard ?? []).flat();

beforeEach(async () => {
  fake = await startFakeTelegram();
  stores = openStores();
});
afterEach(() => fake.close());

describe('Telegram /broadcast', () => {
  it('refuses non-staff politely and stores nothing', async () => {
    const handle = await startBot();
    await handle(textUpdate(RESIDENT, '/broadcast Tin giả mạo'));
    expect(lastTo(RESIDENT)?.text).toBe(texts.broadcast.notStaff);
    expect(stores.broadcasts.list()).toEqual([]);
  });

  it('lets staff write, preview with the recipient count, and confirm with a button', async () => {
    subscribe(stores, 3);
    subscribe(stores, 2, { channel: 'zalo-oa', prefix: 'z' });
    const handle = await startBot();
    await handle(textUpdate(STAFF, '/broadcast'));
    expect(lastTo(STAFF)?.text).toBe(texts.broadcast.askText);
    await handle(textUpdate(STAFF, 'Mời bà con dự lễ khai mạc Tuần lễ học tập suốt đời.'));
    const preview = lastTo(STAFF);
    expect(preview?.text).toContain('Mời bà con dự lễ khai mạc');
    expect(preview?.text).toContain('Người nhận: 5');
    expect(preview?.text).toContain('Telegram: 3');
    expect(preview?.text).toContain('Zalo OA: 2');
    expect(stores.broadcasts.list()).toEqual([]);
    const send = buttonsOf(STAFF).find((b) => b.callback_data.startsWith('bc:send:'));
    await handle(callbackUpdate(STAFF, send?.callback_data ?? ''));
    const [created] = stores.broadcasts.list();
    expect(created).toMatchObject({ kind: 'staff', text: 'Mời bà con dự lễ khai mạc Tuần lễ học tập suốt đời.', createdBy: `telegram:${STAFF}` });
    expect(lastTo(STAFF)?.text).toContain(`#${created?.id}`);
    await handle(callbackUpdate(STAFF, send?.callback_data ?? ''));
    expect(stores.broadcasts.list()).toHaveLength(1);
    expect(lastTo(STAFF)?.text).toBe(texts.broadcast.expired);
  });

  it('stores nothing when staff press Hủy, and flags text over a channel limit', async () => {
    subscribe(stores, 1, { channel: 'zalo-bot', prefix: 'z' });
    const handle = await startBot();
    await handle(textUpdate(STAFF, `/broadcast ${'Thông báo dài. '.repeat(200)}`));
    expect(lastTo(STAFF)?.text).toContain('⚠️');
    const cancel = buttonsOf(STAFF).find((b) => b.callback_data.startsWith('bc:cancel:'));
    await handle(callbackUpdate(STAFF, cancel?.callback_data ?? ''));
    expect(lastTo(STAFF)?.text).toBe(texts.broadcast.cancelled);
    expect(stores.broadcasts.list()).toEqual([]);
  });

  it('shows progress with /broadcast_status', async () => {
    subscribe(stores, 2);
    const handle = await startBot();
    const b = stores.broadcasts.create({ kind: 'staff', text: 'x', sendAt: new Date(), createdBy: 'test' }, new Date());
    await handle(textUpdate(STAFF, `/broadcast_status ${b.id}`));
    expect(lastTo(STAFF)?.text).toContain(`Thông báo #${b.id} (đã lên lịch)`);
  });
});

describe('Telegram subscription buttons', () => {
  it('subscribes, then picks a province from buttons (the pressed keyboard is removed)', async () => {
    const handle = await startBot();
    await handle(textUpdate(RESIDENT, '/subscribe'));
    expect(lastTo(RESIDENT)?.text).toBe(texts.subscriptions.subscribed);
    await handle(callbackUpdate(RESIDENT, 'sub:locality'));
    const province = buttonsOf(RESIDENT).find((b) => b.text === 'Huế');
    expect(province?.callback_data).toMatch(/^sub:p:\d+$/u);
    await handle(callbackUpdate(RESIDENT, province?.callback_data ?? ''));
    expect(lastTo(RESIDENT)?.text).toContain('Đã ghi nhận: Huế');
    expect(fake.callsOf('editMessageReplyMarkup').length).toBeGreaterThanOrEqual(2);
    await handle(textUpdate(RESIDENT, 'Phường Thuận Hóa'));
    expect(stores.subscriptions.get({ channel: 'telegram', chatId: String(RESIDENT) })).toMatchObject({ province: 'Huế', ward: 'Phường Thuận Hóa' });
    await handle(textUpdate(RESIDENT, 'dừng'));
    expect(lastTo(RESIDENT)?.text).toBe(texts.subscriptions.unsubscribed);
  });
});
