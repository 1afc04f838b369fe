// Question understanding: shorthand expanded, clauses kept or set aside, facets, the asker's case and relative years found.
import { hasDiacritics } from '../text/vietnamese.js';
import { isYear } from '../text/years.js';
import { saysNotAsked, withoutAddedParts } from './added-parts.js';
import { checksActDate } from './act-dates.js';
import { withClaimedActorsAsked } from './acts-asked.js';
import { attributesGraded, unitsOfFigures, withoutMonthsOfYears } from './asker-case.js';
import { askingClauses } from './asking-clauses.js';
import { askingParts } from './asking-parts.js';
import { topicOfBareQuestion } from './bare-question.js';
import { splitClauses } from './clause-split.js';
import { withoutCorrection } from './corrections.js';
import { achievedAsked, afterCondition, countedAsked, asksInWords, asksToActIn, askingWords, closesWithQuestionParticle, contentEnd, contentWords, cuedFacets, isPoliteRequest, negatesInside, isYesNoFrame, opensWithReason, quietByClause, withoutPoliteEnd } from './cues.js';
import { documentTopicAsked } from './document-topic-claim.js';
import { EVENT_KIND, namesSubject, numberedDocuments, topicKindsNamed, topicWords } from './documents-named.js';
import { askerWordAt, removePhrases, stripFiller } from './filler.js';
import type { Facet, Lexicon, RefusalKind, RelativeYear, SmallTalkKind } from './lexicon.js';
import { FACETS } from './lexicon.js';
import { localFigureAsked, localStatusAsked, unitNamedIn } from './local-units.js';
import { moneyAsked } from './money-asked.js';
import { gradesTold } from './grades.js';
import { placeNamedBefore, placesAskedAbout, type PlaceAsked } from './places-asked.js';
import { holderOfClause, purposeAsked } from './purpose-asked.js';
import { refusalOf } from './refusal-reading.js';
import { smallTalkByClause, smallTalkOf } from './small-talk-reading.js';
import { CHECKED_MIN_WORDS, RELATIVE_JOINED_WITHIN, SIDE_ASKED_WITHIN, SIDE_OPENED_WITHIN } from './tuning.js';
import { wordsOf, type Word } from './words.js';

