// Recognises follow-up questions ("còn dòng họ thì sao?") and their topic words, from prompts/language/question-cues.yaml.
import { isYear } from '../text/years.js';
import { foldText, hasDiacritics } from '../text/vietnamese.js';
import { correctsPrevious } from '../understand/corrections.js';
import { cuedFacets, facetFrameSpans } from '../understand/cues.js';
import { FACETS, type Lexicon } from '../understand/lexicon.js';
import { expandShorthand } from '../understand/shorthand.js';
import { removePhrases } from '../understand/filler.js';
import { positionsIn, wordsOf, type Word } from '../understand/words.js';
import type { HistoryTurn } from './grounded.js';
import { documentKindAsked, kindOf, PLACES, subjectsOf, subjectsOfSentence, TITLES, topicsOf, TOPIC_KINDS, withoutReplacedSubjects, yearsNamedOf, type Subject } from './subjects.js';
import { FOLLOW_UP_MAX_WORDS } from './tuning.js';

/**
 * True when the question only makes sense together with the previous one: an opener, a closer, two words at most, a
 * place or time pointed back to ("ở đó", "hồi đó"), or a question asking more about the previous one's subject.
 */
export function isFollowUp(question: string, lexicon: Lexicon): boolean {
  return opensAsFollowUp(question, lexicon) || followsByShape(question, lexicon);
}

/**
 * True when the message as typed opens like a follow-up ("Thế thành viên bắt đầu được kết nạp từ khi nào?") or corrects
 * the previous question ("à nhầm, ý mình hỏi dòng họ học tập cơ"): opener and correction are set aside before the
 * question is searched, so they are read on the message itself.
 */
export function opensAsFollowUp(message: string, lexicon: Lexicon): boolean {
  const words = expandShorthand(wordsOf(message), lexicon);
  // "Thi đua … do ai phát động": a word beginning a subject's name opens no follow-up ("thi" folds onto "thì").
  const opener = lexicon.followUpOpeners.matchAt(words, 0, false) > 0 && lexicon.subjects.matchAt(words, 0, false) === 0;
  return opener || correctsPrevious(message, lexicon);
}

/** Follows by its shape: a closer, two words at most, a place or time pointed back to, or more asked of the same. */
function followsByShape(question: string, lexicon: Lexicon): boolean {
  const words = wordsOf(question);
  if (words.length <= 2) return true;
  if (lexicon.followUpClosers.find(words, false).some((match) => match.start + match.length === words.length)) return true;
  if (lexicon.followUpPointsBack.find(words, false).length > 0) return true;
  // "tphcm ai đi dự" after a question on the ASEAN+3 conference: a short question naming only a place asks the earlier
  // question's topic of that place.
  const subjects = subjectsOf(question, lexicon);
  const onlyPlaces = subjects.some((subject) => kindOf(subject, lexicon) === PLACES) && subjects.every((subject) => subject.kind === 'year' || kindOf(subject, lexicon) === PLACES);
  // The place counts as one word however it is written ("thành phố hồ chí minh").
  const placeWords = subjects.reduce((sum, subject) => sum + (subject.kind === 'year' ? 0 : wordsOf(subject.said).length - 1), 0);
  if (onlyPlaces && lengthCountingNamesOnce(words, lexicon) - placeWords <= FOLLOW_UP_MAX_WORDS) return true;
  return asksMoreAboutPrevious(question, lexicon);
}

/**
 * "hạn nộp khi nào", "chủ đề là gì", "2023 tổ chức ngày nào", "văn bản nào quy định ngày đó": a question naming no
 * title, place, event or document (a year at most), short or pointing back ("đó", "này"), asks something more about
 * the previous one — unlike "còn dòng họ thì sao?", it brings no new topic to look for.
 */
