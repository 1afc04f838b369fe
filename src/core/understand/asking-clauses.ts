// The clauses of a message that ask, and those kept with them: a clause before that a bare question points back at.
import { isYear } from '../text/years.js';
import { askingWords, asksOnlyFacets, contentWords, cuedFacets, namesOnlyCues, offersChoice, opensWithReason, unknownTold, within } from './cues.js';
import { namesSubject, numberedDocuments } from './documents-named.js';
import { afterOpeningWords, removePhrases } from './filler.js';
import type { Lexicon } from './lexicon.js';
import { FACETS } from './lexicon.js';
import { tellsOwnTask } from './tasks.js';
import { positionsIn, wordsIn, type Word } from './words.js';

/** One clause with filler set aside: its words as searched, as typed, and whether it closes as a question. */
export interface Clause {
  asks: boolean;
  /** The clause opened with a correction of the previous question, set aside ("ý tôi là …"). */
  corrects?: boolean;
  /** The correction said again what was asked, after a no ("không phải, em hỏi …"). */
  asksAgain?: boolean;
  typed: Word[];
  words: Word[];
}

/**
 * Which clauses ask (`asking`, by index of `stripped`) and the clauses kept for the search (`kept`): the asking ones and
 * the clause before one that points back at it. A clause kept only for the documents it names keeps only those (its
 * `words` are replaced). When no clause asks, all are kept.
 */
