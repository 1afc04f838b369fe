// The core's /broadcast and subscription dialogues on a real grammY bot (inline buttons) and on Zalo (typed words): one handler each.
import type { Update } from 'grammy/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/channels/telegram/bot.js';
import { createCallbackData } from '../../src/channels/telegram/callback-data.js';
import type { Assistant, MessageHandler } from '../../src/core/assistant.js';
import { createStaffBroadcastHandler } from '../../src/core/staff-broadcast.js';
import { createSubscriptionHandler } from '../../src/core/subscriptions.js';
import type { IncomingMessage } from '../../src/core/types.js';
import { createBroadcastDesk } from '../../src/delivery/broadcast-desk.js';
import { loadDeliveryTexts } from '../../src/delivery/texts.js';
import { createLogger } from '../../src/logger.js';
import { loadPrompts } from '../../src/prompts.js';
import { callbackUpdate, fakeUser, messageUpdate, startFakeTelegram, textUpdate, type FakeTelegram } from '../fakes/telegram-server.js';
import { openStores, subscribe, testCatalog, type Stores } from './helpers.js';

const messages = loadPrompts('prompts').messages;
const texts = loadDeliveryTexts('prompts');
const STAFF = 7001;
const RESIDENT = 7002;
const ZALO_STAFF = 'z-staff';
let fake: FakeTelegram;
let stores: Stores;
let updateId = 1;
/** Every message the core's staff-broadcast handler saw, whichever channel it came from. */
let seenByStaffHandler: IncomingMessage[];
let assistant: Assistant;

function buildAssistant(): Assistant {
  const catalog = testCatalog({ telegram: [String(STAFF)], zalo: [ZALO_STAFF] });
  const desk = createBroadcastDesk({ broadcasts: stores.broadcasts, outbox: stores.outbox, subscriptions: stores.subscriptions, catalog });
  const staff = createStaffBroadcastHandler({ desk, texts: texts.broadcast, catalog, timeZone: 'Asia/Ho_Chi_Minh' });
  const spied: MessageHandler = (message) => {
    seenByStaffHandler.push(message);
    return staff(message);
  };
  const handlers = [spied, createSubscriptionHandler({ book: stores.subscriptions, texts: texts.subscriptions, catalog })];
  return {
    async handle(message) {
      for (const handler of handlers) {
        const reply = await handler(message);
        if (reply) return reply;
      }
      return { text: 'câu trả lời', citations: [], refused: false, mode: 'extractive' };
    },
  };
}

async function startBot() {
  const bot = createBot(fake.token, {
    assistant,
    messages,
    logger: createLogger('silent'),
    apiRoot: fake.apiRoot,
    callbackData: createCallbackData(messages.quickReplies),
    flood: { limit: 100, windowMs: 1000 },
  });
  await bot.init();
  return (update: Omit<Update, 'update_id'>) => bot.handleUpdate({ update_id: updateId++, ...update } as Update);
}

/** What a Zalo adapter hands the assistant for typed text. */
const zalo = (userId: string, text: string) =>
  assistant.handle({ address: { channel: 'zalo-bot', chatId: userId }, userId, kind: 'text', text, receivedAt: new Date() });

const lastTo = (chatId: number) => fake.sent.filter((m) => m.chatId === String(chatId)).at(-1);
const buttonsOf = (chatId: number) =>
  ((lastTo(chatId)?.payload.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined)?.inline_keyboard ?? []).flat();

beforeEach(async () => {
  fake = await startFakeTelegram();
  stores = openStores();
  seenByStaffHandler = [];
  assistant = buildAssistant();
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

describe('one staff-broadcast dialogue for every channel', () => {
  it('takes Telegram button presses and Zalo typed words through the same core handler', async () => {
    subscribe(stores, 2);
    subscribe(stores, 1, { channel: 'zalo-bot', prefix: 'z' });
    const handle = await startBot();

    await handle(textUpdate(STAFF, '/broadcast Lịch khai mạc Tuần lễ học tập suốt đời.'));
    expect(lastTo(STAFF)?.text).not.toContain(texts.broadcast.confirmByText);
    const send = buttonsOf(STAFF).find((b) => b.text === texts.broadcast.send);
    expect(send?.callback_data).toMatch(/^bc:send:[a-z0-9]+$/u);
    await handle(callbackUpdate(STAFF, send?.callback_data ?? ''));

    const preview = await zalo(ZALO_STAFF, '/broadcast Mời bà con đến nhà văn hóa xã.');
    expect(preview.text).toContain('Người nhận: 3');
    expect(preview.text).toContain(texts.broadcast.confirmByText);
    expect(preview.buttons).toBeUndefined();
    const created = await zalo(ZALO_STAFF, 'GỬI');
    expect(created.text).toMatch(/#\d+/u);

    expect(stores.broadcasts.list().map((b) => b.createdBy).sort()).toEqual([`telegram:${STAFF}`, `zalo-bot:${ZALO_STAFF}`]);
    const seen = seenByStaffHandler.map((m) => `${m.address.channel} ${m.text.slice(0, 10)}`);
    expect(seen).toEqual(expect.arrayContaining([`telegram ${send?.callback_data.slice(0, 10)}`, 'zalo-bot GỬI']));
  });

  it('knows staff per channel: a Zalo staff id is nobody on Telegram, and a Telegram one nobody on Zalo', async () => {
    subscribe(stores, 1);
    const handle = await startBot();
    await handle(textUpdate(7003, '/broadcast x'));
    expect(lastTo(7003)?.text).toBe(texts.broadcast.notStaff);
    expect((await zalo(String(STAFF), '/broadcast x')).text).toBe(texts.broadcast.notStaff);
    expect(stores.broadcasts.list()).toEqual([]);
  });

  it('keeps the dialogue out of group chats, where a preview would show the draft to everyone', async () => {
    subscribe(stores, 1);
    const handle = await startBot();
    const group = { id: -1009, type: 'group', title: 'Ban chỉ đạo' } as const;
    await handle(messageUpdate(-1009, { chat: group, from: fakeUser(STAFF), text: '/broadcast Tin nội bộ', entities: [{ type: 'bot_command', offset: 0, length: 10 }] }));
    expect(lastTo(-1009)?.text).toBe('câu trả lời');
    expect(stores.broadcasts.list()).toEqual([]);
  });

  it('lets Telegram staff type GỬI too, and treats a stale button as expired', async () => {
    subscribe(stores, 1);
    const handle = await startBot();
    await handle(textUpdate(STAFF, '/broadcast Bản nháp thứ nhất.'));
    const stale = buttonsOf(STAFF).find((b) => b.text === texts.broadcast.send);
    await handle(textUpdate(STAFF, '/broadcast Bản nháp thứ hai.'));
    await handle(callbackUpdate(STAFF, stale?.callback_data ?? ''));
    expect(lastTo(STAFF)?.text).toBe(texts.broadcast.expired);
    await handle(textUpdate(STAFF, 'gửi'));
    expect(stores.broadcasts.list()).toEqual([expect.objectContaining({ text: 'Bản nháp thứ hai.' })]);
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
