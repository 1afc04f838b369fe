// What a clause asks: question words that ask (not the quiet ones), facet cues and frames, yes/no frames, polite requests.
import { isYear } from '../text/years.js';
import type { Facet, Lexicon } from './lexicon.js';
import { FACETS } from './lexicon.js';
import { namesSubject } from './documents-named.js';
import { askerWordAt, closingWordsAt, removePhrases } from './filler.js';
import { ACT_ACTOR_BEFORE, ACT_CLOSE_WITHIN, ACT_HELPER_BEFORE, ACT_HELPER_WITHIN, ACT_TOLD_BEFORE, CHOICE_ECHO_WORDS, COUNTED_WORDS } from './tuning.js';
import { positionsIn, type Word } from './words.js';

/**
 * Whether the clause asks with a question word: one other than a yes/no word, or a yes/no word ending it (closing and
 * polite words and the words addressing someone aside: "… có mất tiền không chị ạ"). A yes/no word inside a clause
 * negates ("mắt kém không đi lên xã được", "em chưa làm căn cước").
 */
export function asksInWords(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  const asked = withoutPoliteEnd(words.slice(0, contentEnd(words, lexicon, accents)), lexicon, accents);
  return askingWords(asked, lexicon, accents).some((mark) => !negatesInside(asked, mark, asked.length, lexicon, accents));
}

/** Whether a question word is a yes/no word ("không", "chưa") inside the words, before `end`: it negates, not asks. */
export function negatesInside(words: readonly Word[], { start, length }: { start: number; length: number }, end: number, lexicon: Lexicon, accents: boolean): boolean {
  return start + length < end && lexicon.yesNoCloses.matchAt(words, start, accents) === length;
}

/**
 * True when the clause's only question words are yes/no words inside it, negating ("vì ông không quen bấm điện
 * thoại"), none ending it ("bà có đi học được không" asks).
 */
export function negatesOnly(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  const end = contentEnd(words, lexicon, accents);
  const asking = askingWords(words, lexicon, accents);
  return asking.length > 0 && asking.every((mark) => negatesInside(words, mark, end, lexicon, accents));
}

/** Where the clause's content ends: its closing and polite words and the words addressing someone aside. */
export function contentEnd(words: readonly Word[], lexicon: Lexicon, accents: boolean): number {
  let end = words.length;
  for (let cut = 1; cut > 0 && end > 0; end -= cut) {
    const head = words.slice(0, end);
    cut = closingWordsAt(head, lexicon, accents) || (askerWordAt(head, end - 1, lexicon, accents) === 1 ? 1 : 0);
  }
  return end;
}

/** The question words that ask: "ai" in "chưa ai giải thích kỹ", "năm nào" in "năm nào tuần lễ xong cũng" ask nothing. */
export function askingWords(words: readonly Word[], lexicon: Lexicon, accents: boolean): { start: number; length: number }[] {
  const marks = lexicon.questionMarks.find(words, accents);
  const quiet = quietSpans(words, lexicon, accents, marks);
  return marks.filter(({ start, length }) => !within(start, length, quiet));
}

/**
 * True when the words offer a choice framed as asked: after a frame word (`choice-frames`), a choice word between two
 * alike things — the word after it repeats one of the CHOICE_ECHO_WORDS before it, or both are figures: "cộng đồng học
 * tập là ở cấp thôn hay cấp xã", "thuộc nhóm 1 hay nhóm 2" ask without "?"; "tôi là giáo viên hay dạy buổi tối" tells.
 * Between two named subjects of one kind no frame is needed: "Sơn La hay Cao Lãnh vào mạng lưới trước" asks which —
 * unless an `either-closes` word follows ("gia đình học tập hay dòng họ học tập thì cũng đều …" says "either way").
 * Nor is a frame needed when the word before the choice word (one of `choice-echo-closes`) closes the clause again, the
 * same said of each side: "Hội Khuyến học thành lập trước hay quyết định chọn ngày khuyến học có trước" asks which came
 * first.
 */
