// Feature: 👍/👎 buttons under answers — records the resident's feedback on the turn and thanks them.
import { Composer, type Context } from 'grammy';
import { recordFeedback, type FeedbackStore, type FeedbackTexts } from '../../core/feedback.js';

/** Dependencies of the feedback feature. */
export interface FeedbackComposerDeps {
  store: FeedbackStore;
  texts: FeedbackTexts;
  now?: () => Date;
}

/**
 * Handles callback queries `fb:up:<turnId>` / `fb:down:<turnId>` (made by the core's feedbackButtons). The turn
 * must belong to the chat the button was pressed in, so forged callback data cannot rate other people's turns.
 * After a vote the buttons are removed; other callback data falls through to the next feature.
 */
export function createFeedbackComposer(deps: FeedbackComposerDeps): Composer<Context> {
  const composer = new Composer<Context>();
  const now = deps.now ?? (() => new Date());
  composer.callbackQuery(/^fb:(?:up|down):\d{1,15}$/u, async (ctx) => {
    const chatId = String(ctx.callbackQuery.message?.chat.id ?? ctx.callbackQuery.from.id);
    const thanks = recordFeedback(deps.store, { channel: 'telegram', chatId }, ctx.callbackQuery.data, now(), deps.texts);
    await ctx.answerCallbackQuery(thanks ? { text: thanks } : {});
    if (thanks && ctx.callbackQuery.message) {
      await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: [] } }).catch(() => undefined);
    }
  });
  return composer;
}
