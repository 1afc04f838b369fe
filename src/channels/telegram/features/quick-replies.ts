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
    // Data like "fb:up:12" or "sub:skip" is a dialogue step answered at once; other data is a question worth "typing…".
    await respond(ctx, fromButtonPress(ctx.callbackQuery, data, new Date()), { typing: !DIALOGUE_DATA.test(data), pressed: true });
  });
  return feature;
}
