// Opens the database and the delivery stores for the `broadcast` and `week` commands (no server, no channels).
import { channelCatalog } from '../channels/catalog.js';
import type { Config } from '../config.js';
import { matchesLocality } from '../core/reminders.js';
import { createBroadcastDesk, type BroadcastAdmin } from '../delivery/broadcast-desk.js';
import { openDatabase, type Db } from '../store/db.js';
import { createStores } from '../store/stores.js';
import type { WeekCalendarStore } from '../store/week-calendar.js';

/** What the delivery commands work with. */
export interface DeliveryStores {
  db: Db;
  desk: BroadcastAdmin;
  calendar: WeekCalendarStore;
  close(): void;
}

/** Opens DATABASE_PATH (migrating it) and builds the broadcast desk (over the declared channels) and the calendar store. */
export function openDeliveryStores(config: Config): DeliveryStores {
  const db = openDatabase(config.DATABASE_PATH);
  const { broadcasts, outbox, subscriptions, calendar } = createStores(db, { inLocality: matchesLocality });
  const desk = createBroadcastDesk({ broadcasts, outbox, subscriptions, catalog: channelCatalog(config) });
  return { db, desk, calendar, close: () => db.close() };
}
