// Finds a document number ("Số: 387/QĐ-TTg") and an issue date ("ngày 25 tháng 3 năm 2022") in a document's first lines.
import type { DocumentMeta } from '../core/types.js';

/** Lines looked at: official letters put the number and date in their header block. */
const HEADER_LINES = 15;
/** "Số: 387/QĐ-TTg" opening a line (not "chỉ số 5/KH" inside a sentence). */
const NUMBER_LINE = /^(?:Số|SỐ|số)\s*(?:hiệu|HIỆU)?\s*[:：.]?\s*(\d{1,5}\/(?:\d{4}\/)?[A-ZĐ][A-ZĐ0-9]*(?:[-&][A-ZĐ0-9]+)*)/mu;
const DATE_WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
const DATE_DIGITS = /ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/iu;

/** Number and issue date from the header lines of `body`, when they are written there. */
export function detectHeaderMeta(body: string): Pick<DocumentMeta, 'number' | 'issued'> {
  const head = body
    .split('\n')
    .map((line) => line.replace(/^#+\s*/u, '').trim())
    .filter(Boolean)
    .slice(0, HEADER_LINES)
    .join('\n')
    .normalize('NFC');
  const number = NUMBER_LINE.exec(head)?.[1];
  const date = DATE_WORDS.exec(head) ?? DATE_DIGITS.exec(head);
  return { number, issued: date ? isoDate(Number(date[3]), Number(date[2]), Number(date[1])) : undefined };
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const at = new Date(Date.UTC(year, month - 1, day));
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return undefined;
  return at.toISOString().slice(0, 10);
}
