// Question understanding: shorthand expanded, filler and framing set aside, small talk, facets and relative years found.
import { hasDiacritics } from '../text/vietnamese.js';
import type { Facet, FramingSpan, Lexicon, RefusalKind, RelativeYear, SmallTalkKind } from './lexicon.js';
import { FACETS, SMALL_TALK_KINDS } from './lexicon.js';
import { localFigureAsked, localStatusAsked, placesNamed } from './local-units.js';
import { QUOTED_NAME_CHARS, SHARE_SUBJECT_WITHIN, THANKS_STORY_MIN_WORDS, UNLISTED_NAME_WORDS } from './tuning.js';
import { wordsOf, type PhraseSet, type Word } from './words.js';

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
  /** An amount of money is asked ("đăng ký có mất lệ phí không", "tổng kinh phí của đề án là bao nhiêu tỷ"). */
  asksMoney?: boolean;
  /** A figure asked as achieved rather than planned ("năm 2020 cả nước thực tế đạt bao nhiêu phần trăm"). */
  asksActual?: boolean;
}

const EMOJI = /\p{Extended_Pictographic}/u;
/** A figure with letters glued to it ("78đ"). */
const GLUED_UNIT = /^(\d+(?:[.,]\d+)*)(\p{L}+)$/u;
/** Clause boundaries: sentence punctuation, commas and semicolons not between digits, line breaks, dashes between words. */
const CLAUSE = /(?<=[?!…])|\s*\p{Extended_Pictographic}+\s*|[.](?=\s|$)|(?<!\d)[,;](?!\d)|[,;](?=\s)|\n+|\s[-–—]\s/u;

/** A name in quotation marks, up to QUOTED_NAME_CHARS characters: "'Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh …'". */
const QUOTED = new RegExp(`(["“‘'])([^"”’'\\n]{1,${QUOTED_NAME_CHARS}})(["”’'])`, 'gu');

/** The text with the commas inside a quoted name read as spaces: the name is one clause's words, not two clauses. */
function withoutQuotedCommas(text: string): string {
  return text.replace(QUOTED, (_, open: string, name: string, close: string) => `${open}${name.replace(/[,;]/gu, ' ')}${close}`);
}

