// Whether a message asks an amount of money: in a clause that asks, not as the purpose of another question.
import { cuedFacets } from './cues.js';
import { closingWordsAt } from './filler.js';
import { namesSubject } from './documents-named.js';
import type { Lexicon } from './lexicon.js';
import type { Word } from './words.js';

/** Money asked by a message: `asked` in a clause that asks; `besides`, whether it costs, beside another question. */
export interface MoneyAsked {
  asked: boolean;
  besides: boolean;
}

/**
 * Reads the asking clauses for money (`money.asked` in question-cues.yaml). A money word after a purpose opener typed
 * with its marks ("… những chỉ tiêu nào … để dự trù kinh phí") says why the resident asks, not what: it asks no money
 * (bare "de" is also the "đề" of "đề án"). Money is asked `besides` when the clauses asking it ask whether, closing with a
 * yes/no word ("có mất lệ phí gì không", not "lệ phí bao nhiêu", "… với mức thưởng chính xác nhé") and another asking clause names a title, an event or a document ("nộp
 * giấy đăng ký gia đình học tập ở đâu"): that question is answered, and the fee said to be unknown.
 */
export function moneyAsked(asking: readonly (readonly Word[])[], lexicon: Lexicon, accents: boolean): MoneyAsked {
  const purposeBefore = (words: readonly Word[], at: number) =>
    lexicon.purposeOpeners.find(words.slice(0, at), accents).some(({ start }) => words[start]!.text !== words[start]!.folded);
  const asksMoney = (words: readonly Word[]) => lexicon.moneyAsked.find(words, accents).some(({ start }) => !purposeBefore(words, start));
  const withMoney = asking.map(asksMoney);
  // Closing with "không" or "chưa" (closing words aside), it asks whether, not how much.
  const onlyWhether = (words: readonly Word[]) => {
    const end = words.length - closingWordsAt(words, lexicon, accents);
    return lexicon.yesNoCloses.find(words.slice(0, end), accents).some(({ start, length }) => start + length === end) && !cuedFacets(words, lexicon, accents).has('number');
  };
  const whetherOnly = asking.every((words, i) => !withMoney[i] || onlyWhether(words));
  const other = asking.some((words, i) => !withMoney[i] && namesSubject(words, lexicon));
  return { asked: withMoney.some(Boolean), besides: whetherOnly && other };
}
