// Filler set aside: who asked the resident to ask, hearsay, filler phrases, opening and closing words.
import { hasDiacritics } from '../text/vietnamese.js';
import type { FramingSpan, Lexicon } from './lexicon.js';
import { namesSubject } from './documents-named.js';
import { positionsIn, type PhraseSet, type Word } from './words.js';

/** Removes who asked the resident to ask, filler phrases and hearsay anywhere, and opening and closing words at the start and end of the clause. */
export function stripFiller(words: readonly Word[], lexicon: Lexicon, accents: boolean): Word[] {
  // Without diacritics "co … hoi" may be "có … hội" and "bao" the "bao" of "bao giờ": who asked is read there with
  // fewer words (`asked-by-bare`), and not where "hoi" is "hội" ("chu tich hoi dong", "chi hoi", "trong hoi").
  const { notAfter, notBefore } = lexicon.askedByBare;
  // Who asked opens the clause after its filler ("ad oi chu to truong hoi …"), unless the filler is who asked ("sếp nhờ").
  const framing = accents ? lexicon.askedBy : lexicon.askedByBare;
  let lead = 0;
  const fillerAt = (at: number) => (framing.opens.matchAt(words, at, accents) > 0 ? 0 : lexicon.filler.matchAt(words, at, accents));
  for (let step = fillerAt(0); step > 0; step = fillerAt(lead)) lead += step;
  // "hôm qua bà hỏi em là …": when it was asked, right before who asked, goes with who asked.
  const pastLength = lexicon.pastMarkers.matchAt(words, lead, accents);
  const past = pastLength > 0 && framing.opens.matchAt(words, lead + pastLength, accents) > 0 ? pastLength : 0;
  const rest = words.slice(lead + past);
  const hoiHere = (at: number, length: number) => at + length < rest.length && notBefore.matchAt(rest, at + length, false) === 0 && notAfter.matchAt(rest, at - 1, false) === 0;
  // "chu tich hoi": a word that is no opener, longer than the opener it begins with ("chú"), opens no framing.
  const notOpener = !accents && lexicon.askedByBare.notOpens.matchAt(rest, 0, false) >= Math.max(1, framing.opens.matchAt(rest, 0, false));
  const framed = notOpener ? rest : removeFraming(rest, framing, lexicon, accents, true, accents ? undefined : hoiHere);
  const unframed = removePhrases([...words.slice(0, framed.length < rest.length ? lead : lead + past), ...framed], lexicon.filler, accents);
  let out = withoutApproximations(removeFraming(unframed, lexicon.hearsay, lexicon, accents, false), lexicon, accents);
  for (let changed = true; changed && out.length > 0; ) {
    changed = false;
    const head = openingWordAt(out, 0, lexicon, accents);
    if (head > 0) {
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

/** Length of the opening word at `at` ("dạ", "à", "vậy thì"), 0 when none stands there. */
function openingWordAt(words: readonly Word[], at: number, lexicon: Lexicon, accents: boolean): number {
  const head = lexicon.starts.matchAt(words, at, accents);
  // "da nang co bao nhieu …": an opening word that begins a place's name ("dạ" / "Đà Nẵng") is the place.
  return head > 0 && lexicon.elsewhere.matchAt(words, at, accents) === 0 && lexicon.subjects.matchAt(words, at, accents) === 0 ? head : 0;
}

/** How many words the clause's opening words take ("à", "dạ vâng"): where what it says begins. */
export function afterOpeningWords(words: readonly Word[], lexicon: Lexicon, accents: boolean): number {
  let at = 0;
  for (let head = openingWordAt(words, at, lexicon, accents); head > 0; head = openingWordAt(words, at, lexicon, accents)) at += head;
  return at;
}

/** True when a question word runs across `cut` ("bao nhieu": "nhieu" is also the closing "nhiều"). */
function cutsQuestionWord(words: readonly Word[], cut: number, lexicon: Lexicon, accents: boolean): boolean {
  return lexicon.questionMarks.find(words, accents).some(({ start, length }) => start < cut && start + length > cut);
}

/**
 * Removes who said or asked it: "nghe mấy cô chú trong hội nói", "thấy mọi người hay nói" anywhere, "chị trưởng phòng
 * hỏi" at the start (`atStart`) — an opening word, at most `within` words, a closing word. A span naming a subject or
 * holding a figure is what was said, not who said it, and stays. `closesAt` may refuse a close where it stands.
 */
function removeFraming(words: readonly Word[], framing: FramingSpan, lexicon: Lexicon, accents: boolean, atStart: boolean, closesAt: (at: number, length: number) => boolean = () => true): Word[] {
  for (let i = 0; i < (atStart ? Math.min(1, words.length) : words.length); i++) {
    const open = framing.opens.matchAt(words, i, accents);
    if (open === 0) continue;
    for (let j = i + open; j <= Math.min(words.length - 1, i + open + framing.within); j++) {
      const close = framing.closes.matchAt(words, j, accents);
      // "nghe an co bao nhieu xa": a close that is the start of a question word ("bao nhiêu") closes nothing.
      if (close === 0 || cutsQuestionWord(words, j + close, lexicon, accents) || !closesAt(j, close)) continue;
      const span = words.slice(i, j + close);
      if (namesSubject(span, lexicon) || span.some((word) => /\d/u.test(word.folded))) break;
      const rest = words.slice(j + close);
      return [...words.slice(0, i), ...(atStart ? rest : removeFraming(rest, framing, lexicon, accents, false, closesAt))];
    }
  }
  return [...words];
}

/**
 * The words without an approximation right before a cue asking an amount or a time that opens with a question word
 * ("tầm bao nhiêu", "khoảng mấy năm", "cỡ bao lâu"; not "trong khoảng thời gian nào": there it is a span), nor one
 * that is the second half of another word ("trung tam bao nhieu người": `approximations-not-after`).
 */
function withoutApproximations(words: readonly Word[], lexicon: Lexicon, accents: boolean): Word[] {
  const asksAmount = (at: number) =>
    lexicon.questionMarks.matchAt(words, at, accents) > 0 && (['number', 'date'] as const).some((facet) => lexicon.facets.get(facet)!.matchAt(words, at, accents) > 0);
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const length = lexicon.approximations.matchAt(words, i, accents);
    const halfOfWord = i > 0 && lexicon.approximationsNotAfter.matchAt(words, i - 1, false) === 1;
    if (length > 0 && !halfOfWord && asksAmount(i + length)) i += length - 1;
    else out.push(words[i]!);
  }
  return out;
}

/** The words without every phrase of `phrases` found in them. */
export function removePhrases(words: readonly Word[], phrases: PhraseSet, accents: boolean): Word[] {
  const found = phrases.find(words, accents);
  if (found.length === 0) return [...words];
  const drop = positionsIn(found);
  return words.filter((_, i) => !drop.has(i));
}

/** How many closing words ("ạ", "vậy ạ", "nhé") end the words (one phrase, up to three words). */
export function closingWordsAt(words: readonly Word[], lexicon: Lexicon, accents: boolean): number {
  for (let n = Math.min(3, words.length); n >= 1; n--) if (lexicon.ends.matchAt(words, words.length - n, accents) === n) return n;
  return 0;
}

/**
 * The length of the asker's (or Loa's) word at `at`; 0 for none, or for a bare word typed without diacritics that is
 * another word too (`owner-words-marked`: "co" is "có" as well as "cô", "ban" is "bản").
 */
export function askerWordAt(words: readonly Word[], at: number, lexicon: Lexicon, accents: boolean): number {
  const length = lexicon.askerWords.matchAt(words, at, accents);
  const word = words[at];
  return length === 1 && word && lexicon.ownerWordsMarked.has(word.folded) && !hasDiacritics(word.text) ? 0 : length;
}
