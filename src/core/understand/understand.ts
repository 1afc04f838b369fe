// Question understanding: shorthand expanded, clauses kept or set aside, facets, the asker's case and relative years found.
import { isYear } from '../text/years.js';
import { hasDiacritics } from '../text/vietnamese.js';
import { withoutAddedParts } from './added-parts.js';
import { achievedAsked, afterCondition, countedAsked, asksToActIn, askingWords, offersChoice, asksOnlyFacets, closesWithQuestionParticle, contentWords, cuedFacets, isPoliteRequest, isYesNoFrame, quietByClause, withoutPoliteEnd } from './cues.js';
import { distributeDocumentKinds, documentsNamedBefore, namesSubject, numberedDocuments } from './documents-named.js';
import { closingWordsAt, removePhrases, stripFiller } from './filler.js';
import type { Facet, Lexicon, RefusalKind, RelativeYear, SmallTalkKind } from './lexicon.js';
import { FACETS } from './lexicon.js';
import { localFigureAsked, localStatusAsked, unitNamedIn } from './local-units.js';
import { gradesTold } from './grades.js';
import { placeNamedBefore, placesAskedAbout, type PlaceAsked } from './places-asked.js';
import { expandShorthand } from './shorthand.js';
import { smallTalkByClause, smallTalkOf } from './small-talk-reading.js';
import { QUOTED_NAME_CHARS, SHARE_SUBJECT_WITHIN } from './tuning.js';
import { wordsOf, type Word } from './words.js';

/** What a message asks, in the forms the answer engine needs. */
export interface Understanding {
  /** The asking clauses with shorthand expanded and filler, framing and asker words removed: what is searched. */
  query: string;
  /** The same clauses keeping asker words ("nhà mình … có được không"): what the answer is composed for. */
  question: string;
  /** Each kept clause as searched, when there are several (a long message may be answered from one of them). */
  clauses: string[];
  /** The nearest earlier clause naming a subject (a title, place, event, document), when the asking clauses name none. */
  context?: string;
  /**
   * The clauses before the question that it does not keep and that give figures ("cơ quan tôi có 92% cán bộ là công
   * dân học tập, vậy có đủ điều kiện … không?"): the asker's own case, which a yes/no verdict reads.
   */
  ownCase?: string;
  /** Set when the whole message is small talk. */
  smallTalk?: SmallTalkKind;
  /**
   * False when no clause asks or requests anything ("hôm nay mệt quá", "xin lỗi nãy mình gõ nhầm"): told, not asked, so
   * finding nothing for it is small talk rather than a gap in the documents.
   */
  asks: boolean;
  /**
   * True when the message asks and requests nothing, is longer than a search typed as keywords, has several clauses
   * and speaks in the resident's own voice: their story or news ("mình làm chi hội trưởng … thấy vui vì tụi nhỏ chăm
   * học hơn"), told rather than asked.
   */
  told?: boolean;
  /** Set when the message must be refused before any search (invent, impersonate, insult, other subject). */
  refuse?: RefusalKind;
  facets: Facet[];
  /** "năm nay", "năm sau", "sắp tới": the phrase (folded) and the year it points to. */
  relativeYear?: { phrase: string; value: RelativeYear };
  /** The question is about the Lifelong Learning Week. */
  aboutWeek: boolean;
  /**
   * Provinces and other countries the question asks about, named as the data writes them ("tinh nghe an co bao nhieu …"
   * → "Nghệ An"), not where the asker says they are ("mình là giáo viên ở Nghệ An, …").
   */
  placesAsked?: PlaceAsked[];
  /**
   * A figure asked of a commune, ward or village: the asker's own ("xã mình … bao nhiêu kinh phí", `own`) or one named
   * by number ("phường 5 quận 8 có bao nhiêu dòng họ học tập"), as typed; `status` when it asks whether that unit holds a
   * title ("thôn mình đã được công nhận cộng đồng học tập chưa").
   */
  localFigure?: { said: string; own: boolean; status?: boolean };
  /**
   * The local unit the asking clauses name, whatever they ask ("Còn phường Cầu Giấy nhà mình thì sao"; `unitNamedIn`):
   * a follow-up naming one after a place's figure asks that unit's figure.
   */
  unitNamed?: { said: string; own: boolean };
  /** Loa is asked to do what only the resident or an office can ("chấm điểm giúp cơ quan mình rồi ra quyết định luôn"). */
  asksToAct?: boolean;
  /** An amount of money is asked ("đăng ký có mất lệ phí không", "tổng kinh phí của đề án là bao nhiêu tỷ"). */
  asksMoney?: boolean;
  /** An amount of money asked ("bao nhiêu tiền"): only a passage giving one answers it. */
  asksAmount?: boolean;
  /**
   * A figure asked as achieved rather than planned ("năm 2020 cả nước thực tế đạt bao nhiêu phần trăm"), `national` when
   * the whole country's is asked ("cả nước").
   */
  asksActual?: { national: boolean };
  /**
   * A yes/no question naming a result ("đạt", "vào được"; `prediction` in question-cues.yaml), `sure` when it asks for
   * certainty ("chắc chắn"), and no rule, plan, condition ("… thì …") or case of the asker's own: a prediction when the
   * year asked comes after this one and a place is named or certainty asked (the engine knows today and the places).
   */
  asksResult?: { sure: boolean };
  /** The thing a count asks of ("cả nước có bao nhiêu doanh nghiệp …" → "doanh nghiệp") and the folded runs a sentence
   * may count it with (`countedAsked`); `national` when the whole country's count is asked; `clauses`, the words of the
   * clauses asking it (the places they name are those the count is of). */
  counted?: { said: string; runs: (readonly string[])[]; national: boolean; clauses: string };
}

