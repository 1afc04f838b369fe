// Small talk read from a message: whole messages, clause by clause, with the resident's news or story around it.
import type { Lexicon, SmallTalkKind } from './lexicon.js';
import { SMALL_TALK_KINDS } from './lexicon.js';
import { askingWords, cuedFacets, isYesNoFrame, negatesOnly, withoutHelpThanked, within } from './cues.js';
import { namesSubject } from './documents-named.js';
import { askerWordAt, stripFiller } from './filler.js';
import { asksAgain } from './corrections.js';
import { THANKS_STORY_MIN_WORDS } from './tuning.js';
import type { Word } from './words.js';

/**
 * The small-talk kind when every word belongs to small-talk or filler phrases (and at least one is small talk); or
 * thanks when praise follows an exclamation ("sao mà bạn trả lời hay vậy").
 */
function smallTalkKind(words: readonly Word[], lexicon: Lexicon, accents: boolean): SmallTalkKind | undefined {
  const kind = smallTalkFrom(words, 0, lexicon, accents);
  const exclaims = kind === undefined ? lexicon.praiseOpeners.matchAt(words, 0, accents) : 0;
  return exclaims > 0 && smallTalkFrom(words, exclaims, lexicon, accents) === 'thanks' ? 'thanks' : kind;
}

/**
 * The small-talk kind of `words` from `start` on, when every word there is small talk or filler; `afterBot`: the clause
 * before asked who or what the bot is.
 */
function smallTalkFrom(words: readonly Word[], start: number, lexicon: Lexicon, accents: boolean, afterBot = false): SmallTalkKind | undefined {
  const kinds: SmallTalkKind[] = [];
  // "hôm nay bạn có khỏe không": words of today count only beside small talk.
  let timed = false;
  for (let i = start; i < words.length; ) {
    // "bạn là ai vậy, của cơ quan nào thế": more asked of who the bot is, after a question about it; so is what it can do
    // ("Bạn là ai và có thể hỗ trợ những nội dung gì": the bot is the one able).
    const ofBot = afterBot || kinds.some((kind) => WHO_THE_BOT_IS.includes(kind));
    const more = ofBot ? lexicon.identityMore.matchAt(words, i, accents) : 0;
    if (more > 0) {
      kinds.push('identity');
      i += more;
      continue;
    }
    const able = ofBot ? lexicon.capabilitiesOfBot.matchAt(words, i) : 0;
    if (able > 0) {
      kinds.push('capabilities');
      i += able;
      continue;
    }
    // "cho mình hỏi chút được không ạ": leave to ask, ending the message.
    const leave = asksLeaveAt(words, i, lexicon, accents);
    const after = i + leave;
    if (leave > 0 && (after === words.length || lexicon.ends.matchAt(words, after, accents) === words.length - after)) break;
    const talk = lexicon.smallTalk.at(words, i, accents);
    if (talk) {
      const { kind } = talk;
      // "chào" after something else was said ("em hiểu rồi, chào ad nhé") takes leave rather than greets.
      kinds.push(kind === 'greeting' && kinds.length > 0 ? 'acknowledge' : kind);
      i += talk.length;
      // "… giúp được những việc gì cho người làm công tác khuyến học như tôi": who would be helped, when the rest names
      // no subject and asks nothing. The phrase may end with that "cho" itself ("có thể giúp được gì cho").
      const forWhom = lexicon.capabilitiesForWhom.matchAt(words, i, accents) > 0 || lexicon.capabilitiesForWhom.matchAt(words, i - 1, accents) > 0;
      if (kind === 'capabilities' && forWhom && namesOnlyWhoIsHelped(words.slice(i), lexicon, accents)) i = words.length;
      continue;
    }
    // "bạn là ai và giúp được những việc gì để mình giới thiệu lại với các cụ nhé": why the small talk is asked.
    if (kinds.length > 0 && passesOnAt(words, i, lexicon, accents) && namesOnlyWhoIsHelped(words.slice(i), lexicon, accents)) break;
    // "bạn là ai và giúp được những gì": a joining word between two small-talk phrases.
    const joiner = kinds.length > 0 && i + 1 < words.length ? lexicon.smallTalkJoiners.matchAt(words, i, accents) : 0;
    const filler = Math.max(
      joiner,
      lexicon.filler.matchAt(words, i, accents),
      lexicon.starts.matchAt(words, i, accents),
      lexicon.ends.matchAt(words, i, accents),
      lexicon.askerWords.matchAt(words, i, accents),
    );
    const time = filler === 0 ? lexicon.smallTalkTimes.matchAt(words, i, accents) : 0;
    if (filler + time === 0) return undefined;
    timed ||= time > 0;
    i += filler + time;
  }
  // Only filler ("cho em hỏi", "ad ơi"): the resident is about to ask; a greeting invites the question.
  if (kinds.length === 0) return timed ? undefined : 'greeting';
  return SMALL_TALK_KINDS.find((kind) => kinds.includes(kind));
}

