// Sets up the Zalo Bot channel from settings: webhook route or long polling, replies, and the outbound side for broadcasts.
import type { OutboundChannel } from '../../core/channel.js';
import type { ChannelContext, ChannelHandle, ChannelSetup } from '../types.js';
import { createZaloBotApi, explainBotError } from './api.js';
import { createPacer } from '../../delivery/pacer.js';
import { createZaloBotUpdates, type ZaloBotReplyTiming } from './handle-update.js';
import { createZaloBotPoller, type ZaloBotPollerDeps } from './polling.js';
import { appendButtonsAsText } from '../../core/text/render.js';
import { declareZaloBot } from './declaration.js';
import { createZaloBotSender, type RetryPolicy } from './send-text.js';
import { loadZaloBotTexts } from './texts.js';
import { createZaloBotWebhook, ZALO_BOT_WEBHOOK_PATH } from './webhook.js';

/** The running channel; `idle` waits for replies still being written (tests, shutdown). */
export interface ZaloBotHandle extends ChannelHandle {
  outbound: OutboundChannel;
  idle(): Promise<void>;
}

/** Timing knobs, for tests that must not wait. */
export interface ZaloBotOptions {
  retry?: RetryPolicy;
  sleep?: (ms: number) => Promise<unknown>;
  polling?: Pick<ZaloBotPollerDeps, 'timeoutSec' | 'backoffMs' | 'idlePauseMs'>;
  /** Reply timing (send timeout, retry age, stop grace); the backoff defaults to `retry.backoffMs` doubling. */
  sends?: ZaloBotReplyTiming;
  now?: () => Date;
}

/** The ChannelSetup main.ts lists. */
export const setupZaloBot: ChannelSetup = (context) => createZaloBotChannel(context);

/** Builds the channel, or `{ off }` with the missing setting. Mounts POST /webhooks/zalo-bot when a webhook URL is set. */
export async function createZaloBotChannel(context: ChannelContext, options: ZaloBotOptions = {}): Promise<ZaloBotHandle | { off: string }> {
  const { config, core, logger } = context;
  if (!config.ZALO_BOT_TOKEN) return { off: 'ZALO_BOT_TOKEN is not set' };
  const webhookUrl = config.ZALO_BOT_WEBHOOK_URL;
  const secret = config.ZALO_BOT_WEBHOOK_SECRET;
  if (webhookUrl && !secret) return { off: 'ZALO_BOT_WEBHOOK_URL is set but ZALO_BOT_WEBHOOK_SECRET (8–256 characters) is missing' };

  const api = createZaloBotApi({ base: config.ZALO_BOT_API_BASE, token: config.ZALO_BOT_TOKEN });
  const sender = createZaloBotSender({ api, logger, retry: options.retry, sleep: options.sleep });
  const texts = loadZaloBotTexts(config.PROMPTS_DIR);
  const messages = core.prompts.messages;
  const declared = declareZaloBot(config);
  const pacer = context.pacerFor?.(declared.name) ?? createPacer({ perSecond: declared.sendRate });
  const retryBackoff = options.retry?.backoffMs;
  const timing: ZaloBotReplyTiming = { backoffMs: retryBackoff === undefined ? undefined : (n) => retryBackoff * 2 ** (n - 1), ...options.sends };
  const updates = createZaloBotUpdates({ assistant: core.assistant, store: core.inbox, pacer, sender, messages, texts, logger, timing, now: options.now });
  const outbound: OutboundChannel = {
    name: declared.name,
    maxLength: declared.textLimit,
    send: (chatId, text, buttons) => sender.send(chatId, appendButtonsAsText(text, buttons, core.prompts.messages)),
  };

  if (webhookUrl && secret) {
    context.http.route('/', createZaloBotWebhook({ secret, updates, logger }));
    if (!new URL(webhookUrl).pathname.endsWith(ZALO_BOT_WEBHOOK_PATH)) {
      logger.warn(`ZALO_BOT_WEBHOOK_URL should end with ${ZALO_BOT_WEBHOOK_PATH}, the path Loa listens on`);
    }
    return {
      description: `Zalo Bot: webhook at POST ${ZALO_BOT_WEBHOOK_PATH} (register it with "loa zalo set-webhook")`,
      outbound,
      async start() {
        const me = await api.getMe().catch((error: unknown) => {
          throw new Error(explainBotError(error), { cause: error });
        });
        logger.info(`Zalo Bot: signed in as ${me.display_name ?? me.account_name ?? me.id ?? 'the bot'}`);
        updates.start();
      },
      stop: () => updates.stop(),
      idle: () => updates.idle(),
    };
  }

  const poller = createZaloBotPoller({ api, updates, logger, ...options.polling });
  return {
    description: 'Zalo Bot: long polling (development; set ZALO_BOT_WEBHOOK_URL and ZALO_BOT_WEBHOOK_SECRET for production)',
    outbound,
    async start() {
      updates.start();
      poller.start();
    },
    async stop() {
      await poller.stop();
      await updates.stop();
    },
    idle: () => updates.idle(),
  };
}
