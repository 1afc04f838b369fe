// Sends rendered messages to one chat through a grammY Api, in order, stopping at the first failure.
import type { Api } from 'grammy';
import type { OutgoingMessage } from './render.js';

/** Sends `messages` to `chatId` one after another; throws the first grammY error (later parts are not sent). */
export async function sendMessages(api: Api, chatId: string | number, messages: readonly OutgoingMessage[]): Promise<void> {
  for (const message of messages) {
    await api.sendMessage(chatId, message.text, {
      reply_markup: message.reply_markup,
      link_preview_options: { is_disabled: true },
    });
  }
}