export function offersChoice(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  const choices = lexicon.choiceWords.find(words, accents);
  // Read only when the clause offers a choice at all: this runs on every clause of every message.
  if (choices.length === 0) return false;
  const frames = lexicon.choiceFrames.find(words, accents);
  const named = lexicon.subjects.find(words, false).map(({ start, length, phrase }) => ({ start, end: start + length, kind: lexicon.subjectKind.get(lexicon.subjectGroup.get(phrase) ?? '') }));
  return choices.some(({ start, length }) => {
    const after = words[start + length];
    const kindBefore = named.find((subject) => subject.end === start)?.kind;
    const either = () => lexicon.eitherCloses.find(words.slice(start + length), accents).length > 0;
    if (kindBefore !== undefined && named.some((subject) => subject.start === start + length && subject.kind === kindBefore)) return !either();
    if (start > 0 && start + length < words.length - 1 && closesAgain(words, start - 1, lexicon, accents)) return true;
    if (!after || !frames.some((frame) => frame.start + frame.length < start)) return false;
    const before = words.slice(Math.max(0, start - CHOICE_ECHO_WORDS), start);
    const figure = (word: Word | undefined) => word !== undefined && /^\d/u.test(word.folded);
    return before.some((word) => word.folded === after.folded) || (figure(after) && figure(words[start - 1]));
  });
}

/**
 * Whether the word at `at` is one of `choice-echo-closes` ("trước") and closes the words again, as typed when they have
 * diacritics.
 */
function closesAgain(words: readonly Word[], at: number, lexicon: Lexicon, accents: boolean): boolean {
  const form = (word: Word) => (accents ? word.text.toLowerCase() : word.folded);
  return lexicon.choiceEchoCloses.matchAt(words, at, false) === 1 && form(words[at]!) === form(words.at(-1)!);
}

/**
 * True when a question particle (`question-particles`) closes the words, with only closing words and the asker's or the
 * bot's words after it: "tuần lễ năm nào cũng bắt đầu 2/10 hả ad" asks as "…?" does; typed bare, one of
 * `question-particles-bare` right before the words addressing the bot ("… ha ad"); when the clause closes with "?"
 * (`marked`), one of `question-particles-marked` too ("… vẫn được gia đình học tập à?").
 */
export function closesWithQuestionParticle(words: readonly Word[], lexicon: Lexicon, accents: boolean, marked = false): boolean {
  for (let end = words.length; end > 0; ) {
    if (lexicon.questionParticles.matchAt(words, end - 1, accents) === 1) return true;
    if (marked && lexicon.questionParticlesMarked.matchAt(words, end - 1, accents) === 1) return true;
    // Typed bare, "ha" is "hả" right before the words addressing the bot ("… lam dvht ha ad") or right after a word
    // such as "được" closing the clause ("… de nghi muc do 2 duoc ha").
    if (!accents && lexicon.questionParticlesBare.matchAt(words, end - 1, false) === 1) {
      if (lexicon.runOn.addressees.matchAt(words, end, false) > 0) return true;
      if (end === words.length && end >= 2 && lexicon.questionParticlesBareAfter.matchAt(words, end - 2, false) === 1) return true;
    }
    const closing = closingWordsAt(words.slice(0, end), lexicon, accents);
    const asker = lexicon.askerWords.matchAt(words, end - 1, accents) === 1 ? 1 : 0;
    if (closing + asker === 0) return false;
    end -= Math.max(closing, asker);
  }
  return false;
}

/**
 * Where question words ask nothing: the `not-asking` phrases ("chưa ai", "không bao giờ"), a clause of thanks opening
 * with what the bot's help brought (`help-thanked`: "nhờ ad mà giờ em mới hiểu băng rôn nói gì"), names typed without
 * diacritics ("ha tinh" holds "hả"), a negation a few words before the question word ending the clause
 * (`negation-frame`: "không theo lớp học nào"), and a question word with a closing word of the universal frame a few
 * words after it ("năm nào tuần lễ học tập xong cũng phải báo cáo", "ai cũng biết"), from the question word (or the
 * facet cue it ends: "năm nào") to the closing word — unless it asks a reason ("sao xã nào cũng phải tổ chức").
 */
