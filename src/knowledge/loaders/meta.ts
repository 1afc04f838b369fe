// Metadata for documents without front matter: a title, and a document number when the title states one.
import type { DocumentMeta } from '../../core/types.js';

const NUMBER_IN_TITLE = /(?<![\p{L}\p{N}])(\d{1,5}\/(?:\d{4}\/)?[A-ZĐ][A-ZĐ0-9]*(?:[-&][A-ZĐ0-9]+)*)(?![\p{L}\p{N}])/u;

/** Default metadata: in force, no tags; `number` is taken from the title when it contains one ("387/QĐ-TTg"). */
export function metaFromTitle(title: string, extra: Partial<DocumentMeta> = {}): DocumentMeta {
  const clean = title.replace(/\s+/gu, ' ').trim();
  return { title: clean, number: NUMBER_IN_TITLE.exec(clean)?.[1], status: 'in-force', tags: [], ...extra };
}

/** The file name without folder and extension, as a last-resort title. */
export function titleFromFileName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, '');
}
