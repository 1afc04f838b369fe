// The inbox worker survives a database error while reading the inbox: the update stays stored and is answered later.
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createInboxWorker, type InboxJob } from '../../src/delivery/inbox-worker.js';
import { openDatabase } from '../../src/store/db.js';
import { createInboxStore, type InboxStore } from '../../src/store/inbox.js';
import { tempDir } from '../helpers/core.js';

const temp = tempDir();
afterEach(() => temp.cleanup());

describe('inbox worker faults', () => {
  it('keeps running after the inbox could not be read once, and answers the stored update', async () => {
    const db = openDatabase(join(temp.dir, 'inbox.db'));
    const real = createInboxStore(db);
    let failures = 1;
    const store: InboxStore = {
      ...real,
      next(channel, limit) {
        if (failures-- > 0) throw new Error('SQLITE_BUSY: database is locked');
        return real.next(channel, limit);
      },
    };
    const answered: string[] = [];
    const worker = createInboxWorker({
      store,
      channel: 'telegram',
      logger: pino({ level: 'silent' }),
      handle: async (job: InboxJob) => {
        answered.push(job.item.chatId);
      },
    });
    worker.accept('u1', 'chat-1', { text: 'xin chào' });
    worker.start();
    await worker.idle();
    await worker.stop();
    expect(answered).toEqual(['chat-1']);
    expect(real.counts('telegram').pending).toBe(0);
    db.close();
  });
});

describe('inbox worker, updates given up on', () => {
  it('answers the updates behind those it gives up on, with no new message to wake it', async () => {
    const db = openDatabase(join(temp.dir, 'given-up.db'));
    const store = createInboxStore(db);
    for (const chat of ['old-1', 'old-2']) {
      store.accept('telegram', chat, chat, { text: 'câu cũ' }, 1);
      const [item] = store.next('telegram', 10).filter((row) => row.chatId === chat);
      for (let i = 0; i < 5; i++) store.markTaken(item!.id); // taken at five starts, never finished
    }
    store.accept('telegram', 'fresh', 'fresh', { text: 'xin chào' }, 2);
    const answered: string[] = [];
    const worker = createInboxWorker({
      store,
      channel: 'telegram',
      concurrency: 1,
      logger: pino({ level: 'silent' }),
      handle: async (job: InboxJob) => {
        answered.push(job.item.chatId);
      },
    });
    worker.start();
    for (let i = 0; i < 100 && answered.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    await worker.stop();
    expect(answered).toEqual(['fresh']);
    expect(store.counts('telegram')).toMatchObject({ pending: 0 });
    db.close();
  });
});

describe('inbox worker fairness', () => {
  it('answers a chat while another chat has a long backlog in flight', async () => {
    const db = openDatabase(join(temp.dir, 'fair.db'));
    const store = createInboxStore(db);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const answered: string[] = [];
    const worker = createInboxWorker({
      store,
      channel: 'telegram',
      concurrency: 2,
      logger: pino({ level: 'silent' }),
      handle: async (job: InboxJob) => {
        if (job.item.chatId === 'busy') await held;
        answered.push(job.item.chatId);
      },
    });
    for (let i = 0; i < 40; i++) worker.accept(`busy-${i}`, 'busy', { text: `câu ${i}` });
    worker.accept('quiet-1', 'quiet', { text: 'xin chào' });
    worker.start();
    for (let i = 0; i < 200 && !answered.includes('quiet'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(answered).toEqual(['quiet']);
    release();
    await worker.idle();
    await worker.stop();
    expect(answered.filter((chat) => chat === 'busy')).toHaveLength(40);
    db.close();
  });
});