function quietSpans(
  words: readonly Word[],
  lexicon: Lexicon,
  accents: boolean,
  marks: readonly { start: number; length: number }[] = lexicon.questionMarks.find(words, accents),
  conditions: readonly { start: number; length: number }[] = anythingConditions(words, lexicon, accents),
): { start: number; length: number }[] {
  // "ha tinh", "ha noi" typed bare hold "hả": a question word inside a place's or a subject's name asks nothing.
  const names = accents ? [] : [...lexicon.elsewhere.find(words, false), ...lexicon.subjects.find(words, false)];
  const bare = accents ? [] : lexicon.notAskingBare.find(words, false);
  const quiet = [...lexicon.notAsking.find(words, false), ...bare, ...helpThankedSpan(words, lexicon, accents), ...conditions, ...negated(words, lexicon), ...names];
  const closes = lexicon.universalCloses.find(words, false);
  if (closes.length === 0) return quiet;
  // The span opens with the facet cue the question word ends ("năm nào" in "… năm nào cũng đổi ngày" says every year).
  const cueStart = (start: number, end: number) =>
    Math.min(start, ...FACETS.flatMap((facet) => lexicon.facets.get(facet)!.find(words, accents).filter((cue) => cue.start < start && cue.start + cue.length === end).map((cue) => cue.start)));
  const universal = marks.flatMap(({ start, length }) => {
    if (lexicon.universalReasons.matchAt(words, start, accents) === length) return [];
    // "khác nhau thế nào mà em cũng không rõ": a word of `breaks` between them opens a clause of its own.
    const broken = (c: { start: number }) => lexicon.universalBreaks.find(words.slice(start + length, c.start), accents).length > 0;
    const close = closes.find((c) => c.start >= start + length && c.start - (start + length) <= lexicon.universalWithin && !broken(c));
    if (!close) return [];
    const from = cueStart(start, start + length);
    return [{ start: from, length: close.start + close.length - from }];
  });
  return [...quiet, ...universal];
}

/**
 * "có gì mình nhắn hỏi sau", "có gì về tuần lễ thì cứ nhắn ad": each "if anything" (`anything-condition` opens) opening
 * a condition on the asker's own asking — the asker's own word (not one addressing the bot) and a verb of asking right
 * after it, or `then` at most `within` words on followed by the asker's words and `then-skips` ("thì em cứ", "thì cứ")
 * and a verb of asking — in a clause offering no choice. A verb followed by the asker's word asks the bot to act ("… thì
 * nhắn em với"). An open or a word of whenever (`later-opens`) followed within as many words by the asker's word, a
 * word of later asking (`later-skips`) and a verb promises to ask again ("hôm nào có gì thắc mắc em lại nhắn hỏi tiếp").
 */
function anythingConditions(words: readonly Word[], lexicon: Lexicon, accents: boolean): { start: number; length: number }[] {
  const { opens, laterOpens, laterSkips, then, thenSkips, within, verbs } = lexicon.anythingCondition;
  const found = opens.find(words, accents);
  const later = laterOpens.find(words, accents);
  if ((found.length === 0 && later.length === 0) || lexicon.choiceWords.find(words, accents).length > 0) return [];
  // The asker's own word ("em", "mình"), not one addressing the bot ("ad", "bạn").
  const ownWordAt = (at: number) => (lexicon.runOn.addressees.matchAt(words, at, accents) > 0 ? 0 : lexicon.askerWords.matchAt(words, at, accents));
  const asksAt = (at: number) => {
    const verb = verbs.matchAt(words, at, accents);
    return verb > 0 && ownWordAt(at + verb) === 0;
  };
  // The asker's word, then one or more words of later asking, then a verb: "em lại nhắn", "mình sẽ cứ hỏi".
  const promisedAt = (at: number) => {
    const own = ownWordAt(at);
    if (own === 0) return false;
    let next = at + own;
    const first = laterSkips.matchAt(words, next, accents);
    if (first === 0) return false;
    for (let step = first; step > 0; step = laterSkips.matchAt(words, next, accents)) next += step;
    return asksAt(next);
  };
  const promises = ({ start, length }: { start: number; length: number }) => {
    for (let at = start + length; at <= Math.min(words.length - 1, start + length + within); at++) if (promisedAt(at)) return true;
    return false;
  };
  // "có gì mình nhắn hỏi sau", "có gì … thì cứ nhắn ad": the asker's word and a verb right after the open, or `then`.
  const asksOnCondition = ({ start, length }: { start: number; length: number }) => {
    const end = start + length;
    const own = ownWordAt(end);
    if (own > 0 && asksAt(end + own)) return true;
    const thenAt = then.find(words.slice(end, end + within + 1), accents)[0];
    if (thenAt === undefined) return false;
    const from = end + thenAt.start + thenAt.length;
    const skipAt = (at: number) => Math.max(ownWordAt(at), thenSkips.matchAt(words, at, accents));
    let at = from;
    for (let step = skipAt(at); step > 0; step = skipAt(at)) at += step;
    return at > from && asksAt(at);
  };
  return [...later.filter(promises), ...found.filter((open) => asksOnCondition(open) || promises(open))];
}

