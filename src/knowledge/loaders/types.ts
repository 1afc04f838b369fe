// The contract every document loader fulfils: bytes of one file in, metadata and a Markdown-like body out.
import type { DocumentMeta } from '../../core/types.js';

/** A loaded document: its metadata and a body whose headings start with "#" and paragraphs are blank-line separated. */
export interface LoadedDocument {
  meta: DocumentMeta;
  body: string;
}

/** Reads one file's bytes; throws InputError naming the file when it cannot be read. */
export type Loader = (bytes: Buffer, fileName: string) => Promise<LoadedDocument>;
