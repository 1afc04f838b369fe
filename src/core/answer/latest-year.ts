// "đợt kết nạp gần đây nhất là ngày nào": the latest year the passages a question found name, up to this one.
import type { Passage } from '../types.js';

/** A year written in digits, alone or ending a date ("2024", "04/12/2025", "2021–2030"), not inside a longer number. */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;

/**
 * The latest year up to `thisYear` named by the first `count` passages and by every other passage of the best one's
 * section (a long section is indexed in several chunks: the network's rounds of 2020–2024 in one, 2025 in the next),
 * or undefined. A later year is a target or a plan ("giai đoạn 2021–2030"), no event that has happened.
 */
export function latestYearFound(passages: readonly Passage[], count: number, thisYear: number): number | undefined {
  const best = passages[0];
  if (!best) return undefined;
  const read = passages.filter((passage, i) => i < count || (passage.documentId === best.documentId && passage.heading === best.heading));
  const years = read.flatMap((passage) => [...passage.text.matchAll(YEAR)].map((match) => Number(match[0]))).filter((year) => year <= thisYear);
  return years.length > 0 ? Math.max(...years) : undefined;
}
