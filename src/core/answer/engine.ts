// The answer engine: understand → small talk | refusal checks → curated → time → retrieval → grounded model (if any) → extractive.
import { localDate } from '../local-time.js';
import type { Messages } from '../messages.js';
import { fill } from '../messages.js';
import { TEXT_CACHE_SIZES, TextCache } from '../text/memo.js';
import { fold, hasDiacritics } from '../text/vietnamese.js';
import type { Citation, DocumentMeta, Passage, PassageSearch } from '../types.js';
import type { Facet, Lexicon, RefusalKind } from '../understand/lexicon.js';
import { placesNamed } from '../understand/local-units.js';
import { withRunOnBreaks } from '../understand/run-on.js';
import { withSelfCorrections } from '../understand/self-correction.js';
import { abbreviationsAskedIn } from '../understand/shorthand.js';
import { withShortYears, withSpokenNumbers } from '../understand/spoken-numbers.js';
import { withTypingMended } from '../understand/typing.js';
import { withoutSpeakerTag } from '../understand/speaker-tag.js';
import { understand, withYear, type Understanding } from '../understand/understand.js';
import { namesNoTopic } from '../understand/cues.js';
import { wordsOf, type PhraseSet } from '../understand/words.js';
import { abbreviationEntries } from './abbreviation-entries.js';
import { documentName, formatDate, titleWithoutNumber } from './citations.js';
import { achievedFigureMissing, targetsFirst, withTargetsOfTitles } from './actual-figure.js';
import { withCaseRules } from './case-rule.js';
import { answerClauses } from './clauses.js';
import { withMissingFacets } from './missing-facets.js';
import { answerComparison, planComparison } from './comparison.js';
import { withDefinitionFirst } from './definition-first.js';
import { countFigure } from './count-figure.js';
import { preferActHeading } from './act-heading.js';
import { actByIssuer } from './act-by-issuer.js';
import { preferDefinitionHeading } from './definition-heading.js';
import { withBareDocumentNumbers } from './bare-document-numbers.js';
import { withDescribedDocuments } from './described-documents.js';
import { withDocumentDates } from './document-dates.js';
import { composeExtractive, type ComposedAnswer, type ComposeTexts } from './extractive.js';
import { joinSides } from './join-sides.js';
import { needsDistrictCaveat, saysDistrictCaveat } from './facets.js';
import { bestCoverage, focusPassages } from './focus.js';
import { asksOfDocument, isFollowUp, opensAsFollowUp, readEarlierTurns, resolveFollowUp } from './follow-up.js';
import type { HistoryTurn } from './grounded.js';
import { isAttack } from './guard.js';
import { nearDocument } from './near-document.js';
import { asksOpening, openingVerdict } from './opening-dates.js';
import { placeFigure } from './place-figure.js';
import { formerPassages, predecessorPassages } from './predecessor.js';
import type { ChatModel, GroundedPrompts } from './model.js';
import { latestYearFound } from './latest-year.js';
import { resolveYear, type WeekCalendarReader } from './relative-year.js';
import { documentsNotFound, isTopic, kindOf, namedDocumentNumbers, namesFigureYear, PLACES, placesNotNamed, preferNamedSubjects, subjectsNamed, subjectsOf, TITLES, TOPIC_KINDS, topicSubjectsOf, withoutDocumentYears, withoutUnsureChoices, yearsNamedOf } from './subjects.js';
import * as tuning from './tuning.js';
import { answerWeekOfYear, answerWeeksOfYears, splitWeekClauses, weekPassages, withWeekTense, type WeekAnswerDeps } from './week-answer.js';
import { withWholeSection } from './whole-section.js';

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
  const texts: ComposeTexts = { moreItems: messages.moreItems, listCount: messages.listCount, yes: messages.answerYes, no: messages.answerNo, yesAs: messages.answerYesAs, noAs: messages.answerNoAs, unconfirmed: messages.answerUnconfirmed, outsideRange: messages.answerOutsideRange, alsoRequired: messages.answerAlsoRequired, gradeMet: messages.answerGradeMet, claimRight: messages.answerClaimRight, claimWrong: messages.answerClaimWrong, openingSame: messages.openingSame, openingEarlier: messages.openingEarlier };
  // A message, or a heading read as a question, is read once however often it comes (understanding is pure: the same
  // text, the same reading); the readings are shared, never changed.
  const reads = new TextCache<Understanding>(TEXT_CACHE_SIZES.sentences);
  const read = (text: string): Understanding =>
    lexicon ? reads.get(text, () => understand(text, lexicon)) : { query: text, question: text, clauses: [], asks: true, facets: [], aboutWeek: false };
  const headingFacets = (heading: string): readonly Facet[] => read(heading).facets;
  const refuse = (reason: string, passages: Passage[] = [], text = messages.refusal): EngineAnswer => ({
    text,
    citations: [],
    mode: 'refusal',
    refused: true,
    refusalReason: reason,
    passages,
  });

  // A speaker tag opening the message is set aside ("hkh hỏi: …").
  // A message typed with the keyboard off or dictated without punctuation: keystrokes read as the syllables they make
  // ("hocj taapj" → "hoc tap"), numbers said as words read as digits ("quyết định số sáu trăm bảy mươi bảy", "năm hai
  // không hai hai"), years said by two digits whole ("năm 22", "năm hai lăm"), its run-on stretches broken into clauses
  // ("dạ em chào anh chị ạ em là …"), and its corrections made as it goes ("năm 2024 à nhầm 2023").
  // Pure as understanding is, and read again for every earlier turn: kept like the readings.
  const dictations = new TextCache<string>(TEXT_CACHE_SIZES.sentences);
  const asDictated = (text: string, lex: Lexicon) => dictations.get(text, () => withRunOnBreaks(withSelfCorrections(withShortYears(withSpokenNumbers(withTypingMended(withoutSpeakerTag(text, lex), lex), lex), lex), lex), lex));
  // Passages naming the question's subjects (a place, a title, a year, a document) go first.
  const retrieve = (q: string) => {
    const subjects = lexicon ? withoutDocumentYears(subjectsOf(q, lexicon), q, lexicon) : [];
    const found = deps.search.search(q, { limit: subjects.length > 0 ? tuning.SUBJECT_POOL : topK });
    return lexicon ? preferNamedSubjects(found, subjects, lexicon, tuning.SUBJECT_MIN_SCORE_SHARE).slice(0, topK) : found;
  };
  // "quyết định 999/QĐ-TTg quy định gì": the documents named that neither the question's passages nor a search for its
  // name alone carry, and, when one alone is missing, the document a keystroke from it that the rest of the question
  // finds ("quyết định 667 về công dân học tập" → 677/QĐ-TTg).
  // "cv 5201 nói về gì": a document only a search for its name finds (a letter told inside another page, whose heading
  // words lose to every "… nói về gì" card) is answered from the passages naming it (`byName`), not from other cards.
  const missingDocuments = (asked: { question: string; query: string }, passages: readonly Passage[], lex: Lexicon) => {
    const searched = withoutUnsureChoices(documentsNotFound(asked.query, passages, lex), asked, lex).map((said) => ({ said, found: retrieve(said) }));
    const notFound = searched.filter(({ said, found }) => documentsNotFound(said, found, lex).length > 0).map(({ said }) => said);
    const byName = searched.flatMap(({ said, found }) => found.filter((passage) => documentsNotFound(said, [passage], lex).length === 0));
    return { notFound, near: notFound.length === 1 ? nearDocument(asked, notFound[0]!, retrieve, lex) : undefined, byName };
  };

  // "cái thông tư cũ năm 2014 về cộng đồng học tập" is read as the numbered document it describes, when the index has one
  // — in the question asked only: an earlier turn is read as typed, so "văn bản đó" after "đề án … giai đoạn 2012–2020 là
  // quyết định nào" is the one the answer gave, not one the question knew.
  const numberedDocuments = () => deps.search.documents?.() ?? [];
  const noteContext: NotesContext = { messages, lexicon, documents: numberedDocuments };
  const asDescribed = (text: string, lex: Lexicon) => withDescribedDocuments(withBareDocumentNumbers(text, numberedDocuments, lex), numberedDocuments, lex);

  // A turn whose mistyped document number was answered as another document's ("quyết định 667" as 677) is read as
  // meant, so "quyết định đó do ai ký" next asks of that document. Every question reads its chat's turns again: kept.
  const meant = new TextCache<string>(TEXT_CACHE_SIZES.sentences);
  const asMeant = (typed: string, lex: Lexicon): string =>
    meant.get(typed, () => {
      const spoken = asDictated(typed, lex);
      const { query } = read(spoken);
      if (!subjectsOf(query, lex).some((subject) => subject.kind === 'document')) return spoken;
      return missingDocuments({ question: spoken, query }, retrieve(query), lex).near?.question ?? spoken;
    });

  /**
   * Answers one message; `splitsWeek` false for the rest of a message whose Week clauses were answered already, which
   * is never split again (its text names the Week, so it could be split the same way without end).
   */
  const answerMessage = async (typed: string, history: readonly HistoryTurn[], { now = new Date(), place }: AnswerContext, splitsWeek: boolean): Promise<EngineAnswer> => {
    /** The local date and year it is now, read once for every part of the answer that resolves years. */
    const today = localDate(now, timeZone);
    const thisYear = Number(today.slice(0, 4));
    const question = lexicon ? asDescribed(asDictated(typed, lexicon), lexicon) : typed;
    if (lexicon && isAttack(question, lexicon)) return refuse('attack', [], messages.refusalAttack);
    const understood = read(question);
    if (understood.refuse) return refuse(understood.refuse, [], messages[REFUSAL_MESSAGE[understood.refuse]]);
    if (understood.smallTalk) return smallTalkReply(messages.smallTalk[understood.smallTalk]);
    // "nộp giấy ở đâu, có mất lệ phí gì không": whether it costs, asked beside another question, was left out of the
    // reading; after the answer to the rest, the reply says the documents give no fee, unless a passage found gives one.
    const moneyNotes = (found: readonly Passage[]) => (understood.asksBesidesMoney && lexicon && !saidInComposed(found, lexicon.moneySaid) ? [messages.noMoneyFiguresBesides] : []);
    // The Weeks of several years side by side; asked when they opened ("năm nay khai mạc sớm hơn hay muộn hơn năm
    // ngoái", "năm 2024 khai mạc ngày nào? năm 2023 thì?"), which opened first comes before each year's answer.
    const weeksOfYears = (weekDeps: WeekAnswerDeps, said: string, years: Parameters<typeof answerWeeksOfYears>[2], facets: readonly Facet[]) => {
      const each = answerWeeksOfYears(weekDeps, said, years, today);
      const verdict = lexicon ? openingVerdict({ question: said, facets }, each.sides, lexicon, texts) : undefined;
      const answer = verdict ? { ...each.answer, text: `${verdict}\n${each.answer.text}` } : each.answer;
      return finish(answer, each.answer.citations.length > 0 ? 'extractive' : 'calendar', each.passages, noteContext, '', moneyNotes(each.passages));
    };
    // A clause naming another title, event or document asks of it ("…, ngày khuyến học là ngày nào").
    const namesOther = (clause: string) =>
      lexicon !== undefined && subjectsOf(clause, lexicon).some((subject) => isTopic(subject, lexicon) && lexicon.weekTopic.find(wordsOf(subject.said), false).length === 0);
    const asksWeek = (clause: string) => {
      const { facets } = read(clause);
      if (namesOther(clause)) return false;
      return facets.every((facet) => WEEK_FACETS.includes(facet) || facet === 'definition') || (lexicon !== undefined && facets.includes('yesno') && checksWeekDates(clause, lexicon));
    };
    /** The message's clauses asking the Week's dates or theme and those asking something else, when it has both. */
    const weekParts = () => splitWeekClauses(understood.clauses, asksWeek);
    // Each year's Week read once, when the calendar or the documents cover every past year named (a past year read as
    // text, not passages, and with no calendar entry, is covered by neither: "năm 2019" is not "not announced yet").
    const coveredWeeks = (weekDeps: WeekAnswerDeps, said: string, years: readonly number[]) => {
      const weeks = years.map((year) => ({ year, week: answerWeekOfYear(weekDeps, said, year, today) }));
      return weeks.every(({ year, week }) => year >= thisYear || !('text' in week) || deps.calendar?.get(year) !== undefined) ? weeks : undefined;
    };
    // "tuần lễ năm nay diễn ra ngày nào, xã có phải báo cáo không": the Week's answer (`week`, from the calendar, the
    // documents or "not announced yet") is followed by the answer to the clauses asking something else — asked of the
    // Week by the name the message gives it when they name nothing of their own, not as a follow-up of the Week's
    // clauses: their year would be searched with them ("… năm 2023, có những hoạt động gì" found Thông tư 25/2023's
    // criteria), while what they ask ("xã có phải tổ chức không") holds every year. When they are refused, or the
    // message asks only of the Week, the Week's answer stands alone.
    const weekAndRest = async (week: ComposedAnswer): Promise<EngineAnswer> => {
      const alone = finish(week, week.citations.length > 0 ? 'extractive' : 'calendar', [], noteContext, '', moneyNotes([]));
      const parts = splitsWeek ? weekParts() : undefined;
      if (!parts) return alone;
      const words = wordsOf(parts.week);
      const name = lexicon?.weekTopic.find(words, false)[0];
      const namesTopic = lexicon !== undefined && subjectsOf(parts.rest, lexicon).some((subject) => isTopic(subject, lexicon));
      const more =
        name && !namesTopic
          ? await answerMessage(`${words.slice(name.start, name.start + name.length).map((word) => word.text).join(' ')}, ${parts.rest}`, history, { now, place }, false)
          : await answerMessage(parts.rest, [...history, { question: parts.week, answer: week.text }], { now, place }, false);
      if (more.refused || more.mode === 'smalltalk') return alone;
      const joined = joinSides([
        { answer: { text: alone.text, citations: alone.citations }, passages: [] },
        { answer: { text: more.text, citations: more.citations }, passages: more.passages },
      ]);
      return { ...joined, mode: more.mode, refused: false, passages: more.passages };
    };

    // "năm sau Đà Nẵng có vào được mạng lưới không", "đến năm 2030 Việt Nam có đạt 60% … không": a result in a year still
    // to come is a prediction the documents do not make.
    if (understood.asksResult && lexicon && predicts(understood, understood.asksResult, { now, timeZone, calendar: deps.calendar }, lexicon)) return refuse('prediction', [], messages.noOpinion);

    const curated = deps.curated?.match(question, place);
    if (curated) return { text: curated.answer, citations: curated.citations, mode: 'curated', refused: false, passages: [] };

    // Follow-ups build on the earlier turns in order, so a third turn ("thế còn năm 2024?") still knows the first;
    // "năm nay" in an earlier turn is the year it is now, as in this one.
    const withResolvedYear = ({ query: q, relativeYear }: Understanding) =>
      relativeYear && lexicon ? withYear(q, relativeYear.phrase, resolveYear(relativeYear.value, now, timeZone, deps.calendar), lexicon) : q;
    const earlier = lexicon ? readEarlierTurns(history.map((turn) => ({ ...turn, question: asMeant(turn.question, lexicon) })), lexicon, (text) => withResolvedYear(read(text))) : undefined;
    const opens = lexicon !== undefined && opensAsFollowUp(question, lexicon);
    const resolve = (q: string) => (lexicon ? resolveFollowUp(q, earlier, lexicon, opens) : q);
    const previous = earlier?.query;

    let { query, question: asked } = understood;
    /** Whether the Week of the year asked is past or to come, told in the answer when the documents give its dates. */
    let weekTense: 'past' | 'future' | undefined;
    /** The passages about the Week of the year asked, when the documents give it. */
    let weekFound: Passage[] | undefined;
    /** The year "năm nay", "năm sau" stand for, when the question says one. */
    let yearAsked: number | undefined;
    // "thế còn năm sau?" after a question about the Week is about the Week too; "thông tư đó hiệu lực từ bao giờ" is
    // about the document, "còn Ngày Khuyến học thì ngày nào" about the day it names.
    const aboutWeek =
      understood.aboutWeek ||
      (previous !== undefined &&
        lexicon !== undefined &&
        (opens || isFollowUp(query, lexicon)) &&
        !asksOfDocument(query, lexicon) &&
        !subjectsOf(query, lexicon).some((subject) => TOPIC_KINDS.includes(kindOf(subject, lexicon))) &&
        lexicon.weekTopic.find(wordsOf(previous), false).length > 0);
    const compose = (q: string, passages: Passage[]) => composeExtractive(q, passages, { facets: understood.facets, lexicon, texts });
    if (understood.relativeYear && lexicon) {
      const year = resolveYear(understood.relativeYear.value, now, timeZone, deps.calendar);
      yearAsked = year;
      query = withYear(query, understood.relativeYear.phrase, year, lexicon);
      asked = withYear(asked, understood.relativeYear.phrase, year, lexicon);
      // Only a question about the Week's dates or theme is answered from the calendar ("năm nay tuần lễ khi nào"), or
      // a belief about its dates checked ("năm nay tuần lễ dời sang tháng 11 phải không"), not one about duties around
      // it ("xã năm nay không tổ chức tuần lễ thì có sao không").
      const checksDates = understood.facets.includes('yesno') && checksWeekDates(query, lexicon);
      const weekDeps = { search: deps.search, calendar: deps.calendar, messages, compose, asksTheme: understood.facets.includes('theme') };
      // "năm nay tuần lễ có khác năm 2023 không": this year's Week set beside another year named outright, asking
      // nothing else, is answered year by year as two years named would be.
      const otherYears = [...new Set(subjectsOf(query, lexicon).flatMap((subject) => (subject.kind === 'year' && Number(subject.said) !== year ? [Number(subject.said)] : [])))];
      const sideBySide = aboutWeek && otherYears.length === 1 && understood.facets.every((facet) => [...WEEK_FACETS, ...YEARS_SIDE_BY_SIDE].includes(facet));
      const weeks = sideBySide ? coveredWeeks(weekDeps, asked, [year, otherYears[0]!]) : undefined;
      if (weeks) return weeksOfYears(weekDeps, asked, weeks, understood.facets);
      if (aboutWeek && (checksDates || WEEK_FACETS.some((facet) => understood.facets.includes(facet) || understood.facets.length === 0))) {
        const week = answerWeekOfYear(weekDeps, asked, year, today);
        // "lần này khai mạc ngày nào, so với năm ngoái thì sớm hơn hay muộn hơn": the other year's Week is said too.
        const other = understood.otherRelativeYear ? resolveYear(understood.otherRelativeYear.value, now, timeZone, deps.calendar) : undefined;
        if (other !== undefined && other !== year) return weeksOfYears(weekDeps, asked, [{ year, week }, { year: other }], understood.facets);
        if ('text' in week) return weekAndRest(week);
        weekTense = week.tense;
        weekFound = week.passages;
      }
    }

    // "UNESCO kết nạp thành viên mới gần đây nhất là ngày nào": asked the latest event and naming no year, the question
    // is read with the latest year its passages name (up to this one), as if the resident had said it.
    if (understood.asksLatest && yearAsked === undefined && lexicon && !subjectsOf(query, lexicon).some((subject) => subject.kind === 'year')) {
      const latest = latestYearFound(retrieve(resolve(query)), tuning.COMPOSE_PASSAGES, thisYear);
      if (latest !== undefined) {
        query = `${query} ${latest}`;
        asked = `${asked} ${latest}`;
      }
    }
    const retrieval = resolve(query);
    // "sao vậy ad ơi", "là gì" with nothing before it to lean on: question words about no subject are asked back,
    // never answered from whatever passage the question words alone find.
    if (lexicon && retrieval === query && !understood.context && namesNoTopic(wordsOf(query), lexicon, hasDiacritics(query))) return smallTalkReply(messages.askWhatAbout);
    // A follow-up asking nothing of its own ("còn tphcm thì sao?") asks what the question it follows asked.
    const turn: Understanding = understood.facets.length === 0 && retrieval !== query ? { ...understood, facets: read(retrieval).facets } : understood;
    // The Week of a year named outright ("tuần lễ năm 2026 chủ đề gì"), or by the turn a follow-up builds on ("chủ đề
    // là gì", "ở đâu" after "tuần lễ năm nay từ ngày nào"), is answered from the staff calendar when staff saved that
    // year (its dates and theme), else from the passages about that year's Week when the documents have them — as is a
    // belief about its dates checked ("mình nhớ năm 2025 tuần lễ bắt đầu ngày 2/10 có đúng không").
    const checksDate = aboutWeek && lexicon !== undefined && turn.facets.includes('yesno') && claimsWeekDate(query, lexicon);
    // "2023 vs 2024 cái nào bắt đầu sớm hơn": Weeks compared by when they opened ask their dates, with no date word said.
    const comparesOpening = aboutWeek && lexicon !== undefined && turn.facets.length > 0 && turn.facets.every((facet) => OPENING_COMPARED.includes(facet)) && asksOpening(query, lexicon);
    // "tuần lễ 2023 vs 2024 khác nhau gì": Weeks compared with nothing named of them differ by what each year has, its
    // dates and its theme.
    const comparesWeeks = aboutWeek && turn.facets.includes('comparison') && turn.facets.every((facet) => WEEKS_COMPARED.includes(facet));
    if (yearAsked === undefined && aboutWeek && lexicon && (checksDate || comparesOpening || comparesWeeks || WEEK_DOCUMENT_FACETS.some((facet) => turn.facets.includes(facet)))) {
      // Not a year written in a document's number or said right after it ("thông tư 24/2023 quy định gì", "quyết định
      // 1315 năm 2023 ai ký" before "thế tuần lễ … khi nào"): the document's, not the Week's.
      const yearsOf = (text: string) => {
        const named = new Set(yearsNamedOf(text, lexicon));
        return withoutDocumentYears(subjectsOf(text, lexicon), text, lexicon).filter((subject) => subject.kind === 'year' && named.has(Number(subject.year)));
      };
      // "mình cần ghi băng rôn cho tuần lễ học tập suốt đời 2025, chủ đề là gì": the clause naming the Week says the year.
      const years = yearsOf(retrieval).length === 0 && understood.context ? yearsOf(understood.context) : yearsOf(retrieval);
      const named = years.length === 1 ? Number(years[0]!.said) : undefined;
      // "tuần lễ … năm 2024 khai mạc ngày nào? Năm 2023 thì chủ đề là gì?": only dates or themes asked of several years
      // (a "là gì" beside them asks no definition), each year's Week on its own line — from the calendar or the
      // documents, a year still to come that neither holds as not announced yet (a past one the documents do not cover
      // is not answered so).
      const eachYear = [...new Set(years.map((subject) => Number(subject.said)))];
      // Set side by side by when they were held ("2024 vs 2025 ngày tổ chức có khác nhau không") they are answered so
      // too, which opened first before them (other comparisons are answered side by side by the comparison's plan).
      const besides = asksOpening(query, lexicon) ? YEARS_SIDE_BY_SIDE : ['definition'];
      const askedOfEach =
        eachYear.length >= 2 &&
        (comparesWeeks || ((comparesOpening || turn.facets.some((facet) => WEEK_FACETS.includes(facet))) && turn.facets.every((facet) => [...WEEK_FACETS, ...besides].includes(facet))));
      if (askedOfEach) {
        const weekDeps = { search: deps.search, calendar: deps.calendar, messages, compose, asksTheme: comparesWeeks || turn.facets.includes('theme') };
        const weeks = coveredWeeks(weekDeps, retrieval, eachYear);
        if (weeks) return weeksOfYears(weekDeps, retrieval, weeks, turn.facets);
      }
      // "tuần lễ học tập suốt đời khai mạc ngày nào", naming no year and asking only its dates or theme: the coming Week
      // (this year's until it has ended) when staff saved it, as "sắp tới" would be — not a question of the Week's
      // history or usual dates ("lần đầu tổ chức năm nào", "vừa rồi", "hằng năm": `not-coming-week`).
      // ("chủ đề … là gì" asks a theme: "là gì" beside a date or theme asks no definition; "đang làm phải không, hết
      // ngày nào" checks it is on.)
      const asksComing =
        turn.facets.some((facet) => WEEK_FACETS.includes(facet)) &&
        turn.facets.every((facet) => WEEK_FACETS.includes(facet) || facet === 'definition' || facet === 'yesno') &&
        lexicon.notComingWeek.find(wordsOf(question), false).length === 0;
      const coming = years.length === 0 && asksComing ? resolveYear('next', now, timeZone, deps.calendar) : undefined;
      const year = named ?? (coming !== undefined && deps.calendar?.get(coming) ? coming : undefined);
      const saved = year !== undefined && (checksDate || WEEK_FACETS.some((facet) => turn.facets.includes(facet))) ? deps.calendar?.get(year) : undefined;
      const week = saved ? answerWeekOfYear({ search: deps.search, calendar: deps.calendar, messages, compose, asksTheme: turn.facets.includes('theme') }, retrieval, saved.year, today) : undefined;
      if (week && 'text' in week) return weekAndRest(week);
      // Not saved, the coming Week asked of nothing but its dates ("tuần lễ học tập suốt đời bao giờ diễn ra") is answered
      // as "sắp tới" is: from its passages when the documents have that year, else not announced yet, with the last year
      // known and the rule — not a theme (the slogan "hay dùng" every year is no year's), nor a document's own date ("cv
      // 5201 về tuần lễ ký ngày nào").
      // A follow-up ("ở đâu" after "tuần lễ đầu tiên tổ chức năm nào") asks of the turn it follows, a message naming
      // another topic beside the Week ("Ngày Khuyến học và Tuần lễ … hai cái này khác nhau thế nào") of both, and one
      // naming a place or a local unit ("nhà văn hoá thôn Phong Lan khai mạc Tuần lễ ngày nào") of the Week there.
      const onlyDates =
        retrieval === query &&
        understood.facets.length > 0 &&
        understood.facets.every((facet) => facet === 'date') &&
        topicSubjectsOf(retrieval, lexicon).length <= 1 &&
        understood.unitNamed === undefined &&
        (understood.placesAsked ?? []).length === 0 &&
        !subjectsOf(retrieval, lexicon).some((subject) => kindOf(subject, lexicon) === PLACES) &&
        namedDocumentNumbers(retrieval, lexicon).length === 0;
      const unsaved = coming !== undefined && year === undefined && onlyDates ? coming : undefined;
      const documentedYear = named ?? unsaved;
      const documented = documentedYear !== undefined && !saved ? answerWeekOfYear({ search: deps.search, messages, compose }, retrieval, documentedYear, today) : undefined;
      // A year the documents do not cover: a past one is not answered with another year's Week ("chủ đề tuần lễ năm
      // 2019", "tuần lễ 2018 khai mạc ở tỉnh nào"); this year's or a later one is not announced yet, with the last year known.
      if (documented && 'text' in documented && documentedYear! < thisYear) {
        return refuse('unknown_year', [], fill(messages.weekYearNotInDocuments, { year: documentedYear! }));
      }
      if (documented && 'text' in documented && WEEK_FACETS.some((facet) => turn.facets.includes(facet))) return weekAndRest(documented);
      // "tuần lễ năm 2024 diễn ra ngày nào, xã có phải báo cáo không": that year's Week told from its passages, then the rest.
      const parts = documented && 'passages' in documented && WEEK_FACETS.some((facet) => turn.facets.includes(facet)) ? weekParts() : undefined;
      if (documented && 'passages' in documented && parts) {
        const composed = compose(parts.week, documented.passages);
        return weekAndRest(documented.tense ? { ...composed, text: withWeekTense(composed.text, documentedYear!, documented.tense, messages) } : composed);
      }
      if (documented && 'passages' in documented) {
        weekFound = documented.passages;
        weekTense = documented.tense;
        yearAsked = documentedYear;
      }
    }
    // What the question is about: a follow-up's new topic, the chat's subjects, the situation told before it, or its
    // clearest clause (focus.ts).
    // "Thông tư 25/2023 … vậy trước nó là văn bản nào?": the documents it replaced, by their metadata.
    const replaced =
      lexicon && !weekFound ? (predecessorPassages(question, retrieval, turn.facets.includes('document'), lexicon, deps.search) ?? formerPassages(question, retrieval, turn.facets, lexicon, deps.search)) : undefined;
    const focused = lexicon && !weekFound && !replaced ? focusPassages({ understood, query, retrieval, earlier }, { lexicon, retrieve, read, minCoverage }) : undefined;
    const found = weekFound ?? replaced ?? focused?.passages ?? retrieve(retrieval);
    const ranked = lexicon && !weekFound && !replaced ? preferActHeading(preferDefinitionHeading(found, turn.facets, headingFacets, retrieval), { asked: query, named: retrieval, facets: turn.facets, clauses: understood.clauses.length }, lexicon) : found;
    // "Sơn La có bao nhiêu gia đình học tập": a title's figure for one place is answered from passages giving it
    // there (searched for on their own when the question's passages do not), never from another place's or the
    // national figures (refused below).
    const asksPlaceFigure = lexicon && asksFigureNotRule(turn.facets, retrieval, lexicon);
    // Provinces, countries and unlisted places asked about (not a province in a yes/no: "Đà Nẵng có phải …"), and a
    // city's part asked for a figure ("tp thu duc co bao nhieu dong ho hoc tap": not the city's figure) unless named
    // as a commune's own ("xã Tân Phú chỗ mình": the local figure below).
    const placesAsked = (understood.placesAsked ?? [])
      .filter((place) => (place.kind !== 'province' || !turn.facets.includes('yesno')) && (place.kind !== 'part' || (asksPlaceFigure && !understood.localFigure)))
      .map((place) => place.said);
    const placed = asksPlaceFigure ? placeFigure(retrieval, ranked, lexicon, retrieve, placesAsked) : undefined;
    let passages = placed?.passages ?? ranked;
    const situation = focused?.situation ?? '';
    const comparison = lexicon ? planComparison(retrieval, understood.context, turn.facets, lexicon) : undefined;
    // Two subjects compared in a long message: each side is searched on its own, so each side's evidence decides.
    const sidesFound = () => comparison !== undefined && comparison.sides.every((subject) => bestCoverage(retrieve(comparison.side(subject).question)) >= minCoverage);
    // "quyết định 999/QĐ-TTg quy định gì": a document that neither the question's passages nor a search for its
    // name alone carry is not answered from another document.
    const { notFound, near, byName } = lexicon ? missingDocuments({ question, query }, passages, lexicon) : { notFound: [], near: undefined, byName: [] };
    // With them, only the passages naming a document the question names — when the question's passages carry none of
    // them ("tt 24 hay tt 25" found with TT 24's passages is answered from those).
    const namedCount = byName.length > 0 && lexicon ? documentsNotFound(query, [], lexicon).length : 0;
    if (byName.length > 0 && lexicon && documentsNotFound(query, passages, lexicon).length === namedCount) {
      const namesOne = (passage: Passage) => documentsNotFound(query, [passage], lexicon).length < namedCount && !byName.some((found) => found.chunkId === passage.chunkId);
      passages = [...byName, ...passages.filter(namesOne)].slice(0, topK);
    }
    if (notFound.length > 0) {
      // The document a keystroke away is answered, saying so; asked again with its number, so a second slip is not
      // corrected.
      const corrected = near ? await engine.answer(near.question, history, { now, place }) : undefined;
      if (near && corrected && !corrected.refused) {
        const name = documentName(near.meta) ?? near.meta.title;
        return { ...corrected, text: `${fill(messages.documentCorrected, { document: asWritten(notFound[0]!), name })}\n${corrected.text}` };
      }
      return refuse('unknown_document', passages, fill(messages.unknownDocument, { document: notFound.map(asWritten).join(', ') }));
    }
    // "UBND với BGDĐT là viết tắt của gì": a question only of what abbreviations stand for (asking no other facet) is
    // answered with the entries explaining them, and one no document explains is never guessed ("chữ GDNNGDTX trong
    // công văn 5607"); a message asking more ("mạng lưới … là gì, GNLC là viết tắt của gì", "có được viết tắt GĐHT
    // không") or of shorthand no entry explains ("hkh") is answered as usual.
    const asksMeaning = understood.clauses.length <= 1 && understood.facets.every((facet) => facet === 'definition');
    const abbreviations = lexicon && asksMeaning ? abbreviationsAskedIn(wordsOf(question), lexicon) : [];
    const entries =
      abbreviations.length > 0 ? abbreviationEntries(abbreviations, (abbreviation) => deps.search.search(`${abbreviation} ${lexicon!.abbreviationSearch}`, { limit: tuning.SUBJECT_POOL }), question, lexicon!.abbreviationSearch) : undefined;
    if (entries && !entries.shorthandLeft) {
      const unexplained = entries.unexplained.length > 0 ? fill(messages.unknownAbbreviation, { abbreviation: entries.unexplained.join(', ') }) : undefined;
      if (!entries.answer) return refuse('unknown_abbreviation', passages, unexplained);
      return finish({ ...entries.answer, text: [entries.answer.text, unexplained].filter(Boolean).join('\n\n') }, 'extractive', entries.passages, noteContext, '', moneyNotes(entries.passages));
    }
    // "tỉnh Nghệ An có bao nhiêu gia đình học tập", "Nhật Bản có phong trào này không": a province or country asked
    // about that neither the passages nor a search for its name carry is not answered with national figures. A yes/no
    // question about a listed province ("Đà Nẵng có phải thành phố học tập không") is answered from what the documents
    // list; one about a place no list holds ("tỉnh Đông Sơn Hải có phải thành viên UNESCO không") is not.
    // A country abroad ("Thái Lan có những thành phố nào trong mạng lưới", "Trung Quốc có chính sách … như thế nào") is
    // answered only from passages that name it among those the answer is composed from: a passage elsewhere naming it
    // (a conference held in Bangkok) says nothing of what was asked about it.
    const abroad = new Set((understood.placesAsked ?? []).filter((place) => place.kind === 'abroad').map((place) => place.said));
    const home = placesAsked.filter((place) => !abroad.has(place));
    const placesUnknown = [
      ...(home.length === 0 ? [] : placesNotNamed(placesNotNamed(home, passages), retrieve(home.join(' ')))),
      ...placesNotNamed([...abroad], passages.slice(0, tuning.COMPOSE_PASSAGES)),
    ];
    if (placesUnknown.length > 0) {
      const said = placesUnknown.every((place) => abroad.has(place)) ? messages.unknownCountry : messages.unknownPlace;
      return refuse('unknown_place', passages, fill(said, { place: placesUnknown.join(', ') }));
    }
    // "thôn mình có bao nhiêu gia đình học tập", "phường 5 quận 8 có bao nhiêu dòng họ học tập": a commune's own figure
    // is not in documents that do not name it; national or city figures are no answer to it.
    // A follow-up naming only a unit after a place's figure, asked or answered ("còn quận 3 của mình thì có bao
    // nhiêu?", "Còn phường Cầu Giấy nhà mình thì sao" after Hà Nội's) asks that unit's figure; not after a rule ("tỷ lệ
    // công dân học tập trong đơn vị học tập mức 1 là bao nhiêu", then "còn cơ quan mình thì sao").
    const followsPlaceFigure =
      lexicon !== undefined &&
      retrieval !== query &&
      previous !== undefined &&
      placesNamed(wordsOf(`${previous} ${earlier?.answerLead ?? ''}`), lexicon).length > 0 &&
      asksFigureNotRule([...turn.facets, ...read(previous).facets], retrieval, lexicon);
    const local: Understanding['localFigure'] = understood.localFigure ?? (followsPlaceFigure ? understood.unitNamed : undefined);
    if (local && (local.own || placesNotNamed(placesNotNamed([local.said], passages), retrieve(local.said)).length > 0)) {
      return local.status ? refuse('local_status', passages, messages.noLocalStatus) : refuse('local_figure', passages, messages.noLocalFigures);
    }
    // "đăng ký gia đình học tập có mất lệ phí không": an amount of money no passage found gives is not in the documents.
    if (understood.asksMoney && !understood.asksBesidesMoney && lexicon && !saidInComposed(passages, understood.asksAmount ? lexicon.amountSaid : lexicon.moneySaid)) {
      return refuse('no_money_figure', passages, messages.noMoneyFigures);
    }
    const moneyNoted = moneyNotes(passages);
    // "nhà mình được công nhận dòng họ học tập thì có được giảm thuế không": a benefit no passage found names is not
    // in the documents — when only that is asked ("qđ 677 nói về gì, có dính tới hỗ trợ tiền không" asks more).
    if (understood.asksBenefit && lexicon && turn.facets.every((facet) => facet === 'yesno') && !saidInComposed(passages, lexicon.benefitSaid)) {
      return refuse('no_benefit', passages, messages.noBenefits);
    }
    // "tham gia gia đình học tập có bắt buộc không", "không tham gia thì có bị phạt không": whether taking part is
    // compulsory or punished is not in the documents unless a passage found says it.
    if (understood.asksObligation && lexicon && turn.facets.every((facet) => facet === 'yesno') && !saidInComposed(passages, lexicon.obligationSaid)) {
      return refuse('no_obligation', passages, messages.noObligations);
    }
    if (placed?.missing) return refuse('place_figure', passages, fill(messages.noPlaceFigures, { place: placed.missing }));
    // A question naming a title, an event or a document whose best passage names them all asks about what the
    // documents cover, in words of its own ("nhà mình có bị ảnh hưởng khi xét gia đình học tập không"): a lower gate.
    // So does one naming none after a clause that names them ("Tổ dân phố vận động đăng ký gia đình học tập. Vậy mẹ
    // mình có bị tính vào phần người lớn phải học không?").
    const naming = understood.context === undefined ? retrieval : `${retrieval} ${understood.context}`;
    const named = lexicon ? subjectsOf(naming, lexicon).filter((subject) => GATED_SUBJECT_KINDS.includes(kindOf(subject, lexicon))) : [];
    const aboutNamed = named.length > 0 && passages[0] !== undefined && subjectsNamed(passages[0], named, lexicon!) === named.length;
    const gate = aboutNamed ? Math.min(minCoverage, tuning.MIN_COVERAGE_NAMED_SUBJECTS) : minCoverage;
    // The documents a named one replaced are found by their metadata, whatever words the question shares with them.
    const weak = passages.length === 0 || (replaced === undefined && bestCoverage(passages) < gate && !sidesFound());
    // "ad chấm điểm giúp cơ quan mình rồi ra quyết định công nhận luôn nhé": Loa cannot act for the resident; it says
    // so, then what the documents say of doing it (below) when they say anything.
    if (understood.asksToAct && weak) return refuse('act_request', passages, messages.cannotAct);
    // A message that asks and requests nothing and finds nothing ("hôm nay mệt quá"), or tells a story longer than a
    // keyword search, was told, not asked.
    if ((weak || understood.told) && !understood.asks && retrieval === query) return smallTalkReply(messages.toldNotAsked);
    if (passages.length === 0) return refuse('no_evidence');
    if (weak) return refuse('weak_evidence', passages);
    // "cả nước có bao nhiêu doanh nghiệp đã được công nhận đơn vị học tập", "Thái Lan có bao nhiêu thành phố …": a count
    // of things no passage found (nor a search for the thing and its place) gives is not answered with another count,
    // a target or another place's figure. A count asked as achieved ("đến nay đã có …") is told the targets below.
    const counted =
      understood.counted && lexicon && !comparison && retrieval === query && !understood.asksToAct && !understood.asksActual
        ? countFigure({ counted: understood.counted, question: understood.counted.clauses, places: placesAsked }, passages, lexicon, retrieve)
        : undefined;
    if (counted?.missing) return refuse('count_figure', passages, messages.noCountFigure);
    if (counted?.passages) passages = counted.passages;
    // "Hà Nội và Sơn La mỗi nơi có bao nhiêu …": the places given no count are said before the others' figures.
    const placesMissing = counted?.placesMissing.length ? fill(messages.countPlacesMissing, { places: counted.placesMissing.join(', ') }) : undefined;

    const answerQuestion = retrieval !== query ? `${retrieval.slice(0, retrieval.length - query.length)}${asked}` : `${situation}${asked}`;
    if (understood.asksToAct) {
      const told = composeExtractive(answerQuestion, passages, { facets: turn.facets, lexicon, texts, lead: messages.cannotActLead, message: question });
      return { ...finish(told, 'refusal', passages, noteContext, question, moneyNoted), refused: true, refusalReason: 'act_request' };
    }
    let fallbackReason: string | undefined;
    if (deps.model && deps.prompts) {
      // Loaded on first use: offline deployments never pay for the prompt-template library.
      const { answerGrounded } = await import('./grounded.js');
      const guidance = groundedGuidance(turn, now, timeZone, messages);
      const grounded = await answerGrounded(deps.model, deps.prompts, question, passages, history, guidance);
      if (grounded.ok && grounded.declined) return refuse('model_declined', passages);
      // The model reads the whole message, the fee asked too, and answers it from the passages itself: no note.
      if (grounded.ok) return finish(grounded.answer, 'grounded', passages, noteContext, question);
      fallbackReason = grounded.reason;
    }
    // The card of a document a comparison's side or a clause names, opening that part's answer.
    const leadOf = (passage: Passage | undefined, part: string, facets: Facet[]) => documentCard(passage, { ...turn, query: part, facets }, lexicon, messages);
    if (lexicon && comparison) {
      const yearPassages = aboutWeek ? (year: number) => weekPassages(deps.search, year) : undefined;
      const compared = answerComparison(comparison, answerQuestion, passages, turn.facets, { lexicon, texts, search: retrieve, leadOf, yearPassages, thisYear });
      return { ...finish(compared.answer, 'extractive', compared.passages, noteContext, question, moneyNoted), fallbackReason };
    }
    // A clause of a message typed without diacritics is read so, though its shorthand is spelled with them ("vn co
    // may tp" → "việt nam co may thành phố": "may" is "mấy").
    const readClause = (clause: string) => read(hasDiacritics(question) ? clause : fold(clause));
    // Clauses asking different things about their own subjects are answered clause by clause (clauses.ts) — not when
    // they ask of the documents a named one replaced ("Trước thông tư 25, ai chấm …, chấm vào tháng nào").
    const byClause =
      retrieval === query && !weekFound && !replaced && lexicon ? answerClauses(understood.clauses, situation, { lexicon, texts, retrieve, read: readClause, minCoverage, leadOf }) : undefined;
    if (byClause) {
      // "quyết định 1315 ban hành ngày nào, ai ký, nói về việc gì": a part too short to be a clause of its own ("ai ký")
      // and left unanswered by the clauses is answered after them, as a facet one answer leaves out is.
      const completedClauses =
        lexicon && !turn.facets.includes('yesno') && !turn.facets.includes('comparison')
          ? withMissingFacets(byClause.answer, byClause.passages, { facets: turn.facets, clauses: understood.askingParts ?? [], question: retrieval }, { lexicon, texts, retrieve, read: readClause, minCoverage })
          : undefined;
      const { answer: clauseAnswer, passages: clausePassages } = completedClauses ?? byClause;
      return { ...finish(clauseAnswer, 'extractive', clausePassages, noteContext, question, moneyNoted), fallbackReason };
    }
    // "năm nay chỉ tiêu gia đình học tập là bao nhiêu phần trăm": a figure for a year no passage names is not in the
    // documents; the reply says so before the nearest figures they give (not for a yes/no, whose "mấy năm nay" is
    // "for years now").
    // A year named outright counts the same ("năm 2018 mạng lưới UNESCO có bao nhiêu thành viên").
    // Years the resident named, in this message or the question it follows up, not one an earlier answer gave ("o bao
    // nhieu nuoc" after an answer about "đợt năm 2025" asks no figure of 2025).
    // Not the years of the case told before the question ("trường mình năm 2024 đã được công nhận …, có thời hạn bao lâu").
    const residentYears = lexicon ? yearsNamedOf(`${query} ${earlier?.query ?? ''}`, lexicon).filter((year) => !understood.toldYears?.includes(String(year))) : [];
    const yearsNamed = lexicon ? yearsNamedOf(retrieval, lexicon).filter((year) => residentYears.includes(year)) : [];
    const figureYear = yearAsked ?? (yearsNamed.length === 1 ? yearsNamed[0] : undefined);
    const yearMissing =
      figureYear !== undefined && turn.facets.includes('number') && !turn.facets.includes('yesno') && !passages.some((p) => namesFigureYear(p.text, figureYear));
    // "năm 2020 cả nước thực tế đạt bao nhiêu phần trăm gia đình học tập": a figure asked as achieved that the
    // passages give only as planned (targets, or figures of a year still to come), for the year asked if one is.
    const actualMissing =
      !yearMissing &&
      understood.asksActual !== undefined &&
      lexicon !== undefined &&
      !turn.facets.includes('yesno') &&
      achievedFigureMissing(passages.slice(0, tuning.COMPOSE_PASSAGES), lexicon, {
        year: figureYear,
        thisYear,
        national: understood.asksActual.national,
      });
    // "có hiệu lực khi nào" after "thông tư 25/2023 ban hành ngày nào": a follow-up asking a document's own date asks
    // it of the document the chat is about.
    const asksDocumentDate = lexicon !== undefined && retrieval !== query && turn.facets.includes('date') && asksDocumentDates(query, hasDiacritics(question), lexicon);
    const lead = weekFound
      ? undefined
      : placesMissing !== undefined
        ? placesMissing
        : yearMissing
          ? fill(messages.yearNotInDocuments, { year: String(figureYear) })
          : actualMissing
            ? understood.asksActual?.national
              ? messages.nationalActualNotInDocuments
              : messages.actualNotInDocuments
            : documentCard(passages[0], asksDocumentDate ? { ...turn, query: retrieval } : turn, lexicon, messages);
    // "ai ký quyết định 677", all the question asks, with no passage naming who signed it: who issued it is the answer.
    const issuedBy = !weekFound && lexicon ? actByIssuer(retrieval, passages.slice(0, tuning.COMPOSE_PASSAGES), lexicon, messages) : undefined;
    // The case told before the question decides a yes/no verdict, whether or not the search read it (a situation read
    // for the search has the months of the case left out: "công nhận mức độ 1 tháng 3/2024").
    // After "chỉ có các chỉ tiêu …", the passages giving targets come first.
    // A yes/no question about a case told with a figure ("được 78 điểm") is judged by the rule of its unit.
    const caseQuestion = { searched: retrieval, asked, ownCase: understood.ownCase, onlyYesNo: turn.facets.length === 1 };
    const answerPassages = actualMissing
      ? targetsFirst(withTargetsOfTitles(named, passages, lexicon!, retrieve), lexicon!)
      : lexicon && turn.facets.includes('yesno')
        ? withCaseRules(caseQuestion, passages, tuning.COMPOSE_PASSAGES, lexicon, retrieve)
        : turn.facets.includes('list')
          ? withWholeSection(passages, deps.search.section)
          : passages;
    // A yes (or a reason) for a rule of a title asked about may hide a further requirement said in another document.
    const requirementsOf =
      lexicon && lexicon.requirementsSearch !== ''
        ? () =>
            named
              .flatMap((subject) => (subject.kind === 'group' && kindOf(subject, lexicon) === TITLES ? [lexicon.subjectName.get(subject.key) ?? subject.said] : []))
              .flatMap((title) => deps.search.search(`${title} ${lexicon.requirementsSearch}`, { limit: topK }))
        : undefined;
    const extractive = issuedBy ?? composeExtractive(answerQuestion, answerPassages, {
      facets: turn.facets,
      bestIsList: turn.facets.length === 1 && turn.facets[0] === 'list' && answerPassages[0] !== undefined && headingFacets(answerPassages[0].heading).includes('list'),
      lexicon,
      texts,
      lead,
      ownCase: understood.ownCase,
      asked: situation === '' ? undefined : asked,
      message: question,
      // Only a yes/no verdict reads the day (a wait told from one month runs to it).
      today: turn.facets.includes('yesno') ? today : undefined,
      requirementsOf,
    });
    // Several things asked and one left out by the sentences chosen: it is answered from the clause asking it — not for
    // a yes/no or a comparison (judged on the whole), a follow-up, the Week of a year, a document's predecessors, who
    // issued a document, or a figure missing from the documents (a year's, an achieved one, a count's places).
    const completes =
      turn.facets.length >= 2 &&
      !turn.facets.includes('yesno') &&
      !turn.facets.includes('comparison') &&
      retrieval === query &&
      !weekFound &&
      !replaced &&
      !issuedBy &&
      !yearMissing &&
      !actualMissing &&
      placesMissing === undefined;
    const completed =
      completes && lexicon
        ? withMissingFacets(extractive, answerPassages, { facets: turn.facets, clauses: understood.askingParts ?? [], question: retrieval }, { lexicon, texts, retrieve, read: readClause, minCoverage })
        : undefined;
    const defined =
      lexicon && retrieval === query && !weekFound && !replaced && !issuedBy && !turn.facets.includes('comparison')
        ? withDefinitionFirst(extractive, answerPassages, { facets: turn.facets, clauses: understood.askingParts ?? [], question: retrieval }, { lexicon, texts, retrieve: (clause) => preferDefinitionHeading(retrieve(clause), ['definition'], headingFacets, clause), read: readClause, minCoverage })
        : undefined;
    const whole = completed?.answer ?? defined?.answer ?? extractive;
    const tensed = weekTense && yearAsked !== undefined ? { ...whole, text: withWeekTense(whole.text, yearAsked, weekTense, messages) } : whole;
    // "… có từ văn bản nào", "ngày khuyến học có phải 2/10 không": a document the answer names is told with the day it
    // was issued, so residents can find it.
    const told = { ...tensed, text: withDocumentDates(tensed.text, numberedDocuments()) };
    // A figure of a year named outright ("năm 2017 … bao nhiêu thành viên") is not in the documents: a gap for
    // moderators, though the reply gives the nearest figures. This year's ("năm nay") is answered by the figures in force.
    if (yearMissing && yearAsked === undefined) return { ...finish(told, 'refusal', passages, noteContext, question, moneyNoted), refused: true, refusalReason: 'year_figure', fallbackReason };
    if (actualMissing) return { ...finish(told, 'refusal', passages, noteContext, question, moneyNoted), refused: true, refusalReason: 'actual_figure', fallbackReason };
    return { ...finish(told, 'extractive', completed?.passages ?? defined?.passages ?? passages, noteContext, question, moneyNoted), fallbackReason };
  };
  const engine: AnswerEngine = { answer: (question, history = [], context = {}) => answerMessage(question, history, context, true) };
  return engine;
}

