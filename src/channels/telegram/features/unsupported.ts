// Feature: stickers, photos, voice, video, files and the like get the assistant's "text only, please" answer.
import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import type { Respond } from '../respond.js';
import { toIncoming, UNSUPPORTED_CONTENT } from '../to-incoming.js';

/** Handles messages whose content Loa cannot read. */
export function createUnsupportedFeature(respond: Respond): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on(UNSUPPORTED_CONTENT.map((key) => `message:${key}` as const), async (ctx) => {
    const incoming = toIncoming(ctx.message, ctx.me.username);
    if (incoming) await respond(ctx, incoming);
  });
  return feature;
}