export function asksMoreAboutPrevious(question: string, lexicon: Lexicon): boolean {
  const words = wordsOf(question);
  if (words.length <= 2 || lexicon.followUpOpeners.matchAt(words, 0, false) > 0) return false;
  // "trường học thì sao": asks the previous question again, of a new topic.
  if (lexicon.followUpAsksSame.find(words, false).some((match) => match.start > 0 && match.start + match.length === words.length)) return false;
  if (!subjectsOf(question, lexicon).every((subject) => subject.kind === 'year')) return false;
  return lengthCountingNamesOnce(words, lexicon) <= FOLLOW_UP_MAX_WORDS || lexicon.refersBack.find(words, false).length > 0;
}

/**
 * Number of words, "năm 2025" counting as one like "2025" ("năm ngoái tổ chức ngày nào" reads "năm 2025 tổ chức …"),
 * and a kind of document as one ("công văn hướng dẫn số mấy").
 */
function lengthCountingNamesOnce(words: readonly Word[], lexicon: Lexicon): number {
  const kinds = lexicon.documentKinds.find(words, false).reduce((sum, kind) => sum + kind.length - 1, 0);
  return words.filter((word, i) => !(word.folded === 'nam' && isYear(words[i + 1]?.folded ?? ''))).length - kinds;
}

/** The topic words of a follow-up (folded): "còn dòng họ thì sao?" → ["dong", "ho"]. */
export function followUpTopic(question: string, lexicon: Lexicon): string[] {
  const words = wordsOf(question);
  const shape = positionsIn(lexicon.followUpShapeWords.find(words, false));
  return words.filter((_, i) => !shape.has(i)).map((w) => w.folded);
}

/**
 * The document "quyết định đó", "văn bản này" points at, when the question names none: after a question asking which
 * one ("thông tư cũ trước đó là thông tư nào?"), first one the answer brought; then the first the previous question
 * named, else the first its answer named about what was asked — of the kind the pointer names when one is ("thông tư
 * đó"), else any. "cái đó" (`points-at-asked-document`) points at one of the kind the previous question asked for ("…
 * theo thông tư nào").
 */
function documentPointedAt(question: string, earlier: EarlierTurn, lexicon: Lexicon): Subject | undefined {
  const words = wordsOf(question);
  const pointer = lexicon.followUpPointsAtDocument.find(words, false)[0];
  // "cái đó ký ngày nào" points at a document only after a question asking which one ("… theo thông tư nào") — as the
  // resident asked it ("qđ 677 là về gia đình học tập đúng không" is searched with "… theo văn bản nào" too), or, when
  // the message names no document of its own, as the chat carried it ("còn cộng đồng học tập thì sao" after "… theo
  // thông tư nào").
  const askedKind = documentKindAsked(earlier.message, lexicon) ?? (namesDocument(earlier.message, lexicon) ? undefined : documentKindAsked(earlier.query, lexicon));
  const pointsAtAsked = askedKind !== undefined && lexicon.followUpPointsAtAskedDocument.find(words, false).length > 0;
  if ((!pointer && !pointsAtAsked) || namesDocument(question, lexicon)) return undefined;
  const asked = subjectsOf(`${earlier.message} ${earlier.query}`, lexicon).filter((subject) => subject.kind === 'document');
  // After "thông tư cũ trước đó là thông tư nào?", "thông tư cũ đó" is the one the answer brought, not one the question knew.
  const brought = askedKind === undefined ? [] : earlier.answerDocuments.filter((subject) => !asked.some((known) => documentKey(known) === documentKey(subject)));
  const named = [...brought, ...asked, ...earlier.answerDocuments];
  const kind = pointer ? pointer.phrase.split(' ') : [askedKind!];
  // "qđ 387" is of the kind "quyết định đó" points at: the kind's first word, or the initials of its two words (a
  // pointer of more than two words: the kind, then the demonstrative), opens what was said.
  const initials = kind.slice(0, 2).map((word) => word[0]).join('');
  const ofKind = (said: string) => said.startsWith(kind[0]!) || (kind.length > 2 && said.startsWith(`${initials} `));
  return named.find((subject) => ofKind(foldText(subject.said))) ?? named[0];
}

