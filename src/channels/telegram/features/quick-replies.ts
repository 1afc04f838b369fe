// Feature: pressing a quick-reply button asks the question written on it.
import { Composer } from 'grammy';
import type { CallbackData } from '../callback-data.js';
import type { BotContext } from '../context.js';
import type { Respond } from '../respond.js';
import { fromButtonPress } from '../to-incoming.js';

/** Handles callback queries not taken by earlier features: the data is the question text (or a key for it). */
export function createQuickRepliesFeature(respond: Respond, callbackData: CallbackData): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on('callback_query:data', async (ctx) => {
    await ctx.answerCallbackQuery();
    const question = callbackData.decode(ctx.callbackQuery.data);
    if (question === undefined) {
      ctx.log.info({ data: ctx.callbackQuery.data }, 'button press with an expired key ignored');
      return;
    }
    await respond(ctx, fromButtonPress(ctx.callbackQuery, question, new Date()), { typing: true });
  });
  return feature;
}
