// Opens the SQLite database (WAL, foreign keys) and applies numbered migrations from store/migrations/*.sql.
import type Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeFile } from '../code-files.js';

export type Db = Database.Database;

/**
 * How long a writer waits for another connection's write lock (e.g. `loa ingest` beside a busy server) before
 * "database is locked". Ingest commits in batches of about 2,000 chunks, each far shorter than this.
 */
const BUSY_TIMEOUT_MS = 15_000;

const MIGRATIONS_DIR = fileURLToPath(codeFile('store/migrations'));

/** The native package, loaded when the first database opens: a start-up snapshot (`loa-ask`) cannot hold native code. */
let SqliteDatabase: typeof Database | undefined;

/** Opens (creating if needed) the database at `path` and brings its schema up to date. ":memory:" works too. */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  SqliteDatabase ??= createRequire(import.meta.url)('better-sqlite3') as typeof Database;
  const db = new SqliteDatabase(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  migrate(db);
  return db;
}

/**
 * A write transaction that takes the write lock at BEGIN (BEGIN IMMEDIATE). A deferred transaction that reads
 * first fails at once with "database is locked" when another process commits meanwhile; this one waits under the
 * busy timeout instead. Called inside another transaction it becomes a savepoint.
 */
export function writeTransaction<A extends unknown[], R>(db: Db, fn: (...args: A) => R): (...args: A) => R {
  const transaction = db.transaction(fn);
  return (...args) => transaction.immediate(...args);
}

/** Applies every migration file numbered above the database's user_version, each in its own transaction. */
export function migrate(db: Db): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  for (const { version, sql } of listMigrations()) {
    if (version <= current) continue;
    writeTransaction(db, () => {
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
    })();
  }
}

function listMigrations(): { version: number; sql: string }[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((name) => /^\d+-.*\.sql$/u.test(name))
    .map((name) => ({ version: Number.parseInt(name, 10), sql: readFileSync(join(MIGRATIONS_DIR, name), 'utf8') }))
    .sort((a, b) => a.version - b.version);
}
