// Documents, chunks and their FTS5 index: incremental replace/remove per file, matching and term statistics kept at ingest.
import type { DocumentMeta } from '../core/types.js';
import { type Db, writeTransaction } from './db.js';
import { metaFromRow, metaParams, type DocumentMetaRow } from './document-meta-row.js';
import { createIndexReadCache } from './index-read-cache.js';
import { countChunk, createTermStatsWriter, distinctTerms, emptyDelta, type TermDelta } from './term-stats-table.js';

/** Pre-tokenized search fields of one chunk (space-separated tokens). */
export interface ChunkFields {
  /** Folded words and pairs of the title, number, heading and tags. */
  head: string;
  /** Folded words of the passage. */
  fold: string;
  /** Folded adjacent-word pairs of the passage, joined with "_". */
  fold2: string;
}

/** A chunk ready to store: its text and its search fields. */
export interface ChunkInput {
  heading: string;
  text: string;
  fields: ChunkFields;
}

/** A chunk as stored, with what its search fields were computed from. */
export interface IndexedChunk {
  heading: string;
  text: string;
  meta: DocumentMeta;
  /** The document's stored content hash (it tells which indexing rules were used). */
  documentHash: string;
}

/** Options of the knowledge store. */
export interface KnowledgeStoreOptions {
  /**
   * Recomputes the search fields a stored chunk was indexed with (the index is contentless), so replacing or removing
   * a document subtracts exactly its terms from the document frequencies. Undefined (or absent) when it cannot: the
   * frequencies are then recounted from the whole FTS5 vocabulary when the transaction commits (slow at scale).
   */
  fieldsOf?: (chunk: IndexedChunk) => ChunkFields | undefined;
}

/** A stored chunk with its document's metadata. */
export interface StoredChunk {
  chunkId: number;
  documentId: number;
  path: string;
  heading: string;
  text: string;
  meta: DocumentMeta;
}

/** Storage of the indexed corpus. */
export interface KnowledgeStore {
  /** path → content hash of every indexed document. */
  documentHashes(): Map<string, string>;
  /** Replaces a document's chunks atomically (inserting the document if new). */
  replaceDocument(path: string, hash: string, meta: DocumentMeta, chunks: readonly ChunkInput[]): void;
  /** Removes a document and its chunks from the index. */
  removeDocument(path: string): void;
  /** Runs `fn` in one transaction, so many replaced documents commit once (each still rolls back alone if it fails). */
  batch<T>(fn: () => T): T;
  /** Chunk ids matching an FTS5 query (built only from quoted tokens), unranked: the cost follows the posting lists. */
  matchIds(ftsQuery: string, limit: number): number[];
  /** Loads chunks with metadata, in the order of `ids`. */
  chunks(ids: readonly number[]): StoredChunk[];
  /** Number of chunks containing each term (any column), from the statistics kept at ingest (one indexed read). */
  documentFrequency(terms: readonly string[]): Map<string, number>;
  /** Number of chunks, kept at ingest (no table scan). */
  chunkCount(): number;
  documentCount(): number;
  /**
   * Chunk ids of the documents whose `superseded_by` is `number` or starts with `number/` ("25/2023" finds
   * "25/2023/TT-BGDĐT"; digits alone, "25", any year's document 25).
   */
  replacedChunkIds(number: string): number[];
  /** The metadata of the documents that have a number (kept until the index changes: do not change them). */
  numberedDocuments(): readonly DocumentMeta[];
  /**
   * Ids of the chunks of the chunk's document under the same heading, in document order (the chunk's alone when one).
   * Headings are paths ("Section › Subsection"): two sections of one document under the same path would be read as one.
   */
  sectionChunkIds(chunkId: number): number[];
}

interface DocumentRow extends DocumentMetaRow {
  id: number;
  path: string;
}