/** What a message asks, in the forms the answer engine needs. */
export interface Understanding {
  /** The asking clauses with shorthand expanded and filler, framing and asker words removed: what is searched. */
  query: string;
  /** The same clauses keeping asker words ("nhà mình … có được không"): what the answer is composed for. */
  question: string;
  /** Each kept clause as searched, when there are several (a long message may be answered from one of them). */
  clauses: string[];
  /** Every kept clause as `clauses` reads it, the short ones too ("có mấy mức"), when there are several (else empty):
   * what each part of the message asks. Absent on a message read as small talk or refused. */
  askingParts?: string[];
  /**
   * The nearest clause before the last kept one, not kept itself, naming a subject (a title, place, event, document),
   * when the kept clauses name none; with the figures of the clauses after it up to the next kept one.
   */
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
  /**
   * Years said only in a clause kept for the search that tells rather than asks ("trường mình năm 2024 đã được công
   * nhận …. Danh hiệu này có thời hạn bao lâu?"): the case's years, not a year a figure is asked of.
   */
  toldYears?: string[];
  /** Set when the message must be refused before any search (invent, impersonate, insult, other subject). */
  refuse?: RefusalKind;
  facets: Facet[];
  /** "năm nay", "năm sau", "sắp tới": the phrase (folded) and the year it points to. */
  relativeYear?: { phrase: string; value: RelativeYear };
  /** Another relative year the asked clauses set beside the first ("lần này … so với năm ngoái"). */
  otherRelativeYear?: { phrase: string; value: RelativeYear };
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
  /** An amount of money is asked in a clause that asks or requests ("đăng ký có mất lệ phí không", "tổng kinh phí của
   * đề án là bao nhiêu tỷ"); not a money word only telling the resident's situation or purpose ("… để dự trù kinh phí"). */
  asksMoney?: boolean;
  /** Whether it costs is asked beside a question naming a subject ("nộp giấy ở đâu, có mất lệ phí gì không"): the
   * clauses asking it are searched (`query`) but left out of what is asked (`facets`, `clauses`, …). */
  asksBesidesMoney?: boolean;
  /** A material benefit is asked ("có được giảm thuế không", "con được cộng điểm thi không"). */
  asksBenefit?: boolean;
  /** The latest event the documents list in time is asked ("đợt kết nạp gần đây nhất là ngày nào"). */
  asksLatest?: boolean;
  /** Whether taking part is compulsory or punished is asked ("tham gia có bắt buộc không", "có bị phạt không"). */
  asksObligation?: boolean;
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

/** Reads one message. Pure: the same text always gives the same understanding. */
export function understand(text: string, lexicon: Lexicon): Understanding {
  const accents = hasDiacritics(text);
  const split = splitClauses(text, lexicon).map(({ raw, words }) => {
    const marked = /\?\s*$/u.test(raw);
    const particle = closesWithQuestionParticle(words, lexicon, accents, marked);
    const onlyMarked = particle && !closesWithQuestionParticle(words, lexicon, accents);
    return { asks: marked || particle, particle: particle && checksStatement(words, lexicon, accents) && (!onlyMarked || namesSubject(words, lexicon)), onlyMarked, words };
  });
  // "Nhà tôi được công nhận gia đình học tập rồi à? Cho tôi hỏi thủ tục nhận giấy khen.": "à?", "chứ?" check only the
  // last thing asked, of a subject ("Chỉ có vậy thôi à?", "Hôm nay ad trực à?" react); before a clause that asks or
  // requests they tell the asker's surprise.
  const asksLater = (i: number) => split.slice(i + 1).some((later) => later.asks || asksInWords(later.words, lexicon, accents) || lexicon.requests.find(later.words, accents).length > 0);
  const readings = split.map(({ onlyMarked, ...clause }, i) => ({ ...clause, particle: clause.particle && !(onlyMarked && asksLater(i)) }));
  // "qđ 1315 do bộ trưởng ký hả": a statement closed by a question particle checks what it says, as "… phải không" does
  // — when no other clause asks with words, small talk aside ("… có từ năm nào z, hình như 2015 hả" guesses the answer;
  // "Chào ad, ad khỏe không? QĐ 677 do bộ trưởng ký hả" checks; "không", "chưa" inside a clause negate: "Trường tôi chưa
  // có danh hiệu lao động tiên tiến, vẫn làm đơn vị học tập được à?" checks). Read only when a clause closes so.
  const askedInWords =
    readings.some((clause) => clause.particle) &&
    readings.some((clause) => !clause.particle && asksInWords(clause.words, lexicon, accents) && smallTalkOf(clause.words, lexicon, accents) === undefined);
  const clauses = readings.map(({ particle, ...clause }) => ({ ...clause, checks: particle && !askedInWords }));

  const all = clauses.flatMap((clause) => clause.words);
  const refuse = refusalOf(clauses, lexicon, accents);
  // "bot ơi có người yêu chưa", "bạn có chơi game không": asked of the bot's own person, another topic is banter.
  if (refuse && !(refuse === 'out_of_scope' && smallTalkOf(all, lexicon, accents) === 'banter')) return refusal(refuse);
  // "ad cấp giấy công nhận gđht cho nhà e luôn đi, nhà e đủ hết r mà": asking Loa to act, in a clause asking nothing
  // but politely ("… được không ạ"; "ai chấm điểm giúp …" asks who), is neither small talk nor only a question — unless
  // another clause asks one ("Việc công nhận giúp động viên bà con, năm nay xã có làm không": the act is the story).
  const acting = clauses.map((clause) => asksToActIn(clause.words, lexicon, accents) && !asksInWords(clause.words, lexicon, accents));
  const asksToAct = acting.some(Boolean) && !clauses.some((clause, i) => !acting[i] && asksInWords(clause.words, lexicon, accents));
  // No words at all: an emoji or a typed face (":D") acknowledges; "?" or "..." invites the question, as a greeting does.
  const face = EMOJI.test(text) || (lexicon.typedFace?.test(text) ?? false);
  const smallTalk = asksToAct
    ? undefined
    : all.length === 0 ? (face ? 'acknowledge' : text.trim() === '' ? undefined : 'greeting') : (smallTalkOf(all, lexicon, accents) ?? smallTalkByClause(clauses, lexicon, accents));
  if (smallTalk) return { query: '', question: '', clauses: [], smallTalk, asks: false, facets: [], aboutWeek: false };

  // A clause after another saying only what is not asked ("…, k phải cv 5201 nha") is set aside whole.
  const readClauses = withoutCorrection(clauses, lexicon, accents).map(({ checks, ...clause }, i, corrected) => {
    const words = i > 0 && saysNotAsked(clause.words, corrected[i - 1]!.words, lexicon, accents, clause.asks || checks === true) ? [] : withoutAddedParts(stripFiller(clause.words, lexicon, accents), lexicon, accents, clause.asks);
    return { ...clause, typed: clause.words, words: checks && words.length > 0 ? [...words, ...lexicon.questionParticleReading] : words };
  });
  // A claim of a document's topic asks what it is about; a purpose asks what its subject is, or the one the clause right
  // before names alone ("công dân học tập là gì, lập ra để làm gì"). A claimed actor is searched as asked; a claimed
  // topic gives two clauses (what the document settles, which document settles the topic), both read with the clause
  // before the claim's as the one before them.
  const withoutFiller = readClauses
    .flatMap((clause, i) =>
      documentTopicAsked(withClaimedActorsAsked(clause.words, accents, lexicon), lexicon).map((words) => ({ ...clause, words: [...purposeAsked(words, lexicon, () => (i > 0 ? holderOfClause(readClauses[i - 1]!.words, lexicon) : undefined))] })),
    )
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
  const { asking, kept: keptAll } = askingClauses(stripped, lexicon, accents);
  // A correction says what is asked ("ý tôi là năm 2024, …"), as the clause asking does.
  const asksOrCorrects = (clause: (typeof keptAll)[number]) => asking[stripped.indexOf(clause)] === true || clause.corrects === true;
  // "Ad giải thích giúp cháu công dân học tập là gì được không ạ?": a polite request's closing "được không" is neither
  // searched nor a yes/no question.
  for (const clause of keptAll) if (isPoliteRequest(clause.typed, lexicon, accents)) clause.words = withoutPoliteEnd(clause.words, lexicon, accents);
  // "nộp giấy ở đâu, có mất lệ phí gì không": whether it costs, asked beside another question, is left out of what is
  // asked (its facets, clauses and parts; still searched); the engine says the documents give no fee after the answer to
  // the rest when no passage found gives one.
  const money = moneyAsked(keptAll.map((clause) => ({ words: clause.words, typed: clause.typed, asks: asksOrCorrects(clause) })), lexicon, accents);
  const kept = money.besides ? keptAll.filter((_, i) => !money.clauses[i]) : keptAll;
  // "xã em vừa được công nhận cộng đồng học tập mức 1, nay muốn lên mức 2 mà chưa đủ điều kiện, tại sao?": the asking
  // clauses name no subject; the nearest earlier clause that names one may say what they are about — between two kept
  // ones too ("mẹ mình 62 tuổi, không đi làm nữa. Tổ dân phố vận động đăng ký gia đình học tập. Vậy mẹ có bị tính…").
  const firstKept = stripped.indexOf(kept[0]!);
  let subjectClause = -1;
  // "nghe nói tỉnh mình vào mạng lưới thành phố học tập UNESCO rồi. Sơn La được công nhận từ khi nào?": clauses naming
  // a place but no title, event or numbered document are about the event the nearest earlier clause naming one names —
  // that alone, not its story ("nghe nói tuần lễ năm nay xong rồi. Hà Nội có tổ chức khai mạc không" asks of the Week in
  // Hà Nội, not of this year's). Not a title: "nghe nói có thông tư mới về đơn vị học tập. Sơn La thì công nhận mấy
  // năm" asks what Sơn La says, and the title read beside the story's document is that document's.
  const namesTopic = (words: readonly Word[]) => topicKindsNamed(words, lexicon).size > 0 || numberedDocuments(words, lexicon).length > 0;
  const namesEvent = (words: readonly Word[]) => topicKindsNamed(words, lexicon).has(EVENT_KIND);
  // What the clause lent must name: any subject when the asking clauses name none, an event when they name only places.
  const lender = !kept.some((clause) => namesSubject(clause.words, lexicon))
    ? (words: readonly Word[]) => namesSubject(words, lexicon)
    : kept.some((clause) => namesTopic(clause.words))
      ? undefined
      : namesEvent;
  if (lender) {
    for (let i = stripped.indexOf(kept.at(-1)!) - 1; i >= 0 && subjectClause < 0; i--) if (!kept.includes(stripped[i]!) && lender(stripped[i]!.words)) subjectClause = i;
  }
  // "… tham gia mạng lưới UNESCO giống Hà Nội, Sa Đéc, Cao Lãnh.": clauses of names only that go on with a list of
  // examples (`likeness`) closing the clause before them are read with it.
  const listEnd = subjectClause;
  // A clause of the examples alone ("…, giống Sa Đéc, Cao Lãnh") goes with the clause before it too.
  const examplesAlone = (words: readonly Word[]) => lexicon.likeness.matchAt(words, 0, accents) > 0 && endsWithExamples(words, lexicon, accents);
  if (subjectClause > 0 && (onlyNames(stripped[subjectClause]!.words, lexicon) || examplesAlone(stripped[subjectClause]!.words))) {
    let opener = examplesAlone(stripped[subjectClause]!.words) ? subjectClause : subjectClause - 1;
    while (opener > 0 && onlyNames(stripped[opener]!.words, lexicon)) opener--;
    if (endsWithExamples(stripped[opener]!.words, lexicon, accents)) subjectClause = opener > 0 && examplesAlone(stripped[opener]!.words) ? opener - 1 : opener;
  }
  // With the figures the clauses after it give of the same case ("… công dân học tập trên mạng, được 78 điểm."), up to
  // the next kept clause.
  const nextKept = stripped.findIndex((clause, i) => i > listEnd && kept.includes(clause));
  const context =
    subjectClause < 0
      ? undefined
      : {
          words: [
            lender === namesEvent
              ? topicWords(stripped[subjectClause]!.words, lexicon)
              : withoutExamples(stripped.slice(subjectClause, listEnd + 1).flatMap((clause) => clause.words), lexicon, accents),
            ...stripped
              .slice(listEnd + 1, nextKept)
              .filter((clause) => clause.words.some((w) => /\d/u.test(w.folded)))
              .map((clause) => withoutExamples(clause.words, lexicon, accents)),
          ].flat(),
        };
  // A document named by number there ("em tìm hiểu đề án 1373. đề án đặt mục tiêu gì?") is what is asked about.
  const named = context ? numberedDocuments(context.words, lexicon) : [];
  // "Đợt kết nạp ngày 14 tháng 2 năm 2024, UNESCO thêm bao nhiêu thành phố mới": a clause before the question that only
  // says on which day (its numbers all days, months and years), in no word of the asker and naming no title, event or
  // document, is the topic the question is asked of, not the asker's case ("nhà mình được công nhận ngày 2/3/2023",
  // "ngày 14/2/2024 nộp hồ sơ gia đình học tập" are): it is searched with the question.
  const topics = stripped
    .slice(0, Math.max(firstKept, 0))
    .filter((clause) => !kept.includes(clause) && saysOnlyWhen(clause.words, lexicon) && lexicon.askerWords.find(clause.typed, accents).length === 0 && !namesSubject(clause.words, lexicon));
  // "Người 15 tuổi trở lên có bằng đại học, mục tiêu năm 2025 với 2030 khác nhau bao nhiêu": with no clause naming a
  // subject, a question naming nothing but its cues and years is asked of the clause right before it.
  const bareTopic = subjectClause < 0 ? topicOfBareQuestion(kept, stripped[firstKept - 1], lexicon, accents) : undefined;
  if (bareTopic && !topics.includes(bareTopic)) topics.push(bareTopic);
  // "muốn đăng ký dòng họ học tập thì cần những tiêu chí gì": what follows the condition marker is what is asked.
  const askedClauses = kept.map((clause) => afterCondition(clause.words, lexicon, accents));
  const cued = cuedFacets(askedClauses.flat(), lexicon, accents, quietByClause(askedClauses, lexicon, accents));
  // "sao tuần lễ năm nào cũng đổi ngày": a clause opening with "sao" asks why.
  if (askedClauses.some((clause) => opensWithReason(clause, lexicon, accents))) cued.add('reason');
  const yesNo = (cued.has('yesno') || kept.some((clause) => isYesNoFrame(clause.words, lexicon, accents))) && !kept.every((clause) => isPoliteRequest(clause.typed, lexicon, accents));
  // "QĐ 677 ký tháng 3 năm 2022 phải ko": a clause checking yes or no the date of an act asks that date (not one telling
  // it beside another question: "… được phát động vào ngày 10/6/2023. Sao lại chọn đúng dịp đó").
  const checksYesNo = (words: readonly Word[]) => isYesNoFrame(words, lexicon, accents) || cuedFacets(words, lexicon, accents).has('yesno');
  if (yesNo && askedClauses.some((words) => checksYesNo(words) && checksActDate(words, lexicon, accents))) cued.add('date');
  const facets = FACETS.filter((facet) => (facet === 'yesno' ? yesNo : cued.has(facet)));
  // "chị ở Hà Nội, cho chị hỏi thành phố mình có bao nhiêu dòng họ học tập": the place an earlier clause named is where
  // the question asks about, when neither the asking clauses nor the clause naming their subject name one ("Con gái
  // mình làm ở Sở Giáo dục TP.HCM, nó kể thành phố được UNESCO công nhận … Lễ đón nhận tổ chức hôm nào?") — unless it
  // asks only what is the same everywhere (`national-facets`: "Tôi ở TP.HCM. Cho hỏi gia đình học tập là gì?") and
  // points at no place of the asker's own ("Tôi ở Sơn La, tỉnh mình vào mạng lưới UNESCO theo văn bản nào").
  const ownPlace = kept.some(({ typed }) => lexicon.provinceUnits.find(typed, accents).some(({ start, length }) => askerWordAt(typed, start + length, lexicon, accents) > 0));
  const national = facets.length > 0 && facets.every((facet) => lexicon.nationalFacets.has(facet)) && unitNamedIn(kept, lexicon, accents)?.own !== true && !ownPlace;
  const place = national ? [] : placeNamedBefore(context ? [...kept, context] : kept, stripped.slice(0, Math.max(context ? subjectClause : firstKept, 0)), lexicon);
  // The money clauses left out of what is asked are still searched with it: a passage giving a budget answers them.
  const words = [...named, ...place, ...topics.flatMap((clause) => clause.words), ...keptAll.flatMap((clause) => clause.words)];
  const searched = removePhrases(words, lexicon.askerWords, true);
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
  // "tuần này là tuần lễ học tập suốt đời phải không": this week is this year's Week only when the Week is asked of.
  const weekNow = lexicon.weekTopic.find(askedWords, accents).length > 0 ? lexicon.weekNow.find(askedWords, accents)[0] : undefined;
  const relatives = lexicon.relativeYears.find(askedWords, accents);
  // The year an asking clause names goes before one of a clause kept with it ("Năm ngoái trường tổ chức hội sách hưởng
  // ứng tuần lễ … Năm nay Bộ ra công văn về thời gian tuần lễ rồi phải không?" asks this year's).
  const askingClauseWords = new Set(kept.filter(asksOrCorrects).flatMap((clause) => clause.words));
  const relative = relatives.find(({ start }) => askingClauseWords.has(askedWords[start]!)) ?? relatives[0] ?? weekYear ?? weekNow;
  // "… so với năm ngoái", "khác năm ngoái không": another year set beside the first (`relative-year-joiners`), or in a
  // question comparing.
  const before = (at: number) => askedWords.slice(Math.max(0, at - RELATIVE_JOINED_WITHIN), at);
  // "chủ đề năm nay là gì, còn năm ngoái chủ đề gì": a second question opening with a side opener (`year-side-openers`)
  // right before the year asks the same of the other year, when a facet is cued just after it, it asks the same ("…,
  // còn năm ngoái thì sao": `asks-same`) or nothing follows ("…, còn năm ngoái em bận không đi được" tells; in "băng rôn
  // còn ghi năm ngoái" "còn" is "still").
  // The opener may stand before the facet asked again and a link ("…, còn chủ đề của năm nay là gì").
  const opensSide = (match: { start: number; length: number }) => {
    const after = askedWords.slice(match.start + match.length, match.start + match.length + SIDE_ASKED_WITHIN);
    const preceding = askedWords.slice(0, match.start);
    const facetAgain = (between: Word[]) => {
      const cues = FACETS.reduce((rest, facet) => removePhrases(rest, lexicon.facets.get(facet)!, accents), between);
      return cues.length < between.length && removePhrases(cues, lexicon.yearSideLinks, accents).length === 0;
    };
    const opened = lexicon.yearSideOpeners.find(preceding, accents).some((opener) => {
      const between = preceding.slice(opener.start + opener.length);
      return between.length === 0 || (between.length <= SIDE_OPENED_WITHIN && facetAgain(between));
    });
    return opened && (after.length === 0 || cuedFacets(after, lexicon, accents).size > 0 || lexicon.followUpAsksSame.matchAt(after, 0, accents) > 0);
  };
  const joined = (match: { start: number; length: number }) => lexicon.relativeYearJoiners.find(before(match.start), accents).length > 0 || opensSide(match);
  const otherRelative = relatives.find(
    (match) => relative && lexicon.relativeYearValue.get(match.phrase) !== lexicon.relativeYearValue.get(relative.phrase) && (joined(match) || facets.includes('comparison')),
  );
  const withoutCaseMonths = (found: Word[]) => (facets.includes('yesno') ? withoutMonthsOfYears(found) : found);
  // A clause telling a figure ("được 78 điểm") or a grade ("học lực trung bình") of the asker's case.
  const caseClauses = stripped
    .slice(0, Math.max(firstKept, 0))
    .filter((clause) => !kept.includes(clause) && !topics.includes(clause) && (clause.words.some((w) => /\d/u.test(w.folded)) || gradesTold(clause.words, lexicon).length > 0));
  // "mẹ tự đánh giá được 80 điểm. Vậy mẹ có đủ điều kiện được công nhận công dân học tập không?": what the figures count
  // says which rule the question is about.
  const caseUnits = facets.includes('yesno')
    ? [...unitsOfFigures(caseClauses.flatMap((clause) => clause.words), searched, lexicon), ...attributesGraded(caseClauses.map((clause) => clause.words), searched, lexicon)]
    : [];
  const asks =
    asksToAct ||
    asking.some(Boolean) ||
    // "không phải, em hỏi chủ đề năm 2023 kia": the asker saying again what they asked asks it ("ý tôi là nhà tôi …" tells).
    kept.some((clause) => clause.asksAgain === true) ||
    lexicon.requests.find(all, accents).length > 0 ||
    (all.length <= lexicon.searchWordsWithin && lexicon.searchWords.find(all, accents).length > 0);
  // Each kept clause as searched (with the documents named before it), when there are several.
  const asked = askingParts(kept, stripped, asking, lexicon, accents);
  const parts = asked.map((part) => join(part.words, lexicon));
  return {
    asks,
    // A story: several clauses, in the resident's own voice ("mình", "nhà em"), longer than a keyword search.
    told: !asks && all.length > lexicon.searchWordsWithin && clauses.length >= 2 && lexicon.askerWords.find(all, accents).length > 0,
    // The months of the asker's own case ("công nhận mức 1 tháng 3 năm 2025, tháng 1 năm 2026 xin mức 2 được chưa") are
    // for the verdict, not the search: they would find passages about other events of those months.
    query: join([...withoutCaseMonths(searched), ...caseUnits], lexicon),
    question: join(words, lexicon),
    context: context ? join(withoutCaseMonths(removePhrases(context.words, lexicon.askerWords, true)), lexicon) : undefined,
    ownCase: caseClauses.length > 0 ? caseClauses.map((clause) => join(clause.words, lexicon)).join(' ') : undefined,
    askingParts: parts,
    // Only clauses with something to search: a bare "tại sao?" searched alone finds any passage with "vì".
    clauses: parts.filter((_, i) => contentWords(asked[i]!.clause.words, lexicon, accents) >= 2),
    facets,
    toldYears: yearsToldOnly(kept, asksOrCorrects),
    relativeYear: relative ? { phrase: relative.phrase, value: lexicon.relativeYearValue.get(relative.phrase) ?? 0 } : undefined,
    otherRelativeYear: otherRelative ? { phrase: otherRelative.phrase, value: lexicon.relativeYearValue.get(otherRelative.phrase) ?? 0 } : undefined,
    // "trường em định in băng rôn hưởng ứng Tuần lễ học tập suốt đời … Năm nay chủ đề là gì?": the clause naming the
    // subject of a question that names none says what it is about.
    aboutWeek: [words, context?.words ?? []].some((found) => lexicon.weekTopic.find(found, accents).length > 0),
    placesAsked: placesAskedAbout(kept.map((clause) => ({ words: clause.words, before: stripped[stripped.indexOf(clause) - 1]?.words })), lexicon, accents),
    asksMoney: money.asked || undefined,
    asksBesidesMoney: money.besides || undefined,
    asksBenefit: lexicon.benefitAsked.find(words, accents).length > 0 || undefined,
    asksLatest: asksLatest(words, lexicon, accents) || undefined,
    asksObligation: asksObligation(words, lexicon, accents) || undefined,
    asksAmount: money.amount || lexicon.amountAsked.find(words, accents).length > 0 || undefined,
    asksToAct: asksToAct || undefined,
    // Not a rule asked "in fact" ("thực tế thì đơn vị học tập phải có bao nhiêu phần trăm …").
    asksActual: achievedAsked(words, facets, lexicon, accents),
    // The places a count is of are those its own clauses name, not one borrowed from the story before ("Em đọc tin Hà
    // Nội mới vào mạng lưới …, mạng lưới toàn cầu có bao nhiêu thành viên" counts the whole network).
    counted: countOfClauses(words, kept, named, facets, lexicon, accents),
    asksResult:
      facets.includes('yesno') && caseClauses.length === 0 && afterCondition(words, lexicon, accents) === words && lexicon.ruleWords.find(words, accents).length === 0 && lexicon.plannedSaid.find(words, false).length === 0
        ? resultAsked(words, lexicon, accents)
        : undefined,
    unitNamed: unitNamedIn(kept, lexicon, accents),
    // Whether a unit holds a title, or since when ("Thôn Đông … được công nhận cộng đồng học tập từ năm nào"), asked in a
    // clause that asks: "trường mình năm 2024 đã được công nhận đơn vị học tập rồi. … có thời hạn bao lâu" tells it.
    localFigure: facets.includes('yesno') || facets.includes('date')
      ? localStatusAsked(kept.filter(asksOrCorrects), lexicon, accents)
      : facets.includes('number')
        ? localFigureAsked(kept, lexicon, accents, (words) => asksInWords(words, lexicon, accents) || cuedFacets(words, lexicon, accents).has('number'))
        : undefined,
  };
}

/**
 * A clause of the story without the subjects it names as examples the asker follows (`likeness`: "… tham gia mạng lưới
 * UNESCO giống Sa Đéc, Vinh" → "… tham gia mạng lưới UNESCO"): the likeness word and the subjects right after it, joined
 * or not ("Sa Đéc và Vinh") — unless no subject would be left ("muốn được công nhận giống gia đình học tập nhà bác").
 */
function withoutExamples(words: readonly Word[], lexicon: Lexicon, accents: boolean): readonly Word[] {
  for (const { start, length } of lexicon.likeness.find(words, accents)) {
    const end = namesFrom(words, start + length, lexicon);
    if (end === start + length) continue;
    const rest = [...words.slice(0, start), ...words.slice(end)];
    if (namesSubject(rest, lexicon)) return rest;
  }
  return words;
}

/** True when the words are names of subjects only, joined as a list ("Cao Lãnh", "Sa Đéc và Vinh"). */
function onlyNames(words: readonly Word[], lexicon: Lexicon): boolean {
  const end = namesFrom(words, 0, lexicon);
  return end > 0 && end === words.length;
}

/** True when the words end with a word of likeness and names ("… giống Sa Đéc"). */
function endsWithExamples(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  return lexicon.likeness.find(words, accents).some(({ start, length }) => namesFrom(words, start + length, lexicon) === words.length && start + length < words.length);
}

/** Where a list of subjects' names (joined by `comparison-joiners`) starting at `from` ends. */
function namesFrom(words: readonly Word[], from: number, lexicon: Lexicon): number {
  let at = from;
  for (let step = lexicon.subjects.matchAt(words, at, false); step > 0; step = lexicon.subjects.matchAt(words, at, false)) {
    at += step;
    at += lexicon.comparisonJoiners.matchAt(words, at, false);
  }
  return at;
}

/** A result asked ("đạt", "vào được"; `prediction.results`), and whether certainty is asked of it ("chắc chắn"). */
function resultAsked(words: readonly Word[], lexicon: Lexicon, accents: boolean): { sure: boolean } | undefined {
  const sure = lexicon.prediction.sure.find(words, accents).length > 0;
  return sure || lexicon.prediction.results.find(words, accents).length > 0 ? { sure } : undefined;
}

/**
 * The count the message asks (none when it asks a rule or a target anywhere: `countedAsked`), with the words of the
 * clauses asking it (and the documents named): read in each kept clause on its own when there are several, so the
 * thing counted ends with its clause and the places counted are its clause's ("gnlc có bao nhiêu nước, việt nam có mấy
 * thành viên": countries in the network, not "nước việt" in Việt Nam), none when no clause asks one on its own; else
 * in the whole message.
 */
function countOfClauses(words: readonly Word[], kept: readonly { words: Word[] }[], named: readonly Word[], facets: readonly Facet[], lexicon: Lexicon, accents: boolean) {
  const whole = countedAsked(words, facets, lexicon, accents);
  if (!whole) return undefined;
  if (kept.length <= 1) return withOwnWords(whole, [...named, ...kept.flatMap((clause) => clause.words)], lexicon);
  // "… là bao nhiêu, tăng từ bao nhiêu năm 2020": a thing counted is never read across the end of a clause.
  for (const clause of kept) {
    const counted = countedAsked(clause.words, facets, lexicon, accents);
    if (counted) return withOwnWords(counted, [...named, ...clause.words], lexicon);
  }
  return undefined;
}

/** A count with the words of the clauses asking it, as one text. */
function withOwnWords<T extends object>(counted: T | undefined, words: readonly Word[], lexicon: Lexicon): (T & { clauses: string }) | undefined {
  return counted && { ...counted, clauses: join(words, lexicon) };
}

/** The years (as typed) said in the clauses that do not ask and in none that does; undefined when there are none. */
function yearsToldOnly<T extends { words: Word[] }>(kept: readonly T[], asks: (clause: T) => boolean): string[] | undefined {
  const yearsOf = (clauses: readonly T[]) => new Set(clauses.flatMap((clause) => clause.words.filter((word) => isYear(word.folded)).map((word) => word.folded)));
  const asked = yearsOf(kept.filter(asks));
  const told = [...yearsOf(kept.filter((clause) => !asks(clause)))].filter((year) => !asked.has(year));
  return told.length > 0 ? told : undefined;
}

/**
 * A clause closed by a question particle states what it checks: it asks with no question word but the particle, and is
 * neither a choice ("khai mạc 1/10 hay 2/10 hả") nor a bare reaction ("thật hả").
 */
function checksStatement(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  // "Trường tôi chưa có danh hiệu lao động tiên tiến mà vẫn làm đơn vị học tập được à?": a yes/no word inside negates.
  const end = contentEnd(words, lexicon, accents);
  const asking = askingWords(words, lexicon, accents).filter((mark) => !negatesInside(words, mark, end, lexicon, accents));
  // Typed bare, "ha" asks only as the particle (the caller read the clause as closed by one).
  const particleAt = (start: number, length: number) =>
    lexicon.questionParticles.matchAt(words, start, accents) === length ||
    lexicon.questionParticlesMarked.matchAt(words, start, accents) === length ||
    (!accents && lexicon.questionParticlesBare.matchAt(words, start, false) === length);
  const byParticleOnly = asking.every(({ start, length }) => particleAt(start, length));
  return byParticleOnly && contentWords(words, lexicon, accents) >= CHECKED_MIN_WORDS && lexicon.choiceWords.find(words, accents).length === 0;
}

/** A message refused before any search. */
function refusal(refuse: RefusalKind): Understanding {
  return { query: '', question: '', clauses: [], refuse, asks: true, facets: [], aboutWeek: false };
}

/**
 * The words as one text, in lower case — but a name that folds onto a common word keeps its capital where it was typed
 * with one (`common-word-names`: "Vinh vào mạng lưới năm nào"), so the subjects read from the text still find it (their
 * own rules then tell "Vinh danh" from the city).
 */
function join(words: readonly Word[], lexicon: Lexicon): string {
  return words
    .map((w) => (w.capital && lexicon.commonWordNameStarts.has(w.text) ? w.text.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase()) : w.text))
    .join(' ');
}

