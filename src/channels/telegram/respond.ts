// Answers one IncomingMessage in its Telegram chat: optional typing indicator, assistant, plain-text reply.
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
export type Respond = (ctx: BotContext, message: IncomingMessage, options?: { typing?: boolean }) => Promise<void>;

/** Creates the responder shared by the command, question, button and unsupported-content features. */
export function createRespond(deps: RespondDeps): Respond {
  return async (ctx, message, { typing = false } = {}) => {
    const chatId = message.address.chatId;
    if (typing) {
      await ctx.api.sendChatAction(chatId, 'typing').catch((error: unknown) => ctx.log.debug({ error: describeError(error) }, 'typing indicator failed'));
    }
    const reply = await deps.assistant.handle(message);
    ctx.log.info({ chat: chatId, kind: message.kind, mode: reply.mode, refused: reply.refused, turnId: reply.turnId }, 'answered');
    const text = renderPlainText(reply, deps.messages.sourcesHeading);
    await sendMessages(ctx.api, chatId, toMessages(text, reply.buttons, deps.callbackData));
  };
}
