// What the Zalo OA channel is and can do, declared for core.
import type { ChannelCapabilities } from '../../core/channel.js';
import type { Config } from '../../config.js';
import { ZALO_OA_TEXT_LIMIT } from './render.js';

/** Zalo OA: 2000 characters a message, buttons typed back as words, may message first, paced at ZALO_BROADCAST_RATE, staff from STAFF_ZALO_IDS. */
export function declareZaloOa(config: Pick<Config, 'ZALO_BROADCAST_RATE' | 'STAFF_ZALO_IDS'>): ChannelCapabilities {
  return { name: 'zalo-oa', label: 'Zalo OA', textLimit: ZALO_OA_TEXT_LIMIT, buttons: 'typed', mayMessageFirst: true, sendRate: config.ZALO_BROADCAST_RATE, staffIds: config.STAFF_ZALO_IDS, group: 'zalo' };
}
