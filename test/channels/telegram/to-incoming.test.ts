// Unit tests: Telegram messages and button presses mapped to IncomingMessage.
import type { CallbackQuery, Message } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { fromButtonPress, toIncoming } from '../../../src/channels/telegram/to-incoming.js';
import { callbackUpdate, messageUpdate, textUpdate } from '../../fakes/telegram-server.js';

const message = (update: { message?: Message }): Message => update.message!;

describe('toIncoming', () => {
  it('maps text with chat, user and first name', () => {
    const incoming = toIncoming(message(textUpdate(42, 'gia dinh hoc tap la gi')), 'loa_bot');
    expect(incoming).toMatchObject({
      address: { channel: 'telegram', chatId: '42' },
      userId: '42',
      userName: 'Lan',
      kind: 'text',
      text: 'gia dinh hoc tap la gi',
    });
    expect(incoming?.receivedAt).toBeInstanceOf(Date);
  });

  it('maps commands, with or without this bot’s name, and skips commands for other bots', () => {
    expect(toIncoming(message(textUpdate(42, '/Subscribe  tuan le ')), 'loa_bot')).toMatchObject({ kind: 'command', command: 'subscribe', args: 'tuan le' });
    expect(toIncoming(message(textUpdate(42, '/help@Loa_Bot')), 'loa_bot')).toMatchObject({ kind: 'command', command: 'help', args: '' });
    expect(toIncoming(message(textUpdate(42, '/help@other_bot')), 'loa_bot')).toBeUndefined();
  });

  it('maps media as unsupported with its caption, and ignores service messages', () => {
    const voice = message(messageUpdate(42, { voice: { file_id: 'v', file_unique_id: 'w', duration: 3 }, caption: 'nghe nhé' }));
    expect(toIncoming(voice, 'loa_bot')).toMatchObject({ kind: 'unsupported', text: 'nghe nhé' });
    const joined = message(messageUpdate(42, { new_chat_members: [] }));
    expect(toIncoming(joined, 'loa_bot')).toBeUndefined();
  });
});

describe('fromButtonPress', () => {
  it('asks the decoded question in the chat of the pressed message', () => {
    const query = callbackUpdate(42, 'q#abc').callback_query as CallbackQuery;
    const now = new Date('2025-10-01T08:00:00Z');
    expect(fromButtonPress(query, 'Gia đình học tập là gì?', now)).toEqual({
      address: { channel: 'telegram', chatId: '42' },
      userId: '42',
      userName: 'Lan',
      inGroup: false,
      kind: 'text',
      text: 'Gia đình học tập là gì?',
      receivedAt: now,
    });
  });
});
