// What the Zalo OA promotion rules need from SQLite: a follower's last inbound message and the promotions sent per day.
import type { Db } from './db.js';

/** The promotion ledger (table zalo_oa_promotions) and the follower's last contact (the inbox). */
export interface ZaloOaPromotionStore {
  /** Epoch ms of the last update the follower sent the OA (message or follow), or undefined if none is kept. */
  lastInboundAt(userId: string): number | undefined;
  /** Claims the day's one promotion for the follower; false when one is already recorded for `day` (YYYY-MM-DD). */
  claim(userId: string, day: string, at: number): boolean;
  /** Gives the claim back when Zalo did not accept the message. */
  release(userId: string, day: string): void;
  /** How many days of `month` (YYYY-MM) already carry a claim for the follower. */
  claimedInMonth(userId: string, month: string): number;
}

/** Creates the store on an open database. */
export function createZaloOaPromotionStore(db: Db): ZaloOaPromotionStore {
  const last = db.prepare<[string], { at: number | null }>("SELECT MAX(received_at) AS at FROM inbox WHERE channel = 'zalo-oa' AND chat_id = ?");
  const insert = db.prepare<[string, string, number]>('INSERT OR IGNORE INTO zalo_oa_promotions (user_id, day, sent_at) VALUES (?, ?, ?)');
  const remove = db.prepare<[string, string]>('DELETE FROM zalo_oa_promotions WHERE user_id = ? AND day = ?');
  const inMonth = db.prepare<[string, string, string], { n: number }>('SELECT COUNT(*) AS n FROM zalo_oa_promotions WHERE user_id = ? AND day >= ? AND day < ?');
  return {
    lastInboundAt: (userId) => last.get(userId)?.at ?? undefined,
    claim: (userId, day, at) => insert.run(userId, day, at).changes === 1,
    release: (userId, day) => void remove.run(userId, day),
    claimedInMonth: (userId, month) => inMonth.get(userId, `${month}-01`, `${month}-32`)?.n ?? 0,
  };
}
