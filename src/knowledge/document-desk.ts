// Console document workflow: upload → draft → publish into the live index; edit, supersede, replace the file, delete; every change logged.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentMeta } from '../core/types.js';
import { foldText } from '../core/text/vietnamese.js';
import type { ConsoleDocument, ConsoleDocumentStore, DocumentChange } from '../store/console-documents.js';
import type { DocumentOverview } from '../store/document-overview.js';
import type { KnowledgeStore } from '../store/knowledge-store.js';
import { chunkText } from './chunker.js';
import { chunksOf, readUpload } from './document-intake.js';
import { indexedHash } from './index-fields.js';
import { reviewDocument, type DocumentWarning, type ReviewPolicy } from './trust.js';

/** Index paths of console documents start with this, so folder ingests never touch them. */
export const CONSOLE_PATH_PREFIX = 'console:';
/** Folder under the data directory holding uploaded originals: documents/<id>/v<version>-<file name>. */
export const ORIGINALS_FOLDER = 'documents';
/** "Cited in the last N days" on the list. */
const CITATION_WINDOW_DAYS = 30;

/** Where a listed document came from. */
export type DocumentOrigin = { kind: 'folder'; path: string } | { kind: 'console'; by: string; at: string };

/** One row of the documents list. `key` is the id used in URLs: a number for console documents, "k<id>" for folder ones. */
export interface DocumentListRow {
  key: string;
  meta: DocumentMeta;
  /** draft and published: console; folder: indexed from KNOWLEDGE_DIR or `loa ingest`; unreadable: a folder file that failed. */
  state: 'draft' | 'published' | 'folder' | 'unreadable';
  origin: DocumentOrigin;
  chunks: number;
  citations: number;
  /** Intake warning codes (console) or ingest failure messages (folder). */
  warnings: string[];
}

/** Another document already carries the number. */
export class DuplicateNumberError extends Error {
  constructor(
    readonly number: string,
    readonly existing: { key: string; title: string; console: boolean },
  ) {
    super(`number ${number} is already used by ${existing.title}`);
    this.name = 'DuplicateNumberError';
  }
}

/** What the desk needs. */
export interface DocumentDeskDeps {
  store: ConsoleDocumentStore;
  index: Pick<KnowledgeStore, 'replaceDocument' | 'removeDocument' | 'documentHashes'>;
  overview: DocumentOverview;
  /** Originals are kept under this folder (the database's folder). */
  dataDir: string;
  /** Folder files the last ingest could not read. */
  folderFailures: () => readonly { path: string; reason: string }[];
  /** What the last ingest found worth a look in folder files (instruction-like text, payment requests, outside links). */
  folderWarnings?: () => readonly DocumentWarning[];
  /** What uploads are reviewed against (link allow-list, instruction and payment patterns). */
  review?: ReviewPolicy;
}

/** A field change, for the log. */
export interface FieldChange {
  field: keyof DocumentMeta;
  from: string;
  to: string;
}

/** The console's document operations. Failures throw IntakeError or DuplicateNumberError before anything changes. */
export interface DocumentDesk {
  list(now: Date): DocumentListRow[];
  get(id: number): ConsoleDocument | undefined;
  changes(id: number): DocumentChange[];
  /** Reads the file, applies the typed fields over what the file says, stores the original and a draft. */
  upload(input: { bytes: Buffer; fileName: string; fields: Partial<DocumentMeta>; by: string; at: Date }): Promise<ConsoleDocument>;
  publish(id: number, by: string, at: Date): void;
  updateMeta(id: number, meta: DocumentMeta, by: string, at: Date): FieldChange[];
  replaceFile(input: { id: number; bytes: Buffer; fileName: string; by: string; at: Date }): Promise<ConsoleDocument>;
  remove(id: number, by: string, at: Date): void;
  /** Passages of an indexed document (folder documents' read-only page). */
  indexedPassages(documentId: number): { heading: string; text: string }[];
  /** The indexed document with this number other than `exceptKey`, if any. */
  findNumber(number: string, exceptKey?: string): DocumentListRow | undefined;
  /** Indexes again every published document the index holds under older indexing rules; returns how many. */
  refreshIndex(): number;
}

