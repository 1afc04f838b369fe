// What the web chat is and can do, declared for core: it answers only, it never writes to a browser first.
import type { ChannelCapabilities } from '../../core/channel.js';

/** Longest question or answer text the web chat carries in one message (the request schema's bound). */
export const WEB_TEXT_LIMIT = 100_000;

/** The web chat: buttons shown inline on the page, cannot message first (no broadcasts, reminders or subscriptions), no staff. */
export function declareWebChat(): ChannelCapabilities {
  return { name: 'web', label: 'Web', textLimit: WEB_TEXT_LIMIT, buttons: 'inline', mayMessageFirst: false, sendRate: 0, staffIds: [] };
}
