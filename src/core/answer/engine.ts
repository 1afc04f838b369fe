// The answer engine: understand → small talk | refusal checks → curated → time → retrieval → grounded model (if any) → extractive.
import { localDate } from '../local-time.js';
import type { Messages } from '../messages.js';
import { fill } from '../messages.js';
import { foldText } from '../text/vietnamese.js';
import type { Citation, Passage, PassageSearch } from '../types.js';
import type { Facet, Lexicon } from '../understand/lexicon.js';
import { understand, withYear, type Understanding } from '../understand/understand.js';
import { wordsOf } from '../understand/words.js';
import { documentName, formatDate, titleWithoutNumber } from './citations.js';
import { answerComparison, joinSides, planComparison } from './comparison.js';
import { composeExtractive, type ComposedAnswer, type ComposeTexts } from './extractive.js';
import { needsDistrictCaveat } from './facets.js';
import { asksMoreAboutPrevious, followUpTopic, isFollowUp, opensAsFollowUp, readEarlierTurns, resolveFollowUp } from './follow-up.js';
import type { HistoryTurn } from './grounded.js';
import { isAttack } from './guard.js';
import type { ChatModel, GroundedPrompts } from './model.js';
import { resolveYear, type WeekCalendarReader } from './relative-year.js';
import { documentsNotFound, namedDocumentNumbers, preferNamedSubjects, subjectsNamed, subjectsOf, topicsOf } from './subjects.js';
import * as tuning from './tuning.js';
import { answerWeekOfYear } from './week-answer.js';

/** A moderator-approved answer that takes precedence for the same or closely similar questions. */
export interface CuratedAnswer {
  id: number;
  answer: string;
  citations: Citation[];
}

/** Lookup of curated answers (implemented by the admin console's store); local answers need the resident's place. */
export interface CuratedAnswers {
  match(question: string, place?: { province?: string; ward?: string }): CuratedAnswer | undefined;
}

/** How an answer was made. */
export type EngineMode = 'extractive' | 'grounded' | 'curated' | 'refusal' | 'smalltalk' | 'calendar';

/** What the engine decided, with everything the conversation log records. */
export interface EngineAnswer {
  text: string;
  citations: Citation[];
  mode: EngineMode;
  refused: boolean;
  /** Why a grounded answer was not used (timeout, model_error, no_citation, unknown_citation, empty). */
  fallbackReason?: string;
  /** Why the question was refused (attack, weak_evidence, no_evidence, model_declined). */
  refusalReason?: string;
  passages: Passage[];
}

/** Dependencies of the engine; `model` switches on grounded mode. */
export interface AnswerEngineDeps {
  search: PassageSearch;
  messages: Messages;
  /** Language knowledge (prompts/language/); without it, messages are searched as typed and small talk is not recognised. */
  lexicon?: Lexicon;
  /** The Week calendar staff keep, for "năm nay" questions about the Week. */
  calendar?: WeekCalendarReader;
  /** Time zone "năm nay" is counted in (Asia/Ho_Chi_Minh by default). */
  timeZone?: string;
  model?: ChatModel;
  prompts?: GroundedPrompts;
  curated?: CuratedAnswers;
  /** Minimum share of the question's weighted terms the best passage must contain. */
  minCoverage?: number;
  /** Passages retrieved per question. */
  topK?: number;
}

/** When and where a question is asked: "năm nay" is counted from `now`; local curated answers need the `place`. */
export interface AnswerContext {
  now?: Date;
  place?: { province?: string; ward?: string };
}

/** Answers questions; never throws for user input. */
export interface AnswerEngine {
  /** Answers `question` given the chat's earlier turns, as asked at `context.now` by a resident of `context.place`. */
  answer(question: string, history?: readonly HistoryTurn[], context?: AnswerContext): Promise<EngineAnswer>;
}

