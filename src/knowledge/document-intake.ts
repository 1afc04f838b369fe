// Reads one uploaded file into metadata, text and chunks, or says precisely why it cannot be used (nothing is stored here).
import { createHash } from 'node:crypto';
import type { DocumentMeta } from '../core/types.js';
import type { ChunkInput } from '../store/knowledge-store.js';
import { chunkText } from './chunker.js';
import { detectHeaderMeta } from './detect-meta.js';
import { indexFields } from './index-fields.js';
import { loaderFor } from './loaders/index.js';
import { titleFromFileName } from './loaders/meta.js';

/** Largest upload accepted: the same 20 MB as `loa ingest`. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Text shorter than this is accepted with a warning: a real decision or plan is longer. */
const SHORT_TEXT_CHARS = 300;

/** Why a file was refused. */
export type IntakeProblem = 'too-large' | 'empty' | 'unsupported' | 'encrypted' | 'no-text-layer' | 'corrupt' | 'no-text';

/** Things worth checking before publishing; the file is still usable. */
export type IntakeWarning = 'no-number' | 'no-issued' | 'short-text' | 'title-from-file-name';

/** A file that cannot be used; `detail` is the parser's own words (English, for the log and the page's details). */
export class IntakeError extends Error {
  constructor(
    readonly problem: IntakeProblem,
    readonly detail = '',
  ) {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
    this.name = 'IntakeError';
  }
}

/** A readable file: what it says about itself, its text and its passages. */
export interface IntakeResult {
  meta: DocumentMeta;
  body: string;
  hash: string;
  warnings: IntakeWarning[];
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Reads `bytes` named `fileName`; throws IntakeError when the file cannot become a document. */
export async function readUpload(bytes: Buffer, fileName: string, maxBytes = MAX_UPLOAD_BYTES): Promise<IntakeResult> {
  const loader = loaderFor(fileName);
  if (!loader) throw new IntakeError('unsupported');
  if (bytes.length > maxBytes) throw new IntakeError('too-large', `${bytes.length} bytes`);
  if (bytes.length === 0) throw new IntakeError('empty');
  // Password-protected Office files are OLE containers, not zip archives.
  if (/\.docx$/iu.test(fileName) && bytes.subarray(0, 8).equals(OLE_MAGIC)) throw new IntakeError('encrypted');
  let loaded;
  try {
    loaded = await loader(bytes, fileName);
  } catch (error) {
    const message = (error as Error).message;
    if (/no text layer/u.test(message)) throw new IntakeError('no-text-layer');
    if (/password|encrypt/iu.test(message)) throw new IntakeError('encrypted', message);
    if (/has no text|no readable text/u.test(message)) throw new IntakeError('no-text');
    throw new IntakeError('corrupt', message);
  }
  const body = loaded.body.normalize('NFC');
  if (body.replace(/[\s#]/gu, '') === '' || chunkText(body).length === 0) throw new IntakeError('no-text');
  const header = detectHeaderMeta(body);
  const meta: DocumentMeta = { ...loaded.meta, number: loaded.meta.number ?? header.number, issued: loaded.meta.issued ?? header.issued };
  const warnings: IntakeWarning[] = [];
  if (!meta.number) warnings.push('no-number');
  if (!meta.issued) warnings.push('no-issued');
  if (body.length < SHORT_TEXT_CHARS) warnings.push('short-text');
  if (meta.title === titleFromFileName(fileName)) warnings.push('title-from-file-name');
  return { meta, body, hash: createHash('sha256').update(bytes).digest('hex'), warnings };
}

/** The passages of `body` with their search fields, as the index stores them. */
export function chunksOf(meta: DocumentMeta, body: string): ChunkInput[] {
  return chunkText(body).map((chunk) => ({ ...chunk, fields: indexFields(meta, chunk.heading, chunk.text) }));
}
