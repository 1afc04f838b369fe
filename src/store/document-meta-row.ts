// The document metadata columns the documents and console_documents tables share, read back as DocumentMeta.
import type { DocumentMeta, DocumentStatus } from '../core/types.js';

/** The metadata columns of a document row. */
export interface DocumentMetaRow {
  title: string;
  number: string | null;
  issuer: string | null;
  issued: string | null;
  effective: string | null;
  status: DocumentStatus;
  superseded_by: string | null;
  source: string | null;
  tags: string;
}

/** DocumentMeta from a row: NULL columns become absent fields, tags are parsed from JSON. */
export function metaFromRow(row: DocumentMetaRow): DocumentMeta {
  return {
    title: row.title,
    number: row.number ?? undefined,
    issuer: row.issuer ?? undefined,
    issued: row.issued ?? undefined,
    effective: row.effective ?? undefined,
    status: row.status,
    supersededBy: row.superseded_by ?? undefined,
    source: row.source ?? undefined,
    tags: JSON.parse(row.tags) as string[],
  };
}
