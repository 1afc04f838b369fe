// Who does which act a question asks ("ai ký", "ký bởi ai", "do ai phát động"): the acts an answering sentence must name.
import { foldText, hasDiacritics } from '../text/vietnamese.js';
import type { Lexicon } from './lexicon.js';
import { namesSubject } from './documents-named.js';
import { wordsOf, type Word } from './words.js';

/**
 * The acts the question asks who does, each with the acts of its group, as written in the data ("ký", "phát động"):
 * the first act at most `within` words after a `who` word ("ai ký", "ai đã công nhận"; in "ai ký quyết định 1315" the
 * act is "ký", not the document's "quyết định"), or one right before a link word and a `who` word ("ký bởi ai", "người
 * ký là ai"), or the first act at most `claimWithin` words after a claimer and someone who acts, in a claim checked with a
 * tag ("… do thủ tướng Phạm Minh Chính ký phải không") or opened right before the claimer ("… có phải do … ký không"),
 * or after someone who acts opening a claim checked with a tag ("thủ tướng Phạm Minh Chính ký qđ 1315 đúng không").
 * Empty when the question asks no one's act.
 */
export function actsAsked(question: string, lexicon: Lexicon): string[] {
  return readActsAsked(question, lexicon).acts;
}

/** The acts asked (as `actsAsked`) and, for each claim read, the words from its claimer to its act ("do Bộ Giáo dục"). */
export interface ActsAndClaims {
  /** The acts asked, each with the acts of its group, as `actsAsked` gives them. */
  acts: string[];
  /** The words of each claim's claimer (none when the actor opens the question) and claimed actor, as spans of the
   * question's words. */
  claimed: Array<{ start: number; length: number }>;
}

/** `actsAsked` with the spans of the claims it read: "qđ 1373 có phải do Bộ Giáo dục ký không" claims "do Bộ Giáo dục". */
export function readActsAsked(question: string, lexicon: Lexicon): ActsAndClaims {
  return actsAskedIn(wordsOf(question), hasDiacritics(question), lexicon);
}

/** `readActsAsked` of words already read, `accents` when they are typed with diacritics. */
function actsAskedIn(words: readonly Word[], accents: boolean, lexicon: Lexicon): ActsAndClaims {
  const { who, acts, groupOf, links, within, claimers, claimedActors, notActors, tags, claimOpeners, claimWithin } = lexicon.actsAsked;
  const askers = who.find(words, false);
  // "qđ 1315 do thủ tướng Phạm Minh Chính ký phải không": a claim of who did it, checked, asks who did it — "do" or
  // "là" with its marks where the message has them ("mức độ" is none), right before someone who acts.
  const namesActor = ({ start, length }: { start: number; length: number }) => claimedActors.matchAt(words, start + length, accents) > 0 && notActors.matchAt(words, start + length, false) === 0;
  // "qđ 1315 có phải do thủ tướng Phạm Minh Chính ký không": a claimer right after a claim opener needs no tag.
  const opened = ({ start }: { start: number }) => claimOpeners.find(words.slice(0, start), false).some((opener) => opener.start + opener.length === start);
  const tagged = tags.find(words, false).length > 0;
  // "qđ 1315 có phải thủ tướng Phạm Minh Chính ký không": a claim opener right before someone who acts claims as "do" does.
  // "thủ tướng Phạm Minh Chính ký qđ 1315 đúng không": checked with a tag, someone who acts opening the question claims
  // as "do" does (an empty claimer before its first word) — not someone the act is done to ("xã em được công nhận …").
  const opening = { start: 0, length: 0 };
  const actor = claimedActors.matchAt(words, 0, accents);
  const doneTo = lexicon.actsAsked.doneTo.matchAt(words, actor, false) > 0 || lexicon.askerWords.matchAt(words, actor, accents) > 0;
  const claims = [
    ...claimers.find(words, accents).filter((claimer) => namesActor(claimer) && (tagged || opened(claimer))),
    ...claimOpeners.find(words, false).filter(namesActor),
    ...(tagged && namesActor(opening) && !doneTo ? [opening] : []),
  ];
  if (askers.length === 0 && claims.length === 0) return { acts: [], claimed: [] };
  // "ai đăng ký ở đâu": "ký" of "đăng ký" is no act.
  const notAfter = new Set(lexicon.actsAsked.notAfter.map((word) => foldText(word)));
  const found = acts.find(words, false).filter(({ start }) => start === 0 || !notAfter.has(words[start - 1]!.folded));
  const firstWithin = (from: { start: number; length: number }, limit: number) => found.find(({ start }) => start >= from.start + from.length && start - (from.start + from.length) < limit);
  const claimedActs = claims.flatMap((claimer) => {
    const act = firstWithin(claimer, claimWithin);
    return act === undefined ? [] : [{ act, span: { start: claimer.start, length: act.start - claimer.start } }];
  });
  const firstAfter = [...askers.flatMap((asker) => firstWithin(asker, within) ?? []), ...claimedActs.map(({ act }) => act)];
  const beforeLink = found.filter(({ start, length }) => {
    const link = links.matchAt(words, start + length, false);
    return link > 0 && who.matchAt(words, start + length + link, false) > 0;
  });
  const asked = [...new Set([...firstAfter, ...beforeLink].flatMap(({ phrase }) => groupOf.get(phrase) ?? []))];
  return { acts: asked, claimed: claimedActs.map(({ span }) => span) };
}