/** Length of the leave-asking words at `at` ("được không") when a word of asking ends right before them, else 0. */
function asksLeaveAt(words: readonly Word[], at: number, lexicon: Lexicon, accents: boolean): number {
  const leave = lexicon.leaveAsking.matchAt(words, at, accents);
  if (leave === 0) return 0;
  for (let n = Math.min(at, 3); n >= 1; n--) if (lexicon.leaveAskingAfter.matchAt(words, at - n, accents) === n) return leave;
  return 0;
}

/** At `at`, "để", the asker's words and a verb of passing on (`passed-on` verbs): "để mình giới thiệu lại …". */
function passesOnAt(words: readonly Word[], at: number, lexicon: Lexicon, accents: boolean): boolean {
  const opener = lexicon.purposeOpeners.matchAt(words, at, accents);
  if (opener === 0) return false;
  const asker = skipped(at + opener, (i) => lexicon.askerWords.matchAt(words, i, accents));
  return lexicon.passedOn.verbs.matchAt(words, asker, accents) > 0;
}

/**
 * The words after "giúp được gì cho" name who would be helped: no subject, no question word, no facet's cue. A closing
 * yes/no word (`yes-no-frame` closes) at the end, closing words aside, asks the capability question itself ("bạn giúp
 * được gì cho mình không ạ").
 */
function namesOnlyWhoIsHelped(rest: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  const helped = rest.slice(0, closingAskAt(rest, lexicon, accents));
  return !namesSubject(helped, lexicon) && askingWords(helped, lexicon, accents).length === 0 && cuedFacets(helped, lexicon, accents).size === 0;
}

/**
 * Where a closing yes/no word followed only by closing words ends `words` ("mình không ạ" → 1), else their length. The
 * word must follow at least one other: a bare "không" right after "cho" names no one helped and is left to be read.
 */
function closingAskAt(words: readonly Word[], lexicon: Lexicon, accents: boolean): number {
  for (let at = words.length - 1; at > 0; at--) {
    const closes = lexicon.yesNoCloses.matchAt(words, at, accents);
    const rest = words.length - at - closes;
    if (closes > 0 && (rest === 0 || lexicon.ends.matchAt(words, at + closes, accents) === rest)) return at;
  }
  return words.length;
}

