// Builds the grammY bot: the inbox's send journal first, per-chat ordering, a logger per update, flood control, then features.
import { sequentialize } from '@grammyjs/runner';
import { Bot, type Middleware } from 'grammy';
import type { Assistant } from '../../core/assistant.js';
import type { Messages } from '../../core/messages.js';
import type { Logger } from '../../logger.js';
import type { CallbackData } from './callback-data.js';
import type { BotContext } from './context.js';
import { createCommandsFeature } from './features/commands.js';
import { createQuestionsFeature } from './features/questions.js';
import { createQuickRepliesFeature } from './features/quick-replies.js';
import { createUnsupportedFeature } from './features/unsupported.js';
import { createFloodControl, type FloodLimit } from './flood.js';
import { describeError } from './redact.js';
import { createRespond } from './respond.js';

/** Update kinds the bot asks Telegram for (polling and webhook alike). */
export const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

/** Everything the bot needs; built by setup.ts. */
export interface BotDeps {
  assistant: Assistant;
  messages: Messages;
  logger: Logger;
  /** Bot API root, e.g. https://api.telegram.org (tests point it at a fake server). */
  apiRoot: string;
  /** Shared with the outbound sender, so long button data sent by either resolves when pressed. */
  callbackData: CallbackData;
  /** Per-user flood limit (default 5 updates per 10 s). */
  flood?: FloodLimit;
  /** Runs before everything else: the durable inbox routes this update's sends through pacing and its journal. */
  first?: Middleware<BotContext>;
  /** Hard limit of any Bot API call in seconds (grammY's default is 500 s; default here 60 s). */
  timeoutSeconds?: number;
}

/** Creates the bot. Errors in any feature are logged (token-free) and never stop the bot. */
export function createBot(token: string, deps: BotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(token, { client: { apiRoot: deps.apiRoot, timeoutSeconds: deps.timeoutSeconds ?? 60 } });
  // Retries live in the inbox's send journal (429 waits retry_after and never drops; 5xx and timeouts back off).
  if (deps.first) bot.use(deps.first);

  bot.use(sequentialize((ctx: BotContext) => ctx.chat?.id.toString()));
  bot.use((ctx, next) => {
    ctx.log = deps.logger.child({ update_id: ctx.update.update_id });
    return next();
  });
  bot.use(createFloodControl(deps.messages.flood, deps.flood));

  const respond = createRespond(deps);
  bot.use(
    createCommandsFeature(respond),
    createQuickRepliesFeature(respond, deps.callbackData),
    createQuestionsFeature(respond),
    createUnsupportedFeature(respond),
  );

  bot.catch((error) => {
    const log = (error.ctx.log as Logger | undefined) ?? deps.logger.child({ update_id: error.ctx.update.update_id });
    log.error({ error: describeError(error, token) }, 'Telegram update failed');
  });
  return bot;
}