/** Replaces the relative-year phrase (folded, as found by `understand`) with "năm {year}". */
export function withYear(text: string, phrase: string, year: number, lexicon: Lexicon): string {
  const words = wordsOf(text);
  const found = lexicon.relativeYears.find(words, false).find((match) => match.phrase === phrase);
  if (!found) return `${text} năm ${year}`;
  return join([...words.slice(0, found.start), ...wordsOf(`năm ${year}`), ...words.slice(found.start + found.length)], lexicon);
}

/**
 * "không tham gia thì có bị phạt không", "tham gia dòng họ học tập có bắt buộc không": whether taking part is
 * compulsory or punished is asked — one of `asks` right after an act of taking part and the title it names.
 */
function asksObligation(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  if (lexicon.obligationAsked.find(words, accents).length > 0) return true;
  const { acts, asks } = lexicon.obligationFrame;
  return acts.find(words, accents).some(({ start, length }) => {
    const title = lexicon.subjects.matchAt(words, start + length, false);
    return title > 0 && asks.matchAt(words, start + length + title, accents) > 0;
  });
}

/** A written day ("14/2/2024") or month of a year ("2/2024"); "8/10" may be a score, and is neither. */
const WRITTEN_DAY = /^\d{1,2}\/\d{1,2}\/\d{4}$/u;
const WRITTEN_MONTH = /^\d{1,2}\/\d{4}$/u;

