// Residents' 👍/👎 stored on their conversation turns (implements the core's FeedbackStore).
import type { FeedbackStore } from '../core/feedback.js';
import type { Db } from './db.js';

/** Creates the feedback store over an open database (needs migration 005). The latest vote wins. */
export function createTurnFeedbackStore(db: Db): FeedbackStore {
  const update = db.prepare('UPDATE turns SET feedback = ?, feedback_at = ? WHERE id = ? AND channel = ? AND chat_id = ?');
  const latest = db.prepare<[string, string, string], { id: number }>(
    'SELECT id FROM turns WHERE channel = ? AND chat_id = ? AND refused = 0 AND created_at >= ? ORDER BY id DESC LIMIT 1',
  );
  return {
    record: (turnId, address, value, at) => update.run(value, at.toISOString(), turnId, address.channel, address.chatId).changes === 1,
    latestAnswered: (address, since) => latest.get(address.channel, address.chatId, since.toISOString())?.id,
  };
}