/** What the model is told besides the question: the facets asked and today's date, so "năm nay" is this year. */
function groundedGuidance(understood: Understanding, now: Date, timeZone: string, messages: Messages): string {
  const today = localDate(now, timeZone);
  const lines = [fill(messages.groundedToday, { date: formatDate(today), year: today.slice(0, 4) })];
  if (understood.facets.length > 0) lines.push(fill(messages.groundedFacets, { facets: understood.facets.map((f) => messages.facetLabels[f]).join('; ') }));
  return lines.join('\n');
}

/**
 * A result asked of a year after this one — "năm sau", a later year named outright (not the end of a period: "giai đoạn
 * 2021–2030"), or "sắp tới" when the next Week (by the staff calendar) is next year's — of a place named (a province, a covered city, the
 * country) or with certainty asked ("có chắc").
 */
function predicts(understood: Understanding, result: { sure: boolean }, when: { now: Date; timeZone: string; calendar?: WeekCalendarReader }, lexicon: Lexicon): boolean {
  const thisYear = Number(localDate(when.now, when.timeZone).slice(0, 4));
  const relative = understood.relativeYear?.value;
  const later =
    (typeof relative === 'number' && relative > 0) ||
    (relative === 'next' && resolveYear('next', when.now, when.timeZone, when.calendar) > thisYear) ||
    yearsNamedOf(understood.query.replace(PERIOD, ' '), lexicon).some((year) => year > thisYear);
  if (!later) return false;
  const placed = (understood.placesAsked ?? []).length > 0 || subjectsOf(understood.query, lexicon).some((subject) => kindOf(subject, lexicon) === PLACES || (subject.kind === 'group' && subject.key === lexicon.countryGroup));
  return result.sure || placed;
}

