// What a resident adds after a question in the same clause: what the answer is needed for, and an aside after "mà"/"nhưng".
import { isYear } from '../text/years.js';
import { askingWords, cuedFacets } from './cues.js';
import { namesSubject } from './documents-named.js';
import { closingWordsAt, removePhrases, stripFiller } from './filler.js';
import type { Lexicon } from './lexicon.js';
import type { Word } from './words.js';

/**
 * The clause (its filler set aside) without what the resident adds after its question: what it says is not asked
 * (`not-asked`; unless the clause `closesAsking` with "?" or a question particle, which checks the contrast), a purpose
 * (`purposes`), then an aside (`asides`); closing words left at the new end go too ("… có mấy thành phố rồi").
 */
export function withoutAddedParts(words: Word[], lexicon: Lexicon, accents: boolean, closesAsking = false): Word[] {
  const kept = withoutAside(withoutPurpose(closesAsking ? words : withoutNotAsked(words, lexicon, accents), lexicon, accents), lexicon, accents);
  return kept.length < words.length ? stripFiller(kept, lexicon, accents) : words;
}

/** Whether the words ask: a question word that ends them, or one that is no yes/no closer ("không" inside negates). */
function asks(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  return askingWords(words, lexicon, accents).some(({ start, length }) => start + length === words.length || lexicon.yesNoCloses.matchAt(words, start, accents) !== length);
}

/** Whether a question word ends the words: what follows it qualifies it ("tiêu chí nào mà nhà mình chưa đạt"). */
function endsWithQuestionWord(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  return askingWords(words, lexicon, accents).some(({ start, length }) => start + length === words.length);
}

/**
 * "cv 5607 là gì, k phải cv 5201 nha": a clause after another that opens with `clause-opens` and closes with
 * `clause-closes` of `not-asked`, asking nothing between, says only what is not asked. So does one naming nothing but
 * a year after the opener, when the clause before names a year too and it does not close asking (`closesAsking`: "?"
 * or a question particle) — "chủ đề năm 2023 kia, không phải 2024": the other year is set against it; "… năm 2019,
 * không phải 2024 à?" checks it; "bố em 70 tuổi, không phải hội viên" tells the case.
 */
export function saysNotAsked(words: readonly Word[], before: readonly Word[], lexicon: Lexicon, accents: boolean, closesAsking = false): boolean {
  const { clauseOpens, clauseCloses } = lexicon.notAsked;
  const opens = clauseOpens.matchAt(words, 0, accents);
  if (opens === 0) return false;
  const close = clauseCloses.find(words, accents).find(({ start, length }) => start + length === words.length && start > opens);
  if (close !== undefined) return !asks(words.slice(opens, close.start), lexicon, accents);
  if (closesAsking) return false;
  const rest = stripFiller(words.slice(opens), lexicon, accents).filter((word) => !lexicon.spokenNumbers.bare.yearWords.has(word.folded));
  return rest.length > 0 && rest.every((word) => isYear(word.folded)) && before.some((word) => isYear(word.folded));
}

/**
 * "công dân học tập là gì, mình hỏi về từng người chứ không phải cả nhà", "ý mình không phải đơn vị hành chính đâu":
 * what the resident says is not asked (`not-asked`), to the end of the clause, is set aside unless it asks ("… chứ
 * không phải dòng họ thì ai công nhận") or the clause asks why, which the contrast is the heart of ("sao gia đình học
 * tập dùng tiêu chí của Hội Khuyến học chứ không phải thông tư của Bộ").
 */
function withoutNotAsked(words: Word[], lexicon: Lexicon, accents: boolean): Word[] {
  const { openers, closes } = lexicon.notAsked;
  const marker = openers.find(words, accents)[0];
  if (!marker) return words;
  const rest = words.slice(marker.start + marker.length);
  const close = closes.find(rest, accents).find(({ start, length }) => start + length === rest.length);
  const asksWhy = cuedFacets(words, lexicon, accents).has('reason') || lexicon.reasonOpeners.find(words.slice(0, marker.start), accents).length > 0;
  if (asksWhy || asks(close ? rest.slice(0, close.start) : rest, lexicon, accents)) return words;
  return words.slice(0, marker.start);
}

