// Who a broadcast reaches: channels that may message first, the channel filter (a name or a group such as "zalo"), and the locality filter.
import type { ChannelCatalog } from './channel.js';
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
  /** A channel name, or a group of channels ("zalo" for zalo-bot and zalo-oa). */
  channel?: string;
  /** A province or ward (case- and diacritics-insensitive, "Tỉnh"/"Phường"/"Xã" prefixes ignored). */
  locality?: string;
}

/** True when `channel` may receive proactive messages and is covered by the channel filter. */
export function matchesChannel(filter: string | undefined, channel: string, channels: ChannelCatalog): boolean {
  const declared = channels.of(channel);
  if (!declared?.mayMessageFirst) return false;
  if (filter === undefined) return true;
  return declared.name === filter || declared.group === filter;
}

/** The recipients of a broadcast among `subscribers` (active ones). */
export function selectAudience<T extends Recipient>(subscribers: readonly T[], filter: AudienceFilter, channels: ChannelCatalog): T[] {
  return subscribers.filter(
    (s) => matchesChannel(filter.channel, s.channel, channels) && (filter.locality === undefined || matchesLocality(filter.locality, s)),
  );
}