/** The words without the clause's opening thanks for what the bot's help brought (`help-thanked`), read as typed. */
export function withoutHelpThanked(words: readonly Word[], lexicon: Lexicon, accents: boolean): Word[] {
  const span = helpThankedSpan(words, lexicon, accents)[0];
  return span ? words.slice(span.start + span.length) : [...words];
}

/**
 * "nhờ ad mà giờ em mới hiểu băng rôn nói gì", "nhờ Loa chỉ số hiệu văn bản mà em làm xong báo cáo": from an opener and
 * a helper of `help-thanked` starting the clause, with a link word right after it, or a few words on with no request
 * before it and the asker's word right after it, to the first end word after the link or the end ("nhờ ad xem giúp em
 * nên nộp ở đâu", "nho ad liet ke giup 3 dieu kien nen mong" — "nền" typed bare — ask).
 */
function helpThankedSpan(words: readonly Word[], lexicon: Lexicon, accents: boolean): { start: number; length: number }[] {
  const { openers, helpers, links, within, ends } = lexicon.helpThanked;
  const opener = openers.matchAt(words, 0, false);
  const helper = opener > 0 ? helpers.matchAt(words, opener, false) : 0;
  if (helper === 0) return [];
  const from = opener + helper;
  const link = links.find(words.slice(from, from + within + 1), accents)[0];
  if (!link) return [];
  const afterLink = from + link.start + link.length;
  // What the bot did between helper and link: no request, and the asker's word right after the link ("… mà em làm xong").
  const told = link.start === 0 || (lexicon.requests.find(words.slice(from, from + link.start), accents).length === 0 && [0, 1].some((at) => askerWordAt(words, afterLink + at, lexicon, accents) > 0));
  if (!told) return [];
  const end = ends.find(words, accents).find((found) => found.start >= afterLink);
  return [{ start: 0, length: end?.start ?? words.length }];
}

/**
 * "không theo lớp học nào", "chưa nghe bao giờ": from a negation (not of knowing) to the question word ending the
 * clause, a few words on.
 */
function negated(words: readonly Word[], lexicon: Lexicon): { start: number; length: number }[] {
  const { opens, closes, knowing, within } = lexicon.negation;
  const close = closes.find(words, false).find((found) => found.start + found.length === words.length);
  if (!close || close.start < 1) return [];
  const from = Math.max(0, close.start - within - 1);
  const open = opens.find(words.slice(from, close.start), false).at(-1);
  if (!open) return [];
  const start = from + open.start;
  if (knowing.matchAt(words, start + open.length, false) > 0) return [];
  return [{ start, length: words.length - start }];
}

/**
 * "… mà em chưa hiểu ạ", "… nhưng mik hok hỉu": the negation of knowing that closes the words (closing particles aside,
 * one degree word at most after it) right after a `toldAfter` link, the asker's word between or not — from the
 * negation to the end — in words naming no subject, if any ("… mạng lưới UNESCO mà mình không rõ lắm" names what the
 * asker wants to know; "còn hạn nộp em chưa rõ" asks it). Matched with the marks typed when the message has them
 * ("làm" is no "lắm", "ký" no "kỹ").
 */
