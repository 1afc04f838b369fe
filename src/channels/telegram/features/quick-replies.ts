// Feature: a pressed inline button sends its data to the assistant (a quick-reply question, a vote, a dialogue step).
import { Composer } from 'grammy';
import type { CallbackData } from '../callback-data.js';
import type { BotContext } from '../context.js';
import type { Respond } from '../respond.js';
import { fromButtonPress } from '../to-incoming.js';

/** Machine-made button data (`prefix:…`), as opposed to a quick reply's question text. */
const DIALOGUE_DATA = /^[a-z]{1,8}:/u;

/**
 * Handles callback queries: the data (or the key it was shortened to) is what the button stands for, handled by the
 * core like typed text. The reply says whether the press is answered with a notice and whether its keyboard goes.
 */
export function createQuickRepliesFeature(respond: Respond, callbackData: CallbackData): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on('callback_query:data', async (ctx) => {
    const data = callbackData.decode(ctx.callbackQuery.data);
    if (data === undefined) {
      await ctx.answerCallbackQuery();
      ctx.log.info({ data: ctx.callbackQuery.data }, 'button press with an expired key ignored');
      return;
    }
    const message = fromButtonPress(ctx.callbackQuery, data, new Date());
    // Data like "fb:up:12" or "sub:skip" is a dialogue step: quick, and its reply says how to answer the press.
    if (DIALOGUE_DATA.test(data)) return respond(ctx, message, { pressed: true });
    // A question: stop the button's spinner at once (an answer may take seconds), then "typing…" and the answer.
    await ctx.answerCallbackQuery();
    await respond(ctx, message, { typing: true });
  });
  return feature;
}
