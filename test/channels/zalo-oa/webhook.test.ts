// Zalo OA webhook over real HTTP: signature check, replies through message/cs, de-duplication, follow and unfollow.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createZaloOaChannel, type ZaloOaHandle } from '../../../src/channels/zalo-oa/setup.js';
import { startFakeZaloOa, type FakeZaloOa } from '../../fakes/zalo-oa-server.js';
import { openDatabase } from '../../../src/store/db.js';
import { createInboxStore } from '../../../src/store/inbox.js';
import { countRows, openNode, waitFor, type Node } from '../zalo-bot/harness.js';
import { APP_SECRET, deliver, FIRST_REFRESH, followEvent, macFor, oaConfig, APP_ID, userMessage } from './oa-fixtures.js';

let fake: FakeZaloOa;
let dir: string;
let node: Node<ZaloOaHandle> | undefined;

beforeEach(async () => {
  fake = await startFakeZaloOa({ appId: APP_ID, appSecret: APP_SECRET, refreshToken: FIRST_REFRESH });
  dir = mkdtempSync(join(tmpdir(), 'loa-zalo-oa-'));
});

afterEach(async () => {
  await node?.close();
  node = undefined;
  await fake.close();
});

const start = async (replyMaxAgeMs?: number) => {
  node = await openNode(oaConfig(fake, dir), (context) => createZaloOaChannel(context, { retry: { retries: 2, backoffMs: 1 }, tokenBackoffMs: 1, replyMaxAgeMs }));
  return node;
};