export function unknownTold(words: readonly Word[], lexicon: Lexicon, accents: boolean): { start: number; length: number } | undefined {
  const { opens, knowing, degree, toldAfter, senses } = lexicon.negation;
  const end = contentEnd(words, lexicon, accents);
  for (let at = Math.max(1, end - 3); at < end; at++) {
    const known = knowing.matchAt(words, at, accents);
    if (known === 0) continue;
    const after = at + known;
    if (after < end && degree.matchAt(words, after, accents) !== end - after) continue;
    const open = opens.find(words.slice(0, at), accents).find((found) => found.start + found.length === at);
    if (!open || open.start === 0) continue;
    // "mà tôi nghe không rõ": a word of sensing may stand between the asker's word and the negation.
    const sensed = senses.find(words.slice(0, open.start), accents).find((found) => found.start + found.length === open.start)?.length ?? 0;
    const link = open.start - sensed - askerWordAt(words, open.start - sensed - 1, lexicon, accents);
    const linked = toldAfter.find(words.slice(0, link), accents).some((found) => found.start + found.length === link);
    if (linked && !namesSubject(words, lexicon)) return { start: open.start, length: words.length - open.start };
  }
  return undefined;
}

/** The quiet spans of each clause, placed in the clauses' words joined ("… có lịch chưa, bao giờ …" holds none). */
export function quietByClause(clauses: readonly (readonly Word[])[], lexicon: Lexicon, accents: boolean): { start: number; length: number }[] {
  let offset = 0;
  return clauses.flatMap((words) => {
    const spans = quietSpans(words, lexicon, accents).map((span) => ({ start: span.start + offset, length: span.length }));
    offset += words.length;
    return spans;
  });
}

/** Whether the words from `start` (`length` of them) lie inside one of the `spans`. */
export function within(start: number, length: number, spans: readonly { start: number; length: number }[]): boolean {
  return spans.some((span) => span.start <= start && start + length <= span.start + span.length);
}

/**
 * Fewer than two content words in the clause, or questions joined by "và" that each hold fewer than two words besides
 * those cueing what they ask ("số mấy và ký ngày nào"): it asks facets of something the clause does not say.
 */
export function asksOnlyFacets(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  if (contentWords(words, lexicon, accents) < 2) return true;
  const parts: Word[][] = [[]];
  for (let i = 0; i < words.length; ) {
    const joiner = lexicon.comparisonJoiners.matchAt(words, i, accents);
    if (joiner > 0) parts.push([]);
    else parts[parts.length - 1]!.push(words[i]!);
    i += Math.max(1, joiner);
  }
  return parts.length > 1 && parts.every((part) => askingWords(part, lexicon, accents).length > 0 && namesOnlyCues(part, lexicon, accents));
}

/** Fewer than two content words are left once the facets' cues are set aside ("bao giờ khai mạc", "số mấy"). */
export function namesOnlyCues(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  return contentWords(FACETS.reduce((rest, facet) => removePhrases(rest, lexicon.facets.get(facet)!, accents), [...words]), lexicon, accents) < 2;
}

/** True when the words open with a reason opener and say more ("sao có chỗ ghi …", "sao phát động vào 10/6"). */
export function opensWithReason(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  return words.length > 1 && lexicon.reasonOpeners.matchAt(words, 0, accents) > 0;
}

/** True when the words name nothing to look for ("sao", "là gì", "thế là sao"): every one is a `withoutTopic` word. */
export function namesNoTopic(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  return words.length > 0 && positionsIn(lexicon.withoutTopic.find(words, accents)).size === words.length;
}

/** Words that are neither asker words, question marks nor connectives ("thì", "mà"). */
export function contentWords(words: readonly Word[], lexicon: Lexicon, accents: boolean): number {
  const noAsker = removePhrases(words, lexicon.askerWords, true);
  return removePhrases(removePhrases(noAsker, lexicon.questionMarks, accents), lexicon.connectives, accents).length;
}

/**
 * The facets whose cues the words hold. A cue followed by a figure says what is known, not what is asked ("phát động
 * vào ngày 10/6/2023" asks no date); a cue inside a longer cue of another facet is part of that one ("tháng mấy" asks
 * a date, not a number; "tên là gì" a name); a weak cue counts only when no other facet is asked ("khai mạc ở đâu").
 */
export function cuedFacets(words: readonly Word[], lexicon: Lexicon, accents: boolean, quietGiven?: readonly { start: number; length: number }[]): Set<Facet> {
  // Read once: they quiet the question words inside them and close no facet frame.
  const conditions = anythingConditions(words, lexicon, accents);
  const quiet = quietGiven ?? quietSpans(words, lexicon, accents, undefined, conditions);
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
  for (const facet of framedFacets(words, lexicon, accents, conditions)) facets.add(facet);
  return facets;
}

