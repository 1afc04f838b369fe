// Documents uploaded in the console: drafts and published versions with their extracted text, and their change log.
import type { DocumentMeta } from '../core/types.js';
import type { Db } from './db.js';
import { metaFromRow, metaParams, type DocumentMetaRow } from './document-meta-row.js';

/** A draft exists only here; a published document is also in the search index under its `indexPath`. */
export type ConsoleDocumentState = 'draft' | 'published';

/** One document uploaded in the console. */
export interface ConsoleDocument {
  id: number;
  state: ConsoleDocumentState;
  /** Name of the uploaded file, as the browser sent it. */
  fileName: string;
  /** Where the original is kept, relative to the data directory. */
  storedFile: string;
  hash: string;
  meta: DocumentMeta;
  /** Extracted text (Markdown-like: "#" headings, blank-line paragraphs). */
  body: string;
  warnings: string[];
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  publishedAt?: string;
}

/** One recorded change: who did what, when. */
export interface DocumentChange {
  id: number;
  documentId: number;
  staffName: string;
  action: string;
  detail: string;
  at: string;
}

/** What a new upload or a replaced file brings. */
export interface DocumentContent {
  fileName: string;
  storedFile: string;
  hash: string;
  meta: DocumentMeta;
  body: string;
  warnings: string[];
}

/** Storage of console documents and their change log. */
export interface ConsoleDocumentStore {
  /** Inserts a draft; `storedFile` may be filled in later with setStoredFile (it contains the id). */
  addDraft(content: DocumentContent, by: string, at: Date): ConsoleDocument;
  setStoredFile(id: number, storedFile: string): void;
  get(id: number): ConsoleDocument | undefined;
  list(): ConsoleDocument[];
  setMeta(id: number, meta: DocumentMeta, at: Date): void;
  /** Replaces the file and its text (a new version). */
  setContent(id: number, content: DocumentContent, at: Date): void;
  setPublished(id: number, at: Date): void;
  remove(id: number): void;
  record(documentId: number, staffName: string, action: string, detail: string, at: Date): void;
  changes(documentId: number): DocumentChange[];
}

interface Row extends DocumentMetaRow {
  id: number;
  state: ConsoleDocumentState;
  file_name: string;
  stored_file: string;
  hash: string;
  body: string;
  warnings: string;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  published_at: string | null;
}

/** Creates the store over an open database (tables of migration 012). */
export function createConsoleDocumentStore(db: Db): ConsoleDocumentStore {
  const insert = db.prepare(
    `INSERT INTO console_documents (file_name, stored_file, hash, title, number, issuer, issued, effective, status, superseded_by,
       source, tags, body, warnings, created_by, created_at, updated_at)
     VALUES (@fileName, @storedFile, @hash, @title, @number, @issuer, @issued, @effective, @status, @supersededBy,
       @source, @tags, @body, @warnings, @by, @at, @at)`,
  );
  const byId = db.prepare<[number], Row>('SELECT * FROM console_documents WHERE id = ?');
  const all = db.prepare<[], Row>('SELECT * FROM console_documents ORDER BY id DESC');
  const updateMeta = db.prepare(
    `UPDATE console_documents SET title = @title, number = @number, issuer = @issuer, issued = @issued, effective = @effective,
       status = @status, superseded_by = @supersededBy, source = @source, tags = @tags, updated_at = @at WHERE id = @id`,
  );
  const updateContent = db.prepare(
    `UPDATE console_documents SET file_name = @fileName, stored_file = @storedFile, hash = @hash, title = @title, number = @number,
       issuer = @issuer, issued = @issued, effective = @effective, status = @status, superseded_by = @supersededBy, source = @source,
       tags = @tags, body = @body, warnings = @warnings, version = version + 1, updated_at = @at WHERE id = @id`,
  );
  const publish = db.prepare("UPDATE console_documents SET state = 'published', published_at = ?, updated_at = ? WHERE id = ?");
  const storedFile = db.prepare('UPDATE console_documents SET stored_file = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM console_documents WHERE id = ?');
  const insertChange = db.prepare('INSERT INTO console_document_changes (document_id, staff_name, action, detail, at) VALUES (?, ?, ?, ?, ?)');
  const changesOf = db.prepare<[number], { id: number; document_id: number; staff_name: string; action: string; detail: string; at: string }>(
    'SELECT * FROM console_document_changes WHERE document_id = ? ORDER BY id DESC',
  );

  const get = (id: number) => {
    const row = byId.get(id);
    return row ? toDocument(row) : undefined;
  };
  return {
    addDraft(content, by, at) {
      const id = Number(insert.run({ ...contentParams(content), by, at: at.toISOString() }).lastInsertRowid);
      return get(id) as ConsoleDocument;
    },
    setStoredFile: (id, path) => void storedFile.run(path, id),
    get,
    list: () => all.all().map(toDocument),
    setMeta: (id, meta, at) => void updateMeta.run({ id, ...metaParams(meta), at: at.toISOString() }),
    setContent: (id, content, at) => void updateContent.run({ id, ...contentParams(content), at: at.toISOString() }),
    setPublished: (id, at) => void publish.run(at.toISOString(), at.toISOString(), id),
    remove: (id) => void remove.run(id),
    record: (documentId, staffName, action, detail, at) => void insertChange.run(documentId, staffName, action, detail, at.toISOString()),
    changes: (documentId) =>
      changesOf.all(documentId).map((r) => ({ id: r.id, documentId: r.document_id, staffName: r.staff_name, action: r.action, detail: r.detail, at: r.at })),
  };
}


function contentParams(content: DocumentContent) {
  return {
    fileName: content.fileName,
    storedFile: content.storedFile,
    hash: content.hash,
    ...metaParams(content.meta),
    body: content.body,
    warnings: JSON.stringify(content.warnings),
  };
}

function toDocument(row: Row): ConsoleDocument {
  return {
    id: row.id,
    state: row.state,
    fileName: row.file_name,
    storedFile: row.stored_file,
    hash: row.hash,
    meta: metaFromRow(row),
    body: row.body,
    warnings: JSON.parse(row.warnings) as string[],
    version: row.version,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at ?? undefined,
  };
}
