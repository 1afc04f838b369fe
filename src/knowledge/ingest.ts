// Incremental ingestion: walks files and folders, re-indexes only changed content, drops deleted files.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { DocumentMeta } from '../core/types.js';
import type { ChunkFields, ChunkInput, IndexedChunk, KnowledgeStore } from '../store/knowledge-store.js';
import { chunkText } from './chunker.js';
import { indexedByCurrentRules, indexedHash, indexFields } from './index-fields.js';
import { loaderFor, SUPPORTED_EXTENSIONS } from './loaders/index.js';
import { reviewDocument, type DocumentWarning, type ReviewPolicy } from './trust.js';

/** What one ingest run did. Paths are relative to the base directory. */
export interface IngestReport {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
  failed: { path: string; reason: string }[];
  /** Documents indexed but worth a look: instruction-like text, payment requests, links off the allow-list. */
  warnings: DocumentWarning[];
  /** Files in an ingested folder that are not documents Loa reads (hidden files and the folder's data files, synonyms.yaml and allowed-domains.yaml, are not listed). */
  skipped: { path: string; reason: string }[];
  chunks: number;
}

/** Options of an ingest run. */
export interface IngestOptions {
  /** Stored paths are relative to this folder (usually the working directory). */
  baseDir: string;
  /** Files larger than this are refused with a message (bytes). */
  maxBytes?: number;
  /** What each document is reviewed against (link allow-list, instruction and payment patterns). */
  review?: ReviewPolicy;
}

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Files read ahead of the one being indexed: reading the 33 unchanged files of the default knowledge one after another
 * took about 15 ms of every start and `loa ask` (two waits for the thread pool per file); at most this many files,
 * so at most this many times DEFAULT_MAX_BYTES, are held at once.
 */
const READ_AHEAD = 8;

/**
 * The search fields a stored chunk was indexed with, recomputed by the same rules (KnowledgeStoreOptions.fieldsOf), so
 * a replaced or removed document's terms leave the document frequencies; undefined for chunks indexed by other rules.
 */
export function storedChunkFields(chunk: IndexedChunk): ChunkFields | undefined {
  return indexedByCurrentRules(chunk.documentHash) ? indexFields(chunk.meta, chunk.heading, chunk.text) : undefined;
}

/** Ingests `roots` (files or folders) into `store` and reports what changed. Never throws for one bad file. */
export async function ingest(store: KnowledgeStore, roots: readonly string[], options: IngestOptions): Promise<IngestReport> {
  const report: IngestReport = { added: [], changed: [], removed: [], unchanged: 0, failed: [], warnings: [], skipped: [], chunks: 0 };
  const known = store.documentHashes();
  const seen = new Set<string>();
  const scopes: string[] = [];

  const writer = createWriter(store, report);
  for (const root of roots) {
    const absolute = resolve(options.baseDir, root);
    const files = await listFiles(absolute);
    const rootPath = storedPath(options.baseDir, absolute);
    if (files.missing) {
      const indexed = [...known.keys()].filter((path) => path === rootPath || path.startsWith(rootPath + '/'));
      if (indexed.length === 0) report.failed.push({ path: rootPath, reason: `${rootPath}: not found` });
      scopes.push(rootPath, rootPath + '/');
    } else {
      scopes.push(files.isFolder ? rootPath + '/' : rootPath);
    }
    for (const file of files.skipped) {
      report.skipped.push({ path: storedPath(options.baseDir, file), reason: `unsupported format (Loa reads ${SUPPORTED_EXTENSIONS.join(', ')})` });
    }
    for await (const [file, read] of readAhead(files.paths, READ_AHEAD, (file) => readDocument(file, options.maxBytes ?? DEFAULT_MAX_BYTES))) {
      const path = storedPath(options.baseDir, file);
      seen.add(path);
      const prepared = await prepareFile(file, path, read, known.get(path), report, options);
      if (prepared) writer.add(prepared);
    }
  }
  writer.flush();

  const failed = new Set(report.failed.map((f) => f.path));
  const gone = [...known.keys()].filter(
    (path) => !seen.has(path) && !failed.has(path) && scopes.some((scope) => (scope.endsWith('/') ? path.startsWith(scope) : path === scope)),
  );
  store.batch(() => gone.forEach((path) => store.removeDocument(path)));
  report.removed.push(...gone);
  return report;
}

/** A file read, parsed, chunked and tokenized, ready to store. */
interface PreparedDocument {
  path: string;
  hash: string;
  meta: DocumentMeta;
  chunks: ChunkInput[];
  isNew: boolean;
}

/**
 * Stores prepared documents in batches of about 10,000 chunks per transaction (one commit instead of one per file;
 * each commit also writes the batch's term statistics, whose distinct terms grow slower than the batch).
 */
