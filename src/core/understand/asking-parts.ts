// The parts of a message asking several things: each kept clause with the documents named before it.
import type { Clause } from './asking-clauses.js';
import { documentMentions, documentsNamedBefore, isTitlePhrase, namesSubject, titlePointerIn } from './documents-named.js';
import { removePhrases } from './filler.js';
import type { Lexicon } from './lexicon.js';
import type { Word } from './words.js';

/** One part of a message: the kept clause it comes from and its words as searched. */
export interface AskingPart {
  clause: Clause;
  words: Word[];
}

/**
 * Each kept clause as searched, with the documents named before it, when there are several. A clause naming one
 * document that the next clause points at ("Anh cán bộ xã bảo … làm theo công văn 6782. Công văn đó giao cho ai, báo cáo
 * nộp trước ngày nào?") is no part of its own: the document takes the pointer's place in each part ("công văn 6782 giao
 * cho ai"). With two documents carried ("thông tư 24 và 25 …. Hai thông tư này …") the pointer stays, and the clause
 * naming them stays a part; so does one before a question naming its own subject ("Theo Thông tư 44/2014, ai đánh giá
 * cộng đồng học tập cấp xã") or asking the same again of something else ("… thì sao").
 */
export function askingParts(kept: readonly Clause[], stripped: readonly Clause[], asking: readonly boolean[], lexicon: Lexicon, accents: boolean): AskingPart[] {
  if (kept.length < 2) return [];
  const pointsAtDocument = (clause: Clause) => lexicon.followUpPointsAtDocument.find(clause.words, accents).length > 0;
  const lends = (clause: Clause, at: number) => {
    const next = kept[at + 1];
    return !asking[stripped.indexOf(clause)] && documentMentions(clause.words, lexicon).length === 1 && next !== undefined && pointsAtDocument(next) && documentsNamedBefore(next, stripped, lexicon).length > 0;
  };
  const parts = kept
    .filter((clause, at) => !lends(clause, at))
    .map((clause) => {
      const titles = titlesPointedAt(clause, stripped, lexicon, accents);
      if (titles.length > 0) return { clause, words: removePhrases(inPlaceOfTitlePointer(clause.words, titles, lexicon, accents), lexicon.askerWords, true) };
      const documents = documentsNamedBefore(clause, stripped, lexicon);
      const words = documentMentions(documents, lexicon).length === 1 ? removePhrases(clause.words, lexicon.followUpPointsAtDocument, accents) : clause.words;
      return { clause, words: removePhrases([...documents, ...words], lexicon.askerWords, true) };
    });
  return parts.length > 1 ? parts : [];
}

/** The titles in the place of the pointer at them ("ai là người công nhận danh hiệu đó" → "… công nhận dòng họ học tập"). */
function inPlaceOfTitlePointer(words: readonly Word[], titles: readonly Word[], lexicon: Lexicon, accents: boolean): Word[] {
  const pointer = titlePointerIn(words, lexicon, accents);
  return pointer ? [...words.slice(0, pointer.start), ...titles, ...words.slice(pointer.start + pointer.length)] : [...titles, ...words];
}

/**
 * "Theo chương trình 387 … bao nhiêu phần trăm dòng họ đạt dòng họ học tập, và ai là người công nhận danh hiệu đó": a
 * clause naming no subject that points at a title (`topic-pointers` titles: "danh hiệu đó") asks of the titles the
 * nearest clause before it names, not of the documents named before.
 */
function titlesPointedAt(clause: Clause, clauses: readonly Clause[], lexicon: Lexicon, accents: boolean): Word[] {
  if (namesSubject(clause.words, lexicon) || titlePointerIn(clause.typed, lexicon, accents) === undefined) return [];
  for (const earlier of clauses.slice(0, clauses.indexOf(clause)).reverse()) {
    const titles = lexicon.subjects.find(earlier.words, false).filter(({ phrase }) => isTitlePhrase(phrase, lexicon));
    if (titles.length > 0) return titles.flatMap(({ start, length }) => earlier.words.slice(start, start + length));
  }
  return [];
}