/** A message of several clauses that is small talk clause by clause, with the resident's news around it. */
export function smallTalkByClause(clauses: readonly { asks: boolean; words: Word[] }[], lexicon: Lexicon, accents: boolean): SmallTalkKind | undefined {
  // "Ad là người thật hay máy vậy ạ, và ad giúp được những việc gì?": a later clause may open with a joining word.
  const unjoined = (words: Word[], i: number) => (i > 0 ? words.slice(lexicon.smallTalkJoiners.matchAt(words, 0, accents)) : words);
  const thanking = clauses.map((clause) => !clause.asks && thanksFor(clause.words, lexicon, accents));
  // "…, CĐHT ạ" after "cảm ơn ad đã giải thích mấy chữ viết tắt GĐHT": a clause only naming more subjects, after thanks
  // ending with one, lists more of what was thanked for ("cảm ơn ad đã trả lời. Dòng họ học tập" searches a new topic).
  const thankedToo = (i: number) =>
    i > 0 && thanking[i - 1]! && endsWithSubject(stripFiller(clauses[i - 1]!.words, lexicon, accents), lexicon) && !clauses[i]!.asks && namesOnlySubjects(stripFiller(clauses[i]!.words, lexicon, accents), lexicon);
  for (let i = 1; i < clauses.length; i++) thanking[i] ||= thankedToo(i);
  const kinds = clauses.map(({ asks, words }, i) => {
    const clause = { asks, words: unjoined(words, i) };
    if (thanking[i]) return 'thanks';
    return (
      smallTalkOf(clause.words, lexicon, accents) ??
      aboutTheBot(clause.words, lexicon, accents) ??
      aboutMessagesKept(clause.words, lexicon, accents) ??
      markedSmallTalk(clause, lexicon, accents) ??
      smallTalkOnCondition(clause.words, lexicon, accents) ??
      (clause.asks ? undefined : leaveTaken(clause.words, lexicon, accents))
    );
  });
  // "Bạn là ai vậy, của cơ quan nào thế": a clause asking more of who the bot is, after one asking about it; "Bạn giúp
  // được những việc gì vậy, có hỏi được về gia đình học tập không?": whether a topic may be asked, after what it can do.
  for (let i = 1; i < kinds.length; i++) {
    if (kinds[i] === undefined && WHO_THE_BOT_IS.includes(kinds[i - 1])) kinds[i] = smallTalkFrom(unjoined(clauses[i]!.words, i), 0, lexicon, accents, true);
    if (kinds[i] === undefined && kinds[i - 1] === 'capabilities' && asksTopicMayBeAsked(stripFiller(unjoined(clauses[i]!.words, i), lexicon, accents), lexicon, accents)) kinds[i] = 'capabilities';
  }
  return smallTalkWithNews(clauses, kinds, lexicon, accents) ?? askedAboutTheBotLast(clauses, kinds, lexicon, accents);
}

/** "có hỏi được về gia đình học tập không": an opening of `capabilities-topics`, only subjects, then a closing word. */
function asksTopicMayBeAsked(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  const opens = lexicon.capabilitiesTopics.opens.matchAt(words, 0, accents);
  if (opens === 0) return false;
  for (let end = words.length - 1; end > opens; end--) {
    if (lexicon.capabilitiesTopics.closes.matchAt(words, end, accents) === words.length - end && namesOnlySubjects(words.slice(opens, end), lexicon)) return true;
  }
  return false;
}

/**
 * "Dạ cảm ơn ad đã giải thích kỹ mấy chữ viết tắt GĐHT": thanks, then the bot addressed, then a word opening what the
 * thanks is for (`thanked-for`) — the clause thanks for what was done, whatever it names, unless what follows asks
 * (a question word: "cảm ơn ad đã trả lời hạn nộp … là khi nào"; a request: "… em muốn biết tiêu chí …") or turns to
 * something else (`thanked-for-turns`: "… đã trả lời nhưng …", "… cho em hỏi …"). The words for the asker address the
 * bot only when nothing else does ("em cảm ơn anh chị đã giải thích …"); after the bot addressed, "em đã …" tells
 * what the asker did ("cảm ơn ad em đã nộp hồ sơ rồi bao giờ có kết quả"), which is no thanks.
 */
function thanksFor(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  // Small talk or filler may come first ("Dạ cảm ơn …", "Chào ad, cảm ơn …"), or the relative it is passed on for
  // ("Ông bảo cảm ơn ad đã giải thích kỹ").
  let at = relayedAt(words, lexicon, accents);
  for (;;) {
    const talk = lexicon.smallTalk.at(words, at, accents);
    const skip = talk?.length ?? Math.max(lexicon.starts.matchAt(words, at, accents), lexicon.filler.matchAt(words, at, accents));
    if (skip === 0) return false;
    at += skip;
    if (talk?.kind === 'thanks') break;
  }
  const afterThanks = at;
  at = skipped(at, (i) => addressAt(words, i, lexicon, accents));
  // The words for the asker address the bot only when nothing else did ("cảm ơn anh chị đã …", "cám ơn quý ban đã …").
  if (at === afterThanks) at = skipped(at, (i) => lexicon.askerWords.matchAt(words, i, accents));
  const opener = lexicon.thankedFor.matchAt(words, at, accents);
  const what = words.slice(at + opener);
  return (
    opener > 0 &&
    what.length > 0 &&
    lexicon.thankedForTurns.find(what, accents).length === 0 &&
    !lexicon.requestOpeners.find(what, accents).some(({ start, length }) => requestsSomething(what.slice(start + length), lexicon, accents)) &&
    askingWords(what, lexicon, accents).length === 0
  );
}