/**
 * The words with each claimed actor read as asked: "đơn vị học tập cấp huyện do Sở Giáo dục ra quyết định công nhận
 * phải không" searches "… do ai quyết định công nhận phải không" — the actor the resident half-remembers would find
 * passages about that actor rather than about who does the act. `accents`: the message was typed with diacritics (its
 * words after shorthand may hold marks the resident never typed: "ko" → "không").
 */
export function withClaimedActorsAsked(words: readonly Word[], accents: boolean, lexicon: Lexicon): Word[] {
  const { claimed } = actsAskedIn(words, accents, lexicon);
  // Only a claim opened by "do" or "là" naming someone, no place or figure ("có phải xã em được huyện công nhận … năm
  // 2023 không" tells the asker's case; "có phải tỉnh Nghệ An phát động …" asks of a place); one opened by the actor
  // keeps its words ("thủ tướng ký quyết định 677 đúng không" is answered from the decision's card).
  const rewritten = claimed.filter(({ start, length }) => {
    const span = words.slice(start, start + length);
    return lexicon.actsAsked.claimers.matchAt(span, 0, false) > 0 && !span.some((word) => /\d/u.test(word.folded)) && lexicon.elsewhere.find(span, false).length === 0 && !namesSubject(span, lexicon);
  });
  if (rewritten.length === 0) return [...words];
  const asked = wordsOf(lexicon.actsAsked.claimAsked);
  const out: Word[] = [];
  for (let i = 0; i < words.length; ) {
    const span = rewritten.find(({ start }) => start === i);
    if (span) {
      out.push(...asked);
      i += span.length;
    } else out.push(words[i++]!);
  }
  return out;
}

/**
 * A test of whether a sentence names one of `acts` as words, with their marks ("kỳ" is no "ký"), not right after a word
 * of `notAfter` ("đăng ký" names no signing); compiled once per question, since the composer asks it of every sentence.
 */
export function actNamer(acts: readonly string[], notAfter: readonly string[] = []): (sentence: string) => boolean {
  if (acts.length === 0) return () => false;
  const notAfterWord = notAfter.length > 0 ? `(?<!(?:${notAfter.map(escapePhrase).join('|')})\\s+)` : '';
  const named = new RegExp(`(?<![\\p{L}\\p{N}])${notAfterWord}(?:${acts.map(escapePhrase).join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return (sentence) => named.test(sentence.normalize('NFC').toLowerCase());
}

/**
 * Whether a sentence says who does one of `acts`: one of `doers` before the act within its clause ("… do Phó Thủ tướng
 * Trần Hồng Hà ký", "… do Viện UNESCO về Học tập suốt đời (UIL) khởi xướng và lập ra năm 2012"), not the act alone
 * ("… lần đầu tiên được tổ chức tại Bangkok").
 */
export function doerNamer(acts: readonly string[], doers: readonly string[], notAfter: readonly string[] = []): (sentence: string) => boolean {
  if (acts.length === 0 || doers.length === 0) return () => false;
  const notAfterWord = notAfter.length > 0 ? `(?<!(?:${notAfter.map(escapePhrase).join('|')})\\s+)` : '';
  const named = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${doers.map(escapePhrase).join('|')})\\s[^,;:.!?\\n]*?(?<![\\p{L}\\p{N}])${notAfterWord}(?:${acts.map(escapePhrase).join('|')})(?![\\p{L}\\p{N}])`,
    'u',
  );
  return (sentence) => named.test(sentence.normalize('NFC').toLowerCase());
}

/** A phrase as a regular expression matching it, its spaces any run of whitespace. */
function escapePhrase(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+');
}
