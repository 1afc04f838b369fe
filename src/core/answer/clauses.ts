// A message asking different things in different clauses, each about its own subject, answered clause by clause.
import { isYear } from '../text/years.js';
import type { Passage } from '../types.js';
import type { Facet, Lexicon } from '../understand/lexicon.js';
import type { Understanding } from '../understand/understand.js';
import { readActsAsked } from '../understand/acts-asked.js';
import { documentMentions } from '../understand/documents-named.js';
import { wordsOf, wordsOutside, type Word } from '../understand/words.js';
import { joinSides } from './join-sides.js';
import { composeExtractive, type ComposedAnswer, type ComposeTexts } from './extractive.js';
import { bestCoverage } from './focus.js';
import { opensAsFollowUp } from './follow-up.js';
import { isTopic, subjectsOf, type Subject } from './subjects.js';
import { MAX_ANSWER_CHARS } from './tuning.js';

/** What answering clause by clause needs from the engine. */
export interface ClauseDeps {
  lexicon: Lexicon;
  texts: ComposeTexts;
  /** The engine's search (passages naming the question's subjects first). */
  retrieve(question: string): Passage[];
  /** Reads a text as the engine reads a message. */
  read(text: string): Understanding;
  /** Minimum share of the question's weighted terms the best passage must contain. */
  minCoverage: number;
  /** The line a clause's answer opens with (a named document's card), if any. */
  leadOf(best: Passage | undefined, clause: string, facets: Facet[]): string | undefined;
}

/**
 * "hội nghị ở Bangkok có bao nhiêu đại biểu, TP.HCM cử ai đi": two or more clauses, each naming its own subject (or
 * following one that does) and asking a different facet — or the same facet of another subject (`askedOfOthers`) — are
 * each answered from their own search (with the `situation` read with the question), half the length each — when each
 * finds its evidence; otherwise undefined.
 */
export function answerClauses(clauses: readonly string[], situation: string, deps: ClauseDeps): { answer: ComposedAnswer; passages: Passage[] } | undefined {
  const { lexicon, texts, retrieve, read, minCoverage, leadOf } = deps;
  // "cdht cần bn điểm mới đạt, còn tự đánh giá ở đâu": a later clause opening as a follow-up ("còn …", "vậy …") and
  // naming no subject asks of the subjects the clause before it names — as does one naming none but pointing back ("…,
  // và ai quyết định chuyện đó"), whose pointing is then resolved.
  let named = '';
  // Whether those subjects name what a claim can be about: a title, an event, a document — not a year or a place.
  let namedTopic = false;
  const namedBefore = new Set<string>();
  const parts = clauses.map((clause, i) => {
    // "tuần lễ học tập suốt đời là gì, có phải do hội khuyến học tổ chức lần đầu năm 1996 không": who a claim names as
    // doing an act, and the year it names, are what it checks, not what it is about — the clause asks of the topic
    // before it, searched without them.
    const { claims: claimsAct, rest: unclaimed } = withoutClaim(clause, lexicon);
    const subjects = subjectsOf(unclaimed, lexicon);
    const pointing = pointsBack(wordsOf(clause), lexicon, namedBefore);
    const claims = claimsAct && subjects.length === 0 && namedTopic;
    // "mạng lưới có bao nhiêu thành viên, Việt Nam có mấy thành phố trong đó": one naming only a place or a year and
    // pointing back asks of that place or year within the topic before (not one naming a title: "… gia đình học tập như
    // vậy có đạt không" points back at the asker's case).
    const placeWithin = pointing && subjects.length > 0 && !subjects.some((subject) => isTopic(subject, lexicon));
    const borrows = named !== '' && (claims || placeWithin || (subjects.length === 0 && (pointing || opensAsFollowUp(clause, lexicon))));
    // "TP.HCM có đề tài … được nghiệm thu xuất sắc. Cho mình xin tên chính xác của đề tài đó": a clause pointing back at
    // the one right before, which names a subject and asks nothing, asks of all that clause tells (searched with it, not
    // a part of its own). One naming none ("Em năm nay 60 tuổi rồi") is not what "danh hiệu đó" points at; a yes/no
    // ("cần 80% công nhân đạt …, con số đó có đúng không") checks the claim told, judged with the whole message.
    const before = i > 0 ? clauses[i - 1]! : '';
    const tells = pointing && subjects.length === 0 && subjectsOf(before, lexicon).length > 0 && read(before).facets.length === 0 && !read(clause).facets.includes('yesno');
    const borrowed = tells ? `${before} ${clause}` : borrows ? `${named} ${claimsAct ? unclaimed : clause}` : clause;
    // A clause asks of its own subject when it names one and points back at nothing else, or when it borrowed the
    // subjects or the story before it.
    const own = tells || borrows || (subjects.length > 0 && !pointing);
    if (subjects.length > 0) {
      named = subjects.map((subject) => subject.said).join(' ');
      namedTopic = subjects.some((subject) => isTopic(subject, lexicon));
    }
    for (const span of subjectSpans(wordsOf(clause), lexicon)) namedBefore.add(span.said);
    return { clause: borrowed, facets: read(borrowed).facets, subjects, own, tells };
  }).filter((_, i, all) => !all[i + 1]?.tells);
  const asked = parts.length >= 2 && parts.every((part) => part.facets.length > 0 && part.own);
  if (!asked) return undefined;
  // The same facet asked of different subjects ("mạng lưới có bao nhiêu thành viên, Việt Nam có mấy thành phố") is
  // answered clause by clause too, though one passage names every subject: "Việt Nam có 6 thành viên của Mạng lưới"
  // names both and answers one (answering such clauses together from it: 3 development turns fewer).
  if (new Set(parts.map((part) => part.facets.join())).size < parts.length && !askedOfOthers(parts.map((part) => part.subjects))) return undefined;
  const answered = parts.map(({ clause, facets }) => ({ clause, facets, found: retrieve(`${situation}${clause}`) }));
  if (!answered.every(({ found }) => bestCoverage(found) >= minCoverage)) return undefined;
  const maxChars = Math.round(MAX_ANSWER_CHARS / answered.length);
  const sides = answered.map(({ clause, facets, found }) => ({
    answer: composeExtractive(`${situation}${clause}`, found, { facets, lexicon, texts, maxChars, lead: leadOf(found[0], clause, facets) }),
    passages: found,
  }));
  const carried = [...new Set(sides.flatMap((side) => side.answer.carried ?? []))];
  return { answer: { ...joinSides(sides), carried }, passages: sides.flatMap((side) => side.passages) };
}

