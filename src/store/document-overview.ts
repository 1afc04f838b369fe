// Read-only figures about indexed documents for the console: metadata, chunk counts and how often answers cited them.
import type { DocumentMeta } from '../core/types.js';
import type { Db } from './db.js';
import { metaFromRow, type DocumentMetaRow } from './document-meta-row.js';

/** An indexed document (from a folder or published from the console) with its chunk count. */
export interface IndexedDocument {
  id: number;
  path: string;
  meta: DocumentMeta;
  chunks: number;
  indexedAt: string;
}

/** Queries over the index and the conversation log. */
export interface DocumentOverview {
  indexed(): IndexedDocument[];
  /** Cited document title → number of answers citing it at or after `since`. */
  citationsSince(since: Date): Map<string, number>;
  /** Passages of one indexed document, in order. */
  passages(documentId: number): { heading: string; text: string }[];
}

interface Row extends DocumentMetaRow {
  id: number;
  path: string;
  indexed_at: string;
  chunks: number;
}

/** Creates the overview over an open database. */
export function createDocumentOverview(db: Db): DocumentOverview {
  const indexed = db.prepare<[], Row>(
    `SELECT d.*, (SELECT count(*) FROM chunks c WHERE c.document_id = d.id) AS chunks FROM documents d ORDER BY d.title`,
  );
  const cited = db.prepare<[string], { title: string; n: number }>(
    `SELECT json_extract(j.value, '$.title') AS title, count(DISTINCT t.id) AS n
     FROM turns t, json_each(t.citations) j
     WHERE t.created_at >= ? AND t.refused = 0
     GROUP BY title`,
  );
  const passages = db.prepare<[number], { heading: string; text: string }>('SELECT heading, text FROM chunks WHERE document_id = ? ORDER BY ord');
  return {
    passages: (documentId) => passages.all(documentId),
    indexed: () =>
      indexed.all().map((row) => ({
        id: row.id,
        path: row.path,
        chunks: row.chunks,
        indexedAt: row.indexed_at,
        meta: metaFromRow(row),
      })),
    citationsSince: (since) => new Map(cited.all(since.toISOString()).filter((r) => r.title).map((r) => [r.title, r.n])),
  };
}