export function askingClauses(stripped: Clause[], lexicon: Lexicon, accents: boolean): { asking: boolean[]; kept: Clause[] } {
  // "Hà Nội có bao nhiêu phần trăm gia đình học tập vậy ad? … Tôi muốn so với cả thành phố xem tổ mình đứng ở đâu.": after
  // a question closed with "?", a clause in the asker's own voice without one tells why they ask, unless it asks the bot
  // for something ("Nếu được thì cho tôi biết khai mạc ở đâu luôn"; the requests of `polite` in `yes-no-frame`) or asks
  // first, the asker's word coming only in what the answer is for (`purpose-openers`: "Thường thì tuần lễ tổ chức vào lúc
  // nào để tôi lên kế hoạch").
  // Read once per clause: whether its words ask (a question word or frame).
  const wordsAsk = stripped.map((clause) => askingWords(clause.words, lexicon, accents).length > 0);
  const firstQuestion = stripped.findIndex((clause, i) => clause.asks && wordsAsk[i]);
  const inAskersVoice = (typed: readonly Word[]) => {
    const voice = lexicon.askerWords.find(typed, accents)[0];
    if (voice === undefined) return false;
    const asked = askingWords(typed, lexicon, accents)[0];
    const forPurpose = voice.start > 0 && lexicon.purposeOpeners.find(typed.slice(0, voice.start), accents).some(({ start, length }) => start + length === voice.start);
    return asked === undefined || asked.start > voice.start || !forPurpose;
  };
  // "qd 281 chỉ tiêu cộng đồng học tập là bn %, e cần so với báo cáo của xã": after a question asked with words (with
  // or without "?": residents seldom close the first one), a clause asking nothing, offering no choice, that tells the
  // asker's own task (`own-task`) tells what the answer is for; its "cần", "muốn" request nothing of the bot.
  const firstAskedByWords = wordsAsk.indexOf(true);
  const ownTaskAfterQuestion = (clause: Clause, i: number) =>
    firstAskedByWords >= 0 &&
    i > firstAskedByWords &&
    !clause.asks &&
    !wordsAsk[i] &&
    !offersChoice(clause.words, lexicon, accents) &&
    tellsOwnTask(clause.typed, lexicon, accents);
  const toldAfterQuestion = (clause: Clause, i: number) =>
    (firstQuestion >= 0 && i > firstQuestion && !clause.asks && inAskersVoice(clause.typed) && lexicon.yesNoPolite.find(clause.typed, false).length === 0) ||
    ownTaskAfterQuestion(clause, i);
  const asked = stripped.map(
    (clause, i) => clause.asks || ((wordsAsk[i] || offersChoice(clause.words, lexicon, accents)) && !toldAfterQuestion(clause, i)),
  );
  // "Công dân học tập là gì ạ, phường bảo tổ trưởng phải báo cáo số người đạt mà em chưa hiểu": beside a question, a
  // clause without "?" asking only by the negation of knowing closing it tells what the asker does not know.
  const onlyUnknown = stripped.map((clause, i) => {
    // Read as typed: the asker's word and a closing particle ("… mà em chưa hiểu ạ") are still there.
    const told = asked[i] && !clause.asks ? unknownTold(clause.typed, lexicon, accents) : undefined;
    return told !== undefined && askingWords(clause.typed, lexicon, accents).every(({ start, length }) => within(start, length, [told])) && !offersChoice(clause.words, lexicon, accents);
  });
  const questions = asked.map((question, i) => question && !(onlyUnknown[i] && asked.some((other, j) => other && !onlyUnknown[j])));
  // A request after a question, saying what it wants, asks too ("bé hỏi còn thành phố nào nữa. bạn liệt kê giúp mình
  // các thành phố Việt Nam trong mạng lưới UNESCO với"), as does a clause that is only a facet's cue ("…, chủ đề nhé");
  // before it, a request is the resident's situation. In a message asking no question, the request is what is asked:
  // the story around it lends only what it names (`storyTopics`).
  const onlyCue = (words: readonly Word[]) => FACETS.reduce((rest, facet) => removePhrases(rest, lexicon.facets.get(facet)!, accents), [...words]).length === 0;
  const noQuestion = !questions.some(Boolean);
  const asking = stripped.map(
    (clause, i) =>
      questions[i]! ||
      ((questions.slice(0, i).some(Boolean) || noQuestion) &&
        !toldAfterQuestion(clause, i) &&
        (lexicon.requests.find(clause.typed, accents).length > 0 || onlyCue(clause.words)) &&
        cuedFacets(clause.words, lexicon, accents).size > 0),
  );
  const storyTopics = noQuestion && asking.some(Boolean);
  let kept = stripped;
  if (asking.some(Boolean)) {
    const keep = new Set<number>();
    // Clauses kept only for the documents they name by number.
    const documentsOnly = new Set<number>();
    // Clauses kept only for what they are about (`topicOf`).
    const topicOnly = new Set<number>();
    // Clauses kept only for the subjects of a kind they name (`namedIn`), by kind.
    const namedOnly = new Map<number, Set<string>>();
    const asksNothing = (words: readonly Word[]) => askingWords(words, lexicon, accents).length === 0 && cuedFacets(words, lexicon, accents).size === 0;
    // "Tại sao có chỗ ghi … năm 2030 là 70%, chỗ khác lại ghi 60%(?)": a clause right after a reason asked of a figure,
    // asking nothing and telling another figure — not the asker's own story ("…, nhà em có 3 cháu") — is the other side
    // of what the reason is asked of (a reason asked of no figure has none: "Tại sao phải học, năm nay đã 70 tuổi rồi").
    const otherSideOfReason = (i: number) =>
      i > 0 &&
      asking[i - 1]! &&
      holdsFigure(stripped[i - 1]!) &&
      holdsFigure(stripped[i]!) &&
      !inAskersVoice(stripped[i]!.typed) &&
      asksNothing(stripped[i]!.words) &&
      asksReason(stripped[i - 1]!.words, lexicon, accents);
    stripped.forEach((clause, i) => {
      if (!asking[i]) return;
      // "… kéo dài đến hôm nào vậy bạn, mình định cuối tuần dẫn hai đứa nhỏ ra đọc sách?": a "?" closing the message
      // after a question asked with words ends what the resident tells next, unless the clause offers a choice ("tính
      // theo cả thôn hay cả xã?") or names a subject.
      const toldAfter =
        !otherSideOfReason(i) &&
        asksNothing(clause.words) &&
        !namesSubject(clause.words, lexicon) &&
        lexicon.choiceWords.find(clause.words, accents).length === 0 &&
        stripped.slice(0, i).some((before, j) => asking[j] && !asksNothing(before.words));
      if (toldAfter) return;
      // A bare "thì làm thế nào?" needs the clause before it, which names what it is about ("GNLC là gì?" names its own
      // subject and does not); a "?" after words that ask nothing ("cộng đồng học tập ở thôn, tổ dân phố?") ends the
      // clause before it, split at a listing comma. "lần này", "năm nay" point at a time, not back at that clause.
      // "Còn cộng đồng học tập cấp thôn, tổ dân phố thì sao?": "… thì sao" asks of all that the clause before names.
      // "Những văn bản về công nhận cộng đồng học tập cấp xã, kể tên giúp": a request naming nothing but its cue asks of
      // the clause before it, as a bare question does — when that clause names a subject and is no story (in the
      // asker's voice or of a past day: "mình đang viết báo cáo của chi hội, kể tên giúp" lends only what it names).
      const before = stripped[i - 1];
      const bareRequest =
        !questions[i] &&
        before !== undefined &&
        namesOnlyCues(clause.words, lexicon, accents) &&
        namesSubject(before.words, lexicon) &&
        !inAskersVoice(before.typed) &&
        lexicon.pastMarkers.find(before.typed, accents).length === 0;
      const needsSubject =
        ((asksOnlyFacets(clause.words, lexicon, accents) || bareRequest) && !namesSubject(clause.words, lexicon)) ||
        pointsBack(clause.words, lexicon, accents) ||
        asksNothing(clause.words) ||
        asksSame(clause.words, lexicon) ||
        lexicon.continuesBefore.matchAt(clause.typed, afterOpeningWords(clause.typed, lexicon, accents), accents) > 0;
      // "Tôi là công chức văn hóa xã, cho tôi hỏi như vậy có được không?": an introduction is not what it refers to.
      if (i > 0 && !asking[i - 1] && needsSubject && lexicon.introductions.matchAt(stripped[i - 1]!.typed, 0, true) === 0) {
        keep.add(i - 1);
        // "… nghe loa phường nói về xây dựng xã hội học tập, nó là cái gì": a pronoun stands for what the clause before
        // names, not for its story.
        if (!namesSubject(clause.words, lexicon) && lexicon.pronouns.find(clause.typed, accents).length > 0) topicOnly.add(i - 1);
        // "danh hiệu này", "mạng lưới đó" (`topic-pointers`) stand for the title or network the clause before names,
        // whatever its story — a pointer at one group only in a clause asking what is the same everywhere.
        const national = () => [...cuedFacets(clause.words, lexicon, accents)].every((facet) => lexicon.nationalFacets.has(facet));
        // So does a subject the clause names with a demonstrative after it, in a clause asking only what is the same
        // everywhere ("Ở phường mới dán thông báo về tuần lễ hưởng ứng học tập suốt đời, cái tuần lễ đó là gì").
        const pointed = (namesSubject(clause.words, lexicon) ? subjectsPointed(clause.words, lexicon, accents) : lexicon.topicPointers.find(clause.typed, accents).map(({ phrase }) => lexicon.topicPointerKind.get(phrase)!))
          .filter((kindOrGroup) => lexicon.subjectKinds.has(kindOrGroup) || national());
        if (pointed.length > 0) namedOnly.set(i - 1, new Set(pointed));
        // "… gia đình học tập, … công dân học tập. Hai danh hiệu này khác nhau thế nào": a pointer at two stands for
        // the subject of the nearest clause before that one naming one too.
        const pairs = lexicon.topicPointerPairs.find(clause.typed, accents);
        const pointsAtTwo = lexicon.topicPointers.find(clause.typed, accents).some(({ start }) => pairs.some((pair) => pair.start + pair.length === start));
        for (let j = i - 2; pointsAtTwo && j >= 0; j--) {
          if (asking[j] || !namesSubject(stripped[j]!.words, lexicon)) continue;
          keep.add(j);
          if (pointed.length > 0) namedOnly.set(j, new Set(pointed));
          break;
        }
        // A clause of figures alone is an aside: the clause before it is kept too ("Thế giai đoạn sau, 2021–2030, là quyết
        // định số mấy?").
        for (let j = i - 1; j > 0 && !asking[j - 1] && stripped[j]!.words.every((word) => /^\d/u.test(word.folded)); j--) keep.add(j - 1);
        // "Cuối năm nay xã sẽ xét khen thưởng theo kế hoạch của QĐ 1315. Mình muốn biết phong trào thi đua này xét những
        // danh hiệu nào?": a question naming its own subject points back at the document the clause before names, not
        // at the rest of that clause.
        const onlyPoints = namesSubject(clause.words, lexicon) && !asksNothing(clause.words) && !asksSame(clause.words, lexicon);
        if (onlyPoints && numberedDocuments(stripped[i - 1]!.words, lexicon).length > 0) documentsOnly.add(i - 1);
      }
      // "Theo thông tư 44/2014 ngày trước, xã muốn đạt … thì có những chỉ tiêu nào": the document a clause opening with
      // "theo" names just before is what the question asks of (when that clause is not kept whole already); one it
      // points at ("Theo văn bản đó, …") is kept as said, for the chat's earlier turns to name.
      // "Thế còn năm 2022, chẳng lẽ không có chủ đề?": a clause before it that only turns to another subject or year
      // ("còn …", `follow-up` openers) says what the question asks of.
      if (before && !asking[i - 1] && turnsTo(before.words, lexicon, accents)) keep.add(i - 1);
      // "ý tôi là cấp huyện, ai công nhận": what a correction before it says is what the question asks of.
      if (before?.corrects && !asking[i - 1]) keep.add(i - 1);
      // "khi nào thế, TP.HCM vào mạng lưới UNESCO", "bao giờ khai mạc vậy, tuần lễ … năm nay": with no subject before it,
      // a question naming none but its cues has it said after, in a clause asking nothing.
      const after = stripped[i + 1];
      const asksOnlyCues = needsSubject || namesOnlyCues(clause.words, lexicon, accents);
      if (asksOnlyCues && after && !asking[i + 1] && !namesSubject(clause.words, lexicon) && !(before && namesSubject(before.words, lexicon)) && saysTopic(after, lexicon, accents)) keep.add(i + 1);
      if (after && !asking[i + 1] && otherSideOfReason(i + 1)) keep.add(i + 1);
      if (before && !asking[i - 1] && !keep.has(i - 1) && lexicon.accordingTo.matchAt(before.words, 0, false) > 0) {
        const numbered = numberedDocuments(before.words, lexicon).length > 0;
        if (numbered || lexicon.followUpPointsAtDocument.find(before.words, false).length > 0) keep.add(i - 1);
        if (numbered) documentsOnly.add(i - 1);
      }
      // "ai được quyền công nhận gia đình học tập, theo cv 6782 ạ": so does one right after holding nothing but the word
      // and the document ("…, theo thông tư 44 cũ thì có 5 tiêu chí" tells what the asker recalls).
      if (after && !asking[i + 1] && !keep.has(i + 1) && onlyAccordingTo(after.words, lexicon)) {
        keep.add(i + 1);
        documentsOnly.add(i + 1);
      }
      keep.add(i);
    });
    // "… đang chuẩn bị bài nói về kết quả ở hai thành phố lớn. Bạn so sánh giúp tôi tỷ lệ gia đình học tập của Hà Nội và
    // TP.HCM nhé": a clause of the story holding figures goes with the request ("… các năm 2023, 2024 với ạ"); another
    // lends only its subjects and relative years ("… Tuần lễ học tập suốt đời lần này").
    if (storyTopics) {
      // "Em tưởng chỉ có gia đình học tập và công dân học tập thôi": what the resident doubts (a `beliefs` word opening
      // the clause, after their own word) lends nothing when another clause that goes with the request names a subject
      // — else it names what is asked of ("Em cứ tưởng gia đình học tập do thôn công nhận. Ad giải thích giúp em quy trình").
      const doubts = (clause: Clause) => accents && lexicon.beliefs.matchAt(clause.typed, lexicon.askerWords.matchAt(clause.typed, 0, true), true) > 0;
      const namedBeside = (i: number) => stripped.some((other, j) => j !== i && (asking[j] || keep.has(j) || holdsFigure(other)) && !doubts(other) && namesSubject(other.words, lexicon));
      stripped.forEach((clause, i) => {
        if (asking[i] || keep.has(i) || (doubts(clause) && namedBeside(i))) return;
        const spans = [...lexicon.subjects.find(clause.words, false), ...lexicon.relativeYears.find(clause.words, accents)].sort((a, b) => a.start - b.start);
        if (!holdsFigure(clause) && spans.length === 0) return;
        keep.add(i);
        if (!holdsFigure(clause)) clause.words = wordsIn(clause.words, spans);
      });
    }
    for (const i of documentsOnly) stripped[i]!.words = numberedDocuments(stripped[i]!.words, lexicon);
    for (const i of topicOnly) if (!documentsOnly.has(i)) stripped[i]!.words = topicOf(stripped[i]!, lexicon, accents);
    for (const [i, kinds] of namedOnly) if (!documentsOnly.has(i) && !topicOnly.has(i)) stripped[i]!.words = namedIn(stripped[i]!.words, kinds, lexicon);
    kept = stripped.filter((clause, i) => keep.has(i) && clause.words.length > 0);
  }
  return { asking, kept };
}

