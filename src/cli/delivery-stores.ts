// Opens the database and the delivery stores for the `broadcast` and `week` commands (no server, no channels).
import type { Config } from '../config.js';
import { createBroadcastDesk, type BroadcastAdmin } from '../delivery/broadcast-desk.js';
import { openDatabase, type Db } from '../store/db.js';
import { createBroadcastStore } from '../store/broadcasts.js';
import { createOutboxStore } from '../store/outbox.js';
import { createSubscriptionStore } from '../store/subscriptions.js';
import { createWeekCalendarStore, type WeekCalendarStore } from '../store/week-calendar.js';

/** What the delivery commands work with. */
export interface DeliveryStores {
  db: Db;
  desk: BroadcastAdmin;
  calendar: WeekCalendarStore;
  close(): void;
}

/** Opens DATABASE_PATH (migrating it) and builds the broadcast desk and the calendar store. */
export function openDeliveryStores(config: Config): DeliveryStores {
  const db = openDatabase(config.DATABASE_PATH);
  const broadcasts = createBroadcastStore(db);
  const desk = createBroadcastDesk({ broadcasts, outbox: createOutboxStore(db), subscriptions: createSubscriptionStore(db) });
  return { db, desk, calendar: createWeekCalendarStore(db), close: () => db.close() };
}
