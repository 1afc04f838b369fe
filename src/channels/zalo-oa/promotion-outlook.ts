// What a broadcast would cost on Zalo OA, for the console preview: followers outside the 48-hour window, and the quota left.
import type { ZaloOaProactiveSender } from './send-proactive.js';

/** The Zalo OA side of a broadcast preview. */
export interface PromotionOutlook {
  /** Recipients who would get a promotion message (no message or follow within 48 hours). */
  outsideWindow: number;
  /** Promotion messages Zalo says the OA may still send; undefined when it could not be read (see `error`). */
  quota?: number;
  error?: string;
}

/** Reads the outlook for a broadcast's Zalo OA recipients. */
export interface PromotionOutlookReader {
  outlook(userIds: readonly string[]): Promise<PromotionOutlook>;
}

/** Creates the reader over the channel's proactive sender (the same quota the sends count down). */
export function createPromotionOutlook(sender: Pick<ZaloOaProactiveSender, 'inCsWindow' | 'readQuota'>): PromotionOutlookReader {
  return {
    async outlook(userIds) {
      const outsideWindow = userIds.filter((id) => !sender.inCsWindow(id)).length;
      if (outsideWindow === 0) return { outsideWindow };
      const read = await sender.readQuota();
      return 'remain' in read ? { outsideWindow, quota: read.remain } : { outsideWindow, error: read.error };
    },
  };
}