/** Reads one message. Pure: the same text always gives the same understanding. */
export function understand(text: string, lexicon: Lexicon): Understanding {
  const accents = hasDiacritics(text);
  const clauses = withoutQuotedCommas(text)
    .split(CLAUSE)
    .map((raw) => ({ asks: /\?\s*$/u.test(raw ?? ''), words: distributeDocumentKinds(expandShorthand(wordsOf(raw ?? ''), lexicon), lexicon) }))
    .filter((clause) => clause.words.length > 0);

  const all = clauses.flatMap((clause) => clause.words);
  const refuse = (['fabrication', 'abuse'] as const).find((kind) => lexicon.refuse.get(kind)!.find(all, accents).length > 0);
  if (refuse) return refusal(refuse);
  // Another subject is refused wherever the message names it, except in a clause that only tells (asks and requests
  // nothing) beside a question naming a subject of its own: "ông hàng xóm bảo ngày khuyến học là ngày mở thưởng xổ số.
  // Rốt cuộc ngày Khuyến học là ngày nào?" asks about Ngày Khuyến học; "mình bị mất căn cước, giờ làm lại thì nộp
  // những giấy tờ gì" asks about the identity card.
  const outOfScope = lexicon.refuse.get('out_of_scope')!;
  if (outOfScope.find(all, accents).length > 0) {
    const requesting = clauses.map(
      (clause) =>
        clause.asks ||
        askingWords(clause.words, lexicon, accents).length > 0 ||
        lexicon.requests.find(clause.words, accents).length > 0 ||
        lexicon.searchWords.find(clause.words, accents).length > 0,
    );
    const ownSubject = clauses.some((clause, i) => requesting[i] && namesSubject(clause.words, lexicon));
    // "trường em giao em viết bài phát biểu khai mạc tuần lễ học tập suốt đời. Em cần câu chủ đề chính xác …": a clause
    // telling the asker's own task about a subject of the documents, beside a clause saying which facet they need
    // (a facet's cue without a question word), is their story.
    const asksFacet = clauses.some((clause, i) => !requesting[i] && cuedFacets(clause.words, lexicon, accents).size > 0);
    const toldAbout = (clause: (typeof clauses)[number], i: number) =>
      !requesting[i] && asksFacet && namesSubject(clause.words, lexicon) && lexicon.askerWords.find(clause.words, accents).length > 0;
    const checked = clauses.filter((clause, i) => requesting[i] || (!ownSubject && !toldAbout(clause, i))).flatMap((clause) => clause.words);
    if (outOfScope.find(checked, accents).length > 0) return refusal('out_of_scope');
  }
  // No words at all: an emoji acknowledges; "?" or "..." invites the question, as a greeting does.
  const smallTalk = all.length === 0 ? (EMOJI.test(text) ? 'acknowledge' : text.trim() === '' ? undefined : 'greeting') : (smallTalkOf(all, lexicon, accents) ?? smallTalkByClause(clauses, lexicon, accents));
  if (smallTalk) return { query: '', question: '', clauses: [], smallTalk, asks: false, facets: [], aboutWeek: false };

  const stripped = clauses
    .map((clause) => ({ ...clause, typed: clause.words, words: stripFiller(clause.words, lexicon, accents) }))
    .filter((clause) => clause.words.length > 0);
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
  const questions = stripped.map((clause, i) => clause.asks || (askingWords(clause.words, lexicon, accents).length > 0 && !toldAfterQuestion(clause, i)));
  // A request after a question, saying what it wants, asks too ("bé hỏi còn thành phố nào nữa. bạn liệt kê giúp mình
  // các thành phố Việt Nam trong mạng lưới UNESCO với"); before it, a request is the resident's situation.
  const asking = stripped.map(
    (clause, i) =>
      questions[i]! ||
      (questions.slice(0, i).some(Boolean) &&
        !toldAfterQuestion(clause, i) &&
        lexicon.requests.find(clause.typed, accents).length > 0 &&
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
  const caseClauses = stripped.slice(0, Math.max(firstKept, 0)).filter((clause) => !kept.includes(clause) && clause.words.some((w) => /\d/u.test(w.folded)));
  // "mẹ tự đánh giá được 80 điểm. Vậy mẹ có đủ điều kiện được công nhận công dân học tập không?": what the figures count
  // says which rule the question is about.
  const caseUnits = facets.includes('yesno') ? unitsOfFigures(caseClauses.flatMap((clause) => clause.words), searched, lexicon) : [];
  const asks =
    asking.some(Boolean) || lexicon.requests.find(all, accents).length > 0 || (all.length <= lexicon.searchWordsWithin && lexicon.searchWords.find(all, accents).length > 0);
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
    // Not a rule asked "in fact" ("thực tế thì đơn vị học tập phải có bao nhiêu phần trăm …").
    asksActual: (facets.includes('number') && lexicon.actualAsked.find(words, accents).length > 0 && lexicon.ruleWords.find(words, accents).length === 0) || undefined,
    // Whether a unit holds a title, or since when ("Thôn Đông … được công nhận cộng đồng học tập từ năm nào").
    localFigure: facets.includes('yesno') || facets.includes('date')
      ? localStatusAsked(kept, lexicon, accents)
      : facets.includes('number')
        ? localFigureAsked(kept, lexicon, accents, (words) => askingWords(words, lexicon, accents).length > 0 || cuedFacets(words, lexicon, accents).has('number'))
        : undefined,
  };
}

/**
 * The provinces and countries the asking clauses name (`elsewhere` in subjects.yaml), and names written with capitals
 * after "tỉnh" or "thành phố" that no list holds (`province-units`), except where the asker says where they are: after
 * one of the asker's words and a word of place in the clause ("mình là cán bộ xã ở Đồng Tháp", "quê mình ở Nghệ An"),
 * or as a clause of its own continuing an address ("ông cháu ở Nghi Lộc, Nghệ An").
 */
function placesAskedAbout(clauses: readonly { words: Word[] }[], lexicon: Lexicon, accents: boolean): PlaceAsked[] {
  return clauses.flatMap((clause) => {
    // Matched with the exact accents when the message has them: "đánh giá lại" is no "Gia Lai".
    const places = lexicon.elsewhere.find(clause.words, accents);
    if (places.length === 1 && places[0]!.length === clause.words.length) return [];
    const firstAsker = lexicon.askerWords.find(clause.words, accents)[0]?.start ?? clause.words.length;
    const locatives = lexicon.whereFrom.find(clause.words, false).map(({ start }) => start);
    const whereAskerIs = (start: number) => firstAsker < start && locatives.some((at) => at > firstAsker && at < start);
    return [
      ...places.filter(({ start }) => !whereAskerIs(start)).map(({ phrase }) => ({ said: lexicon.elsewhereName.get(phrase) ?? phrase, kind: lexicon.abroad.has(phrase) ? ('abroad' as const) : ('province' as const) })),
      ...unlistedPlaces(clause.words, lexicon, accents)
        .filter(({ start }) => !whereAskerIs(start))
        .map(({ said }) => ({ said, kind: 'unlisted' as const })),
    ];
  });
}

/**
 * "tỉnh Đông Sơn Hải", "thành phố Hoa Mai": a province or city unit, then a name written with capitals (up to
 * UNLISTED_NAME_WORDS words, ending before a word typed in lower case) that neither the covered places nor the
 * provinces of `elsewhere` hold. Only a message typed with lower case tells a name so.
 */
function unlistedPlaces(words: readonly Word[], lexicon: Lexicon, accents: boolean): { start: number; said: string }[] {
  if (words.every((word) => word.capital || !/\p{L}/u.test(word.text))) return [];
  return lexicon.provinceUnits.find(words, accents).flatMap(({ start, length }) => {
    const from = start + length;
    let end = from;
    while (end < from + UNLISTED_NAME_WORDS && words[end]?.capital) end++;
    if (end === from || words[end]?.capital) return [];
    const name = words.slice(from, end);
    const known = (said: readonly Word[]) => placesNamed(said, lexicon).length > 0 || lexicon.elsewhere.find(said, accents).length > 0;
    if (known(name) || known(words.slice(start, end))) return [];
    return [{ start, said: name.map((word) => word.text.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase())).join(' ') }];
  });
}

