// Every channel Loa speaks on, declared once: the catalog core reads for limits, buttons, first messages and pacing.
import { createChannelCatalog, type ChannelCatalog } from '../core/channel.js';
import type { Config } from '../config.js';
import { declareTelegram } from './telegram/declaration.js';
import { declareWebChat } from './web/declaration.js';
import { declareZaloBot } from './zalo-bot/declaration.js';
import { declareZaloOa } from './zalo-oa/declaration.js';

/** The declared channels (on or off: a broadcast previews every channel that has subscribers). */
export function channelCatalog(config: Pick<Config, 'TELEGRAM_BROADCAST_RATE' | 'ZALO_BROADCAST_RATE' | 'STAFF_TELEGRAM_IDS' | 'STAFF_ZALO_IDS'>): ChannelCatalog {
  return createChannelCatalog([declareWebChat(), declareTelegram(config), declareZaloBot(config), declareZaloOa(config)]);
}