/** Creates the answer engine. */
export function createAnswerEngine(deps: AnswerEngineDeps): AnswerEngine {
  const minCoverage = deps.minCoverage ?? tuning.MIN_COVERAGE;
  const topK = deps.topK ?? tuning.TOP_K;
  const timeZone = deps.timeZone ?? 'Asia/Ho_Chi_Minh';
  const { messages, lexicon } = deps;
  const texts: ComposeTexts = { moreItems: messages.moreItems, yes: messages.answerYes, no: messages.answerNo, yesAs: messages.answerYesAs, noAs: messages.answerNoAs, unconfirmed: messages.answerUnconfirmed };
  const read = (text: string): Understanding =>
    lexicon ? understand(text, lexicon) : { query: text, question: text, clauses: [], facets: [], aboutWeek: false };
  const refuse = (reason: string, passages: Passage[] = [], text = messages.refusal): EngineAnswer => ({
    text,
    citations: [],
    mode: 'refusal',
    refused: true,
    refusalReason: reason,
    passages,
  });

  return {
    async answer(question, history = [], { now = new Date(), place }: AnswerContext = {}) {
      if (lexicon && isAttack(question, lexicon)) return refuse('attack', [], messages.refusalAttack);
      const understood = read(question);
      if (understood.refuse) return refuse(understood.refuse, [], understood.refuse === 'out_of_scope' ? messages.refusal : messages.refusalAttack);
      if (understood.smallTalk) return { text: messages.smallTalk[understood.smallTalk], citations: [], mode: 'smalltalk', refused: false, passages: [] };

      const curated = deps.curated?.match(question, place);
      if (curated) return { text: curated.answer, citations: curated.citations, mode: 'curated', refused: false, passages: [] };

      // Follow-ups build on the earlier turns in order, so a third turn ("thế còn năm 2024?") still knows the first;
      // "năm nay" in an earlier turn is the year it is now, as in this one.
      const withResolvedYear = ({ query: q, relativeYear }: Understanding) =>
        relativeYear && lexicon ? withYear(q, relativeYear.phrase, resolveYear(relativeYear.value, now, timeZone, deps.calendar), lexicon) : q;
      const earlier = lexicon ? readEarlierTurns(history, lexicon, (text) => withResolvedYear(read(text))) : undefined;
      const opens = lexicon !== undefined && opensAsFollowUp(question, lexicon);
      const resolve = (q: string) => (lexicon ? resolveFollowUp(q, earlier, lexicon, opens) : q);
      const previous = earlier?.query;

      let { query, question: asked } = understood;
      let weekLead: string | undefined;
      /** The year "năm nay", "năm sau" stand for, when the question says one. */
      let yearAsked: number | undefined;
      // "thế còn năm sau?" after a question about the Week is about the Week too.
      const aboutWeek =
        understood.aboutWeek ||
        (previous !== undefined && lexicon !== undefined && (opens || isFollowUp(query, lexicon)) && lexicon.weekTopic.find(wordsOf(previous), false).length > 0);
      const compose = (q: string, passages: Passage[]) => composeExtractive(q, passages, { facets: understood.facets, lexicon, texts });
      if (understood.relativeYear && lexicon) {
        const year = resolveYear(understood.relativeYear.value, now, timeZone, deps.calendar);
        yearAsked = year;
        query = withYear(query, understood.relativeYear.phrase, year, lexicon);
        asked = withYear(asked, understood.relativeYear.phrase, year, lexicon);
        // Only a question about the Week's dates or theme is answered from the calendar ("năm nay tuần lễ khi nào"),
        // not one about duties around it ("xã năm nay không tổ chức tuần lễ thì có sao không").
        if (aboutWeek && WEEK_FACETS.some((facet) => understood.facets.includes(facet) || understood.facets.length === 0)) {
          const week = answerWeekOfYear({ search: deps.search, calendar: deps.calendar, messages, compose }, asked, year, localDate(now, timeZone));
          if ('text' in week) return finish(week, week.citations.length > 0 ? 'extractive' : 'calendar', [], messages, lexicon);
          weekLead = week.lead;
        }
      }

      const retrieval = resolve(query);
      // A follow-up asking nothing of its own ("còn tphcm thì sao?") asks what the question it follows asked.
      const turn: Understanding = understood.facets.length === 0 && retrieval !== query ? { ...understood, facets: read(retrieval).facets } : understood;
      // The Week of a year named outright ("tuần lễ năm 2026 chủ đề gì"), or by the turn a follow-up builds on ("chủ đề
      // là gì" after "tuần lễ năm nay từ ngày nào"), is answered from the staff calendar when staff saved that year.
      if (yearAsked === undefined && aboutWeek && lexicon && deps.calendar && WEEK_FACETS.some((facet) => turn.facets.includes(facet))) {
        const years = subjectsOf(retrieval, lexicon).filter((subject) => subject.kind === 'year');
        const saved = years.length === 1 ? deps.calendar.get(Number(years[0]!.said)) : undefined;
        if (saved) {
          const week = answerWeekOfYear({ search: deps.search, calendar: deps.calendar, messages, compose }, retrieval, saved.year, localDate(now, timeZone));
          if ('text' in week) return finish(week, 'calendar', [], messages, lexicon);
        }
      }
      // Passages naming the question's subjects (a place, a title, a year, a document) go first.
      const retrieve = (q: string) => {
        const subjects = lexicon ? subjectsOf(q, lexicon) : [];
        const found = deps.search.search(q, { limit: subjects.length > 0 ? tuning.SUBJECT_POOL : topK });
        return lexicon ? preferNamedSubjects(found, subjects, lexicon, tuning.SUBJECT_MIN_SCORE_SHARE).slice(0, topK) : found;
      };
      const best = (found: Passage[]) => Math.max(0, ...found.map((p) => p.coverage));
      let passages = retrieve(retrieval);
      // A follow-up bringing a new topic ("còn dòng họ thì sao?") wants passages about it; one asking more about the
      // same subject ("hạn nộp khi nào") keeps the order the whole question found.
      if (retrieval !== query && lexicon && !asksMoreAboutPrevious(query, lexicon)) passages = preferNewTerms(passages, query, lexicon);
      // "em tự chấm công dân học tập được 78 điểm. vậy em có được công nhận không?": the asking clause names no
      // subject; when its best passage is not about the subject the earlier clause named, and the two read together
      // find one that is, the resident asked about that subject (and the situation goes with the question).
      const context = understood.context;
      const contextSubjects = lexicon && context !== undefined ? subjectsOf(context, lexicon) : [];
      const aboutContext = (found: Passage[]) => lexicon !== undefined && found[0] !== undefined && subjectsNamed(found[0], contextSubjects, lexicon) > 0;
      let situation = '';
      // A situation without figures ("em đang làm bài tự đánh giá công dân học tập trên mạng") only says what the
      // question is about; one with figures ("tự chấm được 78 điểm") or naming what is asked ("khẩu hiệu của UNESCO
      // học để biết, học để làm, câu đầy đủ là gì") goes with the question whole — and is read with it even when the
      // question alone found a passage about its subject ("… năm 2030 là 70%, … thấy 60%. Rốt cuộc số nào đúng?").
      const whole = context !== undefined && (/\d/u.test(context) || read(context).facets.length > 0);
      // "dc muc 1 r thi bao lau sau moi xin muc 2 dc" after "cdht cap xa theo tt25 co may muc": a question naming no
      // subject of its own (a year at most), that is no follow-up by its shape, is about what the chat's last question
      // was about when the two read together find passages about more of it than the question alone ("lễ đón nhận tổ
      // chức khi nào" after "tp hcm vào mạng lưới tp học tập unesco ngày nào" finds Hà Nội's ceremony alone).
      if (earlier && lexicon && retrieval === query && context === undefined && subjectsOf(query, lexicon).every((subject) => subject.kind === 'year')) {
        const chatTopics = topicsOf(`${earlier.message} ${earlier.query}`, lexicon).filter((subject) => subject.kind !== 'year');
        const aboutChat = (found: Passage[]) => (found[0] === undefined ? 0 : subjectsNamed(found[0], chatTopics, lexicon));
        const about = chatTopics.map((subject) => subject.said).join(' ');
        const together = chatTopics.length > 0 && aboutChat(passages) < chatTopics.length ? retrieve(`${about} ${query}`) : [];
        if (aboutChat(together) > aboutChat(passages) && best(together) >= minCoverage) {
          passages = together;
          situation = `${about} `;
        }
      }
      if (context !== undefined && contextSubjects.length > 0 && retrieval === query && (whole || !aboutContext(passages))) {
        // A whole situation that finds nothing about its subject ("bà nội 65 tuổi ở Quỳnh Lưu muốn thử làm công dân học
        // tập") still names the subject: when the question alone found nothing about it either, the subject alone is
        // read with the question.
        const topics = topicsOf(context, lexicon!).map((subject) => subject.said).join(' ');
        for (const about of !whole ? [topics] : aboutContext(passages) ? [context] : [context, topics]) {
          const together = retrieve(`${about} ${query}`);
          if (aboutContext(together) && best(together) >= minCoverage && (!aboutContext(passages) || best(together) >= best(passages))) {
            passages = together;
            situation = `${about} `;
            break;
          }
        }
      }
      // A long message whose clauses together cover too little may still ask one thing clearly in one clause, or
      // ask about the subject an earlier clause named — a clause whose passages are about that subject first ("… Hà Nội
      // vừa vào mạng lưới thành phố học tập của UNESCO … cái mạng lưới đó là gì, ai lập ra": not "ai lập ra" alone).
      if (best(passages) < minCoverage && retrieval === query) {
        const alternatives = [...(understood.context ? [`${understood.context} ${query}`] : []), ...understood.clauses];
        const clearest = alternatives
          .map((alternative) => retrieve(alternative))
          .filter((found) => best(found) >= minCoverage)
          .sort((a, b) => Number(aboutContext(b)) - Number(aboutContext(a)) || best(b) - best(a))[0];
        if (clearest) passages = clearest;
      }
      const comparison = lexicon ? planComparison(retrieval, context, turn.facets, lexicon) : undefined;
      // Two subjects compared in a long message: each side is searched on its own, so each side's evidence decides.
      const sidesFound = () => comparison !== undefined && comparison.sides.every((subject) => best(retrieve(comparison.side(subject).question)) >= minCoverage);
      // "quyết định 999/QĐ-TTg quy định gì": a document that neither the question's passages nor a search for its
      // name alone carry is not answered from another document.
      const notFound = lexicon ? documentsNotFound(query, passages, lexicon).filter((said) => documentsNotFound(said, retrieve(said), lexicon).length > 0) : [];
      if (notFound.length > 0) return refuse('unknown_document', passages, fill(messages.unknownDocument, { document: notFound.map(asWritten).join(', ') }));
      if (passages.length === 0) return refuse('no_evidence');
      if (best(passages) < minCoverage && !sidesFound()) return refuse('weak_evidence', passages);

      const answerQuestion = retrieval !== query ? `${retrieval.slice(0, retrieval.length - query.length)}${asked}` : `${situation}${asked}`;
      let fallbackReason: string | undefined;
      if (deps.model && deps.prompts) {
        // Loaded on first use: offline deployments never pay for the prompt-template library.
        const { answerGrounded } = await import('./grounded.js');
        const guidance = groundedGuidance(turn, now, timeZone, messages);
        const grounded = await answerGrounded(deps.model, deps.prompts, question, passages, history, guidance);
        if (grounded.ok && grounded.declined) return refuse('model_declined', passages);
        if (grounded.ok) return finish(grounded.answer, 'grounded', passages, messages, lexicon);
        fallbackReason = grounded.reason;
      }
      if (lexicon && comparison) {
        const leadOf = (passage: Passage | undefined, side: string, facets: Facet[]) => documentCard(passage, { ...turn, query: side, facets }, lexicon, messages);
        const compared = answerComparison(comparison, answerQuestion, passages, turn.facets, { lexicon, texts, search: retrieve, leadOf });
        return { ...finish(compared.answer, 'extractive', compared.passages, messages, lexicon), fallbackReason };
      }
      // Clauses asking different things, each naming its own subject ("hội nghị ở Bangkok có bao nhiêu đại biểu, TP.HCM
      // cử ai đi"): each is answered from its own search, when each finds its evidence (half the length each).
      const parts = retrieval === query && !weekLead && lexicon ? understood.clauses.map((clause) => ({ clause, facets: read(clause).facets })) : [];
      const ownSubject = (clause: string) => subjectsOf(clause, lexicon!).length > 0 && lexicon!.refersBack.find(wordsOf(clause), true).length === 0;
      const distinct =
        parts.length >= 2 && parts.every((part) => part.facets.length > 0 && ownSubject(part.clause)) && new Set(parts.map((part) => part.facets.join())).size === parts.length;
      if (lexicon && distinct) {
        const answered = parts.map(({ clause, facets }) => ({ clause, facets, found: retrieve(`${situation}${clause}`) }));
        if (answered.every(({ found }) => best(found) >= minCoverage)) {
          const maxChars = Math.round(tuning.MAX_ANSWER_CHARS / answered.length);
          const sides = answered.map(({ clause, facets, found }) => ({ answer: composeExtractive(`${situation}${clause}`, found, { facets, lexicon, texts, maxChars }), passages: found }));
          return { ...finish(joinSides(sides), 'extractive', sides.flatMap((side) => side.passages), messages, lexicon), fallbackReason };
        }
      }
      // "năm nay chỉ tiêu gia đình học tập là bao nhiêu phần trăm": a figure for a year no passage names is not in the
      // documents; the reply says so before the nearest figures they give (not for a yes/no, whose "mấy năm nay" is
      // "for years now").
      const yearMissing =
        yearAsked !== undefined && turn.facets.includes('number') && !turn.facets.includes('yesno') && !passages.some((p) => p.text.includes(String(yearAsked)));
      const lead = weekLead ?? (yearMissing ? fill(messages.yearNotInDocuments, { year: String(yearAsked) }) : documentCard(passages[0], turn, lexicon, messages));
      // The case told before the question decides a yes/no verdict, whether or not the search read it (a situation read
      // for the search has the months of the case left out: "công nhận mức độ 1 tháng 3/2024").
      const extractive = composeExtractive(answerQuestion, passages, {
        facets: turn.facets,
        lexicon,
        texts,
        lead,
        ownCase: understood.ownCase,
        asked: situation === '' ? undefined : asked,
        today: localDate(now, timeZone),
      });
      return { ...finish(extractive, 'extractive', passages, messages, lexicon), fallbackReason };
    },
  };
}