/** Index path of a console document. */
export function consoleIndexPath(id: number): string {
  return `${CONSOLE_PATH_PREFIX}${id}`;
}

/** Creates the desk. */
export function createDocumentDesk(deps: DocumentDeskDeps): DocumentDesk {
  const { store, index, overview } = deps;
  const reindex = (doc: ConsoleDocument) => index.replaceDocument(consoleIndexPath(doc.id), indexedHash(doc.hash), doc.meta, chunksOf(doc.meta, doc.body));
  /** Every document without citation counts (cheap: used for number checks too). */
  const catalog = (): DocumentListRow[] => {
    const failures = deps.folderFailures();
    const indexed = overview.indexed();
    const byPath = new Map(indexed.map((doc) => [doc.path, doc]));
    const rows: DocumentListRow[] = store.list().map((doc) => ({
      key: String(doc.id),
      meta: doc.meta,
      state: doc.state,
      origin: { kind: 'console', by: doc.createdBy, at: doc.createdAt },
      chunks: byPath.get(consoleIndexPath(doc.id))?.chunks ?? chunkText(doc.body).length,
      citations: 0,
      warnings: doc.warnings,
    }));
    for (const doc of indexed) {
      if (doc.path.startsWith(CONSOLE_PATH_PREFIX)) continue;
      rows.push({
        key: `k${doc.id}`,
        meta: doc.meta,
        state: 'folder',
        origin: { kind: 'folder', path: doc.path },
        chunks: doc.chunks,
        citations: 0,
        warnings: [
          ...failures.filter((f) => f.path === doc.path).map((f) => f.reason),
          ...(deps.folderWarnings?.() ?? []).filter((w) => w.path === doc.path).map(warningText),
        ],
      });
    }
    for (const failure of failures) {
      if (byPath.has(failure.path)) continue;
      rows.push({
        key: '',
        meta: { title: failure.path, status: 'in-force', tags: [] },
        state: 'unreadable',
        origin: { kind: 'folder', path: failure.path },
        chunks: 0,
        citations: 0,
        warnings: [failure.reason],
      });
    }
    return rows;
  };
  const list = (now: Date): DocumentListRow[] => {
    const cited = overview.citationsSince(new Date(now.getTime() - CITATION_WINDOW_DAYS * 86_400_000));
    return catalog().map((row) => (row.state === 'folder' || row.state === 'published' ? { ...row, citations: cited.get(row.meta.title) ?? 0 } : row));
  };
  const findNumber = (number: string, exceptKey?: string) => {
    const wanted = numberKey(number);
    if (!wanted) return undefined;
    return catalog().find((row) => row.key !== exceptKey && row.key !== '' && row.meta.number && numberKey(row.meta.number) === wanted);
  };
  const guardNumber = (meta: DocumentMeta, exceptKey?: string) => {
    const taken = meta.number ? findNumber(meta.number, exceptKey) : undefined;
    if (taken && meta.number) throw new DuplicateNumberError(meta.number, { key: taken.key, title: taken.meta.title, console: taken.state !== 'folder' });
  };
  const writeOriginal = (id: number, version: number, fileName: string, bytes: Buffer): string => {
    const relative = join(ORIGINALS_FOLDER, String(id), `v${version}-${safeFileName(fileName)}`);
    mkdirSync(join(deps.dataDir, ORIGINALS_FOLDER, String(id)), { recursive: true });
    writeFileSync(join(deps.dataDir, relative), bytes);
    return relative;
  };
  const mustGet = (id: number) => {
    const doc = store.get(id);
    if (!doc) throw new Error(`console document ${id} not found`);
    return doc;
  };

  return {
    list,
    get: (id) => store.get(id),
    changes: (id) => store.changes(id),
    findNumber,
    indexedPassages: (documentId) => overview.passages(documentId),
    refreshIndex() {
      const stored = index.documentHashes();
      const stale = store.list().filter((doc) => doc.state === 'published' && stored.get(consoleIndexPath(doc.id)) !== indexedHash(doc.hash));
      for (const doc of stale) reindex(doc);
      return stale.length;
    },
    async upload({ bytes, fileName, fields, by, at }) {
      const read = await readUpload(bytes, fileName);
      // Uploaded text is data: instruction-like text, payment requests and outside links are flagged, bad sources dropped.
      const reviewed = reviewDocument(fileName, withFields(read.meta, fields), read.body, undefined, deps.review ?? {});
      const meta = reviewed.meta;
      guardNumber(meta);
      const warnings = [...read.warnings, ...reviewed.warnings.map(warningText)];
      const draft = store.addDraft({ fileName, storedFile: '', hash: read.hash, meta, body: read.body, warnings }, by, at);
      try {
        store.setStoredFile(draft.id, writeOriginal(draft.id, 1, fileName, bytes));
      } catch (error) {
        store.remove(draft.id);
        throw error;
      }
      store.record(draft.id, by, 'upload', JSON.stringify({ fileName }), at);
      return mustGet(draft.id);
    },
    publish(id, by, at) {
      const doc = mustGet(id);
      if (doc.state === 'published') return;
      guardNumber(doc.meta, String(id));
      reindex(doc);
      store.setPublished(id, at);
      store.record(id, by, 'publish', '', at);
    },
    updateMeta(id, meta, by, at) {
      const doc = mustGet(id);
      guardNumber(meta, String(id));
      const changes = diffMeta(doc.meta, meta);
      if (changes.length === 0) return changes;
      store.setMeta(id, meta, at);
      if (doc.state === 'published') reindex(mustGet(id));
      store.record(id, by, 'edit', JSON.stringify(changes), at);
      return changes;
    },
    async replaceFile({ id, bytes, fileName, by, at }) {
      const doc = mustGet(id);
      const read = await readUpload(bytes, fileName);
      const reviewed = reviewDocument(fileName, doc.meta, read.body, undefined, deps.review ?? {});
      const warnings = [...read.warnings, ...reviewed.warnings.map(warningText)];
      const storedFile = writeOriginal(id, doc.version + 1, fileName, bytes);
      store.setContent(id, { fileName, storedFile, hash: read.hash, meta: doc.meta, body: read.body, warnings }, at);
      const updated = mustGet(id);
      if (updated.state === 'published') reindex(updated);
      store.record(id, by, 'replace', JSON.stringify({ fileName, version: updated.version }), at);
      return updated;
    },
    remove(id, by, at) {
      const doc = mustGet(id);
      if (doc.state === 'published') index.removeDocument(consoleIndexPath(id));
      store.remove(id);
      rmSync(join(deps.dataDir, ORIGINALS_FOLDER, String(id)), { recursive: true, force: true });
      store.record(id, by, 'delete', JSON.stringify({ title: doc.meta.title }), at);
    },
  };
}