/** The question opens citing a document pointed at: "theo" and the pointer ("Theo văn bản đó, …"), nothing between. */
function citesPointedDocument(question: string, lexicon: Lexicon): boolean {
  const words = wordsOf(question);
  const according = lexicon.accordingTo.matchAt(words, 0, false);
  return according > 0 && lexicon.followUpPointsAtDocument.matchAt(words, according, false) > 0;
}

/** A document by its number, however it was written ("thông tư 25", "25/2023/TT-BGDĐT"). */
function documentKey(subject: Subject): string {
  return subject.kind === 'document' ? subject.number : subject.said;
}

/**
 * True when the question names a document or points at one ("thông tư đó hiệu lực từ bao giờ"): after a question about
 * the Week it asks about that document, not about the Week.
 */
export function asksOfDocument(question: string, lexicon: Lexicon): boolean {
  return lexicon.followUpPointsAtDocument.find(wordsOf(question), false).length > 0 || namesDocument(question, lexicon);
}

/** The question names a document by its number. */
function namesDocument(question: string, lexicon: Lexicon): boolean {
  return subjectsOf(question, lexicon).some((subject) => subject.kind === 'document');
}

/** What a follow-up builds on: the earlier turns read in order. */
export interface EarlierTurn {
  /** The last turn's question as searched (itself resolved against the turns before it). */
  query: string;
  /** The last turn's message with chat shorthand expanded (all its clauses, the situation included). */
  message: string;
  /** The first sentence of the answer the last turn got. */
  answerLead: string;
  /** The last turn was itself a follow-up asking more about the same subject (so its query is already short). */
  short: boolean;
  /** The documents the last turn's answer named, those of its sentences about what was asked first. */
  answerDocuments: Subject[];
}

/**
 * Reads the chat's earlier turns in order, each resolved against those before it. `queryOf` gives a turn's own
 * question as searched ("năm nay" resolved to its year).
 */
export function readEarlierTurns(history: readonly HistoryTurn[], lexicon: Lexicon, queryOf: (question: string) => string): EarlierTurn | undefined {
  return history.reduce<EarlierTurn | undefined>((earlier, turn) => {
    const own = queryOf(turn.question);
    const resolved = resolveFollowUp(own, earlier, lexicon, opensAsFollowUp(turn.question, lexicon));
    return {
      // "chỉ tiêu 2025 bn %" after "qđ 677 là về j": a turn naming no subject (a year at most), no follow-up by its shape,
      // is read with the chat's subjects (as focus.ts may answer it), so "còn 2030" next still asks of Quyết định 677.
      query: earlier !== undefined && resolved === own && namesNoSubjectButYears(own, lexicon) ? `${chatTopics(earlier, lexicon)} ${own}`.trim() : resolved,
      short: earlier !== undefined && asksMoreAboutPrevious(own, lexicon),
      message: expandShorthand(wordsOf(turn.question), lexicon).map((w) => w.text).join(' '),
      answerLead: turn.answer.split(/(?<=[.!?])\s/u)[0] ?? '',
      answerDocuments: documentsByRelevance(turn.answer, resolved, lexicon),
    };
  }, undefined);
}

/**
 * The documents an answer named, those of the sentences naming most of the question's subjects (titles, places,
 * events, documents), then sharing most words with it, first (a sentence naming no document lends its share to the
 * next: "Tiêu chí … gồm 4 nhóm. Các tiêu chí này ban hành kèm Quyết định 448 …"): after "tiêu chí gia đình học tập
 * giai đoạn 2016-2020 theo quyết định nào", "văn bản đó" is the decision the sentence about those criteria names, not
 * the first one a list of the title's documents gives; after "Ngày Khuyến học là ngày nào, theo quyết định nào", the
 * one the sentence about Ngày Khuyến học names, not the Hội Khuyến học's founding decision that shares as many words.
 * Words are compared as typed when the question has diacritics ("bản" is no "ban"), folded otherwise.
 */
