// Answers one IncomingMessage in its Telegram chat: optional typing indicator, assistant, plain-text reply (or a notice on a pressed button).
import type { Assistant } from '../../core/assistant.js';
import type { Messages } from '../../core/messages.js';
import { renderPlainText } from '../../core/text/render.js';
import type { IncomingMessage } from '../../core/types.js';
import type { CallbackData } from './callback-data.js';
import type { BotContext } from './context.js';
import { describeError } from './redact.js';
import { toMessages } from './render.js';
import { sendMessages } from './send-text.js';

/** What the responder needs. */
export interface RespondDeps {
  assistant: Assistant;
  messages: Messages;
  callbackData: CallbackData;
}

/** Asks the assistant and sends its reply to the message's chat. Send errors propagate to bot.catch. */
export type Respond = (ctx: BotContext, message: IncomingMessage, options?: RespondOptions) => Promise<void>;

/** How to answer. */
export interface RespondOptions {
  /** Show "typing…" first (questions). */
  typing?: boolean;
  /** The message is a pressed inline button: answer the press as the reply's `press` says (notice, keyboard removal). */
  pressed?: boolean;
}

/** Creates the responder shared by the command, question, button and unsupported-content features. */
export function createRespond(deps: RespondDeps): Respond {
  return async (ctx, message, { typing = false, pressed = false } = {}) => {
    const chatId = message.address.chatId;
    if (typing) {
      await ctx.api.sendChatAction(chatId, 'typing').catch((error: unknown) => ctx.log.debug({ error: describeError(error) }, 'typing indicator failed'));
    }
    const reply = await deps.assistant.handle(message);
    ctx.log.info({ chat: chatId, kind: message.kind, mode: reply.mode, refused: reply.refused, turnId: reply.turnId }, 'answered');
    if (pressed) {
      const notice = reply.press?.showAs === 'notice';
      // Best effort: an old press (past Telegram's answer window) or a message already edited must not fail the reply.
      const ignore = (error: unknown) => ctx.log.debug({ error: describeError(error) }, 'answering a button press failed');
      await ctx.answerCallbackQuery(notice ? { text: reply.text } : {}).catch(ignore);
      if (reply.press?.removeButtons && ctx.callbackQuery?.message) await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: [] } }).catch(ignore);
      if (notice) return;
    }
    const text = renderPlainText(reply, deps.messages.sourcesHeading);
    await sendMessages(ctx.api, chatId, toMessages(text, reply.buttons, deps.callbackData));
  };
}
