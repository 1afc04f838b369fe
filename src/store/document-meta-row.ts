// The document metadata columns the documents and console_documents tables share: read back as DocumentMeta, and written.
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

/** Named statement parameters for the metadata columns (@title, @number, …, @supersededBy, @tags). */
export function metaParams(meta: DocumentMeta) {
  return {
    title: meta.title,
    number: meta.number ?? null,
    issuer: meta.issuer ?? null,
    issued: meta.issued ?? null,
    effective: meta.effective ?? null,
    status: meta.status,
    supersededBy: meta.supersededBy ?? null,
    source: meta.source ?? null,
    tags: JSON.stringify(meta.tags),
  };
}
