// Sets up the Telegram channel from settings: off without a token; long polling, or a webhook when a URL is set.
import { createPacer } from '../../delivery/pacer.js';
import type { ChannelContext, ChannelHandle } from '../types.js';
import { declareTelegram } from './declaration.js';
import type { FloodLimit } from './flood.js';
import type { TelegramSendTiming } from './inbox.js';
import type { PollingTiming } from './polling.js';

/** Optional extras for the Telegram channel. */
export interface TelegramOptions {
  /** Per-user flood limit (default 5 updates per 10 s). */
  flood?: FloodLimit;
  /** Send timeouts and retry bounds while answering (tests shorten them). */
  sends?: TelegramSendTiming;
  /** Long-poll timing (tests shorten it). */
  polling?: PollingTiming;
}

/**
 * The Telegram channel. Without TELEGRAM_BOT_TOKEN it is off. With TELEGRAM_WEBHOOK_URL it mounts
 * POST /webhooks/telegram on `context.http` and registers the webhook on start (a secret is required);
 * otherwise it long-polls. Either way every update is stored in the durable inbox first and answered by its worker,
 * with every send paced by the token's shared budget (`context.pacerFor`). Dialogues (broadcasts, feedback,
 * subscriptions) are the core's, behind the assistant; this channel renders their buttons inline. Its `outbound` sends
 * broadcasts without retrying (the dispatcher decides).
 */
export async function setupTelegram(context: ChannelContext, options: TelegramOptions = {}): Promise<ChannelHandle | { off: string }> {
  const { config, logger, core, http } = context;
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) return { off: 'TELEGRAM_BOT_TOKEN is not set' };
  const url = config.TELEGRAM_WEBHOOK_URL;
  const secret = config.TELEGRAM_WEBHOOK_SECRET;
  if (url && !secret) {
    return { off: 'TELEGRAM_WEBHOOK_URL is set but TELEGRAM_WEBHOOK_SECRET is not; set a secret (1-256 of A-Z, a-z, 0-9, _, -) or unset the URL to use long polling' };
  }

  // grammY loads only when Telegram is configured (memory of a web-only install).
  const [{ ALLOWED_UPDATES, createBot }, { createCallbackData }, { createTelegramOutbound }, { createPolling }, { describeError }, { createTelegramWebhook, WEBHOOK_PATH }, { createTelegramInbox }] =
    await Promise.all([import('./bot.js'), import('./callback-data.js'), import('./outbound.js'), import('./polling.js'), import('./redact.js'), import('./webhook.js'), import('./inbox.js')]);
  const messages = core.prompts.messages;
  const callbackData = createCallbackData(messages.quickReplies);
  const apiRoot = config.TELEGRAM_API_ROOT.replace(/\/+$/u, '');
  const declared = declareTelegram(config);
  const pacer = context.pacerFor?.(declared.name) ?? createPacer({ perSecond: declared.sendRate });
  let inbox: ReturnType<typeof createTelegramInbox> | undefined;
  const bot = createBot(token, {
    assistant: core.assistant,
    messages,
    logger,
    apiRoot,
    callbackData,
    flood: options.flood,
    first: (ctx, next) => (inbox ? inbox.middleware(ctx, next) : next()),
  });
  inbox = createTelegramInbox({ bot, store: core.inbox, pacer, logger, timing: options.sends });
  const outbound = createTelegramOutbound(token, { apiRoot, callbackData });
  const commands = Object.entries(messages.commands).map(([command, description]) => ({ command, description }));
  const registerCommands = () =>
    bot.api.setMyCommands(commands).catch((error: unknown) => logger.warn({ error: describeError(error, token) }, 'Telegram setMyCommands failed; the command menu may be outdated'));

  if (!url || !secret) {
    const polling = createPolling(bot, inbox, logger, options.polling, registerCommands);
    return {
      description: 'Telegram: on (long polling)',
      outbound,
      async start() {
        polling.start();
      },
      stop: polling.stop,
    };
  }

  if (new URL(url).pathname !== WEBHOOK_PATH) {
    logger.warn(`TELEGRAM_WEBHOOK_URL does not end in ${WEBHOOK_PATH}; make sure your proxy forwards it there`);
  }
  http.route('/', createTelegramWebhook({ secret, inbox, logger }));
  return {
    description: `Telegram: on (webhook ${url})`,
    outbound,
    async start() {
      await bot.init();
      await bot.api.setWebhook(url, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] });
      inbox.worker.start();
      void registerCommands();
    },
    async stop() {
      await inbox.worker.stop();
    },
  };
}