function documentsByRelevance(answer: string, question: string, lexicon: Lexicon): Subject[] {
  const accents = hasDiacritics(question);
  const form = (word: Word) => (accents ? word.text.toLowerCase() : word.folded);
  const asked = new Set(removePhrases(wordsOf(question), lexicon.questionMarks, accents).map(form));
  const questionSubjects = subjectsOf(question, lexicon);
  const groups = new Set(questionSubjects.flatMap((subject) => (subject.kind === 'group' ? [subject.key] : [])));
  const questionDocuments = new Set(questionSubjects.flatMap((subject) => (subject.kind === 'document' ? [documentKey(subject)] : [])));
  let lent = { named: 0, shared: 0 };
  const sentences = answer.split(/(?<=[.!?])\s+|\n+/u).map((sentence, order) => {
    const subjects = subjectsOfSentence(sentence, lexicon);
    const documents = subjects.filter((subject) => subject.kind === 'document');
    // A document the question named counts as a subject shared: "Quy trình thực hiện Thông tư 44 … tại Quyết định 645"
    // answers "Thông tư 44 thì quy trình nằm ở văn bản nào", not "… nay được đánh giá theo Thông tư 25".
    const sharedDocuments = documents.filter((document) => questionDocuments.has(documentKey(document))).length;
    const named = Math.max(lent.named, subjects.filter((subject) => subject.kind === 'group' && groups.has(subject.key)).length + sharedDocuments);
    const shared = Math.max(lent.shared, new Set(wordsOf(sentence).map(form).filter((word) => asked.has(word))).size);
    lent = documents.length === 0 ? { named, shared } : { named: 0, shared: 0 };
    return { documents, order, named, shared };
  });
  sentences.sort((a, b) => b.named - a.named || b.shared - a.shared || a.order - b.order);
  const byNumber = new Map<string, Subject>();
  for (const { documents } of sentences) for (const document of documents) if (!byNumber.has(documentKey(document))) byNumber.set(documentKey(document), document);
  return [...byNumber.values()];
}

/**
 * The question as searched. A follow-up bringing a new topic replaces the earlier subject of its kind. One asking more
 * about the same subject ("hạn nộp khi nào") carries only what the earlier message was about: the first subject of
 * each kind it named in any clause ("phường mình xin công nhận đơn vị học tập cấp tỉnh. Phải có bao nhiêu phần trăm
 * cán bộ là công dân học tập …" is about Đơn vị học tập), then those of the question it followed, then those of the
 * answer's first sentence ("hồi đó" after "tuần lễ đầu tiên là năm nào?" is the 2011 that answer named) — its other
 * words asked something else and would find that again; a turn that was itself such a follow-up is already short
 * ("công dân học tập tự đánh giá ở đâu") and is carried whole to the next ("cần giấy tờ gì"). A question that is no
 * follow-up by its shape but opens by citing a document pointed at ("Theo văn bản đó, đến 2025 bao nhiêu phần trăm
 * thôn … là cộng đồng học tập?") asks of that document, however much else it names.
 */
