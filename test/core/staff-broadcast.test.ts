// The /broadcast dialogue for staff on a real core: typed GỬI/HỦY on Zalo, buttons on Telegram, refusal for everyone else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingMessage } from '../../src/core/types.js';
import type { Core } from '../../src/main.js';
import { tempDir, testCore } from '../helpers/core.js';

let core: Core;
let cleanup: () => void;
beforeAll(async () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  core = await testCore(temp.dir, { STAFF_ZALO_IDS: 'staff-1', STAFF_TELEGRAM_IDS: 'tg-staff' });
  core.subscriptions.optIn({ channel: 'zalo-bot', chatId: 'resident-1' }, 'resident-1', 'text:dang ky', new Date());
  core.subscriptions.optIn({ channel: 'zalo-oa', chatId: 'resident-2' }, 'resident-2', 'zalo-oa:follow', new Date());
});
afterAll(() => {
  core.close();
  cleanup();
});

const say = (userId: string, text: string, channel: IncomingMessage['address']['channel'] = 'zalo-bot') => {
  const command = /^\/(\w+)\s*([\s\S]*)$/u.exec(text);
  return core.assistant.handle({
    address: { channel, chatId: userId },
    userId,
    kind: command ? 'command' : 'text',
    command: command?.[1],
    args: command?.[2],
    text,
    receivedAt: new Date(),
  });
};
const texts = () => core.deliveryTexts.broadcast;

describe('staff /broadcast on Zalo', () => {
  it('refuses non-staff politely and stores nothing', async () => {
    expect((await say('resident-1', '/broadcast Tin giả')).text).toBe(texts().notStaff);
    expect(core.desk.list()).toHaveLength(0);
  });

  it('asks for the text, previews it with the recipient count, and HỦY drops it without unsubscribing anyone', async () => {
    expect((await say('staff-1', '/broadcast')).text).toBe(texts().askText);
    const preview = await say('staff-1', 'Tuần lễ học tập suốt đời khai mạc ngày 1/10.');
    expect(preview.text).toContain('Tuần lễ học tập suốt đời khai mạc ngày 1/10.');
    expect(preview.text).toContain('2');
    expect(preview.text).toContain(texts().confirmByText);
    expect((await say('staff-1', 'hủy')).text).toBe(texts().cancelled);
    expect(core.desk.list()).toHaveLength(0);
    expect(core.subscriptions.listActive()).toHaveLength(2);
  });

  it('schedules the draft when staff answer GỬI', async () => {
    await say('staff-1', '/broadcast Mời bà con tham gia Ngày hội đọc sách.');
    const created = await say('staff-1', 'GỬI');
    expect(created.text).toMatch(/#\d+/u);
    const [broadcast] = core.desk.list();
    expect(broadcast).toMatchObject({ kind: 'staff', text: 'Mời bà con tham gia Ngày hội đọc sách.' });
    expect((await say('staff-1', `/broadcast_status ${broadcast!.id}`)).text).toContain(`#${broadcast!.id}`);
  });

  it('serves Telegram too, with staff from STAFF_TELEGRAM_IDS (a Zalo staff id is nobody there), and leaves other text to the answers', async () => {
    expect((await say('staff-1', '/broadcast x', 'telegram')).text).toBe(texts().notStaff);
    const preview = await say('tg-staff', '/broadcast Mời bà con dự lễ khai mạc.', 'telegram');
    expect(preview.text).toContain('Mời bà con dự lễ khai mạc.');
    expect(preview.text).not.toContain(texts().confirmByText);
    expect(preview.buttons?.flat().map((b) => b.label)).toEqual([texts().send, texts().cancel]);
    const cancel = preview.buttons?.flat().find((b) => b.label === texts().cancel);
    expect((await say('tg-staff', cancel!.data, 'telegram')).text).toBe(texts().cancelled);
    const answer = await say('staff-1', 'gia dinh hoc tap la gi');
    expect(answer.citations.length).toBeGreaterThan(0);
  });
});