/** The clause ends with a closer asking what an earlier question asked ("… thì sao"). */
function asksSame(words: readonly Word[], lexicon: Lexicon): boolean {
  return lexicon.followUpAsksSame.find(words, false).some((match) => match.start + match.length === words.length);
}

/** A place asked about: a listed province of Việt Nam, another country, or a province or city no list holds. */
export interface PlaceAsked {
  said: string;
  kind: 'province' | 'abroad' | 'unlisted';
}

/** A message refused before any search. */
function refusal(refuse: RefusalKind): Understanding {
  return { query: '', question: '', clauses: [], refuse, asks: true, facets: [], aboutWeek: false };
}

/** Expands chat shorthand ("ko" → "không", "gdht" → "gia đình học tập") and splits glued numbers ("qd387"). */
export function expandShorthand(words: readonly Word[], lexicon: Lexicon): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; ) {
    const phraseLength = lexicon.shorthandPhrases.matchAt(words, i, false);
    if (phraseLength > 0) {
      const key = words.slice(i, i + phraseLength).map((w) => w.folded).join(' ');
      out.push(...(lexicon.shorthandPhraseExpansions.get(key) ?? []));
      i += phraseLength;
      continue;
    }
    const word = words[i]!;
    const glued = lexicon.gluedKinds.exec(word.folded);
    const unit = GLUED_UNIT.exec(word.folded);
    const spelledUnit = unit && lexicon.gluedUnits.get(unit[2]!);
    // A key written exactly as typed wins over an ambiguous fold-alike ("cđht" is cộng đồng whatever follows).
    const ambiguous = hasDiacritics(word.text) && lexicon.shorthandExact.has(word.text) ? undefined : lexicon.ambiguous.get(word.folded);
    if (glued) out.push(...wordsOf(`${word.text.slice(0, glued[1]!.length)} ${glued[2]}`));
    else if (spelledUnit) out.push(...wordsOf(`${unit![1]} ${spelledUnit}`));
    else if (ambiguous) {
      const before = words[i - 1]?.folded;
      const after = words[i + 1]?.folded;
      const meant = (before !== undefined && ambiguous.after.has(before)) || (after !== undefined && ambiguous.before.has(after));
      out.push(...(meant ? ambiguous.meaning : ambiguous.fallback));
    } else out.push(...(lexicon.shorthandExact.get(word.text) ?? lexicon.shorthandWords.get(word.folded) ?? [word]));
    i++;
  }
  return out;
}

/** The small-talk kind when every word belongs to small-talk or filler phrases (and at least one is small talk). */
function smallTalkKind(words: readonly Word[], lexicon: Lexicon, accents: boolean): SmallTalkKind | undefined {
  const kinds: SmallTalkKind[] = [];
  for (let i = 0; i < words.length; ) {
    const talk = lexicon.smallTalk.matchAt(words, i, accents);
    if (talk > 0) {
      const kind = lexicon.smallTalkKind.get(words.slice(i, i + talk).map((w) => w.folded).join(' '))!;
      // "chào" after something else was said ("em hiểu rồi, chào ad nhé") takes leave rather than greets.
      kinds.push(kind === 'greeting' && kinds.length > 0 ? 'acknowledge' : kind);
      i += talk;
      continue;
    }
    // "bạn là ai và giúp được những gì": a joining word between two small-talk phrases.
    const joiner = kinds.length > 0 && i + 1 < words.length ? lexicon.smallTalkJoiners.matchAt(words, i, accents) : 0;
    const filler = Math.max(
      joiner,
      lexicon.filler.matchAt(words, i, accents),
      lexicon.starts.matchAt(words, i, accents),
      lexicon.ends.matchAt(words, i, accents),
      lexicon.askerWords.matchAt(words, i, accents),
    );
    if (filler === 0) return undefined;
    i += filler;
  }
  // Only filler ("cho em hỏi", "ad ơi"): the resident is about to ask; a greeting invites the question.
  if (kinds.length === 0) return 'greeting';
  return SMALL_TALK_KINDS.find((kind) => kinds.includes(kind));
}

