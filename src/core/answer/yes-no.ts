// Yes/no about the asker's own case: compares the figure the resident gives with the threshold the rule states.
import { foldText } from '../text/vietnamese.js';

/** Folded forms of "at least X": "ít nhất 80", "tối thiểu 80", "không dưới 80", "≥ 80", "từ 80 … trở lên"; then its unit. */
const AT_LEAST =
  /(?:^|[^\p{L}])(?:it nhat|toi thieu|khong duoi|≥|>=)\s*(\d+(?:[.,]\d+)*)\s*(%|[\p{L}]+)?|(?:^|[^\p{L}])tu\s+(\d+(?:[.,]\d+)*)\s*(%|[\p{L}]+)?[^.;]*?tro len/gu;
/** A figure of the question and the word after it. */
const FIGURE = /(\d+(?:[.,]\d+)*)\s*(%|[\p{L}]+)?/gu;
const YEAR = /^(?:19|20)\d\d$/u;

/**
 * 'yes' when the question's figure meets the sentence's "at least" threshold, 'no' when it falls short, undefined when
 * either figure is missing, when a unit on both sides differs (points are not percent), or for years (neither figures
 * of a case nor thresholds).
 */
export function yesNoVerdict(question: string, rule: string): 'yes' | 'no' | undefined {
  const threshold = [...foldText(rule).matchAll(AT_LEAST)]
    .map((m) => ({ value: m[1] ?? m[3]!, unit: m[2] ?? m[4] }))
    .find((t) => !YEAR.test(t.value));
  const figures = [...foldText(question).matchAll(FIGURE)].map((m) => ({ value: m[1]!, unit: m[2] })).filter((f) => !YEAR.test(f.value));
  if (threshold === undefined || figures.length !== 1) return undefined;
  const figure = figures[0]!;
  const percent = (unit: string | undefined) => unit === '%' || unit === 'phan';
  if (percent(figure.unit) !== percent(threshold.unit)) return undefined;
  return numberOf(figure.value) >= numberOf(threshold.value) ? 'yes' : 'no';
}

/** "1.500" and "1,500" are thousands in Vietnamese writing when three digits follow; "2,5" is a decimal. */
function numberOf(text: string): number {
  if (/^\d{1,3}(?:[.,]\d{3})+$/u.test(text)) return Number(text.replace(/[.,]/gu, ''));
  return Number(text.replace(',', '.'));
}
