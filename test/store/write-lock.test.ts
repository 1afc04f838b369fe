// Store writers take the write lock at BEGIN and wait: `loa ingest` beside a server that is writing does not fail.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/knowledge/ingest.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { createKnowledgeStore } from '../../src/store/knowledge-store.js';
import { ROOT, tempDir } from '../helpers/core.js';

let dir: string;
let cleanup: () => void;
let db: Db;

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  mkdirSync(join(dir, 'corpus'));
  for (let i = 0; i < 20; i++) writeFileSync(join(dir, 'corpus', `doc-${i}.md`), `# Tài liệu ${i}\n\nGia đình học tập số ${i} là một danh hiệu.\n`);
  db = openDatabase(join(dir, 'loa.db'));
});
afterAll(() => {
  db.close();
  cleanup();
});

/** Another process (the "server") that writes to the database and holds the write lock for `holdMs`. */
function holdWriteLock(holdMs: number): Promise<{ done: Promise<number> }> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.pragma('busy_timeout = 15000');
    db.exec('BEGIN IMMEDIATE');
    db.prepare("INSERT INTO turns (channel, chat_id, user_id, question, answer, mode, refused, citations, scores, latency_ms, created_at) VALUES ('web', 'srv', 'srv', 'q', 'a', 'extractive', 0, '[]', '[]', 1, 0)").run();
    process.stdout.write('locked\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${holdMs});
    db.exec('COMMIT');
    db.close();
  `;
  const child = spawn(process.execPath, ['-e', script, join(dir, 'loa.db')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const done = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (data: Buffer) => {
      if (data.toString().includes('locked')) resolve({ done });
    });
    child.on('exit', (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
}

describe('writers beside a busy server', () => {
  it('ingest waits for the other process\'s write instead of failing with "database is locked"', { timeout: 30_000 }, async () => {
    const store = createKnowledgeStore(db);
    // Read first, as ingest does, so a deferred transaction would hold a stale snapshot.
    expect(store.documentHashes().size).toBe(0);
    const holder = await holdWriteLock(800);
    const report = await ingest(store, ['corpus'], { baseDir: dir });
    expect(report.failed).toEqual([]);
    expect(report.added).toHaveLength(20);
    expect(await holder.done).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM turns WHERE chat_id = 'srv'").get()).toEqual({ n: 1 });
  });
});