/** Non-empty typed fields win over what the file says. */
function withFields(found: DocumentMeta, fields: Partial<DocumentMeta>): DocumentMeta {
  const meta: DocumentMeta = { ...found };
  for (const [key, value] of Object.entries(fields) as [keyof DocumentMeta, DocumentMeta[keyof DocumentMeta]][]) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    (meta as unknown as Record<string, unknown>)[key] = value;
  }
  return meta;
}

const FIELDS: (keyof DocumentMeta)[] = ['title', 'number', 'issuer', 'issued', 'effective', 'status', 'supersededBy', 'source', 'tags'];

function diffMeta(before: DocumentMeta, after: DocumentMeta): FieldChange[] {
  const show = (value: DocumentMeta[keyof DocumentMeta]) => (Array.isArray(value) ? value.join(', ') : (value ?? ''));
  return FIELDS.flatMap((field) => {
    const from = show(before[field]);
    const to = show(after[field]);
    return from === to ? [] : [{ field, from, to }];
  });
}

/** "387/QĐ-TTg" and "387 / qđ-ttg" compare equal. */
function numberKey(number: string): string {
  return foldText(number).replace(/[^\p{L}\p{N}]/gu, '');
}

/** Letters, digits, dot, dash and underscore only; never a path. */
function safeFileName(name: string): string {
  const base = name.replace(/^.*[\\/]/u, '');
  const folded = base.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd');
  return folded.replace(/[^A-Za-z0-9._-]+/gu, '_').replace(/^\.+/u, '').slice(-120) || 'document';
}

/** A review warning as the console shows it: "dòng 12: …". */
function warningText(warning: DocumentWarning): string {
  return warning.line ? `dòng ${warning.line}: ${warning.message}` : warning.message;
}
