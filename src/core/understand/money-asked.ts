// Which clauses of a message ask an amount of money, and whether the rest asks something of its own beside it.
import { askingWords, contentEnd, cuedFacets, within } from './cues.js';
import { namesSubject } from './documents-named.js';
import type { Facet, Lexicon } from './lexicon.js';
import type { Word } from './words.js';

/** The facets a clause asking whether something costs may cue besides: yes or no, the dossier or act it is for, why. */
const BESIDE_FACETS: ReadonlySet<Facet> = new Set(['yesno', 'procedure', 'reason']);

/** One clause as read for money: its words as searched and as typed, and whether it asks. */
export interface MoneyClause {
  words: readonly Word[];
  typed: readonly Word[];
  asks: boolean;
}

/**
 * Money asked by a message: `asked`, some clause asks it; `besides`, the clauses asking it ask only whether it costs
 * and another clause asks a question naming a subject; `clauses`, which clauses ask it; `amount`, a clause asks a sum's
 * amount at its end or tells one.
 */
export interface MoneyAsked {
  asked: boolean;
  amount: boolean;
  besides: boolean;
  clauses: boolean[];
}

/**
 * Reads the message's kept clauses for money (`money.asked` in question-cues.yaml): those that ask, and those that
 * request ("cho mình hỏi lệ phí đăng ký …"; every clause when none asks), not a clause that only tells ("… kéo theo
 * chuyện cấp kinh phí cũng thay đổi"). A money word after a purpose opener ("để") typed with its marks, the purpose
 * holding no question word to the clause's end, says why the resident asks ("… có những chỉ tiêu nào … để dự trù kinh
 * phí"), not what ("Để đăng ký … có mất phí không" asks; bare "de" may be the "đề" of "đề án"). Money is asked
 * `besides` when every clause asking it asks no amount, cues nothing but yes or no, the dossier or act it is for or
 * why, and asks with no question word but a yes/no frame's or why ("có mất lệ phí gì không", "làm hồ sơ theo thông tư này
 * có phải đóng lệ phí không", "sao có người nhắn bảo phải nộp tiền"; not "lệ phí bao nhiêu", "… với mức thưởng chính
 * xác nhé", "hạn nộp khi nào và có mất phí không", "đăng ký thế nào có tốn phí không") and another asking clause names
 * a title, an event or a document ("nộp giấy đăng ký gia đình học tập ở đâu").
 */