/** A message of several clauses that is small talk clause by clause, with the resident's news around it. */
function smallTalkByClause(clauses: readonly { asks: boolean; words: Word[] }[], lexicon: Lexicon, accents: boolean): SmallTalkKind | undefined {
  const kinds = clauses.map((clause) => smallTalkOf(clause.words, lexicon, accents) ?? aboutTheBot(clause.words, lexicon, accents) ?? markedSmallTalk(clause, lexicon, accents));
  return smallTalkWithNews(clauses, kinds, lexicon, accents) ?? askedAboutTheBotLast(clauses, kinds, lexicon, accents);
}

/**
 * "Chào bạn, mình mới được cán bộ phường giới thiệu dùng Loa để hỏi về phong trào học tập. Trước khi hỏi thì cho mình
 * biết bạn giúp được những việc gì vậy?": a message closing with a question about the bot (what it is, what it can do)
 * after clauses that only tell — no "?", no facet asked — is small talk, whatever subjects the story names.
 */
function askedAboutTheBotLast(clauses: readonly { asks: boolean; words: Word[] }[], kinds: readonly (SmallTalkKind | undefined)[], lexicon: Lexicon, accents: boolean): SmallTalkKind | undefined {
  const last = kinds.at(-1);
  if (last !== 'capabilities' && last !== 'identity') return undefined;
  const told = clauses.slice(0, -1).every((clause, i) => kinds[i] !== undefined || (!clause.asks && cuedFacets(stripFiller(clause.words, lexicon, accents), lexicon, accents).size === 0));
  return told ? last : undefined;
}

/** Small talk as written, or once the words for the asker and the bot are set aside ("bạn giúp được mình những việc gì"). */
function smallTalkOf(words: readonly Word[], lexicon: Lexicon, accents: boolean): SmallTalkKind | undefined {
  const kind = smallTalkKind(words, lexicon, accents);
  if (kind) return kind;
  const rest: Word[] = [];
  for (let i = 0; i < words.length; ) {
    const asker = lexicon.askerWords.matchAt(words, i, accents);
    if (asker === 0) rest.push(words[i]!);
    i += Math.max(1, asker);
  }
  return rest.length > 0 && rest.length < words.length ? smallTalkKind(rest, lexicon, accents) : undefined;
}

/**
 * "đây là tổng đài của hội khuyến học hay là máy trả lời tự động?", "Muốn nói chuyện với người thật thì làm sao?": a
 * clause naming something only the bot can be is about the bot; asking for a person is human small talk.
 */
function aboutTheBot(words: readonly Word[], lexicon: Lexicon, accents: boolean): SmallTalkKind | undefined {
  if (lexicon.aboutTheBot.find(words, accents).length === 0) return undefined;
  const asksForPerson = lexicon.smallTalk.find(words, accents).some(({ phrase }) => lexicon.smallTalkKind.get(phrase) === 'human');
  return asksForPerson ? 'human' : 'identity';
}

/**
 * A clause without a question mark or question word that holds a phrase marking it as small talk: "người già như tôi
 * đọc mỏi mắt lắm" complains about the replies, "nhờ bạn mà mình nộp giấy kịp hạn" thanks, whatever else it names.
 */
function markedSmallTalk(clause: { asks: boolean; words: Word[] }, lexicon: Lexicon, accents: boolean): SmallTalkKind | undefined {
  const marks = lexicon.clauseMarks.find(clause.words, accents).map(({ phrase }) => lexicon.clauseMarkKind.get(phrase)!);
  // A complaint asked as a question ("sao bot trả lời chậm thế?") asks nothing of the documents, unless it names a
  // subject ("sao trả lời sai về gia đình học tập vậy").
  if (clause.asks || askingWords(clause.words, lexicon, accents).length > 0) return marks.includes('complaint') && !namesSubject(clause.words, lexicon) ? 'complaint' : undefined;
  return SMALL_TALK_KINDS.find((kind) => marks.includes(kind));
}

/**
 * Small talk with the resident's own news around it ("Chào cháu, bác năm nay 70 tuổi rồi, con gái mới cài cho bác cái
 * Zalo này. Cháu là ai thế, có phải người của phường không?"): some clauses are small talk and the others name no
 * subject and ask nothing — or, around a question about who the bot is, ask yes or no about it ("ad là ai thế, có
 * phải cán bộ hội khuyến học phường không?").
 */