/**
 * A clause said after a question as its topic: naming a subject ("…, TP.HCM vào mạng lưới UNESCO"), or an afterthought
 * pointing at one ("…, cái xhht ấy": an `afterthought-openers` word first, a demonstrative last) — not a remark ("…,
 * thôi để mai hỏi tiếp", "…, trời mưa quá").
 */
function saysTopic(clause: Clause, lexicon: Lexicon, accents: boolean): boolean {
  if (namesSubject(clause.words, lexicon)) return true;
  const typed = clause.typed;
  const opens = lexicon.afterthoughtOpeners.matchAt(typed, afterOpeningWords(typed, lexicon, accents), accents);
  return opens > 0 && typed.length > opens + 1 && lexicon.demonstratives.matchAt(typed, typed.length - 1, accents) === 1;
}

/**
 * What a clause a pronoun points back at is about: what follows its last topic opener as typed, after the subjects and
 * documents named before it ("hôm qua nghe loa nói về xây dựng xã hội học tập" → "xây dựng xã hội học tập"; "ở Hà Nội
 * nghe nói về dòng họ học tập" keeps "Hà Nội"), else the whole clause. `words` are the clause's words as searched, a
 * subset of `clause.typed`.
 */
function topicOf(clause: Clause, lexicon: Lexicon, accents: boolean): Word[] {
  const { typed, words } = clause;
  const opener = lexicon.pronounTopicOpeners.find(typed, accents).at(-1);
  const following = new Set(opener ? typed.slice(opener.start + opener.length) : []);
  const after = words.filter((word) => following.has(word));
  if (after.length === 0) return [...words];
  const before = words.filter((word) => !following.has(word));
  const named = [...wordsIn(before, lexicon.subjects.find(before, false)), ...numberedDocuments(before, lexicon)];
  return [...named, ...after];
}