const EMOJI = /\p{Extended_Pictographic}/u;

/** Clause boundaries: sentence punctuation, commas and semicolons not between digits, line breaks, dashes between words. */
const CLAUSE = /(?<=[?!…])|\s*\p{Extended_Pictographic}+\s*|[.](?=\s|$)|(?<!\d)[,;](?!\d)|[,;](?=\s)|\n+|\s[-–—]\s/u;

/** A name in quotation marks, up to QUOTED_NAME_CHARS characters: "'Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh …'". */
const QUOTED = new RegExp(`(["“‘'])([^"”’'\\n]{1,${QUOTED_NAME_CHARS}})(["”’'])`, 'gu');

/** The text with the commas inside a quoted name read as spaces: the name is one clause's words, not two clauses. */
function withoutQuotedCommas(text: string): string {
  return text.replace(QUOTED, (_, open: string, name: string, close: string) => `${open}${name.replace(/[,;]/gu, ' ')}${close}`);
}

/** "q. Gò Vấp" → "quận Gò Vấp": an address abbreviation's period ends no sentence (`abbreviation-stops`). */
function withAbbreviationsSpelled(text: string, lexicon: Lexicon): string {
  const stops = lexicon.abbreviationStops;
  return stops ? text.replace(stops.pattern, (abbreviation: string, letters: string) => stops.spelled.get(letters.toLowerCase()) ?? abbreviation) : text;
}