/**
 * "ngày khuyến học việt nam là ngày nào để làm bài tập ngoại khóa": what the resident needs the answer for, after a
 * question naming its subject, is set aside — not after one asking how or what is needed ("làm sao để trả lời phiếu
 * tự đánh giá", "cần những gì để in ra giấy chứng nhận": the purpose is what is asked), nor when it asks, names a
 * subject or holds a figure ("… để làm báo cáo về gia đình học tập" says what the report is about). Said in the
 * asker's own words (`askersPurposeAt`), it goes after a question naming no subject too ("chủ đề là gì để chị em làm
 * khẩu hiệu" follows up the Week).
 */
function withoutPurpose(words: Word[], lexicon: Lexicon, accents: boolean): Word[] {
  const phrase = lexicon.purposes.find(words, accents).find(({ start }) => start > 0)?.start;
  const own = phrase === undefined ? askersPurposeAt(words, lexicon, accents) : undefined;
  const start = phrase ?? own;
  if (start === undefined) return words;
  const before = words.slice(0, start);
  const facets = cuedFacets(before, lexicon, accents);
  if (!asks(before, lexicon, accents) || (own === undefined && !namesSubject(before, lexicon)) || facets.has('procedure') || facets.has('list')) return words;
  const tail = words.slice(start);
  if (lexicon.questionMarks.find(tail, accents).length > 0 || namesSubject(tail, lexicon) || tail.some((word) => /\d/u.test(word.folded))) return words;
  return before;
}

/**
 * Where a purpose in the asker's own words starts: a purpose opener (`purpose-openers`), the asker's words and right
 * after them one of `own-task` `purposes` ("… để chị em làm khẩu hiệu", "… để em viết băng rôn").
 */
function askersPurposeAt(words: readonly Word[], lexicon: Lexicon, accents: boolean): number | undefined {
  for (const { start, length } of lexicon.purposeOpeners.find(words, accents)) {
    let verbAt = start + length;
    for (let askerLength = lexicon.askerWords.matchAt(words, verbAt, accents); askerLength > 0; askerLength = lexicon.askerWords.matchAt(words, verbAt, accents)) verbAt += askerLength;
    if (start > 0 && verbAt > start + length && lexicon.ownTask.purposes.matchAt(words, verbAt, accents) > 0) return start;
  }
  return undefined;
}

/**
 * "việt nam giờ có mấy thành phố rồi mà báo không ghi đủ": in a message with diacritics (bare "nhung" is also
 * "những", "ma" also "mã"), what the resident adds from "mà" or "nhưng" to the end of the clause after a question is
 * set aside when it asks nothing ("không" inside it negates; closing it, it asks: "… mà không biết có được không"),
 * names no subject and holds no figure — not right after a question word, where it qualifies what is asked ("tiêu chí
 * nào mà nhà mình chưa đạt", "có được công nhận không nhưng không biết chữ") unless it only tells that the asker could
 * not answer (`asides-unknowing`: "… từ năm nào mà em không trả lời được"), nor when the question asks why, which that
 * part is the heart of ("sao gọi là tuần lễ học tập suốt đời mà ngày mỗi năm lại khác nhau").
 */
function withoutAside(words: Word[], lexicon: Lexicon, accents: boolean): Word[] {
  if (!accents) return words;
  const unknowing = (tail: readonly Word[]) => {
    const told = removePhrases(tail, lexicon.askerWords, true);
    const length = told.length - closingWordsAt(told, lexicon, accents);
    return length > 0 && lexicon.asidesUnknowing.matchAt(told, 0, accents) === length;
  };
  const aside = lexicon.asides.find(words, accents).find(({ start, length }) => {
    const before = words.slice(0, start);
    return start > 0 && asks(before, lexicon, accents) && (!endsWithQuestionWord(before, lexicon, accents) || unknowing(words.slice(start + length)));
  });
  if (!aside || cuedFacets(words, lexicon, accents).has('reason') || lexicon.universalReasons.find(words, accents).length > 0) return words;
  const tail = words.slice(aside.start);
  if (asks(tail, lexicon, accents) || namesSubject(tail, lexicon) || tail.some((word) => /\d/u.test(word.folded))) return words;
  return words.slice(0, aside.start);
}