describe('Zalo OA webhook', () => {
  test('user_send_text is acknowledged and answered through message/cs with a refreshed access token', async () => {
    const { url, handle } = await start();
    const response = await deliver(url, userMessage('user_send_text', 'm-1', 'Gia đình học tập là gì?'));
    expect(response.status).toBe(200);
    await handle.idle();
    const [sent] = fake.messages;
    expect(sent).toMatchObject({ userId: '8406123456789', accessToken: 'access-1', error: 0 });
    expect(sent?.text).toContain('Gia đình học tập là danh hiệu');
    expect(sent?.text).toMatch(/Nguồn:\n\[1\] \d+\/QĐ-TTg, \d\d\/\d\d\/\d{4} — /u);
    expect(fake.refreshes[0]).toMatchObject({ refreshToken: FIRST_REFRESH, appId: APP_ID, grantType: 'refresh_token', secretKey: APP_SECRET, ok: true });
  });

  test('a missing or forged signature is rejected with 401 and nothing is processed', async () => {
    const { url, handle, core } = await start();
    const event = userMessage('user_send_text', 'm-forged', 'Gia đình học tập là gì?');
    const raw = JSON.stringify(event);
    expect((await deliver(url, event, null)).status).toBe(401);
    expect((await deliver(url, event, macFor(raw, String(event.timestamp), 'wrong-key'))).status).toBe(401);
    expect((await deliver(url, event, macFor(raw, '1'))).status).toBe(401);
    expect((await deliver(url, event, macFor(raw, String(event.timestamp), undefined, 'other-app'))).status).toBe(401);
    expect((await deliver(url, { ...event, message: { msg_id: 'm-forged', text: 'khác' } }, macFor(raw, String(event.timestamp)))).status).toBe(401);
    expect((await deliver(url, event, 'mac=zz')).status).toBe(401);
    await handle.idle();
    expect(fake.messages).toEqual([]);
    expect(countRows(core, 'inbox')).toBe(0);
    expect(countRows(core, 'turns')).toBe(0);
  });

  test('a duplicate msg_id is answered once, also after a restart on the same database', async () => {
    const event = userMessage('user_send_text', 'm-dup', 'tuan le hoc tap suot doi');
    const first = await start();
    expect((await deliver(first.url, event)).status).toBe(200);
    expect((await deliver(first.url, event)).status).toBe(200);
    await first.handle.idle();
    expect(fake.delivered()).toHaveLength(1);
    await first.close();
    node = undefined;

    const second = await start();
    expect((await deliver(second.url, event)).status).toBe(200);
    await second.handle.idle();
    expect(fake.delivered()).toHaveLength(1);
  });

  test('follow subscribes and welcomes; unfollow unsubscribes; both are in the consent ledger', async () => {
    const { url, handle, core } = await start();
    const address = { channel: 'zalo-oa' as const, chatId: 'u-follow' };
    expect((await deliver(url, followEvent('follow', 'u-follow'))).status).toBe(200);
    await handle.idle();
    expect(core.subscriptions.isActive(address)).toBe(true);
    expect(fake.delivered()[0]).toMatchObject({ userId: 'u-follow' });
    expect(fake.delivered()[0]?.text).toContain('trợ lý tự động');
    expect(fake.delivered()[0]?.text).toContain('bỏ quan tâm');

    expect((await deliver(url, followEvent('unfollow', 'u-follow'))).status).toBe(200);
    await handle.idle();
    expect(core.subscriptions.get(address)?.status).toBe('unsubscribed');
    expect(fake.delivered()).toHaveLength(1);
    const ledger = core.db.prepare("SELECT action, method FROM consent_events WHERE chat_id = 'u-follow' ORDER BY id").all();
    expect(ledger).toEqual([
      { action: 'opt-in', method: 'zalo-oa:follow' },
      { action: 'opt-out', method: 'zalo-oa:unfollow' },
    ]);
  });

  test('images and stickers get the polite text-only reply; the OA’s own messages are ignored', async () => {
    const { url, handle, core } = await start();
    await deliver(url, userMessage('user_send_image', 'm-img'));
    await deliver(url, userMessage('user_send_sticker', 'm-st'));
    await deliver(url, { ...userMessage('oa_send_text', 'm-oa', 'xin chào'), sender: { id: 'oa-1' }, recipient: { id: 'u' } });
    await handle.idle();
    expect(fake.delivered().map((m) => m.text)).toEqual([core.prompts.messages.unsupported, core.prompts.messages.unsupported]);
  });

  test('a response with error != 0 is logged with its message', async () => {
    const { url, handle, logs } = await start();
    await waitFor(() => fake.refreshes.length === 1);
    fake.failNextMessage({ status: 200, body: { error: -230, message: 'User has not interacted with the OA in the last 48 hours' } });
    await deliver(url, userMessage('user_send_text', 'm-late', 'Gia đình học tập là gì?'));
    await handle.idle();
    expect(fake.delivered()).toEqual([]);
    expect(logs.join('')).toContain('User has not interacted with the OA in the last 48 hours');
  });

  test('the outbound side sends proactive text with suggestions as lines (cs to a follower who wrote within 48 hours)', async () => {
    const { handle, core } = await start();
    core.inbox.accept('zalo-oa', 'msg:m-out', 'u-out', { type: 'text', userId: 'u-out', text: 'chào', key: 'msg:m-out' }, Date.now() - 60_000);
    for (const item of core.inbox.next('zalo-oa', 10)) core.inbox.markDone(item.id, Date.now());
    expect(handle.outbound).toMatchObject({ name: 'zalo-oa', maxLength: 2000 });
    expect(await handle.outbound.send('u-out', 'Thông báo', [[{ label: 'Hỏi tiếp', data: 'x' }]])).toEqual({ ok: true });
    expect(fake.delivered()).toEqual([{ userId: 'u-out', text: 'Thông báo\n\nBạn có thể hỏi:\n• Hỏi tiếp' }]);
  });

  test('while tokens cannot be refreshed the webhook still acknowledges; the reply is retried, then reported failed, and logged', async () => {
    fake.failNextRefresh({ status: 200, body: { error: -14014, error_name: 'Invalid refresh token' } }, 1000);
    const { url, handle, logs, core } = await start(200);
    expect((await deliver(url, userMessage('user_send_text', 'm-x', 'Gia đình học tập là gì?'))).status).toBe(200);
    await handle.idle();
    expect(fake.delivered()).toEqual([]);
    expect(core.inbox.get('zalo-oa', 'msg:m-x')?.state).toBe('failed');
    await waitFor(() => logs.some((line) => line.includes('authorize the app again')));
    expect(logs.join('')).not.toContain(FIRST_REFRESH);
    expect(logs.join('')).not.toContain(APP_SECRET);
  });

  test('an event stored by a process that died before answering is answered once after the restart', async () => {
    const first = await start();
    await first.close();
    node = undefined;
    // The crashed process had stored the event (and acknowledged it) but not answered it.
    const db = openDatabase(oaConfig(fake, dir).DATABASE_PATH);
    createInboxStore(db).accept('zalo-oa', 'msg:m-crash', '8406123456789', { type: 'text', userId: '8406123456789', text: 'Gia đình học tập là gì?', key: 'msg:m-crash' }, Date.now());
    db.close();

    const { url, handle, core } = await start();
    await handle.idle();
    expect((await deliver(url, userMessage('user_send_text', 'm-crash', 'Gia đình học tập là gì?'))).status).toBe(200);
    await handle.idle();
    expect(fake.delivered()).toHaveLength(1);
    expect(core.inbox.get('zalo-oa', 'msg:m-crash')?.state).toBe('done');
  });
});
