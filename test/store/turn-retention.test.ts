// TURN_RETENTION_DAYS: old turns and finished inbox updates are pruned; rated, flagged and corrected turns and the consent
// ledger are kept.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import type { TurnRecord } from '../../src/core/types.js';
import { createLogger } from '../../src/logger.js';
import { openDatabase } from '../../src/store/db.js';
import { createCuratedStore } from '../../src/store/curated.js';
import { createInboxStore } from '../../src/store/inbox.js';
import { createReviewStore } from '../../src/store/review.js';
import { createSubscriptionStore } from '../../src/store/subscriptions.js';
import { createTurnFeedbackStore } from '../../src/store/turn-feedback.js';
import { createTurnStore } from '../../src/store/turns.js';
import { startTurnRetention } from '../../src/turn-retention.js';
import { tempDir } from '../helpers/core.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

const NOW = new Date('2026-11-30T08:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000);
const turn = (chatId: string, createdAt: Date): TurnRecord => ({
  channel: 'web',
  chatId,
  userId: chatId,
  question: 'Tuần lễ học tập suốt đời là khi nào?',
  answer: 'Tháng 10.',
  mode: 'extractive',
  refused: false,
  citations: [],
  scores: [],
  latencyMs: 3,
  createdAt,
});

/** A database with old and recent turns, one old turn rated, one flagged, one corrected, and a consent ledger. */
function seeded(name: string) {
  const db = openDatabase(join(dir, name));
  const turns = createTurnStore(db);
  const ids = {
    oldPlain: turns.record(turn('a', daysAgo(40))),
    oldRated: turns.record(turn('b', daysAgo(40))),
    oldFlagged: turns.record(turn('c', daysAgo(40))),
    oldCorrected: turns.record(turn('d', daysAgo(40))),
    recent: turns.record(turn('e', daysAgo(5))),
  };
  const many = Array.from({ length: 4500 }, (_, i) => turns.record(turn(`bulk-${i}`, daysAgo(31))));
  createTurnFeedbackStore(db).record(ids.oldRated, { channel: 'web', chatId: 'b' }, 'down', daysAgo(39));
  const review = createReviewStore(db, () => true);
  review.flag(ids.oldFlagged, 'sai ngày', 'lan', daysAgo(39));
  const entry = createCuratedStore(db).add({ questions: ['Tuần lễ học tập suốt đời là khi nào?'], answer: 'Từ 1/10 đến 7/10.', source: { title: 'Quyết định 387/QĐ-TTg' } }, 'lan', daysAgo(39));
  review.linkCurated(ids.oldCorrected, entry.id);
  const subscriptions = createSubscriptionStore(db);
  subscriptions.optIn({ channel: 'web', chatId: 'a' }, 'a', 'text', daysAgo(60));
  subscriptions.optOut({ channel: 'web', chatId: 'a' }, 'a', 'text', daysAgo(50));
  return { db, turns, ids, many };
}

const count = (db: ReturnType<typeof openDatabase>, table: string) => db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()!.n;

describe('turn retention', () => {
  it('prunes turns older than the cutoff in slices and keeps rated, flagged and corrected turns and the consent ledger', () => {
    const { db, turns, ids, many } = seeded('prune.db');
    const consent = count(db, 'consent_events');
    expect(consent).toBe(2);
    const removed = turns.prune(daysAgo(30));
    expect(removed).toBe(1 + many.length);
    expect(turns.get(ids.oldPlain)).toBeUndefined();
    expect(turns.get(many[0]!)).toBeUndefined();
    expect(turns.get(ids.oldRated)).toBeDefined();
    expect(turns.get(ids.oldFlagged)).toBeDefined();
    expect(turns.get(ids.oldCorrected)).toBeDefined();
    expect(turns.get(ids.recent)).toBeDefined();
    expect(count(db, 'consent_events')).toBe(consent);
    expect(count(db, 'curated_answers')).toBe(1);
    expect(turns.prune(daysAgo(30))).toBe(0);
    db.close();
  });

  it('runs at start with TURN_RETENTION_DAYS and does nothing without it', () => {
    const { db, turns, ids } = seeded('start.db');
    const logger = createLogger('silent');
    const before = count(db, 'turns');
    startTurnRetention({ turns, days: undefined, logger, now: () => NOW }).stop();
    expect(count(db, 'turns')).toBe(before);
    startTurnRetention({ turns, days: 35, logger, now: () => NOW }).stop();
    expect(turns.get(ids.oldPlain)).toBeUndefined();
    expect(count(db, 'turns')).toBe(before - 1);
    db.close();
  });

  it('prunes finished inbox updates with the turns, keeping pending ones and the last two days', () => {
    const db = openDatabase(join(dir, 'inbox.db'));
    const inbox = createInboxStore(db);
    const add = (key: string, at: Date) => inbox.accept('telegram', key, 'chat', { text: key }, at.getTime());
    add('old-done', daysAgo(40));
    add('old-pending', daysAgo(40));
    add('day-old-done', daysAgo(1));
    const id = (key: string) => db.prepare<[string], { id: number }>('SELECT id FROM inbox WHERE dedupe_key = ?').get(key)!.id;
    inbox.recordPart(id('old-done'), 0, '{}', daysAgo(40).getTime());
    inbox.markDone(id('old-done'), daysAgo(40).getTime());
    inbox.markDone(id('day-old-done'), daysAgo(1).getTime());
    const turns = createTurnStore(db);
    startTurnRetention({ turns, inbox, days: 1, logger: createLogger('silent'), now: () => NOW }).stop();
    expect(inbox.get('telegram', 'old-done')).toBeUndefined();
    expect(count(db, 'inbox_sends')).toBe(0);
    expect(inbox.get('telegram', 'old-pending')?.state).toBe('pending');
    expect(inbox.get('telegram', 'day-old-done')?.state).toBe('done');
    db.close();
  });

  it('reads TURN_RETENTION_DAYS as whole days, empty keeping everything', () => {
    expect(loadConfig({}).TURN_RETENTION_DAYS).toBeUndefined();
    expect(loadConfig({ TURN_RETENTION_DAYS: ' ' }).TURN_RETENTION_DAYS).toBeUndefined();
    expect(loadConfig({ TURN_RETENTION_DAYS: '180' }).TURN_RETENTION_DAYS).toBe(180);
    for (const bad of ['0', '-3', '1.5', 'abc']) expect(() => loadConfig({ TURN_RETENTION_DAYS: bad })).toThrow(ConfigError);
  });
});