export function resolveFollowUp(asked: string, earlier: EarlierTurn | undefined, lexicon: Lexicon, opens = false): string {
  if (earlier === undefined) return asked;
  const follows = opens || isFollowUp(asked, lexicon);
  if (!follows && !citesPointedDocument(asked, lexicon)) return asked;
  const question = follows ? withWholeTitle(asked, earlier, lexicon) : asked;
  const document = documentPointedAt(question, earlier, lexicon);
  if (document) return `${document.said} ${question}`;
  if (!follows) return asked;
  const opensOtherFacet = opensAskingOtherFacet(question, lexicon);
  if (!asksMoreAboutPrevious(question, lexicon) && !opensOtherFacet) return [withoutReplacedSubjects(earlier.query, question, lexicon), ...yearsPointedBack(question, earlier, lexicon), question].join(' ');
  const carried = () => withoutEarlierAsking(withoutReplacedSubjects(earlier.query, question, lexicon), question, lexicon);
  if (earlier.short) return `${carried()} ${question}`;
  // "Thế còn tiêu chí chấm điểm thì theo văn bản nào?" after "… muốn vận động bà con tham gia gia đình học tập. … nộp giấy
  // ở đâu?": the earlier question without its asking, and the topics its message named outside it.
  if (opensOtherFacet) {
    const searched = new Set(topicsOf(earlier.query, lexicon).map((subject) => kindOf(subject, lexicon)));
    const told = topicsOf(earlier.message, lexicon).filter((subject) => !searched.has(kindOf(subject, lexicon)));
    return [...told.map((subject) => subject.said), carried(), question].join(' ');
  }
  const ownKinds = new Set(subjectsOf(question, lexicon).map((subject) => kindOf(subject, lexicon)));
  // The document an answer gave for "which document" is no topic of a chat about a title or an event ("cdht là j, văn
  // bản nào" → 677; "tự đánh giá ở đâu" next is still about Công dân học tập, not about what the decision says), unless
  // the question asks of a document too ("thế trước đây dùng văn bản nào", "thông tư cũ đó ban hành ngày nào", "ký
  // ngày nào", "hiệu lực đến bao giờ": `document-dates`).
  const told = topicsOf(`${earlier.message} ${earlier.query}`, lexicon);
  const asksDocument = (text: string) => cuedFacets(wordsOf(text), lexicon, false).has('document');
  const ofDocument = (words: readonly Word[]) => lexicon.documentKinds.find(words, false).length > 0 || lexicon.documentDates.find(words, false).length > 0;
  const answeredWhichDocument = asksDocument(earlier.query) && !asksDocument(question) && !ofDocument(wordsOf(question));
  const aboutTitle = answeredWhichDocument && told.some((subject) => TOPIC_KINDS.includes(kindOf(subject, lexicon)));
  // Nor are its dates' years ("Quyết định 1272/QĐ-TTg ngày 16/09/2008"): "sao lại chọn ngày đó" asks of the day, not 2008.
  // A year written in a document's number ("Thông tư 24/2023/TT-BGDĐT") is that document's, never a year asked of.
  const leadYears = new Set(yearsNamedOf(earlier.answerLead, lexicon).map(String));
  const led = topicsOf(earlier.answerLead, lexicon).filter(
    (subject) => !(aboutTitle && (subject.kind === 'document' || subject.kind === 'year')) && !(subject.kind === 'year' && !leadYears.has(subject.year)) && !told.some((known) => kindOf(known, lexicon) === kindOf(subject, lexicon)),
  );
  const topics = [...told, ...led].filter((subject) => !ownKinds.has(kindOf(subject, lexicon)));
  return topics.length > 0 ? inPlaceOfPointer(question, topics.map((subject) => subject.said).join(' '), lexicon) : `${earlier.query} ${question}`;
}

/**
 * "tiêu chí đó theo quyết định nào" after a question about Công dân học tập reads "tiêu chí công dân học tập theo
 * quyết định nào": the topics take the place of a demonstrative right after an aspect of a topic (`pointed-aspects`),
 * where the search reads them as that aspect's; a question with no such pointer, or typed without diacritics, has them
 * before it.
 */
function inPlaceOfPointer(question: string, topics: string, lexicon: Lexicon): string {
  const words = wordsOf(question);
  // Typed bare, "đó" is also "do" ("tieu chi do ai cham": by whom).
  if (!hasDiacritics(question)) return `${topics} ${question}`;
  const pointer = lexicon.followUpPointedAspects
    .find(words, true)
    .map(({ start, length }) => start + length)
    .find((at) => lexicon.demonstratives.matchAt(words, at, true) === 1);
  if (pointer === undefined) return `${topics} ${question}`;
  return [...words.slice(0, pointer).map((word) => word.text), topics, ...words.slice(pointer + 1).map((word) => word.text)].join(' ');
}

