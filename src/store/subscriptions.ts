// Subscribers and the consent ledger: opt-in, opt-out and "blocked the bot" take effect at once and are recorded.
import type { Address } from '../core/types.js';
import { type Db, writeTransaction } from './db.js';

/** A subscriber as stored. */
export interface Subscriber {
  channel: string;
  chatId: string;
  userId: string;
  status: 'active' | 'unsubscribed' | 'inactive';
  province?: string;
  ward?: string;
  subscribedAt?: string;
  updatedAt: string;
}

/** Audience filter for lists (locality matching, which folds diacritics, is done by core/audience). */
export interface AudienceFilter {
  channel?: string;
}

/** Subscriptions with a consent ledger. `method` says how it happened, e.g. "command:/subscribe", "text", "zalo-oa:follow". */
export interface SubscriptionStore {
  optIn(address: Address, userId: string, method: string, at: Date): 'subscribed' | 'already';
  optOut(address: Address, userId: string, method: string, at: Date): 'unsubscribed' | 'not_subscribed';
  /** The platform says the user blocked the bot or the chat is gone: stop sending. */
  markInactive(address: Address, method: string, at: Date): void;
  setLocality(address: Address, locality: { province?: string; ward?: string }, at: Date): void;
  get(address: Address): Subscriber | undefined;
  isActive(address: Address): boolean;
  listActive(filter?: AudienceFilter): Subscriber[];
}

interface SubscriberRow {
  channel: string;
  chat_id: string;
  user_id: string;
  status: Subscriber['status'];
  province: string | null;
  ward: string | null;
  subscribed_at: string | null;
  updated_at: string;
}

/** Creates the subscription store over an open database. */
export function createSubscriptionStore(db: Db): SubscriptionStore {
  const select = db.prepare<[string, string], SubscriberRow>('SELECT * FROM subscribers WHERE channel = ? AND chat_id = ?');
  const upsert = db.prepare(
    `INSERT INTO subscribers (channel, chat_id, user_id, status, subscribed_at, updated_at)
     VALUES (@channel, @chatId, @userId, @status, @subscribedAt, @at)
     ON CONFLICT(channel, chat_id) DO UPDATE SET user_id = excluded.user_id, status = excluded.status,
       subscribed_at = COALESCE(excluded.subscribed_at, subscribers.subscribed_at), updated_at = excluded.updated_at`,
  );
  const ledger = db.prepare(
    'INSERT INTO consent_events (channel, chat_id, user_id, action, method, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const setLocality = db.prepare(
    'UPDATE subscribers SET province = COALESCE(@province, province), ward = COALESCE(@ward, ward), updated_at = @at WHERE channel = @channel AND chat_id = @chatId',
  );

  const selectActive = db.prepare<[], SubscriberRow>("SELECT * FROM subscribers WHERE status = 'active' ORDER BY channel, chat_id");
  const selectActiveOn = db.prepare<[string], SubscriberRow>(
    "SELECT * FROM subscribers WHERE status = 'active' AND channel = ? ORDER BY chat_id",
  );

  const change = writeTransaction(db, 
    (address: Address, userId: string, status: Subscriber['status'], action: string, method: string, at: Date) => {
      upsert.run({
        channel: address.channel,
        chatId: address.chatId,
        userId,
        status,
        subscribedAt: status === 'active' ? at.toISOString() : null,
        at: at.toISOString(),
      });
      ledger.run(address.channel, address.chatId, userId, action, method, at.toISOString());
    },
  );

  const get = (address: Address): Subscriber | undefined => {
    const row = select.get(address.channel, address.chatId);
    return row ? toSubscriber(row) : undefined;
  };

  return {
    optIn(address, userId, method, at) {
      if (get(address)?.status === 'active') return 'already';
      change(address, userId, 'active', 'opt-in', method, at);
      return 'subscribed';
    },
    optOut(address, userId, method, at) {
      if (get(address)?.status !== 'active') return 'not_subscribed';
      change(address, userId, 'unsubscribed', 'opt-out', method, at);
      return 'unsubscribed';
    },
    markInactive(address, method, at) {
      const current = get(address);
      if (!current || current.status === 'inactive') return;
      change(address, current.userId, 'inactive', 'blocked', method, at);
    },
    setLocality(address, locality, at) {
      setLocality.run({ channel: address.channel, chatId: address.chatId, province: locality.province ?? null, ward: locality.ward ?? null, at: at.toISOString() });
    },
    get,
    isActive: (address) => get(address)?.status === 'active',
    listActive: (filter = {}) => (filter.channel ? selectActiveOn.all(filter.channel) : selectActive.all()).map(toSubscriber),
  };
}

function toSubscriber(row: SubscriberRow): Subscriber {
  return {
    channel: row.channel,
    chatId: row.chat_id,
    userId: row.user_id,
    status: row.status,
    province: row.province ?? undefined,
    ward: row.ward ?? undefined,
    subscribedAt: row.subscribed_at ?? undefined,
    updatedAt: row.updated_at,
  };
}
