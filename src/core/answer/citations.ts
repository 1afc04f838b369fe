// Formats document references ("Quyết định 387/QĐ-TTg, 25/03/2022") and numbered citation lines.
import { foldText } from '../text/vietnamese.js';
import type { Citation, DocumentMeta, Passage } from '../types.js';

const KINDS: [RegExp, string][] = [
  [/^\d+\/\d{4}\/NĐ-/u, 'Nghị định'],
  [/^\d+\/\d{4}\/TT-/u, 'Thông tư'],
  [/\/QĐ-/u, 'Quyết định'],
  [/-NQ\//u, 'Nghị quyết'],
  [/^\d+\/[A-ZĐ&]+-[A-ZĐ]+/u, 'Công văn'],
];

/** "Quyết định 387/QĐ-TTg" for a number, or undefined when the document has none. */
export function documentName(meta: DocumentMeta): string | undefined {
  if (!meta.number) return undefined;
  const kind = KINDS.find(([pattern]) => pattern.test(meta.number!))?.[1];
  return kind ? `${kind} ${meta.number}` : meta.number;
}

/** "dd/mm/yyyy" from an ISO date, or the input when it is not one. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** "Quyết định 387/QĐ-TTg, 25/03/2022" (parts that are unknown are left out). */
export function documentReference(meta: DocumentMeta): string {
  return [documentName(meta), meta.issued ? formatDate(meta.issued) : undefined].filter(Boolean).join(', ');
}

/** Builds a citation for a passage under number `n`. */
export function toCitation(n: number, passage: Passage, snippet: string): Citation {
  return {
    n,
    title: passage.meta.title,
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