/** Where the runs `lengthAt` reads from `at` on end (`at` itself when none starts there). */
function skipped(at: number, lengthAt: (at: number) => number): number {
  let end = at;
  for (let step = lengthAt(end); step > 0; step = lengthAt(end)) end += step;
  return end;
}

/** Length of the words addressing the bot ("ad", "bạn") or closing a phrase ("nhé", "ạ") at `at`, else 0. */
function addressAt(words: readonly Word[], at: number, lexicon: Lexicon, accents: boolean): number {
  return Math.max(lexicon.runOn.addressees.matchAt(words, at, accents), lexicon.ends.matchAt(words, at, accents));
}

/** The words without those addressing the bot ("ad", "bạn", "Loa"; not "bạn mình", the asker's friend). */
function withoutAddress(words: readonly Word[], lexicon: Lexicon, accents: boolean): readonly Word[] {
  const kept: Word[] = [];
  for (let i = 0; i < words.length; ) {
    const called = lexicon.runOn.addressees.matchAt(words, i, accents);
    const address = called > 0 && lexicon.askerWords.matchAt(words, i + called, accents) === 0 ? called : 0;
    if (address === 0) kept.push(words[i]!);
    i += Math.max(1, address);
  }
  return kept;
}

/** The words end with a subject's name ("… mấy chữ viết tắt GĐHT"). */
function endsWithSubject(words: readonly Word[], lexicon: Lexicon): boolean {
  return lexicon.subjects.find(words, false).some(({ start, length }) => start + length === words.length);
}

/** Every word belongs to a subject's name ("CĐHT", "Thông tư 25"), and there is one. */
function namesOnlySubjects(words: readonly Word[], lexicon: Lexicon): boolean {
  const named = lexicon.subjects.find(words, false).reduce((sum, { length }) => sum + length, 0);
  return words.length > 0 && named === words.length;
}

/**
 * "nếu mình có thắc mắc thì bạn giúp được những gì", "nếu mk nhắn buổi tối thì có ai trực ko": small talk said after a
 * condition (`condition-markers`) about the resident's own asking (`asking-conditions`) that names no subject is that
 * small talk; the condition is only when it would be said.
 */
function smallTalkOnCondition(words: readonly Word[], lexicon: Lexicon, accents: boolean): SmallTalkKind | undefined {
  const marker = lexicon.conditionMarkers.find(words, accents).filter(({ start }) => lexicon.subjects.matchAt(words, start, false) === 0).at(-1);
  if (!marker || marker.start === 0) return undefined;
  const condition = words.slice(0, marker.start);
  if (namesSubject(condition, lexicon) || lexicon.askingConditions.find(condition, accents).length === 0) return undefined;
  const rest = words.slice(marker.start + marker.length);
  return rest.length > 0 ? (smallTalkOf(rest, lexicon, accents) ?? aboutTheBot(rest, lexicon, accents)) : undefined;
}

/** Small talk that asks about the bot: what it can do, what it is, whether a person is there. */
const BOT_QUESTIONS: readonly (SmallTalkKind | undefined)[] = ['capabilities', 'identity', 'human'];

/** Small talk asking who or what the bot is (not what it can do): more may be asked of it (`identity-more`). */
const WHO_THE_BOT_IS: readonly (SmallTalkKind | undefined)[] = ['identity', 'human'];

