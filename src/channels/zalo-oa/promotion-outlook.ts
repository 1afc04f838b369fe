// What a broadcast would cost on Zalo OA, for the console preview: followers outside the 48-hour window, and the quota left.
import { TEMPLATE_MONTHLY_LIMIT, TEMPLATE_TEXT_LIMIT } from './promotion-rules.js';
import { ZALO_OA_TEXT_LIMIT } from './render.js';
import type { ZaloOaProactiveSender } from './send-proactive.js';

/** The Zalo OA side of a broadcast preview. */
export interface PromotionOutlook {
  /** Recipients who would get a promotion or template message (no message or follow within 48 hours). */
  outsideWindow: number;
  /** What they would get: a ZBS tag-3 template message (ZALO_OA_TEMPLATE_ID set) or a promotion message. */
  via: 'promotion' | 'template';
  /**
   * Promotion messages Zalo says the OA may still send, read now; undefined when it could not be read (see `error`).
   * For template messages: what Zalo reported with the last send (Loa cannot read it ahead), undefined before one.
   */
  quota?: number;
  /** Template messages: the most one follower may get in a month (0 for promotion messages). */
  monthlyLimit: number;
  /** Template messages: the longest text one carries (the channel's own limit for promotion messages). */
  textLimit: number;
  error?: string;
}

/** Reads the outlook for a broadcast's Zalo OA recipients. */
export interface PromotionOutlookReader {
  outlook(userIds: readonly string[]): Promise<PromotionOutlook>;
}

/** Creates the reader over the channel's proactive sender (the same quota the sends count down). */
export function createPromotionOutlook(sender: Pick<ZaloOaProactiveSender, 'inCsWindow' | 'readQuota' | 'via' | 'templateQuota'>): PromotionOutlookReader {
  return {
    async outlook(userIds) {
      const outsideWindow = userIds.filter((id) => !sender.inCsWindow(id)).length;
      const { via } = sender;
      if (via === 'template') return { outsideWindow, via, quota: sender.templateQuota(), monthlyLimit: TEMPLATE_MONTHLY_LIMIT, textLimit: TEMPLATE_TEXT_LIMIT };
      const kind = { outsideWindow, via, monthlyLimit: 0, textLimit: ZALO_OA_TEXT_LIMIT };
      if (outsideWindow === 0) return kind;
      const read = await sender.readQuota();
      return 'remain' in read ? { ...kind, quota: read.remain } : { ...kind, error: read.error };
    },
  };
}
