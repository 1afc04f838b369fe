// Who a broadcast reaches: the channel filter ("telegram", "zalo" = both Zalo channels) and the locality filter.
import { matchesLocality } from './reminders.js';

/** A subscriber as far as targeting is concerned. */
export interface Recipient {
  channel: string;
  chatId: string;
  province?: string;
  ward?: string;
}

/** Targeting of a broadcast; both optional. */
export interface AudienceFilter {
  /** A channel name, or "zalo" for zalo-bot and zalo-oa. */
  channel?: string;
  /** A province or ward (case- and diacritics-insensitive, "Tỉnh"/"Phường"/"Xã" prefixes ignored). */
  locality?: string;
}

/** Channel filters staff may use. */
export const CHANNEL_FILTERS = ['telegram', 'zalo', 'zalo-bot', 'zalo-oa'] as const;

/** Channels that can receive proactive messages. */
const PROACTIVE = /^(telegram|zalo-bot|zalo-oa)$/u;

/** True when `channel` is covered by the channel filter. */
export function matchesChannel(filter: string | undefined, channel: string): boolean {
  if (!PROACTIVE.test(channel)) return false;
  if (filter === undefined) return true;
  return filter === 'zalo' ? channel.startsWith('zalo-') : channel === filter;
}

/** The recipients of a broadcast among `subscribers` (active ones). */
export function selectAudience<T extends Recipient>(subscribers: readonly T[], filter: AudienceFilter): T[] {
  return subscribers.filter(
    (s) => matchesChannel(filter.channel, s.channel) && (filter.locality === undefined || matchesLocality(filter.locality, s)),
  );
}
