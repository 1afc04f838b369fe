// What a question is about: its follow-up's new topic, the chat's subjects, the situation told before it, or its clearest clause.
import { foldText } from '../text/vietnamese.js';
import type { Passage } from '../types.js';
import type { Facet, Lexicon } from '../understand/lexicon.js';
import type { Understanding } from '../understand/understand.js';
import { asksMoreAboutPrevious, followUpTopic, type EarlierTurn } from './follow-up.js';
import { subjectsNamed, subjectsOf, topicsOf } from './subjects.js';
import { SUBJECT_MIN_SCORE_SHARE } from './tuning.js';

/** The question as the engine read it. */
export interface FocusQuestion {
  understood: Understanding;
  /** The question as searched, before a follow-up is resolved. */
  query: string;
  /** The question as searched after a follow-up is resolved against the earlier turns (`query` when it is none). */
  retrieval: string;
  /** The chat's earlier turns, read in order. */
  earlier?: EarlierTurn;
}

/** What focusing needs from the engine. */
export interface FocusDeps {
  lexicon: Lexicon;
  /** The engine's search (passages naming the question's subjects first). */
  retrieve(question: string): Passage[];
  /** Reads a text as the engine reads a message. */
  read(text: string): Understanding;
  /** Minimum share of the question's weighted terms the best passage must contain. */
  minCoverage: number;
}

/** Facets that ask of what a situation told before names ("… câu đầy đủ là gì", "hai cái này khác nhau thế nào"). */
const OF_SITUATION_FACETS: readonly Facet[] = ['definition', 'comparison'];

/** The passages to answer from, and the situation read with the question to find them (ends with a space, or ""). */
export interface Focus {
  passages: Passage[];
  situation: string;
}

/** The best coverage among `found` (0 when nothing was found). */
export function bestCoverage(found: readonly Passage[]): number {
  return Math.max(0, ...found.map((p) => p.coverage));
}

/**
 * Finds the passages a question is about. A follow-up bringing a new topic ranks passages about it first; a question
 * naming no subject is read with the chat's subjects or with the situation told before it when that finds passages
 * about them; a long message covering too little is answered from its clearest clause.
 */