/**
 * "Chào bạn, mình mới được cán bộ phường giới thiệu dùng Loa để hỏi về phong trào học tập. Trước khi hỏi thì cho mình
 * biết bạn giúp được những việc gì vậy?": a message closing with a question about the bot (what it is, what it can do,
 * whether a person is there: "…, Loa là người thật hay máy, có ai trực không ạ?") after clauses that only tell — no
 * "?", no facet asked — is small talk, whatever subjects the story names.
 */
function askedAboutTheBotLast(clauses: readonly { asks: boolean; words: Word[] }[], kinds: readonly (SmallTalkKind | undefined)[], lexicon: Lexicon, accents: boolean): SmallTalkKind | undefined {
  // Thanks or a goodbye may close the message after that question ("… ad giúp được những việc gì? Em cảm ơn.").
  let end = kinds.length;
  while (end > 1 && (kinds[end - 1] === 'thanks' || kinds[end - 1] === 'acknowledge')) end--;
  const last = kinds[end - 1];
  if (!BOT_QUESTIONS.includes(last)) return undefined;
  // "Hà Nội có mô hình trường học gì, tên là gì": a clause with a question word asks, and the name asked is its subject's.
  const tells = (words: readonly Word[]) => cuedFacets(words, lexicon, accents).size === 0 && askingWords(words, lexicon, accents).length === 0;
  const told = clauses.slice(0, end - 1).every((clause, i) => kinds[i] !== undefined || (!clause.asks && tells(stripFiller(clause.words, lexicon, accents))));
  return told ? last : undefined;
}

/**
 * Small talk as written, or once the words for the asker and the bot are set aside ("bạn giúp được mình những việc
 * gì") — every such word, else all but a bare word that is another word too ("co gi chua ro em lai nhan hoi tiep":
 * "co" is "có" there, not the asker's "cô"; `askerWordAt`).
 */
export function smallTalkOf(words: readonly Word[], lexicon: Lexicon, accents: boolean): SmallTalkKind | undefined {
  const kind = smallTalkKind(words, lexicon, accents);
  if (kind) return kind;
  // "Bà cháu cảm ơn ad nhiều ạ", "mẹ em cảm ơn ad", "Ông bảo cảm ơn ad đã giải thích kỹ": small talk the asker passes
  // on for someone they type for (the people of `asked-by`) opening the clause after any opening word ("dạ"), said with
  // a word of `relayed-openers` after the asker's words and a word of passing it on (`relayed-says`) — not news of them
  // ("con trai tôi giỏi quá", "bà con vui vẻ"). Typed bare too: the opener after the relative tells. So is the asker's
  // own "con" ("Dạ con chào ad ạ").
  const relayed = relayedAt(words, lexicon, accents);
  if (relayed > 0) {
    const kind = smallTalkOf(words.slice(relayed), lexicon, accents);
    if (kind) return kind;
  }
  const without = (askerAt: (at: number) => number) => {
    const rest: Word[] = [];
    for (let i = 0; i < words.length; ) {
      const asker = askerAt(i);
      if (asker === 0) rest.push(words[i]!);
      i += Math.max(1, asker);
    }
    return rest.length > 0 && rest.length < words.length ? smallTalkKind(rest, lexicon, accents) : undefined;
  };
  return without((at) => lexicon.askerWords.matchAt(words, at, accents)) ?? without((at) => askerWordAt(words, at, lexicon, accents));
}

/**
 * Where small talk passed on for someone else starts ("Ông bảo | cảm ơn ad", "Dạ mẹ em | chào ad"): after any opening
 * word, one of the people of `asked-by`, the asker's words and a word of passing it on (`relayed-says`), when a word
 * of `relayed-openers` follows; else 0.
 */
function relayedAt(words: readonly Word[], lexicon: Lexicon, accents: boolean): number {
  const lead = skipped(0, (at) => lexicon.starts.matchAt(words, at, accents));
  const relayer = lexicon.askedBy.opens.matchAt(words, lead, accents);
  if (relayer === 0) return 0;
  const asker = lexicon.askerWords.matchAt(words, lead + relayer, accents);
  const at = lead + relayer + asker + lexicon.relayedSays.matchAt(words, lead + relayer + asker, accents);
  return lexicon.relayedOpeners.matchAt(words, at, accents) > 0 ? at : 0;
}