/**
 * The words name a day ("ngày 14 tháng 2", "14/2/2024") and hold no number but days, months and years: they say when
 * something happened. (Years alone, "giai đoạn 2016–2020", may be the asker's case as well as the topic.)
 */
function saysOnlyWhen(words: readonly Word[], lexicon: Lexicon): boolean {
  const { dayWords, monthWords } = lexicon.spokenNumbers.bare;
  const numbers = words.flatMap((word, i) => (/\d/u.test(word.folded) ? [{ word: word.folded, before: words[i - 1]?.folded ?? '' }] : []));
  const day = ({ word, before }: { word: string; before: string }) => WRITTEN_DAY.test(word) || (/^\d{1,2}$/u.test(word) && dayWords.has(before));
  const month = ({ word, before }: { word: string; before: string }) => WRITTEN_MONTH.test(word) || (/^\d{1,2}$/u.test(word) && monthWords.has(before));
  return numbers.some(day) && numbers.every((number) => isYear(number.word) || day(number) || month(number));
}

/**
 * "UNESCO kết nạp thành viên mới gần đây nhất là ngày nào": a cue of the latest with a word of an event; or the cue
 * alone, a follow-up asking the latest of what the question before listed ("vn mấy tp?" then "mới nhất?"). Not the
 * newest document or rule ("văn bản mới nhất về …").
 */
function asksLatest(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  const cues = lexicon.latestAsked.cues.find(words, accents);
  if (cues.length === 0) return false;
  return lexicon.latestAsked.events.find(words, accents).length > 0 || cues.reduce((sum, cue) => sum + cue.length, 0) === words.length;
}