/** Reads one message. Pure: the same text always gives the same understanding. */
export function understand(text: string, lexicon: Lexicon): Understanding {
  const accents = hasDiacritics(text);
  const clauses = withoutQuotedCommas(withAbbreviationsSpelled(text, lexicon))
    .split(CLAUSE)
    .map((raw) => {
      const words = distributeDocumentKinds(expandShorthand(wordsOf(raw ?? ''), lexicon), lexicon);
      return { asks: /\?\s*$/u.test(raw ?? '') || closesWithQuestionParticle(words, lexicon, accents), words };
    })
    .filter((clause) => clause.words.length > 0);

  const all = clauses.flatMap((clause) => clause.words);
  // "ad đăng ký giúp mình được không" asks Loa to register; its "ký giúp", starting inside the act "đăng ký", is no
  // request to sign as an official.
  const acts = lexicon.actRequests.verbs.find(all, accents);
  const insideAct = (match: { start: number; length: number }) => acts.some((act) => act.start < match.start && match.start < act.start + act.length);
  const refuse = (['fabrication', 'abuse'] as const).find((kind) => lexicon.refuse.get(kind)!.find(all, accents).some((match) => !insideAct(match)));
  if (refuse) return refusal(refuse);
  // Another subject, or an opinion asked, is refused wherever the message names it, except in a clause that only tells
  // (asks and requests nothing) beside a question naming a subject of its own: "ông hàng xóm bảo ngày khuyến học là
  // ngày mở thưởng xổ số. Rốt cuộc ngày Khuyến học là ngày nào?" asks about Ngày Khuyến học; "mình bị mất căn cước, giờ
  // làm lại thì nộp những giấy tờ gì" asks about the identity card.
  const refusedBySubject = (['out_of_scope', 'opinion'] as const).filter((kind) => lexicon.refuse.get(kind)!.find(all, accents).length > 0);
  if (refusedBySubject.length > 0) {
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
    const toldAbout = (clause: (typeof clauses)[number], i: number) =>
      !requesting[i] && asksFacet && namesSubject(clause.words, lexicon) && lexicon.askerWords.find(clause.words, accents).length > 0;
    const checked = clauses.filter((clause, i) => requesting[i] || (!ownSubject && !toldAbout(clause, i))).flatMap((clause) => clause.words);
    const refused = refusedBySubject.find((kind) => lexicon.refuse.get(kind)!.find(checked, accents).length > 0);
    if (refused) return refusal(refused);
  }
  // "ad cấp giấy công nhận gđht cho nhà e luôn đi, nhà e đủ hết r mà": asking Loa to act, in a clause asking nothing
  // but politely ("… được không ạ"; "ai chấm điểm giúp …" asks who), is neither small talk nor only a question — unless
  // another clause asks one ("Việc công nhận giúp động viên bà con, năm nay xã có làm không": the act is the story).
  // A yes/no word inside a clause negates ("mắt kém không đi lên xã được"); only ending it does it ask.
  const asksWords = (words: Word[]) => {
    const asked = withoutPoliteEnd(words.slice(0, words.length - closingWordsAt(words, lexicon, accents)), lexicon, accents);
    return askingWords(asked, lexicon, accents).some(({ start, length }) => start + length === asked.length || lexicon.yesNoCloses.matchAt(asked, start, accents) !== length);
  };
  const acting = clauses.map((clause) => asksToActIn(clause.words, lexicon, accents) && !asksWords(clause.words));
  const asksToAct = acting.some(Boolean) && !clauses.some((clause, i) => !acting[i] && asksWords(clause.words));
  // No words at all: an emoji acknowledges; "?" or "..." invites the question, as a greeting does.
  const smallTalk = asksToAct
    ? undefined
    : all.length === 0 ? (EMOJI.test(text) ? 'acknowledge' : text.trim() === '' ? undefined : 'greeting') : (smallTalkOf(all, lexicon, accents) ?? smallTalkByClause(clauses, lexicon, accents));
  if (smallTalk) return { query: '', question: '', clauses: [], smallTalk, asks: false, facets: [], aboutWeek: false };

  const withoutFiller = clauses
    .map((clause) => ({ ...clause, typed: clause.words, words: withoutAddedParts(stripFiller(clause.words, lexicon, accents), lexicon, accents) }))
    .filter((clause) => clause.words.length > 0);
  // "chỉ tiêu năm 2035 là bao nhiêu vậy, có chưa?": a clause only asking whether what a question before it asks exists
  // yet asks that question again, not yes or no.
  const existsCheck = (words: readonly Word[]) => lexicon.existsChecks.matchAt(words, 0, accents) === words.length;
  const stripped = withoutFiller.filter((clause, i) => {
    const asked = withoutFiller.slice(0, i).reverse().find((before) => askingWords(before.words, lexicon, accents).length > 0);
    if (!asked || !existsCheck(clause.words)) return true;
    // Its "?" closes the question it repeats.
    asked.asks ||= clause.asks;
    return false;
  });
  // "Hà Nội có bao nhiêu phần trăm gia đình học tập vậy ad? … Tôi muốn so với cả thành phố xem tổ mình đứng ở đâu.": after
  // a question closed with "?", a clause in the asker's own voice without one tells why they ask, unless it asks the bot
  // for something ("Nếu được thì cho tôi biết khai mạc ở đâu luôn"; the requests of `polite` in `yes-no-frame`).
  const firstQuestion = stripped.findIndex((clause) => clause.asks && askingWords(clause.words, lexicon, accents).length > 0);
  const toldAfterQuestion = (clause: (typeof stripped)[number], i: number) =>
    firstQuestion >= 0 &&
    i > firstQuestion &&
    !clause.asks &&
    lexicon.askerWords.find(clause.typed, accents).length > 0 &&
    lexicon.yesNoPolite.find(clause.typed, false).length === 0;
  const questions = stripped.map(
    (clause, i) => clause.asks || ((askingWords(clause.words, lexicon, accents).length > 0 || offersChoice(clause.words, lexicon, accents)) && !toldAfterQuestion(clause, i)),
  );
  // A request after a question, saying what it wants, asks too ("bé hỏi còn thành phố nào nữa. bạn liệt kê giúp mình
  // các thành phố Việt Nam trong mạng lưới UNESCO với"), as does a clause that is only a facet's cue ("…, chủ đề nhé");
  // before it, a request is the resident's situation.
  const onlyCue = (words: readonly Word[]) => FACETS.reduce((rest, facet) => removePhrases(rest, lexicon.facets.get(facet)!, accents), [...words]).length === 0;
  const asking = stripped.map(
    (clause, i) =>
      questions[i]! ||
      (questions.slice(0, i).some(Boolean) &&
        !toldAfterQuestion(clause, i) &&
        (lexicon.requests.find(clause.typed, accents).length > 0 || onlyCue(clause.words)) &&
        cuedFacets(clause.words, lexicon, accents).size > 0),
  );
  let kept = stripped;
  if (asking.some(Boolean)) {
    const keep = new Set<number>();
    // Clauses kept only for the documents they name by number.
    const documentsOnly = new Set<number>();
    const asksNothing = (words: readonly Word[]) => askingWords(words, lexicon, accents).length === 0 && cuedFacets(words, lexicon, accents).size === 0;
    stripped.forEach((clause, i) => {
      if (!asking[i]) return;
      // "… kéo dài đến hôm nào vậy bạn, mình định cuối tuần dẫn hai đứa nhỏ ra đọc sách?": a "?" closing the message
      // after a question asked with words ends what the resident tells next, unless the clause offers a choice ("tính
      // theo cả thôn hay cả xã?") or names a subject.
      const toldAfter =
        asksNothing(clause.words) &&
        !namesSubject(clause.words, lexicon) &&
        lexicon.choiceWords.find(clause.words, accents).length === 0 &&
        stripped.slice(0, i).some((before, j) => asking[j] && !asksNothing(before.words));
      if (toldAfter) return;
      // A bare "thì làm thế nào?" needs the clause before it, which names what it is about ("GNLC là gì?" names its own
      // subject and does not); a "?" after words that ask nothing ("cộng đồng học tập ở thôn, tổ dân phố?") ends the
      // clause before it, split at a listing comma. "lần này", "năm nay" point at a time, not back at that clause.
      // "Còn cộng đồng học tập cấp thôn, tổ dân phố thì sao?": "… thì sao" asks of all that the clause before names.
      const needsSubject =
        (asksOnlyFacets(clause.words, lexicon, accents) && !namesSubject(clause.words, lexicon)) ||
        pointsBack(clause.words, lexicon, accents) ||
        asksNothing(clause.words) ||
        asksSame(clause.words, lexicon);
      // "Tôi là công chức văn hóa xã, cho tôi hỏi như vậy có được không?": an introduction is not what it refers to.
      if (i > 0 && !asking[i - 1] && needsSubject && lexicon.introductions.matchAt(stripped[i - 1]!.typed, 0, true) === 0) {
        keep.add(i - 1);
        // "Cuối năm nay xã sẽ xét khen thưởng theo kế hoạch của QĐ 1315. Mình muốn biết phong trào thi đua này xét những
        // danh hiệu nào?": a question naming its own subject points back at the document the clause before names, not
        // at the rest of that clause.
        const onlyPoints = namesSubject(clause.words, lexicon) && !asksNothing(clause.words) && !asksSame(clause.words, lexicon);
        if (onlyPoints && numberedDocuments(stripped[i - 1]!.words, lexicon).length > 0) documentsOnly.add(i - 1);
      }
      keep.add(i);
    });
    for (const i of documentsOnly) stripped[i]!.words = numberedDocuments(stripped[i]!.words, lexicon);
    kept = stripped.filter((clause, i) => keep.has(i) && clause.words.length > 0);
  }
  // "Ad giải thích giúp cháu công dân học tập là gì được không ạ?": a polite request's closing "được không" is neither
  // searched nor a yes/no question.
  for (const clause of kept) if (isPoliteRequest(clause.typed, lexicon, accents)) clause.words = withoutPoliteEnd(clause.words, lexicon, accents);
  // "xã em vừa được công nhận cộng đồng học tập mức 1, nay muốn lên mức 2 mà chưa đủ điều kiện, tại sao?": the asking
  // clauses name no subject; the nearest earlier clause that names one may say what they are about.
  const firstKept = stripped.indexOf(kept[0]!);
  let subjectClause = -1;
  if (!kept.some((clause) => namesSubject(clause.words, lexicon))) {
    for (let i = Math.max(firstKept, 0) - 1; i >= 0 && subjectClause < 0; i--) if (namesSubject(stripped[i]!.words, lexicon)) subjectClause = i;
  }
  // With the figures the clauses after it give of the same case ("… công dân học tập trên mạng, được 78 điểm.").
  const context =
    subjectClause < 0
      ? undefined
      : {
          words: stripped
            .slice(subjectClause, firstKept)
            .filter((clause, i) => i === 0 || clause.words.some((w) => /\d/u.test(w.folded)))
            .flatMap((clause) => clause.words),
        };
  // A document named by number there ("em tìm hiểu đề án 1373. đề án đặt mục tiêu gì?") is what is asked about.
  const named = context ? numberedDocuments(context.words, lexicon) : [];
  // "chị ở Hà Nội, cho chị hỏi thành phố mình có bao nhiêu dòng họ học tập": the place an earlier clause named is where
  // the question asks about, when neither the asking clauses nor the clause naming their subject name one ("Con gái
  // mình làm ở Sở Giáo dục TP.HCM, nó kể thành phố được UNESCO công nhận … Lễ đón nhận tổ chức hôm nào?").
  const place = placeNamedBefore(context ? [...kept, context] : kept, stripped.slice(0, Math.max(context ? subjectClause : firstKept, 0)), lexicon);
  const words = [...named, ...place, ...kept.flatMap((clause) => clause.words)];
  const searched = removePhrases(words, lexicon.askerWords, true);
  // "muốn đăng ký dòng họ học tập thì cần những tiêu chí gì": what follows the condition marker is what is asked.
  const askedClauses = kept.map((clause) => afterCondition(clause.words, lexicon, accents));
  const cued = cuedFacets(askedClauses.flat(), lexicon, accents, quietByClause(askedClauses, lexicon, accents));
  // "sao tuần lễ năm nào cũng đổi ngày": a clause opening with "sao" asks why.
  if (askedClauses.some((clause) => lexicon.reasonOpeners.matchAt(clause, 0, accents) > 0 && clause.length > 1)) cued.add('reason');
  const facets = FACETS.filter((facet) => cued.has(facet) || (facet === 'yesno' && kept.some((clause) => isYesNoFrame(clause.words, lexicon, accents)))).filter(
    (facet) => facet !== 'yesno' || !kept.every((clause) => isPoliteRequest(clause.typed, lexicon, accents)),
  );
  // "trường mình muốn lên kế hoạch cho tuần lễ học tập suốt đời sắp tới, ad cho mình biết lịch cụ thể": the clause
  // naming the Week may say which year's is asked (elsewhere "năm nay" in the situation is the asker's own case: "nhà
  // em năm nay tự chấm được 75 điểm").
  // So may a clause in the asker's voice kept only for the subject it names ("họ nhà mình năm nay làm hồ sơ xin danh
  // hiệu dòng họ học tập. Ông trưởng họ muốn biết phải đạt bao nhiêu điểm": the year of the asker's case).
  const askerVoice = (clause: (typeof kept)[number]) => lexicon.askerWords.find(clause.typed, accents).length > 0;
  const borrowed = kept.filter((clause) => !asking[stripped.indexOf(clause)] && askerVoice(clause));
  const situation = [...(context?.words ?? []), ...borrowed.flatMap((clause) => clause.words)];
  const weekYear = lexicon.weekTopic.find(situation, accents).length > 0 ? lexicon.relativeYears.find(situation, accents)[0] : undefined;
  const askedWords = [...named, ...place, ...kept.filter((clause) => !borrowed.includes(clause)).flatMap((clause) => clause.words)];
  const relative = lexicon.relativeYears.find(askedWords, accents)[0] ?? weekYear;
  const withoutCaseMonths = (found: Word[]) => (facets.includes('yesno') ? withoutMonthsOfYears(found) : found);
  // A clause telling a figure ("được 78 điểm") or a grade ("học lực trung bình") of the asker's case.
  const caseClauses = stripped
    .slice(0, Math.max(firstKept, 0))
    .filter((clause) => !kept.includes(clause) && (clause.words.some((w) => /\d/u.test(w.folded)) || gradesTold(clause.words, lexicon).length > 0));
  // "mẹ tự đánh giá được 80 điểm. Vậy mẹ có đủ điều kiện được công nhận công dân học tập không?": what the figures count
  // says which rule the question is about.
  const caseUnits = facets.includes('yesno')
    ? [...unitsOfFigures(caseClauses.flatMap((clause) => clause.words), searched, lexicon), ...attributesGraded(caseClauses.map((clause) => clause.words), searched, lexicon)]
    : [];
  const asks =
    asksToAct ||
    asking.some(Boolean) ||
    lexicon.requests.find(all, accents).length > 0 ||
    (all.length <= lexicon.searchWordsWithin && lexicon.searchWords.find(all, accents).length > 0);
  return {
    asks,
    // A story: several clauses, in the resident's own voice ("mình", "nhà em"), longer than a keyword search.
    told: !asks && all.length > lexicon.searchWordsWithin && clauses.length >= 2 && lexicon.askerWords.find(all, accents).length > 0,
    // The months of the asker's own case ("công nhận mức 1 tháng 3 năm 2025, tháng 1 năm 2026 xin mức 2 được chưa") are
    // for the verdict, not the search: they would find passages about other events of those months.
    query: join([...withoutCaseMonths(searched), ...caseUnits]),
    question: join(words),
    context: context ? join(withoutCaseMonths(removePhrases(context.words, lexicon.askerWords, true))) : undefined,
    ownCase: caseClauses.length > 0 ? caseClauses.map((clause) => join(clause.words)).join(' ') : undefined,
    // Only clauses with something to search: a bare "tại sao?" searched alone finds any passage with "vì".
    clauses:
      kept.length > 1
        ? kept
            .filter((clause) => contentWords(clause.words, lexicon, accents) >= 2)
            .map((clause) => join(removePhrases([...documentsNamedBefore(clause, stripped, lexicon), ...clause.words], lexicon.askerWords, true)))
        : [],
    facets,
    relativeYear: relative ? { phrase: relative.phrase, value: lexicon.relativeYearValue.get(relative.phrase) ?? 0 } : undefined,
    // "trường em định in băng rôn hưởng ứng Tuần lễ học tập suốt đời … Năm nay chủ đề là gì?": the clause naming the
    // subject of a question that names none says what it is about.
    aboutWeek: [words, context?.words ?? []].some((found) => lexicon.weekTopic.find(found, accents).length > 0),
    placesAsked: placesAskedAbout(kept, lexicon, accents),
    asksMoney: lexicon.moneyAsked.find(words, accents).length > 0 || undefined,
    asksAmount: lexicon.amountAsked.find(words, accents).length > 0 || undefined,
    asksToAct: asksToAct || undefined,
    // Not a rule asked "in fact" ("thực tế thì đơn vị học tập phải có bao nhiêu phần trăm …").
    asksActual: achievedAsked(words, facets, lexicon, accents),
    // The places a count is of are those its own clauses name, not one borrowed from the story before ("Em đọc tin Hà
    // Nội mới vào mạng lưới …, mạng lưới toàn cầu có bao nhiêu thành viên" counts the whole network).
    counted: withOwnWords(countedAsked(words, facets, lexicon, accents), [...named, ...kept.flatMap((clause) => clause.words)]),
    asksResult:
      facets.includes('yesno') && caseClauses.length === 0 && afterCondition(words, lexicon, accents) === words && lexicon.ruleWords.find(words, accents).length === 0 && lexicon.plannedSaid.find(words, false).length === 0
        ? resultAsked(words, lexicon, accents)
        : undefined,
    unitNamed: unitNamedIn(kept, lexicon, accents),
    // Whether a unit holds a title, or since when ("Thôn Đông … được công nhận cộng đồng học tập từ năm nào").
    localFigure: facets.includes('yesno') || facets.includes('date')
      ? localStatusAsked(kept, lexicon, accents)
      : facets.includes('number')
        ? localFigureAsked(kept, lexicon, accents, (words) => askingWords(words, lexicon, accents).length > 0 || cuedFacets(words, lexicon, accents).has('number'))
        : undefined,
  };
}

