// Feature: plain text is a question; show "typing…", then send the assistant's cited answer.
import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import type { Respond } from '../respond.js';
import { toIncoming } from '../to-incoming.js';

/** Handles text messages (commands are taken earlier by the commands feature). */
export function createQuestionsFeature(respond: Respond): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on('message:text', async (ctx) => {
    const incoming = toIncoming(ctx.message, ctx.me.username);
    if (incoming) await respond(ctx, incoming, { typing: true });
  });
  return feature;
}
