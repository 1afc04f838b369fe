// Yes/no about the asker's own case: compares the figure the resident gives with the threshold the rule states.
import { foldText } from '../text/vietnamese.js';

/** Folded forms of "at least X": "ít nhất 80", "tối thiểu 80", "không dưới 80", "≥ 80", "từ 80 … trở lên". */
const AT_LEAST = /(?:^|[^\p{L}])(?:it nhat|toi thieu|khong duoi|≥|>=)\s*(\d+(?:[.,]\d+)?)|(?:^|[^\p{L}])tu\s+(\d+(?:[.,]\d+)?)[^.;]*?tro len/gu;
const YEAR = /^(?:19|20)\d\d$/u;

/**
 * 'yes' when the question's figure meets the sentence's "at least" threshold, 'no' when it falls short, undefined when
 * either figure is missing (years are neither figures of a case nor thresholds).
 */
export function yesNoVerdict(question: string, rule: string): 'yes' | 'no' | undefined {
  const threshold = [...foldText(rule).matchAll(AT_LEAST)].map((m) => m[1] ?? m[2]!).find((n) => !YEAR.test(n));
  const figures = (foldText(question).match(/\d+(?:[.,]\d+)?/gu) ?? []).filter((n) => !YEAR.test(n));
  if (threshold === undefined || figures.length !== 1) return undefined;
  const value = (text: string) => Number(text.replace(',', '.'));
  return value(figures[0]!) >= value(threshold) ? 'yes' : 'no';
}