/**
 * What a clause "danh hiệu này", "mạng lưới đó", "cộng đồng học tập đó" points back at names (`topic-pointers`, or a
 * subject named with a demonstrative): the subjects of the kinds or groups pointed at (`pointed`) it names — a title
 * (pointed at by its kind or its own name) with its tiers (answer-evidence.yaml `tiers`: "cấp xã"), levels and
 * the figure after one ("mức độ 2") — and its years, in order ("Sếp bảo năm nay làm hồ sơ xin danh hiệu Đơn vị học tập"
 * → "Đơn vị học tập"; "Trường mình năm 2024 đã được công nhận đơn vị học tập" keeps "2024", the case told); the whole
 * clause when it names none of them.
 */
function namedIn(words: readonly Word[], pointed: ReadonlySet<string>, lexicon: Lexicon): Word[] {
  const named = lexicon.subjects.find(words, false).filter(({ phrase }) => {
    const group = lexicon.subjectGroup.get(phrase) ?? '';
    return pointed.has(group) || pointed.has(lexicon.subjectKind.get(group) ?? '');
  });
  if (named.length === 0) return [...words];
  const titled = [...pointed].some((kindOrGroup) => kindOrGroup === 'titles' || lexicon.subjectKind.get(kindOrGroup) === 'titles');
  const tiers = titled ? (lexicon.evidence.get('tiers')?.find(words, false) ?? []) : [];
  const levels = titled ? lexicon.levels.find(words, false).map(({ start, length }) => ({ start, length: /^\d/u.test(words[start + length]?.folded ?? '') ? length + 1 : length })) : [];
  const kept = positionsIn([...named, ...tiers, ...levels]);
  return words.filter((word, at) => kept.has(at) || isYear(word.folded));
}

