// The warnings of the last review of each folder document, kept across restarts for the console's document list.
import { type Db, writeTransaction } from './db.js';

/** One warning about one file (the shape of knowledge/trust's DocumentWarning). */
export interface DocumentWarning {
  path: string;
  line?: number;
  message: string;
}

/** Review warnings per document path. */
export interface DocumentWarningStore {
  /** Sets the warnings of the files an ingest read again (an empty list clears them) and forgets removed files. */
  record(reviewed: readonly string[], warnings: readonly DocumentWarning[], removed: readonly string[]): void;
  /** Every kept warning, by path and line. */
  all(): DocumentWarning[];
}

/** Creates the store over `db` (migration 016). */
export function createDocumentWarningStore(db: Db): DocumentWarningStore {
  const clear = db.prepare('DELETE FROM document_warnings WHERE path = ?');
  const insert = db.prepare('INSERT INTO document_warnings (path, line, message) VALUES (?, ?, ?)');
  const select = db.prepare('SELECT path, line, message FROM document_warnings ORDER BY path, line, rowid');
  const record = writeTransaction(db, (reviewed: readonly string[], warnings: readonly DocumentWarning[], removed: readonly string[]) => {
    for (const path of [...reviewed, ...removed]) clear.run(path);
    for (const warning of warnings) insert.run(warning.path, warning.line ?? null, warning.message);
  });
  return {
    record,
    all: () =>
      (select.all() as { path: string; line: number | null; message: string }[]).map((row) => ({
        path: row.path,
        ...(row.line === null ? {} : { line: row.line }),
        message: row.message,
      })),
  };
}
