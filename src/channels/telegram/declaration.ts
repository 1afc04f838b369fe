// What the Telegram channel is and can do, declared for core (no grammY here: the catalog loads without it).
import type { ChannelCapabilities } from '../../core/channel.js';
import type { Config } from '../../config.js';
import { TELEGRAM_TEXT_LIMIT } from './render.js';

/** Telegram: 4096 characters a message, inline keyboards, may message first, paced at TELEGRAM_BROADCAST_RATE, staff from STAFF_TELEGRAM_IDS. */
export function declareTelegram(config: Pick<Config, 'TELEGRAM_BROADCAST_RATE' | 'STAFF_TELEGRAM_IDS'>): ChannelCapabilities {
  return { name: 'telegram', label: 'Telegram', textLimit: TELEGRAM_TEXT_LIMIT, buttons: 'inline', mayMessageFirst: true, sendRate: config.TELEGRAM_BROADCAST_RATE, staffIds: config.STAFF_TELEGRAM_IDS };
}