/**
 * A request opening the clause (after the asker's words or the bot's name, if any) for something, not for small talk:
 * "cho tôi xin link tự đánh giá", "bác muốn biết tên bản tuyên bố đó", "Bạn cho mình biết tên mô hình đó nhé"; not
 * "mình muốn biết vậy thôi", "em muốn hỏi thêm chút".
 */
function requestsNow(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  const before = Math.max(lexicon.askerWords.matchAt(words, 0, accents), lexicon.runOn.addressees.matchAt(words, 0, accents));
  const at = lexicon.requestOpeners.matchAt(words, 0, accents) > 0 ? 0 : before > 0 ? before : -1;
  const opener = at < 0 ? 0 : lexicon.requestOpeners.matchAt(words, at, accents);
  return opener > 0 && requestsSomething(words.slice(at + opener), lexicon, accents);
}

/** What follows a request opener is something requested: words beyond filler, and no small talk ("… cho mình biết
 * nhé" after thanks requests nothing; "mình muốn biết vậy thôi" only small talk). */
function requestsSomething(rest: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  return stripFiller(rest, lexicon, accents).length > 0 && smallTalkOf(rest, lexicon, accents) === undefined;
}

/**
 * "đây là tổng đài của hội khuyến học hay là máy trả lời tự động?", "Muốn nói chuyện với người thật thì làm sao?": a
 * clause naming something only the bot can be is about the bot; asking for a person is human small talk.
 */
function aboutTheBot(words: readonly Word[], lexicon: Lexicon, accents: boolean): SmallTalkKind | undefined {
  if (lexicon.aboutTheBot.find(words, accents).length === 0) return undefined;
  const asksForPerson = lexicon.smallTalk.find(words, accents).some(({ kind }) => kind === 'human');
  return asksForPerson ? 'human' : 'identity';
}

/**
 * "những gì mình gõ vào đây có bị lưu lại không": a clause asking what becomes of the messages (a `privacy` phrase with
 * a word of the chat itself, `privacy-chat-words`) is privacy small talk whatever else it says, unless it names a
 * subject ("phiếu tự đánh giá công dân học tập có bị lưu lại không" asks of the documents, "hồ sơ nộp online có bị lưu
 * lại không" of a dossier).
 */
function aboutMessagesKept(words: readonly Word[], lexicon: Lexicon, accents: boolean): SmallTalkKind | undefined {
  const asked = lexicon.smallTalk.find(words, accents).some(({ kind }) => kind === 'privacy');
  const ofChat = lexicon.privacyChatWords.find(words, accents).length > 0;
  return asked && ofChat && !namesSubject(words, lexicon) ? 'privacy' : undefined;
}

/**
 * A clause without a question mark or question word that holds a phrase marking it as small talk: "người già như tôi
 * đọc mỏi mắt lắm" complains about the replies, "nhờ bạn mà mình nộp giấy kịp hạn" thanks, whatever else it names;
 * passing the answer on (`passed-on`) thanks when said done, requesting nothing and naming no subject. A mark is read
 * with the bot's name inside it set aside when none is found as typed ("nhắn để cảm ơn ad thôi").
 */
function markedSmallTalk(typed: { asks: boolean; words: Word[] }, lexicon: Lexicon, accents: boolean): SmallTalkKind | undefined {
  // "con nhắn để cảm ơn ad thôi": the bot addressed inside a mark ("nhắn để cảm ơn thôi") says the same.
  const asTyped = lexicon.clauseMarks.find(typed.words, accents);
  const clause = asTyped.length > 0 ? typed : { asks: typed.asks, words: withoutAddress(typed.words, lexicon, accents) };
  const found = asTyped.length > 0 ? asTyped : lexicon.clauseMarks.find(clause.words, accents);
  const marks = found.map(({ phrase }) => lexicon.clauseMarkKind.get(phrase)!);
  // The question words of a mark itself ask nothing ("không" of "không đúng ý").
  const asking = askingWords(clause.words, lexicon, accents).filter(({ start, length }) => !within(start, length, found));
  // A complaint asked as a question ("sao bot trả lời chậm thế?") asks nothing of the documents, unless it names a
  // subject ("sao trả lời sai về gia đình học tập vậy").
  if (clause.asks || asking.length > 0) return marks.includes('complaint') && !namesSubject(clause.words, lexicon) ? 'complaint' : undefined;
  if (passedOnDone(clause.words, lexicon, accents)) marks.push('thanks');
  return SMALL_TALK_KINDS.find((kind) => marks.includes(kind));
}