/** A figure right after a cue says what is known ("phát động vào ngày 10/6/2023"); a year alone says which ("mục tiêu 2025"). */
function givenFigure(next: string): boolean {
  return /^\d/u.test(next) && !isYear(next);
}

/**
 * "những mô hình học tập nào", "sao xã lại": the facets whose frame holds, an opening word then a closing word within a
 * few — a closing word inside a condition on the asker's own asking (`conditions`: "các cô bảo có gì … thì cứ nhắn")
 * closes none.
 */
function framedFacets(words: readonly Word[], lexicon: Lexicon, accents: boolean, conditions: readonly { start: number; length: number }[]): Facet[] {
  return [...new Set(facetFrameSpans(words, lexicon, accents, conditions).map(({ facet }) => facet))];
}

/**
 * The frames that hold in the words ("những mô hình học tập nào": list), each from its opening word to its closing word;
 * a closing word inside one of `conditions` closes none.
 */
export function facetFrameSpans(words: readonly Word[], lexicon: Lexicon, accents: boolean, conditions: readonly { start: number; length: number }[] = []): { facet: Facet; start: number; length: number }[] {
  return lexicon.facetFrames.flatMap(({ facet, opens, closes, within: most }) => {
    const ends = closes.find(words, accents).filter((close) => !within(close.start, close.length, conditions));
    return opens.find(words, accents).flatMap(({ start, length }) => {
      const close = ends.find((end) => end.start > start + length && end.start - start - length <= most);
      return close ? [{ facet, start, length: close.start + close.length - start }] : [];
    });
  });
}

/**
 * The words after the last condition marker ("thì") when they still ask something; else the whole clause. The "thì" of
 * a closing "… thì sao" asks what was asked before, and is no condition ("hà nội có bao nhiêu dòng họ học tập thì sao").
 */
export function afterCondition(words: readonly Word[], lexicon: Lexicon, accents: boolean): readonly Word[] {
  const closing = lexicon.followUpAsksSame.find(words, false).filter((match) => match.start + match.length === words.length);
  // "những danh hiệu thi đua nào": a marker beginning a subject's name is none ("thi" folds onto "thì").
  const marker = lexicon.conditionMarkers
    .find(words, accents)
    .filter(({ start }) => !closing.some((close) => close.start <= start && start < close.start + close.length) && lexicon.subjects.matchAt(words, start, false) === 0)
    .at(-1);
  if (!marker) return words;
  const rest = words.slice(marker.start + marker.length);
  return askingWords(rest, lexicon, accents).length > 0 ? rest : words;
}

/**
 * "có … không", "đã … chưa": an opening word somewhere before a closing word that ends the clause — not "có thông tư nào
 * nói rõ không" (`what-opens` opening the clause, a kind of document, a what word, a `what-closes` word), which asks which.
 */
export function isYesNoFrame(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  const last = words.length - 1;
  if (last < 1 || lexicon.yesNoCloses.matchAt(words, last, accents) !== 1) return false;
  if (lexicon.yesNoWhat.matchAt(words, last - 1, accents) === 1 || lexicon.yesNoCounts.find(words, accents).length > 0) return false;
  // "có thông tư nào nói rõ không": a what word right after the kind of document the clause's opener names asks which.
  const opener = lexicon.yesNoWhatOpens.matchAt(words, 0, accents);
  const kind = opener > 0 ? Math.max(lexicon.documentKinds.matchAt(words, opener, false), lexicon.anyDocument.matchAt(words, opener, false)) : 0;
  const asksWhich = kind > 0 && opener + kind < last && lexicon.yesNoWhat.matchAt(words, opener + kind, accents) === 1 && lexicon.yesNoWhatCloses.matchAt(words, last, accents) === 1;
  return !asksWhich && lexicon.yesNoOpens.find(words.slice(0, last), accents).length > 0;
}

/**
 * "ad cho mình biết lịch cụ thể với chủ đề được không ạ": a request (read on the clause as typed, since "cho mình" is
 * filler) closed by "được không", its only yes/no opener, asks for the thing, not yes or no.
 */