function createWriter(store: KnowledgeStore, report: IngestReport): { add(doc: PreparedDocument): void; flush(): void } {
  let pending: PreparedDocument[] = [];
  let size = 0;
  const flush = () => {
    const docs = pending;
    pending = [];
    size = 0;
    if (docs.length === 0) return;
    const stored: PreparedDocument[] = [];
    try {
      store.batch(() => {
        for (const doc of docs) {
          try {
            store.replaceDocument(doc.path, doc.hash, doc.meta, doc.chunks);
            stored.push(doc);
          } catch (error) {
            report.failed.push({ path: doc.path, reason: `${doc.path}: could not be stored (${(error as Error).message})` });
          }
        }
      });
    } catch (error) {
      for (const doc of stored) report.failed.push({ path: doc.path, reason: `${doc.path}: could not be stored (${(error as Error).message})` });
      return;
    }
    for (const doc of stored) {
      report.chunks += doc.chunks.length;
      (doc.isNew ? report.added : report.changed).push(doc.path);
    }
  };
  return {
    add(doc) {
      pending.push(doc);
      size += doc.chunks.length;
      if (size >= 10_000) flush();
    },
    flush,
  };
}

/** A file's bytes, or why they could not be had (read ahead: see READ_AHEAD); undefined for a format Loa does not read. */
type DocumentRead = { bytes: Buffer } | { error: Error } | undefined;

/**
 * Reads `file` unless Loa does not read its format (never opened: a named pipe would hang) or it is larger than
 * `maxBytes`; never rejects (a file read ahead may never be awaited).
 */
async function readDocument(file: string, maxBytes: number): Promise<DocumentRead> {
  if (!loaderFor(file)) return undefined;
  try {
    const size = (await stat(file)).size;
    if (size > maxBytes) return { error: new Error(`file is too large (${size} bytes, limit ${maxBytes}); split it or raise the limit`) };
    return { bytes: await readFile(file) };
  } catch (error) {
    return { error: error as Error };
  }
}

/** `read` of each item in order, with at most `ahead` of them started at once. */
async function* readAhead<T, R>(items: readonly T[], ahead: number, read: (item: T) => Promise<R>): AsyncGenerator<[T, R]> {
  const started: Promise<R>[] = [];
  for (let at = 0; at < items.length; at++) {
    while (started.length < ahead && at + started.length < items.length) started.push(read(items[at + started.length]!));
    yield [items[at]!, await started.shift()!];
  }
}

/** Parses and chunks one file read; records a failure (naming the file) or an unchanged file in the report. */
async function prepareFile(
  file: string,
  path: string,
  read: DocumentRead,
  previousHash: string | undefined,
  report: IngestReport,
  options: IngestOptions,
): Promise<PreparedDocument | undefined> {
  const loader = loaderFor(file);
  if (!loader || read === undefined) {
    report.failed.push({ path, reason: `${path}: unsupported format (Loa reads ${SUPPORTED_EXTENSIONS.join(', ')})` });
    return undefined;
  }
  try {
    if ('error' in read) throw read.error;
    const { bytes } = read;
    const hash = indexedHash(createHash('sha256').update(bytes).digest('hex'));
    if (hash === previousHash) {
      report.unchanged++;
      return undefined;
    }
    if (bytes.length === 0) throw new Error(`${path}: file is empty`);
    const loaded = await loader(bytes, basename(file));
    const text = /\.(?:md|markdown|txt)$/iu.test(file) ? bytes.toString('utf8') : undefined;
    const { meta, warnings } = reviewDocument(path, loaded.meta, loaded.body, text, options.review ?? {});
    report.warnings.push(...warnings);
    const body = loaded.body;
    const chunks = chunkText(body).map((chunk) => ({ ...chunk, fields: indexFields(meta, chunk.heading, chunk.text) }));
    if (chunks.length === 0) throw new Error(`${path}: no readable text found`);
    return { path, hash, meta, chunks, isNew: previousHash === undefined };
  } catch (error) {
    const message = (error as Error).message;
    const name = basename(file);
    const reason = message.startsWith(`${path}:`) ? message : message.startsWith(`${name}:`) ? `${path}${message.slice(name.length)}` : `${path}: ${message}`;
    report.failed.push({ path, reason });
    return undefined;
  }
}

/** The folder's own data files (query synonyms, allowed link domains), read at start, not documents. */
const FOLDER_DATA_FILES = new Set(['synonyms.yaml', 'allowed-domains.yaml']);

async function listFiles(absolute: string): Promise<{ isFolder: boolean; missing: boolean; paths: string[]; skipped: string[] }> {
  try {
    const info = await stat(absolute);
    if (!info.isDirectory()) return { isFolder: false, missing: false, paths: [absolute], skipped: [] };
    const entries = await readdir(absolute, { recursive: true, withFileTypes: true });
    const files = entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.') && !FOLDER_DATA_FILES.has(entry.name));
    const path = (entry: (typeof files)[number]) => join(entry.parentPath, entry.name);
    return {
      isFolder: true,
      missing: false,
      paths: files.filter((entry) => loaderFor(entry.name)).map(path).sort(),
      skipped: files.filter((entry) => !loaderFor(entry.name)).map(path).sort(),
    };
  } catch {
    return { isFolder: false, missing: true, paths: [], skipped: [] };
  }
}

function storedPath(baseDir: string, absolute: string): string {
  const rel = relative(baseDir, absolute);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}