/**
 * "cùng đợt đó vn còn tp nào nữa ko" after an answer that Sơn La joined "ngày 14/02/2024": a question naming a new
 * place and pointing back to a time or place (`points-back`) is of the years the answer's first sentence named (not
 * those of document numbers), when it names none itself and the earlier question did not. Not a new title or event:
 * "lúc đó chủ đề ngày khuyến học là gì" after the first Week is about Ngày Khuyến học, not that year's Week.
 */
function yearsPointedBack(question: string, earlier: EarlierTurn, lexicon: Lexicon): string[] {
  if (lexicon.followUpPointsBack.find(wordsOf(question), false).length === 0) return [];
  if (!subjectsOf(question, lexicon).every((subject) => subject.kind === 'year' || kindOf(subject, lexicon) === PLACES)) return [];
  if (yearsNamedOf(`${question} ${earlier.query}`, lexicon).length > 0) return [];
  return yearsNamedOf(earlier.answerLead, lexicon).map(String);
}

/**
 * The earlier question without what it asked, for a question asking something else of the same subject: the cues of
 * facets the new question does not ask that hold a question word, outside the subjects it names ("thông tư 25 có hiệu
 * lực từ ngày nào" → "thông tư 25 có" before "có mấy mức công nhận", which would otherwise ask the date again), with
 * the words asking a document's dates and the pointers to a document ("văn bản ấy") already read as the document,
 * and the frames asking such a facet, every word from its opening to its closing word ("những mô hình học tập nào"
 * before "còn chỉ tiêu dòng họ năm 2020 là bao nhiêu"). Other cues that name a thing ("hồ sơ", "tiêu chí") stay: they
 * say what the chat is about.
 */
function withoutEarlierAsking(earlierQuery: string, question: string, lexicon: Lexicon): string {
  const words = wordsOf(earlierQuery);
  const asked = cuedFacets(wordsOf(question), lexicon, false);
  const inSubject = positionsIn(lexicon.subjects.find(words, false));
  const marks = lexicon.questionMarks.find(words, false);
  const asks = ({ start, length }: { start: number; length: number }) => marks.some((mark) => mark.start >= start && mark.start + mark.length <= start + length);
  const spans = FACETS.filter((facet) => !asked.has(facet)).flatMap((facet) => lexicon.facets.get(facet)!.find(words, false).filter(asks));
  // "những mô hình học tập nào": a frame asking a facet the new question does not ask, opening word to closing word.
  const frames = facetFrameSpans(words, lexicon, false).filter(({ facet }) => !asked.has(facet));
  // "văn bản ấy" was read as the document it points at, which the earlier query already names before it; "ban hành",
  // "hiệu lực" asked that document's dates.
  const pointers = lexicon.followUpPointsAtDocument.find(words, false);
  const dates = asked.has('date') ? [] : lexicon.documentDates.find(words, false);
  const dropped = new Set([...positionsIn([...spans, ...frames, ...pointers, ...dates])].filter((at) => !inSubject.has(at)));
  return words
    .filter((_, at) => !dropped.has(at))
    .map((word) => word.text)
    .join(' ');
}

/**
 * "còn đơn vị thì sao" after a question about a title: a topic that is a title without its "học tập" (`bare-titles`:
 * "đơn vị", "dòng họ") is that title; one naming a holder of a title ("còn bên trường thì sao", "còn cơ quan của em
 * thì xét theo văn bản nào": `holders`) asks of the holder's title.
 */
function withWholeTitle(question: string, earlier: EarlierTurn, lexicon: Lexicon): string {
  const titles = (text: string) => subjectsOf(text, lexicon).filter((subject) => kindOf(subject, lexicon) === TITLES);
  if (titles(earlier.query).length === 0 || subjectsOf(question, lexicon).length > 0) return question;
  const topic = followUpTopic(question, lexicon);
  const bare = lexicon.followUpBareTitles.find(wordsOf(topic.join(' ')), false)[0];
  const holder = holderOpening(question, lexicon);
  // Not when the chat is about that title already ("… đơn vị học tập cấp tỉnh …", then "trường học thì sao": schools
  // among the units).
  const titleAskedBefore = (title: string) =>
    titles(title).every((named) => titles(earlier.query).some((known) => known.kind === 'group' && named.kind === 'group' && known.key === named.key));
  if (holder && !titleAskedBefore(holder) && (!bare || bare.length !== topic.length)) return `${question} ${holder}`;
  if (!bare || bare.length !== topic.length) return question;
  const title = titles(`${topic.join(' ')} học tập`)[0];
  return title?.kind === 'group' ? `${question} ${lexicon.subjectName.get(title.key) ?? title.said}` : question;
}