export function isPoliteRequest(typed: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  // Closing words ("ạ", "nhé") after "được không" are set aside first.
  const words = typed.slice(0, typed.length - closingWordsAt(typed, lexicon, accents));
  const end = lexicon.yesNoPoliteEnds.find(words, accents).find((match) => match.start + match.length === words.length);
  if (!end || end.start === 0) return false;
  const before = words.slice(0, end.start);
  return lexicon.yesNoOpensBeforePolite.find(before, accents).length === 0 && lexicon.yesNoPolite.find(before, false).length > 0;
}

/** The words without the polite closing ("được không") that ends them, if one does. */
export function withoutPoliteEnd(words: Word[], lexicon: Lexicon, accents: boolean): Word[] {
  const end = lexicon.yesNoPoliteEnds.find(words, accents).find((match) => match.start + match.length === words.length);
  return end && end.start > 0 ? words.slice(0, end.start) : words;
}

/**
 * Where the words ask Loa to act for someone (`act-requests`): an act holding its helper ("làm hộ"), or one with a word
 * doing it for someone within ACT_HELPER_WITHIN words after it ("công nhận giúp nhà em", "duyệt cho tổ") or just before
 * it, opening the words or after a word calling Loa ("ad giúp em đăng ký"), or words asking it done at once within
 * ACT_CLOSE_WITHIN words after it ("cấp giấy công nhận gđht cho nhà e luôn đi"). Not an act told as done or under way
 * at most ACT_TOLD_BEFORE words before it ("đã được xã công nhận cho …", "đang làm báo cáo cho tổ"), nor a helper word
 * that is part of something else ("cho em hỏi", "dòng họ").
 */
function actRequestsIn(words: readonly Word[], lexicon: Lexicon, accents: boolean): { start: number }[] {
  const { verbs, outright, helpers, helpersBefore, addressees, notHelpers, told, closes } = lexicon.actRequests;
  const covered = positionsIn(notHelpers.find(words, accents));
  // A helper's own word is the first of its match ("cho em", "hộ nhà"); an outright act's is the last ("làm hộ").
  const helping = (match: { start: number }) => !covered.has(match.start);
  const after = helpers.find(words, accents).filter(helping);
  const called = new Set(addressees.find(words, accents).map(({ start, length }) => start + length));
  const before = helpersBefore.find(words, accents).filter((helper) => helping(helper) && (helper.start === 0 || called.has(helper.start)));
  const atOnce = closes.find(words, accents);
  const toldEnds = told.find(words, accents).map(({ start, length }) => start + length);
  const notTold = ({ start }: { start: number }) => !toldEnds.some((end) => end <= start && start - end <= ACT_TOLD_BEFORE);
  // Each request starts at its act, or at the helper before it ("giúp em đăng ký": "em" is the one helped).
  const framed = verbs
    .find(words, accents)
    .filter(notTold)
    .flatMap(({ start, length }) => {
      const end = start + length;
      const helpedBefore = before.find((helper) => helper.start < start && start - (helper.start + helper.length) <= ACT_HELPER_BEFORE);
      if (helpedBefore) return [{ start: helpedBefore.start }];
      const helped = after.some((helper) => helper.start >= end && helper.start - end <= ACT_HELPER_WITHIN) || atOnce.some((close) => close.start >= end && close.start - end <= ACT_CLOSE_WITHIN);
      return helped ? [{ start }] : [];
    });
  return [...outright.find(words, accents).filter((match) => notTold(match) && !covered.has(match.start + match.length - 1)), ...framed];
}

/**
 * Whether the words ask Loa to act for the asker (`actRequestsIn`) — not when they ask to be told something (`unless`:
 * "liệt kê các điều kiện công nhận … giúp em"), nor when the one acting is named just before the act (`actors`: "em
 * điền giúp bà phiếu đăng ký", "xã cấp giấy chứng nhận cho nhà em").
 */
export function asksToActIn(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  const { actors, unless } = lexicon.actRequests;
  if (unless.find(words, accents).length > 0) return false;
  // Counted from the actor's last word ("ủy ban nhân dân", "tổ trưởng").
  const actorAt = actors.find(words, accents).map(({ start, length }) => start + length - 1);
  return actRequestsIn(words, lexicon, accents).some(({ start }) => !actorAt.some((at) => at < start && start - at <= ACT_ACTOR_BEFORE));
}