function smallTalkWithNews(clauses: readonly { asks: boolean; words: Word[] }[], kinds: readonly (SmallTalkKind | undefined)[], lexicon: Lexicon, accents: boolean): SmallTalkKind | undefined {
  if (kinds.every((kind) => kind === undefined)) return undefined;
  const aboutTheBot = kinds.includes('identity');
  // "Hôm nay con tôi được khen trong tuần lễ học tập ở trường, tôi vui quá nên kể với bạn thôi": news the resident says
  // they only share may name a subject.
  const sharing = kinds.includes('news');
  // Thanks with the resident's own story of an earlier question ("cảm ơn bot nha, hôm trước mình hỏi về tuần lễ học tập
  // suốt đời, bot trả lời rõ ràng …"): a clause in the asker's voice, longer than a keyword search, may name a subject.
  const thanksStory = (words: readonly Word[]) =>
    kinds.includes('thanks') &&
    words.length >= THANKS_STORY_MIN_WORDS &&
    lexicon.askerWords.find(words, true).length > 0 &&
    lexicon.requests.find(words, accents).length === 0;
  // "bà con góp được mấy thùng sách …, mình vui quá nên kể bot nghe vậy thôi chứ không hỏi gì đâu": a message saying it
  // asks nothing tells with its question words, in clauses without "?".
  const deniesAsking = clauses.some((clause) => lexicon.deniesAsking.find(clause.words, accents).length > 0);
  // "… Bạn cho mình xin nguyên câu đầy đủ nhé, cảm ơn bạn": a clause requesting something beside thanks.
  const requesting = clauses.some((clause, i) => kinds[i] === undefined && lexicon.requests.find(clause.words, accents).length > 0);
  const aside = (clause: { asks: boolean; words: Word[] }) => {
    if (!sharing && namesSubject(clause.words, lexicon) && !thanksStory(clause.words)) return false;
    const words = stripFiller(clause.words, lexicon, accents);
    if (aboutTheBot && isYesNoFrame(words, lexicon, accents)) return true;
    if (clause.asks) return false;
    if (deniesAsking) return true;
    // "… nhờ ad mà cháu làm xong bài tập rồi, mai cô kiểm tra chắc được điểm cao": the story beside thanks may hold a
    // facet's cue ("điểm") without asking for it, when no clause requests anything.
    return askingWords(words, lexicon, accents).length === 0 && (cuedFacets(words, lexicon, accents).size === 0 || (thanksStory(clause.words) && !requesting));
  };
  if (!clauses.every((clause, i) => kinds[i] !== undefined || aside(clause))) return undefined;
  return SMALL_TALK_KINDS.find((kind) => kinds.includes(kind));
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

/** The question words that ask: "ai" in "chưa ai giải thích kỹ", "năm nào" in "năm nào tuần lễ xong cũng" ask nothing. */
function askingWords(words: readonly Word[], lexicon: Lexicon, accents: boolean): { start: number; length: number }[] {
  const marks = lexicon.questionMarks.find(words, accents);
  const quiet = quietSpans(words, lexicon, accents, marks);
  return marks.filter(({ start, length }) => !within(start, length, quiet));
}

/**
 * Where question words ask nothing: the `not-asking` phrases ("chưa ai", "không bao giờ"), a negation a few words before
 * the question word ending the clause (`negation-frame`: "không theo lớp học nào"), and a question word with a closing
 * word of the universal frame a few words after it ("năm nào tuần lễ học tập xong cũng phải báo cáo", "ai cũng biết"),
 * from the question word to the closing word — unless it asks a reason ("sao xã nào cũng phải tổ chức").
 */
function quietSpans(
  words: readonly Word[],
  lexicon: Lexicon,
  accents: boolean,
  marks: readonly { start: number; length: number }[] = lexicon.questionMarks.find(words, accents),
): { start: number; length: number }[] {
  const quiet = [...lexicon.notAsking.find(words, false), ...negated(words, lexicon)];
  const closes = lexicon.universalCloses.find(words, false);
  if (closes.length === 0) return quiet;
  const universal = marks.flatMap(({ start, length }) => {
    if (lexicon.universalReasons.matchAt(words, start, accents) === length) return [];
    const close = closes.find((c) => c.start >= start + length && c.start - (start + length) <= lexicon.universalWithin);
    return close ? [{ start, length: close.start + close.length - start }] : [];
  });
  return [...quiet, ...universal];
}

/** "không theo lớp học nào": from a negation (not of knowing) to the question word ending the clause, a few words on. */
function negated(words: readonly Word[], lexicon: Lexicon): { start: number; length: number }[] {
  const { opens, closes, knowing, within } = lexicon.negation;
  const last = words.length - 1;
  if (last < 1 || closes.matchAt(words, last, false) !== 1) return [];
  const open = opens.find(words.slice(Math.max(0, last - within - 1), last), false).at(-1);
  if (!open) return [];
  const start = Math.max(0, last - within - 1) + open.start;
  if (knowing.matchAt(words, start + open.length, false) > 0) return [];
  return [{ start, length: words.length - start }];
}

/** The quiet spans of each clause, placed in the clauses' words joined ("… có lịch chưa, bao giờ …" holds none). */
function quietByClause(clauses: readonly (readonly Word[])[], lexicon: Lexicon, accents: boolean): { start: number; length: number }[] {
  let offset = 0;
  return clauses.flatMap((words) => {
    const spans = quietSpans(words, lexicon, accents).map((span) => ({ start: span.start + offset, length: span.length }));
    offset += words.length;
    return spans;
  });
}

/** Whether the words from `start` (`length` of them) lie inside one of the `spans`. */
function within(start: number, length: number, spans: readonly { start: number; length: number }[]): boolean {
  return spans.some((span) => span.start <= start && start + length <= span.start + span.length);
}

/** Whether the words point back at the clause before ("văn bản đó", "… đúng không"), outside a relative year ("lần này"). */
function pointsBack(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  const times = lexicon.relativeYears.find(words, accents);
  return lexicon.refersBack.find(words, true).some(({ start }) => !times.some((time) => time.start <= start && start < time.start + time.length));
}

/** Removes who asked the resident to ask, filler phrases and hearsay anywhere, and opening and closing words at the start and end of the clause. */
function stripFiller(words: readonly Word[], lexicon: Lexicon, accents: boolean): Word[] {
  // Without diacritics "co … hoi" may be "có … hội" and "bao" the "bao" of "bao giờ": who asked is read only as written.
  const unframed = removePhrases(accents ? removeFraming(words, lexicon.askedBy, lexicon, true, true) : [...words], lexicon.filler, accents);
  let out = removeFraming(unframed, lexicon.hearsay, lexicon, accents, false);
  for (let changed = true; changed && out.length > 0; ) {
    changed = false;
    const head = lexicon.starts.matchAt(out, 0, accents);
    // "da nang co bao nhieu …": an opening word that begins a place's name ("dạ" / "Đà Nẵng") is the place.
    if (head > 0 && lexicon.elsewhere.matchAt(out, 0, accents) === 0 && lexicon.subjects.matchAt(out, 0, accents) === 0) {
      out = out.slice(head);
      changed = true;
    }
    const tail = closingWordsAt(out, lexicon, accents);
    if (tail > 0 && !cutsQuestionWord(out, out.length - tail, lexicon, accents)) {
      out = out.slice(0, out.length - tail);
      changed = true;
    }
  }
  return out;
}

/** True when a question word runs across `cut` ("bao nhieu": "nhieu" is also the closing "nhiều"). */
function cutsQuestionWord(words: readonly Word[], cut: number, lexicon: Lexicon, accents: boolean): boolean {
  return lexicon.questionMarks.find(words, accents).some(({ start, length }) => start < cut && start + length > cut);
}

/**
 * Removes who said or asked it: "nghe mấy cô chú trong hội nói", "thấy mọi người hay nói" anywhere, "chị trưởng phòng
 * hỏi" at the start (`atStart`) — an opening word, at most `within` words, a closing word. A span naming a subject or
 * holding a figure is what was said, not who said it, and stays.
 */
function removeFraming(words: readonly Word[], framing: FramingSpan, lexicon: Lexicon, accents: boolean, atStart: boolean): Word[] {
  for (let i = 0; i < (atStart ? Math.min(1, words.length) : words.length); i++) {
    const open = framing.opens.matchAt(words, i, accents);
    if (open === 0) continue;
    for (let j = i + open; j <= Math.min(words.length - 1, i + open + framing.within); j++) {
      const close = framing.closes.matchAt(words, j, accents);
      // "nghe an co bao nhieu xa": a close that is the start of a question word ("bao nhiêu") closes nothing.
      if (close === 0 || cutsQuestionWord(words, j + close, lexicon, accents)) continue;
      const span = words.slice(i, j + close);
      if (namesSubject(span, lexicon) || span.some((word) => /\d/u.test(word.folded))) break;
      const rest = words.slice(j + close);
      return [...words.slice(0, i), ...(atStart ? rest : removeFraming(rest, framing, lexicon, accents, false))];
    }
  }
  return [...words];
}

function removePhrases(words: readonly Word[], phrases: PhraseSet, accents: boolean): Word[] {
  const found = phrases.find(words, accents);
  if (found.length === 0) return [...words];
  const drop = new Set(found.flatMap(({ start, length }) => Array.from({ length }, (_, k) => start + k)));
  return words.filter((_, i) => !drop.has(i));
}

/**
 * Fewer than two content words in the clause, or questions joined by "và" that each hold fewer than two words besides
 * those cueing what they ask ("số mấy và ký ngày nào"): it asks facets of something the clause does not say.
 */
function asksOnlyFacets(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  if (contentWords(words, lexicon, accents) < 2) return true;
  const short = (part: readonly Word[]) => contentWords(FACETS.reduce((rest, facet) => removePhrases(rest, lexicon.facets.get(facet)!, accents), [...part]), lexicon, accents) < 2;
  const parts: Word[][] = [[]];
  for (let i = 0; i < words.length; ) {
    const joiner = lexicon.comparisonJoiners.matchAt(words, i, accents);
    if (joiner > 0) parts.push([]);
    else parts[parts.length - 1]!.push(words[i]!);
    i += Math.max(1, joiner);
  }
  return parts.length > 1 && parts.every((part) => askingWords(part, lexicon, accents).length > 0 && short(part));
}

/** Words that are neither asker words, question marks nor connectives ("thì", "mà"). */
function contentWords(words: readonly Word[], lexicon: Lexicon, accents: boolean): number {
  const noAsker = removePhrases(words, lexicon.askerWords, true);
  return removePhrases(removePhrases(noAsker, lexicon.questionMarks, accents), lexicon.connectives, accents).length;
}

/**
 * The facets whose cues the words hold. A cue followed by a figure says what is known, not what is asked ("phát động
 * vào ngày 10/6/2023" asks no date); a cue inside a longer cue of another facet is part of that one ("tháng mấy" asks
 * a date, not a number; "tên là gì" a name); a weak cue counts only when no other facet is asked ("khai mạc ở đâu").
 */
function cuedFacets(words: readonly Word[], lexicon: Lexicon, accents: boolean, quiet: readonly { start: number; length: number }[] = quietSpans(words, lexicon, accents)): Set<Facet> {
  const spans = FACETS.flatMap((facet) =>
    lexicon.facets
      .get(facet)!
      .find(words, accents)
      .filter(({ start, length }) => !givenFigure(words[start + length]?.folded ?? '') && !within(start, length, quiet))
      .map(({ start, length }) => ({ facet, start, end: start + length })),
  );
  const inside = (a: (typeof spans)[number], b: (typeof spans)[number]) => a.facet !== b.facet && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
  const kept = spans.filter((span) => !spans.some((other) => inside(span, other)));
  const weak = (span: (typeof spans)[number]) => lexicon.weakCues.matchAt(words, span.start, accents) === span.end - span.start;
  const strong = kept.filter((span) => !weak(span));
  const facets = new Set(kept.filter((span) => !weak(span) || !strong.some((other) => other.facet !== span.facet)).map((span) => span.facet));
  for (const facet of framedFacets(words, lexicon, accents)) facets.add(facet);
  return facets;
}

/** A figure right after a cue says what is known ("phát động vào ngày 10/6/2023"); a year alone says which ("mục tiêu 2025"). */
function givenFigure(next: string): boolean {
  return /^\d/u.test(next) && !/^(?:19|20)\d\d$/u.test(next);
}

/** "những mô hình học tập nào", "sao xã lại": the facets whose frame holds, an opening word then a closing word within a few. */
function framedFacets(words: readonly Word[], lexicon: Lexicon, accents: boolean): Facet[] {
  return lexicon.facetFrames
    .filter(({ opens, closes, within }) => {
      const ends = closes.find(words, accents);
      return opens.find(words, accents).some(({ start, length }) => ends.some((close) => close.start > start + length && close.start - start - length <= within));
    })
    .map(({ facet }) => facet);
}

/** The words after the last condition marker ("thì") when they still ask something; else the whole clause. */
function afterCondition(words: readonly Word[], lexicon: Lexicon, accents: boolean): readonly Word[] {
  const marker = lexicon.conditionMarkers.find(words, accents).at(-1);
  if (!marker) return words;
  const rest = words.slice(marker.start + marker.length);
  return askingWords(rest, lexicon, accents).length > 0 ? rest : words;
}

/** "có … không", "đã … chưa": an opening word somewhere before a closing word that ends the clause. */
function isYesNoFrame(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  const last = words.length - 1;
  if (last < 1 || lexicon.yesNoCloses.matchAt(words, last, accents) !== 1) return false;
  if (lexicon.yesNoWhat.matchAt(words, last - 1, accents) === 1 || lexicon.yesNoCounts.find(words, accents).length > 0) return false;
  return lexicon.yesNoOpens.find(words.slice(0, last), accents).length > 0;
}

/**
 * "ad cho mình biết lịch cụ thể với chủ đề được không ạ": a request (read on the clause as typed, since "cho mình" is
 * filler) closed by "được không", its only yes/no opener, asks for the thing, not yes or no.
 */
function isPoliteRequest(typed: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  // Closing words ("ạ", "nhé") after "được không" are set aside first.
  const words = typed.slice(0, typed.length - closingWordsAt(typed, lexicon, accents));
  const end = lexicon.yesNoPoliteEnds.find(words, accents).find((match) => match.start + match.length === words.length);
  if (!end || end.start === 0) return false;
  const before = words.slice(0, end.start);
  return lexicon.yesNoOpens.find(before, accents).length === 0 && lexicon.yesNoPolite.find(before, false).length > 0;
}

/** The words without the polite closing ("được không") that ends them, if one does. */
function withoutPoliteEnd(words: Word[], lexicon: Lexicon, accents: boolean): Word[] {
  const end = lexicon.yesNoPoliteEnds.find(words, accents).find((match) => match.start + match.length === words.length);
  return end && end.start > 0 ? words.slice(0, end.start) : words;
}

/** How many closing words ("ạ", "vậy ạ", "nhé") end the words (one phrase, up to three words). */
function closingWordsAt(words: readonly Word[], lexicon: Lexicon, accents: boolean): number {
  for (let n = Math.min(3, words.length); n >= 1; n--) if (lexicon.ends.matchAt(words, words.length - n, accents) === n) return n;
  return 0;
}

/** True when the words name a subject of the language data (a title, place, event) or a numbered document. */
function namesSubject(words: readonly Word[], lexicon: Lexicon): boolean {
  return lexicon.subjects.find(words, false).length > 0 || numberedDocuments(words, lexicon).length > 0;
}

/** `words` without "tháng 3 năm 2025", "tháng 5/2025" and "5/2025" (a month of a year). */
function withoutMonthsOfYears(words: readonly Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const at = (k: number) => words[i + k]?.folded ?? '';
    const year = (k: number) => /^(?:19|20)\d\d$/u.test(at(k));
    const month = (text: string) => /^(?:0?[1-9]|1[0-2])$/u.test(text);
    if (at(0) === 'thang' && month(at(1)) && at(2) === 'nam' && year(3)) i += 3;
    else if (at(0) === 'thang' && /^(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d$/u.test(at(1))) i += 1;
    else if (!/^(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d$/u.test(at(0))) out.push(words[i]!);
  }
  return out;
}

/** The words of the places the nearest clause `before` naming one names, when none of the `kept` clauses names one. */
function placeNamedBefore(kept: readonly { words: Word[] }[], before: readonly { words: Word[] }[], lexicon: Lexicon): Word[] {
  if (kept.some((clause) => placesNamed(clause.words, lexicon).length > 0)) return [];
  // Every place of the nearest clause naming one: "sa đéc và tphcm, nơi nào vào mạng lưới unesco trước" asks of both.
  for (const clause of [...before].reverse()) {
    const found = placesNamed(clause.words, lexicon);
    if (found.length > 0) return found.flatMap((match) => clause.words.slice(match.start, match.start + match.length));
  }
  return [];
}

/**
 * "em sắp họp triển khai quyết định 387. ad tóm tắt giúp quyết định này quy định những gì?": a clause naming no subject
 * is about the documents the clauses before it named by number.
 */
function documentsNamedBefore(clause: { words: Word[] }, clauses: readonly { words: Word[] }[], lexicon: Lexicon): Word[] {
  if (namesSubject(clause.words, lexicon)) return [];
  return clauses.slice(0, clauses.indexOf(clause)).flatMap((earlier) => numberedDocuments(earlier.words, lexicon));
}

/** The words naming documents by kind and number ("đề án 1373", "quyết định số 387"). */
function numberedDocuments(words: readonly Word[], lexicon: Lexicon): Word[] {
  return documentMentions(words, lexicon).flatMap(({ start, end }) => words.slice(start, end));
}

/**
 * "thông tư số 24 và 25" names two documents: a number of two digits or more joined to a named document gets its kind
 * ("thông tư số 24 và thông tư 25"), so search, subjects and comparisons see both.
 */
function distributeDocumentKinds(words: readonly Word[], lexicon: Lexicon): Word[] {
  const out = [...words];
  for (const { start, end } of documentMentions(words, lexicon).reverse()) {
    const kind = words.slice(start, end - 1).filter((word) => word.folded !== 'so');
    for (let at = end; lexicon.comparisonJoiners.matchAt(out, at, false) === 1 && /^\d{2}/u.test(out[at + 1]?.folded ?? ''); at += 2 + kind.length) {
      out.splice(at + 1, 0, ...kind);
    }
  }
  return out;
}

/** Where `words` name a document by kind and number: "quyết định (số) 387…", the number being the span's last word. */
export function documentMentions(words: readonly Word[], lexicon: Lexicon): { start: number; end: number }[] {
  return lexicon.documentKinds.find(words, false).flatMap(({ start, length }) => {
    const at = words[start + length]?.folded === 'so' ? start + length + 1 : start + length;
    return /^\d/u.test(words[at]?.folded ?? '') ? [{ start, end: at + 1 }] : [];
  });
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