/** The groups of the subjects the words name with a demonstrative right after ("tuần lễ đó" → the Week's group). */
function subjectsPointed(words: readonly Word[], lexicon: Lexicon, accents: boolean): string[] {
  return lexicon.subjects
    .find(words, false)
    .filter(({ start, length }) => lexicon.demonstratives.matchAt(words, start + length, accents) > 0)
    .map(({ phrase }) => lexicon.subjectGroup.get(phrase)!);
}

/** The words ask why: a reason's cue, or a reason opener first ("sao có chỗ ghi …"). */
function asksReason(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  return cuedFacets(words, lexicon, accents).has('reason') || opensWithReason(words, lexicon, accents);
}

/** The clause holds a figure: digits, in a number, a share or a date ("60%", "1/10"). */
function holdsFigure(clause: Clause): boolean {
  return clause.words.some((word) => /\d/u.test(word.folded));
}

/** The clause ends with a closer asking what an earlier question asked ("… thì sao"). */
function asksSame(words: readonly Word[], lexicon: Lexicon): boolean {
  return lexicon.followUpAsksSame.find(words, false).some((match) => match.start + match.length === words.length);
}

/** Whether the words point back at the clause before ("văn bản đó", "… đúng không", bare "nam do"), outside a relative year ("lần này"). */
function pointsBack(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  const times = lexicon.relativeYears.find(words, accents);
  const inTime = (at: number) => times.some((time) => time.start <= at && at < time.start + time.length);
  // "mọi người hay nói ngày hội khuyến học 2/10 mà em không biết tên chính thức của ngày đó": a demonstrative after a
  // word its own clause said before ("ngày … ngày đó"; as typed when the message has diacritics — "nắm" is no "năm" —
  // and not inside a relative time, "năm nay … năm đó") points at what that clause named.
  const same = (a: Word, b: Word) => (accents ? a.text === b.text : a.folded === b.folded);
  const sameClause = (start: number, length: number) =>
    start > 1 &&
    lexicon.demonstratives.matchAt(words, start, true) === length &&
    words.slice(0, start - 1).some((word, at) => !inTime(at) && same(word, words[start - 1]!));
  // "… thấy có nhắc quyết định 281 mà không biết nó là văn bản gì": a pronoun after a subject its clause names stands for it.
  const pronounInside = (start: number, length: number) => lexicon.pronouns.matchAt(words, start, accents) === length && namesSubject(words.slice(0, start), lexicon);
  const pointer = ({ start, length }: { start: number; length: number }) => !inTime(start) && !sameClause(start, length) && !pronounInside(start, length);
  if (lexicon.refersBack.find(words, true).some(pointer)) return true;
  // Typed bare, a lone "do" is "because" as often as "đó"; a time or place pointed back to ("nam do", "luc do", "o do")
  // is one whole.
  return !accents && lexicon.followUpPointsBack.find(words, false).length > 0;
}

