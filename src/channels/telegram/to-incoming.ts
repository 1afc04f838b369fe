// Turns Telegram messages and button presses into channel-neutral IncomingMessages.
import type { CallbackQuery, Message } from 'grammy/types';
import type { IncomingMessage } from '../../core/types.js';

/** Message contents Loa cannot read; the assistant answers them with messages.unsupported. */
export const UNSUPPORTED_CONTENT = [
  'sticker',
  'photo',
  'voice',
  'video',
  'video_note',
  'audio',
  'animation',
  'document',
  'location',
  'venue',
  'contact',
  'poll',
  'dice',
  'game',
  'story',
] as const;

/**
 * Maps a message: a leading bot command → kind 'command', other text → 'text', media → 'unsupported'.
 * Returns undefined for service messages (members joining, pins…) and for commands addressed to another bot.
 */
export function toIncoming(message: Message, botUsername: string): IncomingMessage | undefined {
  const base = {
    address: { channel: 'telegram' as const, chatId: String(message.chat.id) },
    userId: String(message.from?.id ?? message.chat.id),
    userName: message.from?.first_name,
    inGroup: message.chat.type !== 'private',
    receivedAt: new Date(message.date * 1000),
  };
  if (message.text !== undefined) {
    const command = parseCommand(message, botUsername);
    if (command === null) return undefined;
    return command ? { ...base, kind: 'command', text: message.text, ...command } : { ...base, kind: 'text', text: message.text };
  }
  if (UNSUPPORTED_CONTENT.some((key) => key in message)) return { ...base, kind: 'unsupported', text: message.caption ?? '' };
  return undefined;
}

/** Maps a pressed quick-reply button to the question it stands for (`text`, already decoded). */
export function fromButtonPress(query: CallbackQuery, text: string, now: Date): IncomingMessage {
  return {
    address: { channel: 'telegram', chatId: String(query.message?.chat.id ?? query.from.id) },
    userId: String(query.from.id),
    userName: query.from.first_name,
    inGroup: query.message !== undefined && query.message.chat.type !== 'private',
    kind: 'text',
    text,
    receivedAt: now,
  };
}

/** The command at the start of the text, undefined when there is none, null when it is for another bot. */
function parseCommand(message: Message, botUsername: string): { command: string; args: string } | undefined | null {
  const entity = message.entities?.find((e) => e.type === 'bot_command' && e.offset === 0);
  const text = message.text ?? '';
  if (!entity) return undefined;
  const [name = '', target] = text.slice(1, entity.length).split('@');
  if (target !== undefined && target.toLowerCase() !== botUsername.toLowerCase()) return null;
  return { command: name.toLowerCase(), args: text.slice(entity.length).trim() };
}
