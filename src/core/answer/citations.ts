// Formats document references ("387/QĐ-TTg, 25/03/2022") and numbered citation lines "[1] 387/QĐ-TTg, 25/03/2022 — title".
import { foldText } from '../text/vietnamese.js';
import type { Citation, DocumentMeta, Passage } from '../types.js';

const KINDS: [RegExp, string][] = [
  [/^\d+\/\d{4}\/NĐ-/u, 'Nghị định'],
  [/^\d+\/\d{4}\/TT-/u, 'Thông tư'],
  [/\/QĐ-/u, 'Quyết định'],
  [/\/KH-/u, 'Kế hoạch'],
  [/-NQ\//u, 'Nghị quyết'],
  [/^\d+\/[A-ZĐ&]+-[A-ZĐ]+/u, 'Công văn'],
];

/** The kinds a document's number tells ("Quyết định", "Thông tư", "Công văn", …). */
export const DOCUMENT_KINDS: readonly string[] = KINDS.map(([, kind]) => kind);

/** "Quyết định" for "387/QĐ-TTg": the kind its number tells, or undefined. */
export function documentKind(meta: DocumentMeta): string | undefined {
  return meta.number ? KINDS.find(([pattern]) => pattern.test(meta.number!))?.[1] : undefined;
}

/** "Quyết định 387/QĐ-TTg" for a number, or undefined when the document has none. */
export function documentName(meta: DocumentMeta): string | undefined {
  if (!meta.number) return undefined;
  const kind = documentKind(meta);
  return kind ? `${kind} ${meta.number}` : meta.number;
}

/** "dd/mm/yyyy" from an ISO date, or the input when it is not one. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** "387/QĐ-TTg, 25/03/2022": the number residents can look up and the date (parts that are unknown are left out). */
export function documentReference(meta: DocumentMeta): string {
  return [meta.number, meta.issued ? formatDate(meta.issued) : undefined].filter(Boolean).join(', ');
}

/** The title without a leading "Quyết định 387/QĐ-TTg" (the reference already says it): "Phê duyệt Chương trình …". */
export function titleWithoutNumber(meta: DocumentMeta): string {
  const name = documentName(meta);
  if (!name || !meta.number) return meta.title;
  const folded = foldText(meta.title);
  const prefix = [name, meta.number].find((p) => folded.startsWith(foldText(p)));
  if (!prefix) return meta.title;
  const rest = meta.title.slice(prefix.length).replace(/^[\s:–—-]*(?:về\s+(?:việc\s+)?)?/u, '');
  return rest === '' ? meta.title : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Builds a citation for a passage under number `n`. */
export function toCitation(n: number, passage: Passage, snippet: string): Citation {
  return {
    n,
    title: titleWithoutNumber(passage.meta),
    reference: documentReference(passage.meta),
    url: passage.meta.source,
    snippet: snippet.length > 240 ? `${snippet.slice(0, 239)}…` : snippet,
    status: passage.meta.status,
    chunkId: passage.chunkId,
  };
}

/** "[1] Quyết định 387/QĐ-TTg, 25/03/2022 — title", without repeating the reference inside the title. */
export function citationLine(citation: Citation): string {
  let title = citation.title;
  const name = citation.reference.split(',')[0] ?? '';
  if (name && foldText(title).startsWith(foldText(name))) {
    title = title.slice(name.length).replace(/^[\s:–—-]*(?:về\s+|số\s+)?/u, '');
    title = title.charAt(0).toUpperCase() + title.slice(1);
  }
  const parts = [citation.reference, title].filter((part) => part.trim() !== '');
  return `[${citation.n}] ${parts.join(' — ')}`;
}
