// Failures are visible: with the disk full, every failed answer is logged once at error level with its cause.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/knowledge/ingest.js';
import { createLogger } from '../../src/logger.js';
import { buildCore, type Core } from '../../src/main.js';
import { tempDir, testConfig } from '../helpers/core.js';

const lines: { level: number; msg: string; err?: { message: string; code?: string } }[] = [];
let core: Core;
let cleanup: () => void;

beforeAll(async () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const config = testConfig(temp.dir);
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') lines.push(JSON.parse(line));
      done();
    },
  });
  core = buildCore(config, createLogger('info', sink));
  await ingest(core.knowledge, [config.KNOWLEDGE_DIR], { baseDir: temp.dir });
});
afterAll(() => {
  core.close();
  cleanup();
});

describe('assistant failures', () => {
  it('logs each failed answer once, at error level, with the cause, when the disk is full', async () => {
    core.db.exec('VACUUM');
    // A real SQLITE_FULL: the database may not grow past its current size.
    const pages = Number(core.db.pragma('page_count', { simple: true }));
    core.db.pragma(`max_page_count = ${pages}`);
    const replies = [];
    for (let i = 0; i < 60; i++) {
      const chatId = `full-${i}`;
      replies.push(
        await core.assistant.handle({ address: { channel: 'web', chatId }, userId: chatId, kind: 'text', text: `gia dinh hoc tap la gi ${'x'.repeat(1500)} ${i}`, receivedAt: new Date() }),
      );
    }
    const failed = replies.filter((reply) => reply.text === core.prompts.messages.error);
    expect(failed.length).toBeGreaterThan(0);
    const errors = lines.filter((line) => line.level === 50);
    expect(errors).toHaveLength(failed.length);
    for (const line of errors) {
      expect(line.msg).toMatch(/^answering failed: /u);
      expect(line.err?.message).toMatch(/database or disk is full/u);
      expect(line.err?.code).toBe('SQLITE_FULL');
    }
  });
});
