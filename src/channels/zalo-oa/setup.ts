// Sets up the Zalo OA channel from settings: token keeper, webhook route, replies, and the outbound side (cs or promotion) for broadcasts.
import type { OutboundChannel } from '../../core/channel.js';
import type { ZaloOaPromotionStore } from '../../store/zalo-oa-promotions.js';
import type { ZaloTokenStore } from '../../store/zalo-tokens.js';
import type { ChannelContext, ChannelHandle, ChannelSetup } from '../types.js';
import { createPacer } from '../../delivery/pacer.js';
import { createZaloOaApi } from './api.js';
import { createZaloOaEvents } from './handle-event.js';
import { createOaTokenRefresher } from './oauth.js';
import { appendButtonsAsText } from '../../core/text/render.js';
import { declareZaloOa } from './declaration.js';
import { createPromotionOutlook, type PromotionOutlookReader } from './promotion-outlook.js';
import { createZaloOaProactiveSender } from './send-proactive.js';
import { createZaloOaSender, type RetryPolicy } from './send-text.js';
import { loadZaloOaTexts } from './texts.js';
import { createOaTokens } from './tokens.js';
import { createZaloOaWebhook, ZALO_OA_WEBHOOK_PATH } from './webhook.js';

/** The running channel; `idle` waits for events still being handled (tests, shutdown). */
export interface ZaloOaHandle extends ChannelHandle {
  outbound: OutboundChannel;
  /** For the console's broadcast preview: who would get a promotion message, and the quota Zalo reports. */
  promotions: PromotionOutlookReader;
  idle(): Promise<void>;
}

/** Timing knobs and the token store, for tests. */
export interface ZaloOaOptions {
  retry?: RetryPolicy;
  sleep?: (ms: number) => Promise<unknown>;
  now?: () => Date;
  /** Defaults to the core's token store (the zalo_oa_tokens table). */
  tokenStore?: ZaloTokenStore;
  tokenBackoffMs?: number;
  /** How long stop() lets replies in flight finish before leaving them to the next start. */
  stopGraceMs?: number;
  /** Defaults to the core's promotion ledger (the zalo_oa_promotions table). */
  promotionStore?: ZaloOaPromotionStore;
  /** How long a reply is retried (5xx, timeouts, no access token yet) before it is reported failed (default 10 min). */
  replyMaxAgeMs?: number;
}

/** The ChannelSetup main.ts lists. */
export const setupZaloOa: ChannelSetup = (context) => createZaloOaChannel(context);

/** Builds the channel, or `{ off }` naming the missing setting. Mounts POST /webhooks/zalo-oa. */
export async function createZaloOaChannel(context: ChannelContext, options: ZaloOaOptions = {}): Promise<ZaloOaHandle | { off: string }> {
  const { config, core, logger } = context;
  const { ZALO_OA_APP_ID: appId, ZALO_OA_APP_SECRET: appSecret, ZALO_OA_SECRET_KEY: secretKey } = config;
  if (!appId) return { off: 'ZALO_OA_APP_ID is not set' };
  if (!appSecret) return { off: 'ZALO_OA_APP_SECRET is not set' };
  if (!secretKey) return { off: 'ZALO_OA_SECRET_KEY is not set' };
  const store = options.tokenStore ?? core.zaloTokens;
  if (!config.ZALO_OA_REFRESH_TOKEN && !store.get(appId)) return { off: 'ZALO_OA_REFRESH_TOKEN is not set and no token is stored yet' };

  const tokens = createOaTokens({
    appId,
    seedRefreshToken: config.ZALO_OA_REFRESH_TOKEN,
    store,
    refresh: createOaTokenRefresher({ oauthBase: config.ZALO_OA_OAUTH_BASE, appId, appSecret }),
    logger,
    now: options.now,
    backoffMs: options.tokenBackoffMs,
  });
  const api = createZaloOaApi({ apiBase: config.ZALO_OA_API_BASE });
  const sender = createZaloOaSender({ api, tokens, logger, retry: options.retry, sleep: options.sleep });
  const texts = loadZaloOaTexts(config.PROMPTS_DIR);
  const proactive = createZaloOaProactiveSender({
    cs: sender,
    api,
    tokens,
    store: options.promotionStore ?? core.zaloOaPromotions,
    header: texts.oaPromotionHeader,
    template: config.ZALO_OA_TEMPLATE_ID ? { id: config.ZALO_OA_TEMPLATE_ID, param: config.ZALO_OA_TEMPLATE_PARAM } : undefined,
    timeZone: config.TIMEZONE,
    logger,
    now: options.now,
  });
  const declared = declareZaloOa(config);
  const pacer = context.pacerFor?.(declared.name) ?? createPacer({ perSecond: declared.sendRate });
  const retryBackoff = options.retry?.backoffMs;
  const events = createZaloOaEvents({
    assistant: core.assistant,
    store: core.inbox,
    pacer,
    timing: { backoffMs: retryBackoff === undefined ? undefined : (n) => retryBackoff * 2 ** (n - 1), stopGraceMs: options.stopGraceMs, maxAgeMs: options.replyMaxAgeMs },
    subscriptions: core.subscriptions,
    sender,
    messages: core.prompts.messages,
    texts,
    logger,
    now: options.now,
  });
  context.http.route('/', createZaloOaWebhook({ appId, secretKey, events, logger }));

  return {
    description: `Zalo OA: webhook at POST ${ZALO_OA_WEBHOOK_PATH} (app ${appId})`,
    outbound: {
      name: declared.name,
      maxLength: declared.textLimit,
      send: (userId, text, buttons) => proactive.send(userId, appendButtonsAsText(text, buttons, core.prompts.messages)),
    },
    promotions: createPromotionOutlook(proactive),
    async start() {
      tokens.start();
      events.start();
    },
    async stop() {
      await events.stop();
      await tokens.stop();
    },
    idle: () => events.idle(),
  };
}
