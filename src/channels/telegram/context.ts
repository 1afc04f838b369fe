// The grammY context Loa's Telegram features receive: the standard context plus a logger for this update.
import type { Context } from 'grammy';
import type { Logger } from '../../logger.js';

/** grammY's Context with `log`, a child logger carrying the update_id (set by the first middleware). */
export type BotContext = Context & { log: Logger };
