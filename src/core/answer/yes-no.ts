// Yes/no about the asker's own case: compares the figure the resident gives with the threshold the rule states.
import { foldText } from '../text/vietnamese.js';

/** Folded forms of "at least X": "ít nhất 80", "tối thiểu 80", "từ 80 … trở lên", "không dưới 80", "≥ 80". */
const AT_LEAST = /(?:it nhat|toi thieu|khong duoi|tu|≥|>=)\s*(\d+(?:[.,]\d+)?)/u;

/**
 * 'yes' when the question's figure meets the sentence's "at least" threshold, 'no' when it falls short, undefined when
 * either figure is missing (years are not figures of a case).
 */
export function yesNoVerdict(question: string, rule: string): 'yes' | 'no' | undefined {
  const threshold = AT_LEAST.exec(foldText(rule));
  const figures = (foldText(question).match(/\d+(?:[.,]\d+)?/gu) ?? []).filter((n) => !/^(19|20)\d\d$/u.test(n));
  if (!threshold || figures.length !== 1) return undefined;
  const value = (text: string) => Number(text.replace(',', '.'));
  return value(figures[0]!) >= value(threshold[1]!) ? 'yes' : 'no';
}