/**
 * The title of the holder opening the follow-up's topic ("còn bên trường thì sao" → "đơn vị học tập"): right after its
 * opener and any words allowed before a holder, read with diacritics when the question has them ("trưởng" is no
 * "trường"; the topic, folded, would also have lost the "cơ" of "cơ quan" to the shape word "có").
 */
function holderOpening(question: string, lexicon: Lexicon): string | undefined {
  const words = wordsOf(question);
  let at = lexicon.followUpOpeners.matchAt(words, 0, false);
  for (let step = lexicon.followUpBeforeHolders.matchAt(words, at, false); step > 0; step = lexicon.followUpBeforeHolders.matchAt(words, at, false)) at += step;
  const length = lexicon.followUpHolders.matchAt(words, at, hasDiacritics(question));
  return length > 0 ? lexicon.followUpHolderTitle.get(words.slice(at, at + length).map((word) => word.folded).join(' ')) : undefined;
}

/**
 * "Thế còn muốn đạt thì cần bao nhiêu điểm?" after "Văn bản ấy ban hành ngày nào?": a follow-up that opens like one but
 * names no new topic (a year at most) and asks a facet of its own asks something else of the same subject, as "hạn nộp
 * khi nào" does: it carries what the chat is about, not what the earlier question asked.
 */
function opensAskingOtherFacet(question: string, lexicon: Lexicon): boolean {
  const words = wordsOf(question);
  if (lexicon.followUpOpeners.matchAt(words, 0, false) === 0 || !namesNoSubjectButYears(question, lexicon)) return false;
  return cuedFacets(words, lexicon, false).size > 0 || asksOwnQuestion(words, lexicon);
}

/**
 * "Vậy thành phố tham gia thì được lợi gì?": a question word of its own asks something, though no facet's cue names
 * what — not inside a closer asking the same again ("vậy thì sao?"), nor one of `asks-same-closing` ending a question
 * that names nothing else than subjects, years and shape words ("còn 2030 thế nào", "còn năm 2030 sao"; "vậy công nhận
 * ra sao" asks something new).
 */
function asksOwnQuestion(words: readonly Word[], lexicon: Lexicon): boolean {
  const same = positionsIn(lexicon.followUpAsksSame.find(words, false));
  const named = positionsIn([...lexicon.subjects.find(words, false), ...lexicon.followUpShapeWords.find(words, false)]);
  const onlyNamed = (end: number) => words.slice(0, end).every((word, at) => named.has(at) || word.folded === 'nam' || isYear(word.folded));
  const closing = lexicon.followUpAsksSameClosing.find(words, false).filter(({ start, length }) => start + length === words.length && onlyNamed(start));
  for (const at of positionsIn(closing)) same.add(at);
  return lexicon.questionMarks.find(words, false).some(({ start, length }) => !Array.from({ length }, (_, i) => start + i).some((at) => same.has(at)));
}

/** Whether the question names no subject, or only years. */
function namesNoSubjectButYears(question: string, lexicon: Lexicon): boolean {
  return subjectsOf(question, lexicon).every((subject) => subject.kind === 'year');
}

/** The subjects, other than years, that the earlier turn's message and question named. */
function chatTopics(earlier: EarlierTurn, lexicon: Lexicon): string {
  return topicsOf(`${earlier.message} ${earlier.query}`, lexicon)
    .filter((subject) => subject.kind !== 'year')
    .map((subject) => subject.said)
    .join(' ');
}