/**
 * A follow-up opener, then only subjects, bare titles, years and relative years ("còn năm 2022", "vậy còn dòng họ",
 * "còn năm ngoái"), not a figure or anything else ("còn Hà Nội hơn 67%" tells, "còn 5000" counts).
 */
function turnsTo(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  const opener = lexicon.followUpOpeners.matchAt(words, 0, false);
  if (opener === 0 || lexicon.subjects.matchAt(words, 0, false) > 0) return false;
  const rest = words.slice(opener);
  const named = new Set(
    [lexicon.subjects.find(rest, false), lexicon.followUpBareTitles.find(rest, false), lexicon.relativeYears.find(rest, accents)].flatMap((found) => [...positionsIn(found)]),
  );
  rest.forEach((word, i) => {
    if (!isYear(word.folded)) return;
    named.add(i);
    if (i > 0 && lexicon.spokenNumbers.bare.yearWords.has(rest[i - 1]!.folded)) named.add(i - 1);
  });
  return named.size > 0 && contentWords(rest.filter((_, i) => !named.has(i)), lexicon, accents) === 0;
}

/** True when the words are an `according-to` word and the documents they name by number, nothing else ("theo cv 6782"). */
function onlyAccordingTo(words: readonly Word[], lexicon: Lexicon): boolean {
  const opener = lexicon.accordingTo.matchAt(words, 0, false);
  return opener > 0 && numberedDocuments(words, lexicon).length === words.length - opener;
}
