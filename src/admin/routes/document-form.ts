// Validates the document metadata fields of the upload and edit forms (dates, status, http(s) source, lengths).
import type { DocumentMeta, DocumentStatus } from '../../core/types.js';

/** The fields as typed, for redisplay. */
export interface DocumentFormValues {
  title: string;
  number: string;
  issuer: string;
  issued: string;
  effective: string;
  status: string;
  supersededBy: string;
  source: string;
  tags: string;
}

const STATUSES: readonly DocumentStatus[] = ['in-force', 'superseded', 'expired'];

/** The form's values and either the metadata typed (empty fields left out) or a Vietnamese error. */
export type DocumentFormResult = { values: DocumentFormValues; fields: Partial<DocumentMeta> } | { values: DocumentFormValues; error: string };

/** Values of an existing document, to fill the edit form. */
export function valuesOf(meta: DocumentMeta): DocumentFormValues {
  return {
    title: meta.title,
    number: meta.number ?? '',
    issuer: meta.issuer ?? '',
    issued: meta.issued ?? '',
    effective: meta.effective ?? '',
    status: meta.status,
    supersededBy: meta.supersededBy ?? '',
    source: meta.source ?? '',
    tags: meta.tags.join(', '),
  };
}

/** Reads and checks the metadata fields of a submitted form. */
export function readDocumentForm(form: Record<string, unknown>): DocumentFormResult {
  const text = (key: string, max: number) => (typeof form[key] === 'string' ? (form[key] as string) : '').replace(/\s+/gu, ' ').trim().slice(0, max);
  const values: DocumentFormValues = {
    title: text('title', 300),
    number: text('number', 100),
    issuer: text('issuer', 200),
    issued: text('issued', 10),
    effective: text('effective', 10),
    status: text('status', 20),
    supersededBy: text('supersededBy', 300),
    source: text('source', 500),
    tags: text('tags', 500),
  };
  for (const [key, label] of [['issued', 'Ngày ban hành'], ['effective', 'Ngày hiệu lực']] as const) {
    if (values[key] !== '' && !isDate(values[key])) return { values, error: `${label} phải có dạng YYYY-MM-DD, ví dụ 2025-10-01.` };
  }
  if (values.status !== '' && !STATUSES.includes(values.status as DocumentStatus)) return { values, error: 'Tình trạng không hợp lệ.' };
  if (values.source !== '' && !/^https?:\/\/[^\s/]+\S*$/iu.test(values.source)) return { values, error: 'Nguồn phải là đường dẫn bắt đầu bằng http:// hoặc https://.' };
  const tags = values.tags.split(/[,;]/u).map((t) => t.trim()).filter(Boolean).slice(0, 30);
  return {
    values,
    fields: {
      title: values.title || undefined,
      number: values.number || undefined,
      issuer: values.issuer || undefined,
      issued: values.issued || undefined,
      effective: values.effective || undefined,
      status: (values.status || undefined) as DocumentStatus | undefined,
      supersededBy: values.supersededBy || undefined,
      source: values.source || undefined,
      tags,
    },
  };
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) return false;
  const at = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value;
}
