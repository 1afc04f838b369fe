// Outbound sends: each Bot API failure maps to the SendOutcome the delivery engine needs; 429 is not retried here.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCallbackData } from '../../../src/channels/telegram/callback-data.js';
import { createTelegramOutbound } from '../../../src/channels/telegram/outbound.js';
import type { OutboundChannel } from '../../../src/core/channel.js';
import { failures, startFakeTelegram, type FakeTelegram } from '../../fakes/telegram-server.js';

let fake: FakeTelegram;
let outbound: OutboundChannel;
beforeEach(async () => {
  fake = await startFakeTelegram();
  outbound = createTelegramOutbound(fake.token, { apiRoot: fake.apiRoot, callbackData: createCallbackData([]) });
});
afterEach(() => fake.close());

describe('Telegram outbound', () => {
  it('sends plain text with buttons on the last part', async () => {
    expect(outbound).toMatchObject({ name: 'telegram', maxLength: 4096 });
    const text = `${'Câu một rất dài. '.repeat(300)}\n\n<b>Hết</b>`;
    const outcome = await outbound.send('3001', text, [[{ label: 'Đăng ký', data: 'subscribe' }]]);

    expect(outcome).toEqual({ ok: true });
    expect(fake.sent.length).toBeGreaterThan(1);
    expect(fake.sent.every((m) => m.text.length <= 4096 && m.payload.parse_mode === undefined)).toBe(true);
    expect(fake.sent.at(-1)?.text).toContain('<b>Hết</b>');
    expect(fake.sent.at(-1)?.payload.reply_markup).toEqual({ inline_keyboard: [[{ text: 'Đăng ký', callback_data: 'subscribe' }]] });
    expect(fake.sent.slice(0, -1).every((m) => m.payload.reply_markup === undefined)).toBe(true);
  });

  it('reports 429 as rate_limited with retry_after, without retrying it', async () => {
    fake.failNext('sendMessage', failures.tooManyRequests(7));
    const outcome = await outbound.send('3002', 'Xin chào');
    expect(outcome).toMatchObject({ ok: false, kind: 'rate_limited', retryAfterMs: 7000 });
    expect(fake.callsOf('sendMessage')).toHaveLength(1);
  });

  it('reports the global rate limit as rate_limited', async () => {
    fake.setRateLimit(2);
    const outcomes = await Promise.all(['a', 'b', 'c', 'd'].map((id) => outbound.send(`30${id}`, 'Xin chào')));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(2);
    expect(outcomes.filter((o) => !o.ok && o.kind === 'rate_limited' && o.retryAfterMs === 1000)).toHaveLength(2);
  });

  it.each([
    ['a user who blocked the bot', failures.blocked, 'blocked'],
    ['a deactivated user', failures.deactivated, 'blocked'],
    ['a chat that does not exist', failures.chatNotFound, 'blocked'],
    ['a server error', failures.serverError, 'transient'],
    ['a bad gateway', failures.badGateway, 'transient'],
    ['a lost connection', failures.network, 'transient'],
    ['another bad request', failures.badRequest, 'permanent'],
  ] as const)('reports %s as %s', async (_name, failure, kind) => {
    fake.failChat('3003', failure);
    const outcome = await outbound.send('3003', 'Xin chào');
    expect(outcome).toMatchObject({ ok: false, kind });
    expect(outcome.ok ? '' : outcome.message).not.toContain(fake.token);
    expect(await outbound.send('3004', 'Xin chào')).toEqual({ ok: true });
  });

  it('never throws: a wrong token or a dead server becomes an outcome', async () => {
    const wrongToken = createTelegramOutbound('999:wrong', { apiRoot: fake.apiRoot, callbackData: createCallbackData([]) });
    expect(await wrongToken.send('3005', 'Xin chào')).toMatchObject({ ok: false, kind: 'permanent' });
    await fake.close();
    const outcome = await outbound.send('3005', 'Xin chào');
    expect(outcome).toMatchObject({ ok: false, kind: 'transient' });
    expect(outcome.ok ? '' : outcome.message).not.toContain(fake.token);
    fake = await startFakeTelegram();
  });

  it('refuses empty text', async () => {
    expect(await outbound.send('3006', '  ')).toMatchObject({ ok: false, kind: 'permanent' });
    expect(fake.calls).toHaveLength(0);
  });
});