/** What the model is told besides the question: the facets asked and today's date, so "năm nay" is this year. */
function groundedGuidance(understood: Understanding, now: Date, timeZone: string, messages: Messages): string {
  const today = localDate(now, timeZone);
  const lines = [fill(messages.groundedToday, { date: formatDate(today), year: today.slice(0, 4) })];
  if (understood.facets.length > 0) lines.push(fill(messages.groundedFacets, { facets: understood.facets.map((f) => messages.facetLabels[f]).join('; ') }));
  return lines.join('\n');
}

/** Facets the Week calendar answers: when, and under what theme. */
const WEEK_FACETS: readonly Facet[] = ['date', 'theme'];

/** Facets a document's own card answers: its date, what it does, its full name. */
const CARD_FACETS = new Set(['date', 'document', 'theme', 'definition']);

/**
 * "Quyết định 89/QĐ-TTg ngày 09/01/2013: Phê duyệt Đề án …" when the question names the best passage's document by
 * its number and asks its date, purpose or name (or nothing more specific): the metadata says it exactly.
 */
function documentCard(best: Passage | undefined, understood: Understanding, lexicon: Lexicon | undefined, messages: Messages): string | undefined {
  if (!best?.meta.number || !best.meta.issued || !lexicon) return undefined;
  if (understood.facets.length > 0 && !understood.facets.some((facet) => CARD_FACETS.has(facet))) return undefined;
  const named = namedDocumentNumbers(understood.query, lexicon);
  if (!named.some((number) => best.meta.number!.startsWith(`${number}/`))) return undefined;
  const { effective, issued } = best.meta;
  return fill(messages.documentCard, {
    name: documentName(best.meta) ?? best.meta.number,
    date: formatDate(issued),
    effective: effective && effective !== issued ? fill(messages.documentCardEffective, { date: formatDate(effective) }) : '',
    title: titleWithoutNumber(best.meta),
  });
}

/** A document as a resident named it, its symbol in capitals as documents write it: "thông tư 99/2024/TT-BGDĐT". */
function asWritten(said: string): string {
  return said.replace(/\/\S+$/u, (symbol) => symbol.toUpperCase());
}

/** Adds the notes an answer must carry: superseded sources and the post-2025 district-level caveat. */
function finish(answer: ComposedAnswer, mode: EngineMode, passages: Passage[], messages: Messages, lexicon: Lexicon | undefined): EngineAnswer {
  const notes: string[] = [];
  for (const citation of answer.citations) {
    if (citation.status !== 'superseded') continue;
    const passage = passages.find((p) => p.chunkId === citation.chunkId);
    const reference = passage ? (documentName(passage.meta) ?? passage.meta.title) : citation.title;
    notes.push(fill(messages.supersededNote, { reference, by: passage?.meta.supersededBy ?? messages.newerDocument }));
  }
  if (needsDistrictCaveat(answer.text, lexicon)) notes.push(messages.districtCaveat);
  const text = [answer.text, ...notes].join('\n\n');
  return { text, citations: answer.citations, mode, refused: false, passages };
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
