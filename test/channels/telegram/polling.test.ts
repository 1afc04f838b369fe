// Long polling end to end: getUpdates into the durable inbox, grammY answering from a real SQLite core, against the fake Bot API.
import { afterEach, describe, expect, it } from 'vitest';
import { callbackUpdate, failures, fakeUser, messageUpdate, textUpdate, waitUntil } from '../../fakes/telegram-server.js';
import { startHarness, type Harness } from './harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function polling(options: Parameters<typeof startHarness>[0] = {}): Promise<Harness> {
  harness = await startHarness(options);
  await harness.handle().start();
  return harness;
}

describe('Telegram long polling', () => {
  it('answers a text question with a cited plain-text answer after a typing indicator', async () => {
    const { fake, core } = await polling();
    fake.enqueueUpdate(textUpdate(1001, 'Gia đình học tập là gì?'));
    const [answer] = await fake.waitForSent(1001);

    expect(answer!.text).toContain('Gia đình học tập');
    expect(answer!.text).toContain('Nguồn:');
    expect(answer!.text).toContain('[1]');
    expect(answer!.payload.parse_mode).toBeUndefined();
    const methods = fake.calls.map((call) => call.method);
    expect(methods.indexOf('deleteWebhook')).toBeLessThan(methods.indexOf('getUpdates'));
    const typing = fake.callsOf('sendChatAction').find((call) => String(call.payload.chat_id) === '1001');
    expect(typing?.payload.action).toBe('typing');
    expect(fake.calls.indexOf(typing!)).toBeLessThan(fake.calls.findIndex((call) => call.method === 'sendMessage'));
    expect(core.turns.recent('telegram', '1001', 1)[0]?.question).toBe('Gia đình học tập là gì?');
  });

  it('greets /start with quick-reply buttons, and a button press answers that question', async () => {
    const { fake, core } = await polling();
    fake.enqueueUpdate(textUpdate(1002, '/start'));
    const [welcome] = await fake.waitForSent(1002);

    expect(welcome!.text).toBe(core.prompts.messages.welcome);
    const keyboard = welcome!.payload.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] };
    const buttons = keyboard.inline_keyboard.flat();
    expect(buttons.map((b) => b.text)).toEqual(core.prompts.messages.quickReplies);
    for (const button of buttons) expect(Buffer.byteLength(button.callback_data)).toBeLessThanOrEqual(64);

    const first = buttons[0]!;
    fake.enqueueUpdate(callbackUpdate(1002, first.callback_data));
    const sent = await fake.waitForSent(1002, 2);
    expect(fake.callsOf('answerCallbackQuery')).toHaveLength(1);
    expect(sent[1]!.text).toContain('Nguồn:');
    expect(core.turns.recent('telegram', '1002', 1)[0]?.question).toBe(first.text);
  });

  it('registers the Vietnamese command menu on start', async () => {
    const { fake, core } = await polling();
    await waitUntil(() => fake.callsOf('setMyCommands').length > 0, 5000, 'setMyCommands');
    const [call] = fake.callsOf('setMyCommands');
    const commands = call!.payload.commands as { command: string; description: string }[];
    expect(commands.map((c) => c.command)).toEqual(Object.keys(core.prompts.messages.commands));
    expect(commands.find((c) => c.command === 'subscribe')?.description).toMatch(/Đăng ký/u);
  });

  it('answers /help with the help text', async () => {
    const { fake, core } = await polling();
    fake.enqueueUpdate(textUpdate(1003, '/help'));
    const [help] = await fake.waitForSent(1003);
    expect(help!.text).toBe(core.prompts.messages.help);
  });

  it('records a pressed 👍 through the core’s feedback handler, as a notice on the button that takes the keyboard off', async () => {
    const { fake, core } = await polling();
    fake.enqueueUpdate(textUpdate(1008, 'Gia đình học tập là gì?'));
    const [answer] = await fake.waitForSent(1008);
    const keyboard = (answer!.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard.flat();
    const up = keyboard.find((b) => b.callback_data.startsWith('fb:up:'))!;
    fake.enqueueUpdate(callbackUpdate(1008, up.callback_data));
    await waitUntil(() => fake.callsOf('answerCallbackQuery').length > 0, 5000, 'the press to be answered');

    expect(fake.callsOf('answerCallbackQuery')[0]!.payload.text).toBe(core.prompts.messages.feedbackThanksUp);
    await waitUntil(() => fake.callsOf('editMessageReplyMarkup').length > 0, 5000, 'the keyboard to be removed');
    const turnId = Number(up.callback_data.split(':')[2]);
    expect(core.db.prepare('SELECT feedback FROM turns WHERE id = ?').get(turnId)).toEqual({ feedback: 'up' });
    expect(fake.sent.filter((m) => m.chatId === '1008')).toHaveLength(1);
  });

  it('answers stickers and photos with the text-only notice', async () => {
    const { fake, core } = await polling();
    fake.enqueueUpdate(messageUpdate(1004, { sticker: { file_id: 's', file_unique_id: 'u', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false } }));
    fake.enqueueUpdate(messageUpdate(1004, { photo: [{ file_id: 'p', file_unique_id: 'q', width: 90, height: 90 }], caption: 'gia dinh hoc tap' }));
    const sent = await fake.waitForSent(1004, 2);
    expect(sent.map((m) => m.text)).toEqual([core.prompts.messages.unsupported, core.prompts.messages.unsupported]);
  });

  it('tells a flooding user once per window and drops the excess', async () => {
    const { fake, core } = await polling({ telegram: { flood: { limit: 2, windowMs: 60_000 } } });
    for (let i = 0; i < 4; i++) fake.enqueueUpdate(textUpdate(1005, 'Gia đình học tập là gì?'));
    // Same chat, other user: processed after the four above (per-chat order), and not limited.
    fake.enqueueUpdate(messageUpdate(1005, { text: 'Dòng họ học tập là gì?', from: fakeUser(2005) }));
    const sent = await fake.waitForSent(1005, 4);

    expect(sent.filter((m) => m.text === core.prompts.messages.flood)).toHaveLength(1);
    expect(sent.map((m) => m.text.includes('Nguồn:'))).toEqual([true, true, false, true]);
  });

  it('retries a reply lost to a network error, then answers the chat\'s next question in order', async () => {
    const { fake, core } = await polling({ telegram: { sends: { backoffMs: () => 10 } } });
    fake.failNext('sendMessage', failures.network, { chatId: 1006 });
    fake.enqueueUpdate(textUpdate(1006, 'Gia đình học tập là gì?'));
    fake.enqueueUpdate(textUpdate(1006, 'Dòng họ học tập là gì?'));
    const answers = await fake.waitForSent(1006, 2);

    expect(answers[0]!.text).toContain('Gia đình học tập');
    expect(answers[1]!.text).toContain('Dòng họ học tập');
    expect(core.inbox.counts('telegram')).toMatchObject({ failed: 0 });
  });

  it('reports a reply refused for good as failed with the reason, logged without the token, and keeps answering', async () => {
    const { fake, logs, core } = await polling();
    fake.failNext('sendMessage', failures.badRequest, { chatId: 1016 });
    fake.enqueueUpdate(textUpdate(1016, 'Gia đình học tập là gì?'));
    fake.enqueueUpdate(textUpdate(1016, 'Dòng họ học tập là gì?'));
    const [answer] = await fake.waitForSent(1016);

    expect(answer!.text).toContain('Dòng họ học tập');
    await waitUntil(() => core.inbox.counts('telegram').failed === 1, 5000, 'the failed update');
    expect(logs.some((line) => line.includes('reply not delivered') && line.includes("can't parse entities"))).toBe(true);
    expect(logs.join('\n')).not.toContain(fake.token);
  });

  it('stops by aborting the pending long poll instead of waiting for it', async () => {
    const { fake, handle } = await polling();
    await waitUntil(() => fake.callsOf('getUpdates').length > 0, 5000, 'a long poll');
    await handle().stop();
    await waitUntil(() => fake.callsOf('getUpdates').at(-1)?.status === 0, 5000, 'the poll to be abandoned');
    expect(fake.callsOf('getUpdates').every((call) => call.status === 200 || call.status === 0)).toBe(true);
  });
});
