// Database opening: WAL, foreign keys, numbered migrations applied once and recorded in user_version.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { ROOT, tempDir } from '../helpers/core.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

describe('openDatabase', () => {
  it('creates the file with WAL, foreign keys and every migration', () => {
    const db = openDatabase(join(dir, 'nested', 'loa.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const latest = Math.max(...readdirSync(join(ROOT, 'src/store/migrations')).map((name) => Number.parseInt(name, 10)));
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    db.close();
  });

  it('opens an existing database again without re-running migrations', () => {
    const path = join(dir, 'again.db');
    openDatabase(path).close();
    const db = openDatabase(path);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'turns'").all();
    expect(tables).toHaveLength(1);
    db.close();
  });
});