export function focusPassages(question: FocusQuestion, deps: FocusDeps): Focus {
  const { understood, query, retrieval, earlier } = question;
  const { lexicon, retrieve, read, minCoverage } = deps;
  const best = bestCoverage;
  let passages = retrieve(retrieval);
  // A follow-up bringing a new topic ("còn dòng họ thì sao?") wants passages about it; one asking more about the
  // same subject ("hạn nộp khi nào") keeps the order the whole question found.
  if (retrieval !== query && !asksMoreAboutPrevious(query, lexicon)) passages = preferNewTerms(passages, query, lexicon);
  // "em tự chấm công dân học tập được 78 điểm. vậy em có được công nhận không?": the asking clause names no
  // subject; when its best passage is not about the subject the earlier clause named — nor, for a question naming no
  // subject of its own, about every one ("… nói Vĩnh Yên đã là thành viên mạng lưới … của UNESCO … có đúng thành phố
  // tôi đã vào mạng lưới không": not how any city joins) — and the two read together find one about them, the resident
  // asked about those subjects (the situation goes with the question).
  const context = understood.context;
  const contextSubjects = context !== undefined ? subjectsOf(context, lexicon) : [];
  const contextNamed = (found: Passage[]) => (found[0] === undefined ? 0 : subjectsNamed(found[0], contextSubjects, lexicon));
  const aboutContext = (found: Passage[]) => contextNamed(found) > 0;
  let situation = '';
  // A situation without figures ("em đang làm bài tự đánh giá công dân học tập trên mạng") only says what the
  // question is about; one with figures ("tự chấm được 78 điểm") or naming what is asked ("khẩu hiệu của UNESCO
  // học để biết, học để làm, câu đầy đủ là gì") goes with the question whole — and is read with it even when the
  // question alone found a passage about its subject ("… năm 2030 là 70%, … thấy 60%. Rốt cuộc số nào đúng?"); so does
  // one before a request asking nothing of its own and naming no subject ("… Việt Nam chỉ có Sa Đéc, Vinh vào mạng lưới
  // … Còn thiếu thành phố nào không?").
  const namesOwnSubject = subjectsOf(query, lexicon).length > 0;
  // A situation cued only for other facets than the question asks ("xã đang chuẩn bị hồ sơ cộng đồng học tập. thông
  // tư đang áp dụng là thông tư nào": a procedure told, a document asked) names only its subject. What a definition or
  // a comparison asks is what the situation names (`OF_SITUATION_FACETS`: "khẩu hiệu … câu đầy đủ là gì", "bố mình bảo
  // Ngày Khuyến học với Tuần lễ … là một … hai cái này khác nhau thế nào"): those facets need no match.
  const ownFacets = understood.facets.filter((facet) => !OF_SITUATION_FACETS.includes(facet));
  const cuedForAsked = (situation: string) => {
    const told = read(situation).facets;
    return told.length > 0 && (ownFacets.length === 0 || told.some((facet) => ownFacets.includes(facet)));
  };
  const whole = context !== undefined && (/\d/u.test(context) || cuedForAsked(context) || (understood.facets.length === 0 && !namesOwnSubject));
  // "dc muc 1 r thi bao lau sau moi xin muc 2 dc" after "cdht cap xa theo tt25 co may muc": a question naming no
  // subject of its own (a year at most), that is no follow-up by its shape, is about what the chat's last question
  // was about when the two read together find passages about more of it than the question alone ("lễ đón nhận tổ
  // chức khi nào" after "tp hcm vào mạng lưới tp học tập unesco ngày nào" finds Hà Nội's ceremony alone).
  if (earlier && retrieval === query && context === undefined && subjectsOf(query, lexicon).every((subject) => subject.kind === 'year')) {
    const chatTopics = topicsOf(`${earlier.message} ${earlier.query}`, lexicon).filter((subject) => subject.kind !== 'year');
    const aboutChat = (found: Passage[]) => (found[0] === undefined ? 0 : subjectsNamed(found[0], chatTopics, lexicon));
    const about = chatTopics.map((subject) => subject.said).join(' ');
    const together = chatTopics.length > 0 && aboutChat(passages) < chatTopics.length ? retrieve(`${about} ${query}`) : [];
    if (aboutChat(together) > aboutChat(passages) && best(together) >= minCoverage) {
      passages = together;
      situation = `${about} `;
    }
  }
  const aboutAllOfContext = (found: Passage[]) => contextNamed(found) === contextSubjects.length;
  if (context !== undefined && contextSubjects.length > 0 && retrieval === query && (whole || !aboutContext(passages) || (!namesOwnSubject && !aboutAllOfContext(passages)))) {
    // A whole situation that finds nothing about its subject ("bà nội 65 tuổi ở Quỳnh Lưu muốn thử làm công dân học
    // tập") still names the subject: when the question alone found nothing about it either, the subject alone is
    // read with the question.
    const topics = topicsOf(context, lexicon).map((subject) => subject.said).join(' ');
    for (const about of !whole ? [topics] : aboutContext(passages) ? [context] : [context, topics]) {
      const together = retrieve(`${about} ${query}`);
      // A question naming nothing of its own, no subject and no figure, may find together a passage about more of what
      // the situation names ("TP.HCM có hơn 10 nghìn công dân học tập … con số chính xác là bao nhiêu": the city's
      // figures, not a rule about công dân học tập).
      const aboutMore = contextNamed(together) > contextNamed(passages) && !/\d/u.test(query) && !namesOwnSubject;
      // A whole situation whose best passage is one the question asking a figure found scoring near its best says which
      // of its figures is asked ("QĐ 1373 … chỉ tiêu về người từ 15 tuổi trở lên có trình độ đại học … đến năm 2030 là
      // bao nhiêu phần trăm": the question alone finds the document's passages of targets, the situation the one on
      // qualifications first); one the question ranked far below its best is no such passage.
      const top = together[0];
      const nearBest = (passage: Passage) => passage.score >= (passages[0]?.score ?? 0) * SUBJECT_MIN_SCORE_SHARE;
      const samePassage = whole && understood.facets.includes('number') && top !== undefined && passages.some((passage) => passage.chunkId === top.chunkId && nearBest(passage));
      if (aboutContext(together) && best(together) >= minCoverage && (!aboutContext(passages) || aboutMore || samePassage || best(together) >= best(passages))) {
        passages = together;
        situation = `${about} `;
        break;
      }
    }
  }
  // A long message whose clauses together cover too little may still ask one thing clearly in one clause, or
  // ask about the subject an earlier clause named — a clause whose passages are about that subject first ("… Hà Nội
  // vừa vào mạng lưới thành phố học tập của UNESCO … cái mạng lưới đó là gì, ai lập ra": not "ai lập ra" alone), then
  // about more of what the message names ("… Việt Nam bây giờ không phải chỉ có 5 thành phố nữa đúng không? Tổng cộng
  // mấy thành phố": the network's members, not another "tổng cộng" found by the bare clause).
  if (best(passages) < minCoverage && retrieval === query) {
    const alternatives = [...(context ? [`${context} ${query}`] : []), ...understood.clauses];
    const messageSubjects = subjectsOf(query, lexicon);
    const messageNamed = (found: Passage[]) => (found[0] === undefined ? 0 : subjectsNamed(found[0], messageSubjects, lexicon));
    const clearest = alternatives
      .map((alternative) => retrieve(alternative))
      .filter((found) => best(found) >= minCoverage)
      .sort((a, b) => Number(aboutContext(b)) - Number(aboutContext(a)) || messageNamed(b) - messageNamed(a) || best(b) - best(a))[0];
    if (clearest) passages = clearest;
  }
  return { passages, situation };
}

/** For follow-ups, ranks first the passages about the follow-up's topic: its subjects, else its words (in the title or heading counts most). */
function preferNewTerms(passages: Passage[], followUp: string, lexicon: Lexicon): Passage[] {
  const topic = followUpTopic(followUp, lexicon).join(' ');
  if (topic === '') return passages;
  const mentions = (text: string) => ` ${(foldText(text).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `.includes(` ${topic} `);
  // A topic naming subjects ("tphcm", "năm 2024") is found under any of their names ("TP.HCM", "Thành phố Hồ Chí Minh").
  const subjects = subjectsOf(topic, lexicon);
  const weight = (p: Passage) =>
    subjects.length > 0 ? Math.min(1, subjectsNamed(p, subjects, lexicon)) : mentions(`${p.meta.title} ${p.heading}`) ? 2 : mentions(p.text) ? 1 : 0;
  return passages
    .map((passage, index) => ({ passage, index, weight: weight(passage) }))
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.passage);
}