/** A result asked ("đạt", "vào được"; `prediction.results`), and whether certainty is asked of it ("chắc chắn"). */
function resultAsked(words: readonly Word[], lexicon: Lexicon, accents: boolean): { sure: boolean } | undefined {
  const sure = lexicon.prediction.sure.find(words, accents).length > 0;
  return sure || lexicon.prediction.results.find(words, accents).length > 0 ? { sure } : undefined;
}

/** A count with the words of the clauses asking it, as one text. */
function withOwnWords<T extends object>(counted: T | undefined, words: readonly Word[]): (T & { clauses: string }) | undefined {
  return counted && { ...counted, clauses: join(words) };
}

/** The clause ends with a closer asking what an earlier question asked ("… thì sao"). */
function asksSame(words: readonly Word[], lexicon: Lexicon): boolean {
  return lexicon.followUpAsksSame.find(words, false).some((match) => match.start + match.length === words.length);
}

/** A message refused before any search. */
function refusal(refuse: RefusalKind): Understanding {
  return { query: '', question: '', clauses: [], refuse, asks: true, facets: [], aboutWeek: false };
}

/**
 * What the figures in `told` count, when the question does not already name it, once each: a case unit right after a
 * figure ("80 điểm", "65 tuổi"), or a subject a few words after a share ("96% học sinh là công dân học tập": the rule
 * asked about is the share of Công dân học tập).
 */
