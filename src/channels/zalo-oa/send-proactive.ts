// Sends reminders and broadcasts to a Zalo OA follower: customer-service text inside 48 hours, else one tag-3 template or promotion message.
import type { SendOutcome } from '../../core/channel.js';
import type { Logger } from '../../logger.js';
import type { ZaloOaPromotionStore } from '../../store/zalo-oa-promotions.js';
import type { ZaloOaApi } from './api.js';
import { ZaloOaError } from './errors.js';
import {
  CS_WINDOW_MS,
  localDayAndHour,
  PROMOTION_HOURS,
  PROMOTION_QUOTA_MAX_AGE_MS,
  TEMPLATE_MONTHLY_LIMIT,
  TEMPLATE_TEXT_LIMIT,
  withinPromotionHours,
} from './promotion-rules.js';
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
  /** An approved ZBS tag-3 template: when set, followers outside 48 hours get it instead of message/promotion. */
  template?: ZaloOaTemplate;
  timeZone: string;
  logger: Logger;
  now?: () => Date;
}

/** An approved ZBS template of tag 3 that carries a reminder's text in one parameter (ZALO_OA_TEMPLATE_ID, _PARAM). */
export interface ZaloOaTemplate {
  /** The template's id in Zalo (ZALO_OA_TEMPLATE_ID). */
  id: string;
  /** The template parameter that receives the text. */
  param: string;
}

/** Proactive sending; every outcome message starts with the kind used ("cs", "promotion", "template") or why none could be. */
export interface ZaloOaProactiveSender {
  send(userId: string, text: string): Promise<SendOutcome>;
  /** What a follower outside 48 hours gets: a ZBS template message when one is configured, else a promotion message. */
  readonly via: 'promotion' | 'template';
  /** The lowest template quota Zalo reported with today's sends; undefined before one today (Loa cannot read it ahead). */
  templateQuota(): number | undefined;
  /** True when `userId` wrote (or followed) within 48 hours, so a proactive message goes as customer-service, not promotion. */
  inCsWindow(userId: string): boolean;
  /**
   * Reads the promotion quota from Zalo now (before a broadcast: the console preview and scheduling); the sends that
   * follow count down from it. `error` says why it could not be read.
   */
  readQuota(): Promise<{ remain: number } | { error: string }>;
}

/** Gives back what a reservation took. */
type Undo = () => void;

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

  /**
   * The rules every message outside the 48-hour window follows (hours, length, one a day per follower on the ledger),
   * then `send`. `reserve` applies the kind's own rules and takes what it counts (answering how to give it back) or
   * refuses; the reservation and the day's claim are given back when Zalo does not take the message. `kind` prefixes
   * the outcome.
   */
  const sendOutsideWindow = async (
    kind: 'promotion' | 'template',
    userId: string,
    text: string,
    limit: number,
    reserve: (at: Date, day: string) => Promise<SendOutcome | Undo>,
    send: (token: string) => Promise<void>,
  ): Promise<SendOutcome> => {
    const at = now();
    const { day, hour } = localDayAndHour(at, deps.timeZone);
    if (!withinPromotionHours(hour)) return notSent(`outside Zalo's promotion hours (${PROMOTION_HOURS.fromHour}:00–${PROMOTION_HOURS.untilHour}:00)`);
    if (text.length > limit) return notSent(`text longer than ${limit} characters for one ${kind} message`);
    const reserved = await reserve(at, day);
    if (typeof reserved !== 'function') return reserved;
    if (!deps.store.claim(userId, day, at.getTime())) {
      reserved();
      return notSent(`a ${kind} message was already sent to this follower today`);
    }
    try {
      await withToken(send);
    } catch (error) {
      reserved();
      deps.store.release(userId, day);
      if (!(error instanceof ZaloOaError) || !error.operation.startsWith('message/')) {
        return { ok: false, kind: 'transient', message: `${kind}: ${explainRefreshError(error)}` };
      }
      const outcome = toSendOutcome(error, 60_000);
      return { ...outcome, message: `${kind}: ${outcome.message}` };
    }
    deps.logger.info({ userId, via: kind }, `Zalo OA proactive message sent as ${kind}`);
    return { ok: true };
  };

  const sendPromotion = async (userId: string, text: string): Promise<SendOutcome> => {
    const reserve = async (at: Date): Promise<SendOutcome | Undo> => {
      if (!quota || at.getTime() - quota.readAt > PROMOTION_QUOTA_MAX_AGE_MS) {
        reading ??= readQuota().finally(() => (reading = undefined));
        if ((await reading) === undefined) return { ok: false, kind: 'transient', message: 'promotion: quota could not be read' };
      }
      if (!quota || quota.remain <= 0) return notSent('no promotion quota left');
      const reserved = quota;
      reserved.remain--;
      return () => void reserved.remain++;
    };
    return sendOutsideWindow('promotion', userId, text, ZALO_OA_TEXT_LIMIT, reserve, (token) => deps.api.sendPromotion(token, userId, deps.header, text));
  };

  /** The quota Zalo reported with the last template send, for the local day it was reported on. */
  let templateQuota: { remaining: number; day: string } | undefined;

  const sendTemplate = async (template: ZaloOaTemplate, userId: string, text: string): Promise<SendOutcome> => {
    const reserve = async (_at: Date, day: string): Promise<SendOutcome | Undo> => {
      if (templateQuota?.day === day && templateQuota.remaining <= 0) return notSent('no template quota left today (Zalo reported 0 remaining)');
      if (deps.store.claimedInMonth(userId, day.slice(0, 7)) >= TEMPLATE_MONTHLY_LIMIT) {
        return notSent(`${TEMPLATE_MONTHLY_LIMIT} template messages were already sent to this follower this month`);
      }
      return () => undefined;
    };
    const send = async (token: string) => {
      const { remainingQuota } = await deps.api.sendTemplate(token, userId, template.id, { [template.param]: text });
      if (remainingQuota === undefined) return;
      // Answers of concurrent sends arrive in any order: the day's lowest count is the latest.
      const day = localDayAndHour(now(), deps.timeZone).day;
      if (templateQuota?.day !== day || remainingQuota < templateQuota.remaining) templateQuota = { remaining: remainingQuota, day };
    };
    return sendOutsideWindow('template', userId, text, TEMPLATE_TEXT_LIMIT, reserve, send);
  };

  return {
    inCsWindow,
    via: deps.template ? 'template' : 'promotion',
    templateQuota: () => (templateQuota?.day === localDayAndHour(now(), deps.timeZone).day ? templateQuota.remaining : undefined),
    readQuota: fetchQuota,
    async send(userId, text) {
      if (inCsWindow(userId)) {
        const outcome = await deps.cs.send(userId, text);
        if (outcome.ok) deps.logger.info({ userId, via: 'cs' }, 'Zalo OA proactive message sent as customer-service');
        return outcome.ok ? outcome : { ...outcome, message: `cs: ${outcome.message}` };
      }
      return deps.template ? sendTemplate(deps.template, userId, text) : sendPromotion(userId, text);
    },
  };
}
