// Refusals read from a message before any search: inventions and abuse anywhere, another subject or an opinion asked.
import type { Clause as AskingClause } from './asking-clauses.js';
import { afterCondition, asksInWords, cuedFacets } from './cues.js';
import { namesSubject, numberedDocuments } from './documents-named.js';
import type { Lexicon, RefusalKind } from './lexicon.js';
import { placesNamed } from './local-units.js';
import { givesTask, tellsOwnTask } from './tasks.js';
import type { Word } from './words.js';

/** One clause of a message: its words (shorthand expanded) and whether it closes as a question. */
type Clause = Pick<AskingClause, 'asks' | 'words'>;

/** The kind of refusal a message needs before any search, if any. */
export function refusalOf(clauses: readonly Clause[], lexicon: Lexicon, accents: boolean): RefusalKind | undefined {
  const all = clauses.flatMap((clause) => clause.words);
  // "ad đăng ký giúp mình được không" asks Loa to register; its "ký giúp", starting inside the act "đăng ký", is no
  // request to sign as an official.
  const acts = lexicon.actRequests.verbs.find(all, accents);
  // "cho biết số hiệu, ngày ký giúp tôi" asks the signing date: a request to sign inside a noun (`signing-nouns`) is none.
  const nouns = lexicon.signingNouns.find(all, accents);
  const inside = (spans: readonly { start: number; length: number }[]) => (match: { start: number }) => spans.some((span) => span.start < match.start && match.start < span.start + span.length);
  const refuse = (['fabrication', 'abuse'] as const).find((kind) =>
    lexicon.refuse.get(kind)!.find(all, accents).some((match) => !inside(acts)(match) && !(kind === 'fabrication' && inside(nouns)(match))),
  );
  if (refuse) return refuse;
  // Papers the documents do not issue (`other-papers`: "giấy phép kinh doanh … thủ tục làm ở đâu, cần giấy tờ gì"), in a
  // message naming nothing of the campaign: its registrations share only the procedure's words with them.
  if (lexicon.otherPapers.find(all, accents).length > 0 && !namesCampaign(all, lexicon, accents)) return 'out_of_scope';
  // Another subject, or an opinion asked, is refused wherever the message names it, except in a clause that only tells
  // (asks and requests nothing) beside a question naming a subject of its own: "ông hàng xóm bảo ngày khuyến học là
  // ngày mở thưởng xổ số. Rốt cuộc ngày Khuyến học là ngày nào?" asks about Ngày Khuyến học; "mình bị mất căn cước, giờ
  // làm lại thì nộp những giấy tờ gì" asks about the identity card.
  const refusedBySubject = (['out_of_scope', 'opinion'] as const).filter((kind) => lexicon.refuse.get(kind)!.find(all, accents).length > 0);
  if (refusedBySubject.length === 0) return undefined;
  // A yes/no word inside a clause negates and asks nothing ("em chưa làm căn cước"); a task given to the asker tells
  // it ("bác tổ trưởng nhờ cháu soạn giúp một tờ thông báo …"), as does the asker's own ("em cần viết bài phát biểu").
  const tasked = clauses.map((clause) => givesTask(clause.words, lexicon, accents) || tellsOwnTask(clause.words, lexicon, accents));
  const requesting = clauses.map(
    (clause, i) =>
      clause.asks ||
      asksInWords(clause.words, lexicon, accents) ||
      (!tasked[i] && (lexicon.requests.find(clause.words, accents).length > 0 || lexicon.searchWords.find(clause.words, accents).length > 0)),
  );
  // "… tên chương trình theo Quyết định 387 nhưng chữ bị nhòe. Bạn cho tôi xin tên đầy đủ của chương trình đó": a
  // request pointing at a document ("chương trình đó"), or opening with a pointer back (`pointers-back`: "Đó là văn bản
  // nào"), at the clause just before asks of what that clause names.
  const pointsBack = (words: readonly Word[]) => lexicon.followUpPointsAtDocument.find(words, accents).length > 0 || lexicon.pointersBack.matchAt(words, 0, accents) > 0;
  // Read once per clause: whether it names a subject of the documents, and whether it names one or the campaign's own
  // words ("tự đánh giá", "đề án xây dựng xã hội học tập").
  const named = clauses.map((clause) => namesSubject(clause.words, lexicon));
  const aboutCampaign = (words: readonly Word[]) => namesSubject(words, lexicon) || lexicon.campaignActs.find(words, accents).length > 0;
  const campaign = clauses.map((clause, i) => named[i]! || lexicon.campaignActs.find(clause.words, accents).length > 0);
  const pointsAtSubject = (i: number) => i > 0 && pointsBack(clauses[i]!.words) && named[i - 1]!;
  const ownSubject = clauses.some((_, i) => requesting[i] && (campaign[i] || pointsAtSubject(i)));
  // "trường em giao em viết bài phát biểu khai mạc tuần lễ học tập suốt đời. Em cần câu chủ đề chính xác …": a clause
  // telling the asker's own task about a subject of the documents, beside a clause saying which facet they need
  // (a facet's cue without a question word), is their story.
  const asksFacet = clauses.some((clause, i) => !requesting[i] && cuedFacets(clause.words, lexicon, accents).size > 0);
  const toldAbout = (clause: Clause, i: number) =>
    !requesting[i] && !tasked[i] && asksFacet && named[i]! && lexicon.askerWords.find(clause.words, accents).length > 0;
  // The task given, about the campaign, beside a clause asking the bot something, is the story of that question; alone
  // ("chú tổ trưởng nhờ em xin số điện thoại ban tổ chức tuần lễ") it is what the asker wants done.
  const taskTold = (i: number) => tasked[i]! && campaign[i]! && requesting.some((asking, j) => asking && j !== i);
  // "Em đọc thấy có trang tự đánh giá công dân học tập trên mạng. Em chưa có CCCD thì có tự đăng ký đánh giá được
  // không?": in a message naming a subject of the documents, a question asked on a condition ("… thì …") about the
  // campaign (a subject or one of its acts after the marker, `campaign-acts`) puts the asker's case before the marker;
  // only what it asks after the marker, and no clause telling that case, is checked.
  const conditioned = clauses.map((clause) => afterCondition(clause.words, lexicon, accents));
  const onCondition = named.some(Boolean) && clauses.some((clause, i) => requesting[i] && conditioned[i] !== clause.words && aboutCampaign(conditioned[i]!));
  // "… cảm ơn cháu đã giải thích về Gia đình học tập. … ông nhà bà bị mất thẻ căn cước, giờ làm lại thì cần những giấy tờ
  // gì": a question naming no subject of its own, nor an act of the campaign ("nhà em tự chấm được 80 điểm thì có đạt
  // không"), asks about what the clause just before it tells.
  const toldForNext = (i: number) => !requesting[i] && requesting[i + 1] === true && !campaign[i + 1];
  const checked = clauses.flatMap((clause, i) =>
    requesting[i] ? (onCondition ? conditioned[i]! : clause.words) : taskTold(i) ? [] : !onCondition && (!ownSubject || toldForNext(i)) && !toldAbout(clause, i) ? clause.words : [],
  );
  return refusedBySubject.find((kind) => lexicon.refuse.get(kind)!.find(checked, accents).length > 0);
}

/** True when the words name a title, event or document of the campaign (places aside), a kind of document or one of its acts. */
function namesCampaign(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  return (
    lexicon.subjects.find(words, false).length > placesNamed(words, lexicon).length ||
    numberedDocuments(words, lexicon).length > 0 ||
    lexicon.documentKinds.find(words, accents).length > 0 ||
    lexicon.anyDocument.find(words, accents).length > 0 ||
    lexicon.campaignActs.find(words, accents).length > 0
  );
}
