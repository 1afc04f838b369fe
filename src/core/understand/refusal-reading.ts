// Refusals read from a message before any search: inventions and abuse anywhere, another subject or an opinion asked.
import { askingWords, cuedFacets } from './cues.js';
import { namesSubject } from './documents-named.js';
import type { Lexicon, RefusalKind } from './lexicon.js';
import type { Word } from './words.js';

/** One clause of a message: its words (shorthand expanded) and whether it closes as a question. */
interface Clause {
  asks: boolean;
  words: Word[];
}

/** The kind of refusal a message needs before any search, if any. */
export function refusalOf(clauses: readonly Clause[], lexicon: Lexicon, accents: boolean): RefusalKind | undefined {
  const all = clauses.flatMap((clause) => clause.words);
  // "ad đăng ký giúp mình được không" asks Loa to register; its "ký giúp", starting inside the act "đăng ký", is no
  // request to sign as an official.
  const acts = lexicon.actRequests.verbs.find(all, accents);
  const insideAct = (match: { start: number; length: number }) => acts.some((act) => act.start < match.start && match.start < act.start + act.length);
  const refuse = (['fabrication', 'abuse'] as const).find((kind) => lexicon.refuse.get(kind)!.find(all, accents).some((match) => !insideAct(match)));
  if (refuse) return refuse;
  // Another subject, or an opinion asked, is refused wherever the message names it, except in a clause that only tells
  // (asks and requests nothing) beside a question naming a subject of its own: "ông hàng xóm bảo ngày khuyến học là
  // ngày mở thưởng xổ số. Rốt cuộc ngày Khuyến học là ngày nào?" asks about Ngày Khuyến học; "mình bị mất căn cước, giờ
  // làm lại thì nộp những giấy tờ gì" asks about the identity card.
  const refusedBySubject = (['out_of_scope', 'opinion'] as const).filter((kind) => lexicon.refuse.get(kind)!.find(all, accents).length > 0);
  if (refusedBySubject.length === 0) return undefined;
  const requesting = clauses.map(
    (clause) =>
      clause.asks ||
      askingWords(clause.words, lexicon, accents).length > 0 ||
      lexicon.requests.find(clause.words, accents).length > 0 ||
      lexicon.searchWords.find(clause.words, accents).length > 0,
  );
  // "… tên chương trình theo Quyết định 387 nhưng chữ bị nhòe. Bạn cho tôi xin tên đầy đủ của chương trình đó": a
  // request pointing at a document ("chương trình đó") the clause just before names asks of that document.
  const pointsAtSubject = (i: number) => i > 0 && lexicon.followUpPointsAtDocument.find(clauses[i]!.words, accents).length > 0 && namesSubject(clauses[i - 1]!.words, lexicon);
  const ownSubject = clauses.some((clause, i) => requesting[i] && (namesSubject(clause.words, lexicon) || pointsAtSubject(i)));
  // "trường em giao em viết bài phát biểu khai mạc tuần lễ học tập suốt đời. Em cần câu chủ đề chính xác …": a clause
  // telling the asker's own task about a subject of the documents, beside a clause saying which facet they need
  // (a facet's cue without a question word), is their story.
  const asksFacet = clauses.some((clause, i) => !requesting[i] && cuedFacets(clause.words, lexicon, accents).size > 0);
  const toldAbout = (clause: Clause, i: number) =>
    !requesting[i] && asksFacet && namesSubject(clause.words, lexicon) && lexicon.askerWords.find(clause.words, accents).length > 0;
  const checked = clauses.filter((clause, i) => requesting[i] || (!ownSubject && !toldAbout(clause, i))).flatMap((clause) => clause.words);
  return refusedBySubject.find((kind) => lexicon.refuse.get(kind)!.find(checked, accents).length > 0);
}