/**
 * A figure asked as achieved rather than planned (`actual` in question-cues.yaml: "thực tế", "đã đạt", "đến nay"; "hiện
 * nay" only of the whole country), when `facets` ask a number and the words name no rule or plan ("mục tiêu", "hướng
 * tới"); `national` when the whole country's is asked ("cả nước", not the movement "Cả nước thi đua …").
 */
export function achievedAsked(words: readonly Word[], facets: readonly Facet[], lexicon: Lexicon, accents: boolean): { national: boolean } | undefined {
  if (!facets.includes('number') || lexicon.ruleWords.find(words, accents).length > 0 || lexicon.plannedSaid.find(words, false).length > 0) return undefined;
  const national = asksNational(words, lexicon);
  const achieved = lexicon.actualAsked.find(words, accents).length > 0 || (national && lexicon.actualAskedNational.find(words, accents).length > 0);
  return achieved ? { national } : undefined;
}

/**
 * The thing a count asks of, as typed and as the folded runs of words a sentence may count it with ("cả nước có bao
 * nhiêu doanh nghiệp đã được công nhận …" → "doanh nghiệp"; "bao nhiêu thành phố" → also "thành viên", `count.same`):
 * up to COUNTED_WORDS words after a count cue (`count.asked`), ending before a word of `count.ends`. None unless a number
 * is all `facets` ask ("mấy mô hình, kể tên giúp" asks a list), when a rule or plan is named ("phải", "chỉ tiêu": a
 * threshold or a target, not a count of what exists), when a document is named other than after a source mark ("qđ
 * 281 lập ra mấy mô hình" counts its parts; "theo thông tư 25" is where to read), after `count.not-after` ("ngày bao
 * nhiêu", "số mấy") or before a measure (`count.not-counted`: "bao nhiêu phần trăm", "mấy điểm"); `national` when the
 * whole country's is asked.
 */
export function countedAsked(words: readonly Word[], facets: readonly Facet[], lexicon: Lexicon, accents: boolean): { said: string; runs: (readonly string[])[]; national: boolean } | undefined {
  if (facets.length !== 1 || facets[0] !== 'number') return undefined;
  if (lexicon.ruleWords.find(words, accents).length > 0 || lexicon.plannedSaid.find(words, false).length > 0) return undefined;
  const { cues, notAfter, ends, notCounted, same } = lexicon.countAsked;
  const cue = cues.find(words, accents)[0];
  if (!cue || notAfter.find(words.slice(0, cue.start), false).some(({ start, length }) => start + length === cue.start)) return undefined;
  const from = cue.start + cue.length;
  if (notCounted.matchAt(words, from, accents) > 0 || countsOfDocument(words, lexicon)) return undefined;
  let end = from;
  while (end < from + COUNTED_WORDS && end < words.length && /^\p{L}+$/u.test(words[end]!.text) && ends.matchAt(words, end, false) === 0) end++;
  const counted = words.slice(from, end);
  if (counted.length === 0) return undefined;
  const run = counted.map((word) => word.folded);
  // A group member the thing counted begins with ("thành phố học" begins with "thành phố") brings the group's others.
  const alike = same.filter((group) => group.some((member) => member.every((folded, k) => run[k] === folded))).flat();
  return { said: counted.map((word) => word.text).join(' '), runs: [run, ...alike], national: asksNational(words, lexicon) };
}

/** A document is named other than as the source of the count ("qđ 281 lập ra mấy mô hình"; not "theo thông tư 25"). */
function countsOfDocument(words: readonly Word[], lexicon: Lexicon): boolean {
  const marks = lexicon.countAsked.sourceMarks.find(words, false);
  return lexicon.documentKinds.find(words, false).some(({ start }) => !marks.some((mark) => mark.start + mark.length === start));
}

/** The whole country's figure is asked ("cả nước", `actual.national`), not the movement "Cả nước thi đua …". */
function asksNational(words: readonly Word[], lexicon: Lexicon): boolean {
  const names = lexicon.notNational.find(words, false);
  return lexicon.nationalAsked.find(words, false).some(({ start }) => !names.some((name) => name.start <= start && start < name.start + name.length));
}
