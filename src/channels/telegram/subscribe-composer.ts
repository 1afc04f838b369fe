// Telegram polish for the subscription dialogue: a pressed "sub:" button removes its keyboard, then the assistant answers.
import { Composer, type Context } from 'grammy';

/**
 * Subscribing works through the assistant on every channel (/subscribe, "đăng ký", button data "sub:…").
 * On Telegram the province list is a large inline keyboard; once a button is pressed this takes the keyboard
 * off that message, so an old list cannot be pressed again, and passes the press on to the quick-reply feature.
 */
export function createSubscribeComposer(): Composer<Context> {
  const composer = new Composer<Context>();
  composer.callbackQuery(/^sub:/u, async (ctx, next) => {
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    await next();
  });
  return composer;
}
