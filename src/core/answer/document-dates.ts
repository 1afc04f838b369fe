// "cộng đồng học tập cấp thôn có từ văn bản nào": a document an answer names by number carries the day it was issued.
import { splitIntoSentences } from '../text/sentences.js';
import type { DocumentMeta } from '../types.js';
import { formatDate } from './citations.js';

/** The characters a document number is written with: what may not stand right before or after it. */
const NUMBER_CHARACTER = /[\p{L}\p{N}/-]/u;

/**
 * `text` with the day of issue written right after the first mention of each numbered document of `documents` the
 * index dates ("Quyết định 281/QĐ-TTg" → "Quyết định 281/QĐ-TTg ngày 20/02/2014"), unless its number already holds the
 * year ("25/2023/TT-BGDĐT") or the sentence of that mention says the year.
 */
export function withDocumentDates(text: string, documents: readonly DocumentMeta[]): string {
  let dated = text;
  for (const { number, issued } of documents) {
    if (!number || !issued || number.includes(issued.slice(0, 4))) continue;
    const at = mentionOf(dated, number);
    if (at === undefined) continue;
    const end = at + number.length;
    const sentence = splitIntoSentences(dated.slice(0, end)).at(-1)! + (splitIntoSentences(dated.slice(end))[0] ?? '');
    if (sentence.includes(issued.slice(0, 4))) continue;
    dated = `${dated.slice(0, end)} ngày ${formatDate(issued)}${dated.slice(end)}`;
  }
  return dated;
}

/** Where `number` first stands in `text` as a whole number (not inside "1281/QĐ-TTg"), if anywhere. */
function mentionOf(text: string, number: string): number | undefined {
  for (let at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + 1)) {
    const before = text[at - 1];
    const after = text[at + number.length];
    if ((before === undefined || !NUMBER_CHARACTER.test(before)) && (after === undefined || !NUMBER_CHARACTER.test(after))) return at;
  }
  return undefined;
}