function unitsOfFigures(told: readonly Word[], question: readonly Word[], lexicon: Lexicon): Word[] {
  const named = new Set([...lexicon.caseUnits.find(question, false), ...lexicon.subjects.find(question, false)].map(({ phrase }) => phrase));
  const out: Word[] = [];
  const take = (start: number, length: number, phrase: string) => {
    named.add(phrase);
    out.push(...told.slice(start, start + length));
  };
  for (const { start, length, phrase } of lexicon.caseUnits.find(told, false)) {
    if (start > 0 && /\d/u.test(told[start - 1]!.folded) && !named.has(phrase)) take(start, length, phrase);
  }
  const shares = told.flatMap((word, i) => (/\d%$/u.test(word.folded) || (/^\d+$/u.test(word.folded) && told[i + 1]?.folded === 'phan' && told[i + 2]?.folded === 'tram') ? [i] : []));
  for (const { start, length, phrase } of lexicon.subjects.find(told, false)) {
    if (!named.has(phrase) && shares.some((at) => start > at && start - at <= SHARE_SUBJECT_WITHIN)) take(start, length, phrase);
  }
  return out;
}

/**
 * "đứa lớn học lực trung bình nhưng hạnh kiểm khá. Vậy nhà mình có đủ điều kiện làm gia đình học tập không": the
 * attributes a case grades ("học lực", "hạnh kiểm", by their first names), searched with the question when it names
 * none of them and names no title but one whose criteria grade them (`titles` of `grades`), so the rule grading them is
 * found.
 */