/** Whether a passage the answer would be composed from says one of `said` (heading or text, with the accents written). */
function saidInComposed(passages: readonly Passage[], said: PhraseSet): boolean {
  return passages.slice(0, tuning.COMPOSE_PASSAGES).some((p) => said.find(wordsOf(`${p.heading} ${p.text}`), true).length > 0);
}

/** A period of years ("2021–2030", "2021 - 2030"), whose end is no year asked. */
const PERIOD = /(?<!\d)(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d(?!\d)/gu;

/** Subjects that lower the evidence gate when the best passage names them all (not places or years: "vn đá với thái lan"). */
const GATED_SUBJECT_KINDS: readonly string[] = [TITLES, 'group:events', 'document'];

/** Facets asking a number, not yes or no, of words naming no rule ("phải", "tối thiểu"): a figure, not a rule's threshold. */
function asksFigureNotRule(facets: readonly Facet[], text: string, lexicon: Lexicon): boolean {
  return facets.includes('number') && !facets.includes('yesno') && lexicon.ruleWords.find(wordsOf(text), false).length === 0;
}

/** The message replying to a message refused before any search, by the kind of refusal. */
const REFUSAL_MESSAGE: Record<RefusalKind, 'refusalAttack' | 'refusal' | 'noOpinion'> = {
  fabrication: 'refusalAttack',
  abuse: 'refusalAttack',
  out_of_scope: 'refusal',
  opinion: 'noOpinion',
};
/** A day and month ("1/10"). */
const DAY_MONTH = /^\d{1,2}\/\d{1,2}$/u;

/** True when a yes/no question names a date of the Week ("1/10", "tháng 11") or a word of its dates (`week-dates-checked`). */
function checksWeekDates(question: string, lexicon: Lexicon): boolean {
  const words = wordsOf(question);
  const { words: dateWords, beforeFigure } = lexicon.weekDatesChecked;
  return (
    words.some((word) => DAY_MONTH.test(word.folded)) ||
    dateWords.find(words, hasDiacritics(question)).length > 0 ||
    beforeFigure.find(words, false).some(({ start, length }) => /^\d/u.test(words[start + length]?.folded ?? ''))
  );
}

/**
 * The question checks a date it claims, a claim tag (`tags` of `acts-asked`) closing it right after the date ("… bắt
 * đầu ngày 2/10 có đúng không"), not a duty around a date ("… từ 1/10 thì có phải báo cáo kết quả không").
 */
function claimsWeekDate(question: string, lexicon: Lexicon): boolean {
  const words = wordsOf(question);
  const date = words.map((word) => DAY_MONTH.test(word.folded)).lastIndexOf(true);
  const rest = words.slice(date + 1);
  return date >= 0 && rest.length > 0 && lexicon.actsAsked.tags.matchAt(rest, 0, false) === rest.length;
}

/** A reply of small talk's mode (logged as such, never a knowledge gap): nothing cited, nothing searched. */
function smallTalkReply(text: string): EngineAnswer {
  return { text, citations: [], mode: 'smalltalk', refused: false, passages: [] };
}

/** Facets the Week calendar answers: when, and under what theme. */
const WEEK_FACETS: readonly Facet[] = ['date', 'theme'];
/** Facets besides the Week's that several years' Weeks asked when they were held may carry: "là gì" beside a date or
 * theme asks no definition; a comparison or a yes/no sets the years side by side. */
const YEARS_SIDE_BY_SIDE: readonly Facet[] = ['definition', 'comparison', 'yesno'];
/** Facets of a question comparing when Weeks opened ("cái nào bắt đầu sớm hơn", "có trùng ngày không"). */
const OPENING_COMPARED: readonly Facet[] = ['comparison', 'yesno'];
/** Facets of a question comparing Weeks with nothing named of them ("2023 vs 2024 khác nhau gì", "… là gì, khác gì"). */
const WEEKS_COMPARED: readonly Facet[] = ['comparison', 'definition'];
/** Facets the documents' passages about one year's Week answer: when, under what theme, where it opened, and under which letter. */
const WEEK_DOCUMENT_FACETS: readonly Facet[] = [...WEEK_FACETS, 'place', 'document'];

/** Facets a document's own card answers: its date, what it does, its full name. */
const CARD_FACETS = new Set(['date', 'document', 'theme', 'definition']);

/**
 * "Quyết định 89/QĐ-TTg ngày 09/01/2013: Phê duyệt Đề án …" when the question names the best passage's document by
 * its number and asks its date, purpose or name (or nothing more specific): the metadata says it exactly.
 */
function documentCard(best: Passage | undefined, understood: Understanding, lexicon: Lexicon | undefined, messages: Messages): string | undefined {
  if (!best?.meta.number || !best.meta.issued || !lexicon) return undefined;
  // "cv 6782 bảo tỉnh báo cáo trước ngày nào": a deadline the document sets is not the date it was issued.
  const accents = hasDiacritics(understood.query);
  const deadline = lexicon.deadlineCues.find(wordsOf(understood.query), accents).length > 0 && !asksDocumentDates(understood.query, accents, lexicon);
  const carded = understood.facets.filter((facet) => CARD_FACETS.has(facet) && !(deadline && facet === 'date'));
  if (understood.facets.length > 0 && carded.length === 0) return undefined;
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

/** The query holds a word asking a document's own date ("ký", "hiệu lực"), not one of a longer word ("đăng ký"). */
function asksDocumentDates(query: string, accents: boolean, lexicon: Lexicon): boolean {
  const words = wordsOf(query);
  return lexicon.documentDates.find(words, accents).some(({ start }) => lexicon.documentDatesNotAfter.find(words.slice(Math.max(0, start - 1), start), false).length === 0);
}

/** A document as a resident named it, its symbol in capitals as documents write it: "thông tư 99/2024/TT-BGDĐT". */
function asWritten(said: string): string {
  return said.replace(/\/\S+$/u, (symbol) => symbol.toUpperCase());
}

/** What the notes of an answer are made from: the texts, the language, and the numbered documents of the index. */
interface NotesContext {
  messages: Messages;
  lexicon: Lexicon | undefined;
  documents: () => readonly DocumentMeta[];
}

/**
 * Adds the notes an answer must carry: superseded sources and the post-2025 district-level caveat, when the answer or
 * the question (`asked`: "sao giờ chưa rõ cơ quan nào công nhận cấp huyện nữa") names the district level; then `said`,
 * what the reply must say of a part of the question the documents do not answer (no fee given).
 */
function finish(answer: ComposedAnswer, mode: EngineMode, passages: Passage[], { messages, lexicon, documents }: NotesContext, asked = '', said: readonly string[] = []): EngineAnswer {
  const notes: string[] = [];
  let numbered: readonly DocumentMeta[] | undefined;
  for (const citation of answer.citations) {
    if (citation.status !== 'superseded') continue;
    const passage = passages.find((p) => p.chunkId === citation.chunkId);
    const reference = passage ? (documentName(passage.meta) ?? passage.meta.title) : citation.title;
    const by = passage?.meta.supersededBy;
    // "Vì sao giờ không theo thông tư 44 nữa": since when the replacing document applies, when the index knows it.
    const since = by === undefined ? undefined : (numbered ??= documents()).find((document) => document.number === by)?.effective;
    notes.push(fill(since ? messages.supersededNoteSince : messages.supersededNote, { reference, by: by ?? messages.newerDocument, since: since ? formatDate(since) : '' }));
  }
  if (needsDistrictCaveat(answer.text, lexicon) || (needsDistrictCaveat(asked, lexicon) && !saysDistrictCaveat(answer.text, lexicon))) notes.push(messages.districtCaveat);
  const text = [answer.text, ...notes, ...said].join('\n\n');
  return { text, citations: answer.citations, mode, refused: false, passages };
}