/**
 * "mình chuyển cho cả nhóm rồi nhé", "tôi sẽ báo lại cho các cụ": the answer passed on (`passed-on`), said done or
 * about to be (a `done` word), with no request and no subject named — not "ad kể cho con nghe thêm đi", "gửi cho mẹ
 * tiêu chí gia đình học tập".
 */
function passedOnDone(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  const passed = passedOnSpans(words, lexicon, accents);
  // The verb passed on may be a request word itself ("gửi"); one outside it requests ("ad gửi lại cho con với").
  const requests = lexicon.requests.find(words, accents).filter(({ start, length }) => !within(start, length, passed));
  return passed.length > 0 && lexicon.passedOn.done.find(words, accents).length > 0 && requests.length === 0 && !namesSubject(words, lexicon);
}

/** The spans of a `passed-on` verb, link and audience in a row ("chuyển | cho | cả nhóm"). */
function passedOnSpans(words: readonly Word[], lexicon: Lexicon, accents: boolean): { start: number; length: number }[] {
  const { verbs, links, audiences } = lexicon.passedOn;
  return verbs.find(words, accents).flatMap(({ start, length }) => {
    const link = links.matchAt(words, start + length, accents);
    const audience = link > 0 ? audiences.matchAt(words, start + length + link, accents) : 0;
    return audience > 0 ? [{ start, length: length + link + audience }] : [];
  });
}

/**
 * "Thôi mình đi nấu cơm đây": after the asker's words and small talk, a `leave-taking` opening word, at most `within`
 * words, and its closing word ending the clause, naming no subject and asking nothing ("mình đi nộp ở đâu đây" asks),
 * takes leave.
 */