function attributesGraded(told: readonly (readonly Word[])[], question: readonly Word[], lexicon: Lexicon): Word[] {
  // "mẹ mình đạo đức tốt … có đạt công dân học tập không": a title whose criteria grade nothing is judged otherwise.
  if (lexicon.subjects.find(question, false).length > 0 && lexicon.grades.titles.find(question, false).length === 0) return [];
  // "học" of "gia đình học tập" names no attribute: a next-only attribute ("học khá") is one only before its grade.
  const named = lexicon.grades.attributes.find(question, false).filter(({ phrase }) => !lexicon.grades.nextOnly.has(phrase));
  const asked = new Set(named.map(({ phrase }) => lexicon.grades.attributeOf.get(phrase)));
  const graded = new Set(told.flatMap((words) => gradesTold(words, lexicon).map(({ attribute }) => attribute)));
  return [...graded].filter((attribute) => !asked.has(attribute)).flatMap((attribute) => wordsOf(lexicon.grades.attributeNames[attribute]!));
}

/** Whether the words point back at the clause before ("văn bản đó", "… đúng không", bare "nam do"), outside a relative year ("lần này"). */
function pointsBack(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  const times = lexicon.relativeYears.find(words, accents);
  if (lexicon.refersBack.find(words, true).some(({ start }) => !times.some((time) => time.start <= start && start < time.start + time.length))) return true;
  // Typed bare, a lone "do" is "because" as often as "đó"; a time or place pointed back to ("nam do", "luc do", "o do")
  // is one whole.
  return !accents && lexicon.followUpPointsBack.find(words, false).length > 0;
}

/** `words` without "tháng 3 năm 2025", "tháng 5/2025" and "5/2025" (a month of a year). */
function withoutMonthsOfYears(words: readonly Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const at = (k: number) => words[i + k]?.folded ?? '';
    const year = (k: number) => isYear(at(k));
    const month = (text: string) => /^(?:0?[1-9]|1[0-2])$/u.test(text);
    if (at(0) === 'thang' && month(at(1)) && at(2) === 'nam' && year(3)) i += 3;
    else if (at(0) === 'thang' && /^(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d$/u.test(at(1))) i += 1;
    else if (!/^(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d$/u.test(at(0))) out.push(words[i]!);
  }
  return out;
}

function join(words: readonly Word[]): string {
  return words.map((w) => w.text).join(' ');
}

/** Replaces the relative-year phrase (folded, as found by `understand`) with "năm {year}". */
export function withYear(text: string, phrase: string, year: number, lexicon: Lexicon): string {
  const words = wordsOf(text);
  const found = lexicon.relativeYears.find(words, false).find((match) => match.phrase === phrase);
  if (!found) return `${text} năm ${year}`;
  return join([...words.slice(0, found.start), ...wordsOf(`năm ${year}`), ...words.slice(found.start + found.length)]);
}
