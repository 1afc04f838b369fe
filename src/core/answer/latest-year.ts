// "đợt kết nạp gần đây nhất là ngày nào": the latest year the best passage's section names, up to this one.
import type { Passage } from '../types.js';

/** A year written in digits, alone or ending a date ("2024", "04/12/2025", "2021–2030"), not inside a longer number. */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;

/**
 * The latest year `text` names up to `thisYear`, or undefined: what "gần đây nhất" asks of a passage listing events
 * by year. A later year is a target or a plan ("giai đoạn 2021–2030"), no event that has happened.
 */
function latestYearNamed(text: string, thisYear: number): number | undefined {
  const years = [...text.matchAll(YEAR)].map((match) => Number(match[0])).filter((year) => year <= thisYear);
  return years.length > 0 ? Math.max(...years) : undefined;
}

/**
 * The latest year up to `thisYear` the section of the first passage names — every passage found of the same document
 * and heading, for a long section is indexed in several chunks (the network's rounds of 2020–2024 in one, 2025 in the
 * next) — or undefined.
 */
export function latestYearOfSection(passages: readonly Passage[], thisYear: number): number | undefined {
  const best = passages[0];
  if (!best) return undefined;
  const section = passages.filter((passage) => passage.documentId === best.documentId && passage.heading === best.heading);
  return latestYearNamed(section.map((passage) => passage.text).join('\n'), thisYear);
}
