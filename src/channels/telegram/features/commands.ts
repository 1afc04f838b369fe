// Feature: every /command (/start, /help and anything else) goes to the assistant, which decides the answer.
import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import type { Respond } from '../respond.js';
import { toIncoming } from '../to-incoming.js';

/** Handles text messages that start with a bot command. */
export function createCommandsFeature(respond: Respond): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on('message:text').filter(
    (ctx) => ctx.message.entities?.some((e) => e.type === 'bot_command' && e.offset === 0) ?? false,
    async (ctx) => {
      const incoming = toIncoming(ctx.message, ctx.me.username);
      if (incoming) await respond(ctx, incoming);
    },
  );
  return feature;
}
