// Sends reminders and broadcasts to a Zalo OA follower: customer-service text inside 48 hours, else one promotion message.
import type { SendOutcome } from '../../core/channel.js';
import type { Logger } from '../../logger.js';
import type { ZaloOaPromotionStore } from '../../store/zalo-oa-promotions.js';
import type { ZaloOaApi } from './api.js';
import { ZaloOaError } from './errors.js';
import { CS_WINDOW_MS, localDayAndHour, PROMOTION_HOURS, PROMOTION_QUOTA_MAX_AGE_MS, withinPromotionHours } from './promotion-rules.js';
import { ZALO_OA_TEXT_LIMIT } from './render.js';
import { isTokenRejected, toSendOutcome } from './send-outcome.js';
import type { ZaloOaSender } from './send-text.js';
import { explainRefreshError, type OaTokens } from './tokens.js';

/** Dependencies of the proactive sender. */
export interface ZaloOaProactiveDeps {
  /** The customer-service sender (parts, retries). */
  cs: ZaloOaSender;
  api: ZaloOaApi;
  tokens: OaTokens;
  store: ZaloOaPromotionStore;
  /** Header of the promotion template (prompts/zalo.yaml, oaPromotionHeader). */
  header: string;
  timeZone: string;
  logger: Logger;
  now?: () => Date;
}

/** Proactive sending; every outcome message starts with the kind used ("cs", "promotion") or why none could be. */
export interface ZaloOaProactiveSender {
  send(userId: string, text: string): Promise<SendOutcome>;
  /** True when `userId` wrote (or followed) within 48 hours, so a proactive message goes as customer-service, not promotion. */
  inCsWindow(userId: string): boolean;
  /**
   * Reads the promotion quota from Zalo now (before a broadcast: the console preview and scheduling); the sends that
   * follow count down from it. `error` says why it could not be read.
   */
  readQuota(): Promise<{ remain: number } | { error: string }>;
}

/** Creates the proactive sender. */
export function createZaloOaProactiveSender(deps: ZaloOaProactiveDeps): ZaloOaProactiveSender {
  const now = deps.now ?? (() => new Date());
  let quota: { remain: number; readAt: number } | undefined;
  /** The quota read in flight, shared by the sends that wait for it (one read per broadcast, not one per recipient). */
  let reading: Promise<number | undefined> | undefined;

  const withToken = async <T>(call: (token: string) => Promise<T>): Promise<T> => {
    const token = await deps.tokens.accessToken();
    try {
      return await call(token);
    } catch (error) {
      if (!isTokenRejected(error)) throw error;
      deps.tokens.invalidate(token);
      return call(await deps.tokens.accessToken());
    }
  };

  /** Reads the promotion quota from Zalo now (logged); `error` when Zalo could not be asked. */
  const fetchQuota = async (): Promise<{ remain: number } | { error: string }> => {
    try {
      const remain = await withToken((token) => deps.api.promotionQuota(token));
      quota = { remain, readAt: now().getTime() };
      deps.logger.info({ remaining: remain }, `Zalo OA promotion quota: ${remain} message(s) left`);
      return { remain };
    } catch (error) {
      const reason = error instanceof ZaloOaError && error.operation.startsWith('quota/') ? error.message : explainRefreshError(error);
      deps.logger.warn(`Zalo OA promotion quota could not be read: ${reason}`);
      return { error: reason };
    }
  };
  const readQuota = async (): Promise<number | undefined> => {
    const read = await fetchQuota();
    return 'remain' in read ? read.remain : undefined;
  };
  const inCsWindow = (userId: string): boolean => {
    const last = deps.store.lastInboundAt(userId);
    return last !== undefined && now().getTime() - last < CS_WINDOW_MS;
  };

  const notSent = (reason: string): SendOutcome => ({ ok: false, kind: 'permanent', message: `none: ${reason}` });

  const sendPromotion = async (userId: string, text: string): Promise<SendOutcome> => {
    const at = now();
    const { day, hour } = localDayAndHour(at, deps.timeZone);
    if (!withinPromotionHours(hour)) return notSent(`outside Zalo's promotion hours (${PROMOTION_HOURS.fromHour}:00–${PROMOTION_HOURS.untilHour}:00)`);
    if (text.length > ZALO_OA_TEXT_LIMIT) return notSent(`text longer than ${ZALO_OA_TEXT_LIMIT} characters for one promotion message`);
    if (!quota || at.getTime() - quota.readAt > PROMOTION_QUOTA_MAX_AGE_MS) {
      reading ??= readQuota().finally(() => (reading = undefined));
      if ((await reading) === undefined) return { ok: false, kind: 'transient', message: 'promotion: quota could not be read' };
    }
    if (!quota || quota.remain <= 0) return notSent('no promotion quota left');
    if (!deps.store.claim(userId, day, at.getTime())) return notSent('a promotion message was already sent to this follower today');
    const reserved = quota;
    reserved.remain--;
    try {
      await withToken((token) => deps.api.sendPromotion(token, userId, deps.header, text));
    } catch (error) {
      deps.store.release(userId, day);
      reserved.remain++;
      if (!(error instanceof ZaloOaError) || !error.operation.startsWith('message/')) {
        return { ok: false, kind: 'transient', message: `promotion: ${explainRefreshError(error)}` };
      }
      const outcome = toSendOutcome(error, 60_000);
      return { ...outcome, message: `promotion: ${outcome.message}` };
    }
    deps.logger.info({ userId, via: 'promotion' }, 'Zalo OA proactive message sent as promotion');
    return { ok: true };
  };

  return {
    inCsWindow,
    readQuota: fetchQuota,
    async send(userId, text) {
      if (inCsWindow(userId)) {
        const outcome = await deps.cs.send(userId, text);
        if (outcome.ok) deps.logger.info({ userId, via: 'cs' }, 'Zalo OA proactive message sent as customer-service');
        return outcome.ok ? outcome : { ...outcome, message: `cs: ${outcome.message}` };
      }
      return sendPromotion(userId, text);
    },
  };
}
