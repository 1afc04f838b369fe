// Renders text and quick-reply buttons as Telegram messages: plain text (no parse_mode), split at 4096 characters.
import type { InlineKeyboardMarkup } from 'grammy/types';
import { splitMessage } from '../../core/text/split.js';
import type { ReplyButton } from '../../core/types.js';
import type { CallbackData } from './callback-data.js';

/** Longest text one Telegram message may carry. */
export const TELEGRAM_TEXT_LIMIT = 4096;

/** One sendMessage call's content. There is deliberately no parse_mode: answers can never inject markup. */
export interface OutgoingMessage {
  text: string;
  reply_markup?: InlineKeyboardMarkup;
}

/** Splits `text` into messages; the inline keyboard for `buttons` goes on the last one. */
export function toMessages(text: string, buttons: ReplyButton[][] | undefined, callbackData: CallbackData): OutgoingMessage[] {
  const parts = splitMessage(text, TELEGRAM_TEXT_LIMIT);
  const keyboard = buttons && buttons.length > 0 ? toInlineKeyboard(buttons, callbackData) : undefined;
  return parts.map((part, index) => (keyboard && index === parts.length - 1 ? { text: part, reply_markup: keyboard } : { text: part }));
}

/** Buttons as an inline keyboard; each button's data becomes callback data (shortened when over 64 bytes). */
export function toInlineKeyboard(buttons: ReplyButton[][], callbackData: CallbackData): InlineKeyboardMarkup {
  return {
    inline_keyboard: buttons.map((row) => row.map((button) => ({ text: button.label, callback_data: callbackData.encode(button.data) }))),
  };
}