/** Creates the knowledge store over an open database. */
export function createKnowledgeStore(db: Db, options: KnowledgeStoreOptions = {}): KnowledgeStore {
  const selectHashes = db.prepare<[], { path: string; hash: string }>('SELECT path, hash FROM documents');
  const selectDoc = db.prepare<[string], DocumentRow & { hash: string }>('SELECT * FROM documents WHERE path = ?');
  const selectChunks = db.prepare<[number], { id: number; heading: string; text: string }>(
    'SELECT id, heading, text FROM chunks WHERE document_id = ?',
  );
  const deleteFts = db.prepare<[number]>('DELETE FROM chunks_fts WHERE rowid = ?');
  const deleteChunks = db.prepare<[number]>('DELETE FROM chunks WHERE document_id = ?');
  const deleteDoc = db.prepare<[number]>('DELETE FROM documents WHERE id = ?');
  const upsertDoc = db.prepare(
    `INSERT INTO documents (path, hash, title, number, issuer, issued, effective, status, superseded_by, source, tags, indexed_at)
     VALUES (@path, @hash, @title, @number, @issuer, @issued, @effective, @status, @supersededBy, @source, @tags, @indexedAt)
     ON CONFLICT(path) DO UPDATE SET hash = excluded.hash, title = excluded.title, number = excluded.number,
       issuer = excluded.issuer, issued = excluded.issued, effective = excluded.effective, status = excluded.status,
       superseded_by = excluded.superseded_by, source = excluded.source, tags = excluded.tags, indexed_at = excluded.indexed_at
     RETURNING id`,
  );
  const insertChunk = db.prepare<[number, number, string, string]>(
    'INSERT INTO chunks (document_id, ord, heading, text) VALUES (?, ?, ?, ?)',
  );
  const insertFts = db.prepare<[number | bigint, string, string, string]>(
    'INSERT INTO chunks_fts (rowid, head, fold, fold2) VALUES (?, ?, ?, ?)',
  );
  const selectIds = db
    .prepare<[string, number], string>('SELECT json_group_array(rowid) FROM (SELECT rowid FROM chunks_fts WHERE chunks_fts MATCH ? LIMIT ?)')
    .pluck();
  const selectDf = db.prepare<[string], { term: string; doc: number }>(
    'SELECT term, doc FROM term_stats WHERE term IN (SELECT value FROM json_each(?))',
  );
  const countChunks = db.prepare<[], { n: number }>("SELECT value AS n FROM index_stats WHERE name = 'chunks'");
  const selectByIds = db.prepare<[string], ChunkRow>(
    `SELECT c.id AS chunkId, c.heading, c.text, d.id, d.path, d.title, d.number, d.issuer, d.issued, d.effective,
            d.status, d.superseded_by, d.source, d.tags
     FROM chunks c JOIN documents d ON d.id = c.document_id
     WHERE c.id IN (SELECT value FROM json_each(?))`,
  );
  const countDocs = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM documents');
  const selectReplaced = db.prepare<[string, string], { id: number }>(
    "SELECT c.id FROM chunks c JOIN documents d ON d.id = c.document_id WHERE d.superseded_by = ? OR d.superseded_by LIKE ? || '/%' ORDER BY c.document_id, c.ord",
  );
  const selectNumbered = db.prepare<[], DocumentMetaRow>('SELECT * FROM documents WHERE number IS NOT NULL ORDER BY path');
  const selectSection = db
    .prepare<[number], number>(
      'SELECT s.id FROM chunks c JOIN chunks s ON s.document_id = c.document_id AND s.heading = c.heading WHERE c.id = ? ORDER BY s.ord',
    )
    .pluck();
  const stats = createTermStatsWriter(db);
  const cache = createIndexReadCache<StoredChunk, DocumentMeta>(db);
  let depth = 0;

  /** A transaction that writes the term statistics of everything it changed before the outermost one commits. */
  const counted = <A extends unknown[], R>(fn: (...args: A) => R) =>
    writeTransaction(db, (...args: A): R => {
      depth++;
      try {
        const result = fn(...args);
        if (depth === 1) stats.flush();
        return result;
      } catch (error) {
        if (depth === 1) stats.discard();
        throw error;
      } finally {
        if (depth === 1) cache.changed();
        depth--;
      }
    });

  /** Deletes a document's chunks, subtracting their terms (recomputed by `fieldsOf`) from `delta`. */
  const removeChunksOf = (document: DocumentRow & { hash: string }, delta: TermDelta): void => {
    const meta = metaFromRow(document);
    for (const chunk of selectChunks.all(document.id)) {
      const fields = options.fieldsOf?.({ heading: chunk.heading, text: chunk.text, meta, documentHash: document.hash });
      if (fields) countChunk(delta, distinctTerms([fields.head, fields.fold, fields.fold2]), -1);
      else {
        delta.unknown = true;
        delta.chunks--;
      }
      deleteFts.run(chunk.id);
    }
    deleteChunks.run(document.id);
  };

  const replaceDocument = counted(
    (path: string, hash: string, meta: DocumentMeta, chunks: readonly ChunkInput[]) => {
      const delta = emptyDelta();
      const existing = selectDoc.get(path);
      if (existing) removeChunksOf(existing, delta);
      const { id } = upsertDoc.get({
        path,
        hash,
        ...metaParams(meta),
        indexedAt: new Date().toISOString(),
      }) as { id: number };
      chunks.forEach((chunk, ord) => {
        const { lastInsertRowid } = insertChunk.run(id, ord, chunk.heading, chunk.text);
        const f = chunk.fields;
        insertFts.run(lastInsertRowid, f.head, f.fold, f.fold2);
      });
      // Counted only once every write of the document succeeded (a failure rolls back its savepoint alone).
      const added = chunks.map(({ fields: f }) => distinctTerms([f.head, f.fold, f.fold2]));
      stats.merge(delta);
      for (const terms of added) stats.addChunk(terms);
    },
  );

  const removeDocument = counted((path: string) => {
    const existing = selectDoc.get(path);
    if (!existing) return;
    const delta = emptyDelta();
    removeChunksOf(existing, delta);
    deleteDoc.run(existing.id);
    stats.merge(delta);
  });

  return {
    documentHashes: () => new Map(selectHashes.all().map((row) => [row.path, row.hash])),
    replaceDocument: (path, hash, meta, chunks) => replaceDocument(path, hash, meta, chunks),
    removeDocument: (path) => removeDocument(path),
    batch: (fn) => counted(fn)(),
    matchIds(ftsQuery, limit) {
      if (ftsQuery === '') return [];
      cache.check();
      const key = `${limit}\u0000${ftsQuery}`;
      let ids = cache.postings.get(key);
      if (!ids) cache.postings.set(key, (ids = JSON.parse(selectIds.get(ftsQuery, limit) ?? '[]') as number[]));
      return ids;
    },
    chunks(ids) {
      cache.check();
      const missing = ids.filter((id) => cache.chunks.get(id) === undefined);
      if (missing.length > 0) for (const chunk of orderChunks(missing, selectByIds.all(JSON.stringify(missing)))) cache.chunks.set(chunk.chunkId, chunk);
      return ids.flatMap((id) => cache.chunks.get(id) ?? []);
    },
    documentFrequency(terms) {
      cache.check();
      const missing = terms.filter((term) => cache.frequencies.get(term) === undefined);
      if (missing.length > 0) {
        const found = new Map(selectDf.all(JSON.stringify(missing)).map((row) => [row.term, row.doc]));
        for (const term of missing) cache.frequencies.set(term, found.get(term) ?? 0);
      }
      return new Map(terms.map((term) => [term, cache.frequencies.get(term) ?? 0]));
    },
    chunkCount() {
      cache.check();
      return (cache.chunkCount.value ??= countChunks.get()?.n ?? 0);
    },
    documentCount: () => countDocs.get()?.n ?? 0,
    replacedChunkIds: (number) => selectReplaced.all(number, number).map((row) => row.id),
    numberedDocuments: () => {
      cache.check();
      return (cache.numberedDocuments.value ??= selectNumbered.all().map(metaFromRow));
    },
    sectionChunkIds: (chunkId) => selectSection.all(chunkId),
  };
}

type ChunkRow = DocumentRow & { chunkId: number; heading: string; text: string };

/** The loaded rows as chunks, in the order of `ids` (ids not found are left out). */
function orderChunks(ids: readonly number[], rows: readonly ChunkRow[]): StoredChunk[] {
  const byId = new Map(rows.map((row) => [row.chunkId, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [{ chunkId: row.chunkId, documentId: row.id, path: row.path, heading: row.heading, text: row.text, meta: metaFromRow(row) }];
  });
}