export function moneyAsked(clauses: readonly MoneyClause[], lexicon: Lexicon, accents: boolean): MoneyAsked {
  // A purpose asks with a question word or a yes/no close of its own ("Để đăng ký … có mất phí không"), not with a
  // noun of time ("… để lập kế hoạch kinh phí thời gian tới").
  const purposeBefore = (words: readonly Word[], at: number) =>
    lexicon.purposeOpeners
      .find(words.slice(0, at), accents)
      .some(({ start, length }) => words[start]!.text !== words[start]!.folded && askingWords(words.slice(start + length), lexicon, accents).length === 0);
  // In a message where no clause asks ("lệ phí đăng ký gia đình học tập"), every clause is read.
  const none = !clauses.some((clause) => clause.asks);
  const read = clauses.map((clause) => none || clause.asks || lexicon.requests.find(clause.typed, accents).length > 0);
  // An amount told anywhere ("… thưởng 2 triệu cho mỗi gia đình"), with something asked or requested in the message, or
  // a sum's amount asked at a clause's end ("tiền thưởng gia đình học tập là bao nhiêu"): an amount, never "whether".
  const tells = clauses.map((clause) => tellsAmount(clause.typed, lexicon, accents));
  const told = read.some(Boolean) && tells.some(Boolean);
  const amounts = clauses.map((clause, i) => (told && tells[i]!) || (read[i]! && asksAmountOfSum(clause.words, lexicon, accents)));
  const withMoney = clauses.map((clause, i) => amounts[i]! || (read[i]! && lexicon.moneyAsked.find(clause.words, accents).some(({ start }) => !purposeBefore(clause.words, start))));
  // Asking no amount ("tiền thưởng bao nhiêu" cues a number), cueing nothing but whether, why or the dossier it is for
  // ("làm hồ sơ …", "phải nộp tiền"), and asking with no word but a yes/no frame's or why (`beside-asks`, reason cues),
  // it asks only whether it costs — not how much nor anything more ("hạn nộp khi nào và có mất phí không", "đăng ký thế
  // nào có tốn phí không", "kinh phí từ nguồn nào").
  const onlyWhether = (words: readonly Word[]) => {
    if (lexicon.amountAsked.find(words, accents).length > 0 || ![...cuedFacets(words, lexicon, accents)].every((facet) => BESIDE_FACETS.has(facet))) return false;
    const closes = lexicon.yesNoCloses.find(words, accents);
    // "có mất lệ phí gì không": a `what` word of the frame only right before its closing word ("… tài khoản nào" asks).
    const what = lexicon.yesNoWhat.find(words, accents).filter(({ start, length }) => closes.some((close) => close.start === start + length));
    const allowed = [...closes, ...what, ...[lexicon.yesNoOpens, lexicon.moneyBesideAsks, lexicon.facets.get('reason')!].flatMap((phrases) => phrases.find(words, accents))];
    return askingWords(words, lexicon, accents).every(({ start, length }) => within(start, length, allowed));
  };
  const whetherOnly = clauses.every((clause, i) => !withMoney[i] || (!amounts[i] && onlyWhether(clause.words)));
  const other = clauses.some((clause, i) => !withMoney[i] && clause.asks && namesSubject(clause.words, lexicon));
  const asked = withMoney.some(Boolean);
  return { asked, amount: amounts.some(Boolean), besides: asked && whetherOnly && other, clauses: withMoney };
}

/**
 * "tiền thưởng gia đình học tập là bao nhiêu", "lệ phí đăng ký mấy ạ": a sum named (`sums`) and, after it, a word
 * asking its amount (`amount-words`) with only closing words or a yes/no close after it ("… có được tiền hỗ trợ bao
 * nhiêu không") or a unit right after it ("… là mấy triệu") — not a count asked beside money ("lệ phí giảm cho bao
 * nhiêu gia đình").
 */
function asksAmountOfSum(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  const { sums, amountWords, units } = lexicon.sumAsked;
  const sum = sums.find(words, accents)[0];
  if (!sum) return false;
  const end = contentEnd(words, lexicon, accents);
  // "… có được tiền hỗ trợ bao nhiêu không": a yes/no close after the amount word closes the clause too.
  const closesAt = (at: number) => at >= end || lexicon.yesNoCloses.matchAt(words, at, accents) >= end - at;
  return amountWords.find(words, accents).some(({ start, length }) => start >= sum.start + sum.length && (closesAt(start + length) || units.matchAt(words, start + length, accents) > 0));
}

/** A figure typed alone ("2", "1,5", "500.000"), or with letters joined to it ("50k"). */
const FIGURE = /^\d+(?:[.,]\d+)*$/u;
const FIGURE_WITH_LETTERS = /^\d+(?:[.,]\d+)*(\p{L}+)$/u;

/** "thưởng 2 triệu", "hỗ trợ 500 nghìn", "nộp 50k": a word of money (`told-before`) right before a figure and its unit
 * (`units` after it, `glued-units` joined to it). */
function tellsAmount(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  return lexicon.amountToldBefore.find(words, accents).some(({ start, length }) => {
    const figure = words[start + length]?.text ?? '';
    const joined = FIGURE_WITH_LETTERS.exec(figure)?.[1];
    return (joined !== undefined && lexicon.amountGluedUnits.has(joined.toLowerCase())) || (FIGURE.test(figure) && lexicon.sumAsked.units.matchAt(words, start + length + 1, accents) > 0);
  });
}