/**
 * Whether the clause claims who did an act, and the clause without the actors and years its claims name ("có phải do
 * hội khuyến học tổ chức lần đầu năm 1996 không" → "có phải tổ chức lần đầu năm không").
 */
function withoutClaim(clause: string, lexicon: Lexicon): { claims: boolean; rest: string } {
  const { claimed } = readActsAsked(clause, lexicon);
  if (claimed.length === 0) return { claims: false, rest: clause };
  const words = wordsOf(clause);
  const rest = wordsOutside(words, claimed).filter((word) => !isYear(word.folded));
  return { claims: true, rest: rest.map((word) => word.text).join(' ') };
}

/**
 * The clause holds a word pointing back ("nó", "đó") other than a demonstrative that only qualifies the subject named
 * right before it ("QĐ 281 đó nói về việc gì") — one no earlier clause of the message named (`namedBefore`): after "Cộng
 * đồng học tập cấp xã … có mấy tiêu chí", "cộng đồng học tập đó" points back at the one said more fully.
 */
function pointsBack(words: readonly Word[], lexicon: Lexicon, namedBefore: ReadonlySet<string>): boolean {
  const ends = new Set(subjectSpans(words, lexicon).filter((span) => !namedBefore.has(span.said)).map((span) => span.end));
  return lexicon.refersBack.find(words, true).some(({ start, length }) => !ends.has(start) || lexicon.demonstratives.matchAt(words, start, true) !== length);
}

/** Where the clause names a subject or a numbered document, with its folded words. */
function subjectSpans(words: readonly Word[], lexicon: Lexicon): { end: number; said: string }[] {
  const spans = [...lexicon.subjects.find(words, false), ...documentMentions(words, lexicon).map(({ start, end }) => ({ start, length: end - start }))];
  return spans.map(({ start, length }) => ({ end: start + length, said: words.slice(start, start + length).map((word) => word.folded).join(' ') }));
}

/**
 * "thông tư 24 ban hành ngày nào, còn thông tư 25 thì ngày nào": each clause names a title, place, event or document
 * (not a year alone: "năm 2025 thì sao" asks of the subject before it) that no other clause names all of.
 */
function askedOfOthers(subjectsByClause: readonly (readonly Subject[])[]): boolean {
  const keys = subjectsByClause.map((subjects) => new Set(subjects.flatMap((subject) => (subject.kind === 'group' ? [subject.key] : subject.kind === 'document' ? [subject.number] : []))));
  return keys.every((own, i) => own.size > 0 && keys.every((other, j) => i === j || [...own].some((key) => !other.has(key))));
}