function leaveTaken(words: readonly Word[], lexicon: Lexicon, accents: boolean): SmallTalkKind | undefined {
  const said = stripFiller(words, lexicon, accents);
  const at = skipped(0, (i) => Math.max(lexicon.askerWords.matchAt(said, i, accents), lexicon.smallTalk.at(said, i, accents)?.length ?? 0));
  const { opens, closes, within: most } = lexicon.leaveTaking;
  const open = opens.matchAt(said, at, accents);
  const close = closes.find(said, accents).find(({ start, length }) => start + length === said.length);
  if (open === 0 || !close || close.start < at + open || close.start - (at + open) > most || namesSubject(said, lexicon) || askingWords(said, lexicon, accents).length > 0) return undefined;
  return 'acknowledge';
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
  // A clause holding a past marker, and those after it in the same story, tell the past ("hôm qua mình hỏi về cách tự
  // đánh giá …, tối về mình ngồi hướng dẫn bố mẹ …") — unless one holds a word of now ("… mà giờ mình muốn biết …").
  const toldPast: boolean[] = [];
  clauses.forEach((clause, i) => {
    const now = lexicon.nowMarkers.find(clause.words, accents).length > 0;
    toldPast.push(!now && (lexicon.pastMarkers.find(clause.words, accents).length > 0 || (i > 0 && toldPast[i - 1]!)));
  });
  // Thanks with the resident's own story of an earlier question ("cảm ơn bot nha, hôm trước mình hỏi về tuần lễ học tập
  // suốt đời, bot trả lời rõ ràng …"): a clause in the asker's voice, longer than a keyword search, may name a subject.
  // Its request and facet words ask nothing when it tells the past (`toldPast`).
  const thanksStory = (clause: number) => {
    const words = clauses[clause]!.words;
    return (
      kinds.includes('thanks') &&
      words.length >= THANKS_STORY_MIN_WORDS &&
      lexicon.askerWords.find(words, accents).length > 0 &&
      (lexicon.requests.find(words, accents).length === 0 || toldPast[clause]!)
    );
  };
  // "bà con góp được mấy thùng sách …, mình vui quá nên kể bot nghe vậy thôi chứ không hỏi gì đâu": a message saying it
  // asks nothing tells with its question words in clauses without "?".
  const deniesAsking = clauses.some((clause) => lexicon.deniesAsking.find(clause.words, accents).length > 0);
  // "hôm qua ad trả lời giúp mình về tuần lễ rất kỹ … mình chỉ nhắn để cảm ơn ad thôi": a message saying it only thanks
  // tells in its clauses asking nothing, whatever they name or say done ("ba mẹ con đăng ký xong rồi") — not in one
  // that asks ("…, mà năm nay khai mạc hôm nào"). The bot addressed inside the phrase says the same ("con nhắn để cảm ơn
  // ad thôi").
  const thanksOnly = clauses.some((clause) => lexicon.thanksOnly.find(withoutAddress(clause.words, lexicon, accents), accents).length > 0);
  // "… Bạn cho mình xin nguyên câu đầy đủ nhé, cảm ơn bạn": a clause requesting something beside thanks.
  const requesting = clauses.some((clause, i) => kinds[i] === undefined && lexicon.requests.find(clause.words, accents).length > 0 && !thanksStory(i));
  const aside = (clause: { asks: boolean; words: Word[] }, at: number) => {
    // What the bot's help brought is read before filler takes its "nhờ bạn" away ("nhờ bạn tìm ra số hiệu văn bản mà …").
    const words = stripFiller(withoutHelpThanked(clause.words, lexicon, accents), lexicon, accents);
    // "…, cho tôi xin link tự đánh giá", "… Bác muốn biết tên bản tuyên bố đó …": a clause opening with a request, or
    // with the asker's words and then one, asks now — unless what it requests is small talk ("mình muốn biết vậy thôi").
    if (requestsNow(clause.words, lexicon, accents)) return false;
    // "sai rồi, mình hỏi năm 2023 cơ": beside a complaint, the asker says again what they asked.
    if (kinds.includes('complaint') && asksAgain(clause.words, lexicon, accents) > 0) return false;
    // Beside a denial, a clause naming a subject only tells when it asks nothing ("mình vào xem trợ lý về gia đình học
    // tập" tells; "à quên, hạn nộp hồ sơ gia đình học tập là khi nào" asks, though without "?").
    const named = namesSubject(clause.words, lexicon);
    // "con nhắn giùm ông nội vì ông không quen bấm điện thoại": in a clause naming no subject, a yes/no word inside it
    // negates.
    const asking = askingWords(words, lexicon, accents).length > 0 && (named || !negatesOnly(words, lexicon, accents));
    const cued = cuedFacets(words, lexicon, accents).size > 0;
    const tellsOnly = !asking && !cued;
    // A cue word there tells only what is past or done ("… đăng ký xong rồi"); "cho con xin tiêu chí …" asks.
    if (thanksOnly) return !asking && !clause.asks && (!cued || toldPast[at]! || lexicon.passedOn.done.find(words, accents).length > 0);
    if (!sharing && named && !(deniesAsking && tellsOnly) && !thanksStory(at)) return false;
    if (aboutTheBot && isYesNoFrame(words, lexicon, accents)) return true;
    if (clause.asks && !(thanksStory(at) && toldPast[at])) return false;
    if (deniesAsking) return !named || tellsOnly;
    // "… nhờ ad mà cháu làm xong bài tập rồi, mai cô kiểm tra chắc được điểm cao": the story beside thanks may hold a
    // facet's cue ("điểm") without asking for it, when no clause requests anything.
    return !asking && (!cued || (thanksStory(at) && !requesting));
  };
  if (!clauses.every((clause, i) => kinds[i] !== undefined || aside(clause, i))) return undefined;
  return SMALL_TALK_KINDS.find((kind) => kinds.includes(kind));
}
