// Message words with their folded forms, and whole-word phrase matching that respects accents where folding merges words.
import { MEMO_WORD_LENGTH, TEXT_CACHE_SIZES, memoizeText, sharedTextCache } from '../text/memo.js';
import { fold, hasDiacritics, hasToneMark, normalize, TONE_MARKS } from '../text/vietnamese.js';
import { ECHO_RUN_ALONE } from './tuning.js';

/** One word of a message: lowercase NFC as typed, and folded. Document numbers ("387/qđ-ttg") stay one word. */
export interface Word {
  text: string;
  folded: string;
  /** Typed with a capital first letter ("xã Tân Lập"). A word opening a sentence has one too, so only a reader that
   * knows the word's place (after a local unit) or the phrases it begins ("Vinh danh") takes it for a name. */
  capital?: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[/.\-][\p{L}\p{N}]+)*%?|%/gu;
/**
 * A letter typed again and again at a word's end for emphasis ("chàoo", "okkk", "cảm ơnnn"): three or more of any
 * letter, or two of a vowel other than "u" ("nghien cuu" is nghiên cứu typed bare; no other syllable ends so, and "tt"
 * is thông tư and stays; "ee" is left to English, "coffee"), after another letter ("kkk" is laughter, not "k"); never in
 * a Roman numeral ("chương VIII").
 */
const ELONGATED = /(?<=(\p{L}))(?!\1)(\p{L})\2{2,}$|(?<=(\p{L}))(?!\3)([aăâêioôơy])\4$/u;
/**
 * A last letter typed twice by a slip ("bạnn", "khôngg", "íchh", "nhiềuu"): a final consonant of Vietnamese, which no
 * syllable doubles, or "u" after a vowel ("cuu", "huu" stay) — read only in a word typed with diacritics and not in
 * capitals, so English words, abbreviations and codes keep their letters ("app", "TNHH", "ANTT", "OTT", "Scott").
 */
const SLIPPED_FINAL = /(?<=(\p{L}))(?!\1)([cghmnpt])\2$|(?<=[aăâeêioôơưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợừứửữựỳýỷỹỵ])(u)\3$/u;
const ROMAN_NUMERAL = /^[ivxlcdm]+$/u;
/** fold() of one word, memoised: messages and passages repeat the same few thousand words. */
const foldWord = memoizeText(fold, TEXT_CACHE_SIZES.words);

/**
 * What between two words may part them into two clauses: sentence punctuation, a line break, an emoji, a bracket or a
 * dash between spaces ("ngày. Năm nay", "quyết định, ba người", "tám mươi - hai"). Broader than understand.ts's split
 * (which keeps "1,4" and "09/11" whole): a number said as words or a run-on break never crosses any of these.
 */
export const CLAUSE_GAP = /[.,;:?!…()[\]\n]|\p{Extended_Pictographic}|\s[-–—]\s/u;

/** A word of a text with where it stands in the text in NFC (`from` to `to`, exclusive). */
export interface SpannedWord extends Word {
  from: number;
  to: number;
}

const textSpans = sharedTextCache<{ nfc: string; words: readonly SpannedWord[] }>(TEXT_CACHE_SIZES.texts);

/**
 * The words of `text` with their places in the text in NFC (line breaks and spacing kept), which is returned too.
 * Memoised: a message is read so by each rewriting step (spoken numbers, run-on breaks, self-corrections, documents).
 */
export function wordSpans(text: string): { nfc: string; words: SpannedWord[] } {
  const { nfc, words } = textSpans.get(text, () => {
    const normalized = text.normalize('NFC');
    return { nfc: normalized, words: [...normalized.matchAll(WORD)].map((match) => ({ ...toWord(match[0]), from: match.index, to: match.index + match[0].length })) };
  });
  return { nfc, words: [...words] };
}

const textWords = sharedTextCache<readonly Word[]>(TEXT_CACHE_SIZES.texts);

/** The words of `text` (lowercased, NFC); memoised (an answer reads its question's words in a dozen places). */
export function wordsOf(text: string): Word[] {
  return [...textWords.get(text, () => (normalize(text).match(WORD) ?? []).map(toWord))];
}

const wordReadings = memoizeText(readWord, TEXT_CACHE_SIZES.words);

/** readWord memoised: the language data's phrases and the passages repeat a few thousand words. A new object each
 * time, since readers tell a message's words apart by identity (two "năm" in one message are two words). */
function toWord(asTyped: string): Word {
  return asTyped.length > MEMO_WORD_LENGTH ? readWord(asTyped) : { ...wordReadings(asTyped) };
}

/**
 * One word as typed (NFC), lowercased and folded, its emphasis letters and a last letter doubled by a slip dropped, an
 * "n" dropped before a last "g" put back.
 */
function readWord(asTyped: string): Word {
  const typed = asTyped.toLowerCase();
  // Only a word ending in a doubled letter can be elongated or slipped: the look-behind regexes are skipped for the rest.
  const doubled = typed.length > 2 && typed.charCodeAt(typed.length - 1) === typed.charCodeAt(typed.length - 2);
  const elongated = !doubled || ROMAN_NUMERAL.test(typed) ? typed : typed.replace(ELONGATED, (_run, _before, letter: string | undefined, _beforeVowel, vowel: string | undefined) => letter ?? vowel!);
  const slipped = doubled && elongated === typed && asTyped !== asTyped.toUpperCase() && hasDiacritics(typed);
  const kept = slipped ? typed.replace(SLIPPED_FINAL, (_run, _before, final: string | undefined, u: string | undefined) => final ?? u!) : elongated;
  const text = withDroppedN(withoutEchoedVowel(kept));
  return asTyped === typed ? { text, folded: foldWord(text) } : { text, folded: foldWord(text), capital: /^\p{Lu}/u.test(asTyped) };
}

/**
 * The word without the bare vowels echoing the marked one before them at its end ("ạaaa", "nhéee"): no Vietnamese
 * syllable ends so; a run of one vowel alone ("aaaa", typed bare) is that vowel. Not "u" ("cứu", "lưu" are typed with
 * their "u"). Read on every word: no regex.
 */
function withoutEchoedVowel(word: string): string {
  const vowel = word[word.length - 1]!;
  if (word.length < 2 || !'aeioy'.includes(vowel)) return word;
  let start = word.length - 1;
  while (start > 0 && word[start - 1] === vowel) start--;
  // "aaaa" typed bare for "ạaaa": a run of one vowel alone is that vowel ("iii" is a numeral).
  if (start === 0) return word.length >= ECHO_RUN_ALONE && vowel !== 'i' ? vowel : word;
  const marked = word[start - 1];
  return marked !== undefined && marked.charCodeAt(0) > 127 && foldWord(marked) === vowel ? word.slice(0, start) : word;
}

/**
 * "nhữg", "khôg", "trườg": a vowel then "g" ends no Vietnamese syllable — the "n" of "ng" was dropped by a slip. Read
 * only in a word typed with diacritics, so English words ("blog", "dog") keep their letters. Read on every word: no regex.
 */
function withDroppedN(word: string): string {
  if (word.length < 2 || word[word.length - 1] !== 'g' || !'aeiouy'.includes(foldWord(word[word.length - 2]!))) return word;
  return hasDiacritics(word) ? `${word.slice(0, -1)}ng` : word;
}

/** A compiled set of phrases; each phrase is a sequence of words. */
export interface PhraseSet {
  /** Length (in words) of the longest phrase that starts at `index`, or 0 (an excepted phrase starting there hides it;
   * one starting before `index` is not looked at: `find` hides the phrases inside it). */
  matchAt(words: readonly Word[], index: number, accentsCount: boolean): number;
  /** The phrases found, left to right, longest first at each position, never overlapping. */
  find(words: readonly Word[], accentsCount: boolean): { start: number; length: number; phrase: string }[];
}

/** How strictly a phrase set reads diacritics. */
export interface PhraseOptions {
  /**
   * Phrases that never match a word typed without diacritics where the phrase has them: typed bare they fold onto
   * common words ("keo dai" is "kéo dài", not "kèo"; "danh gia do ai" is "đánh giá do ai", not "giá đô").
   */
  marked?: readonly string[];
  /**
   * A word typed with diacritics may leave some of the phrase's marks out but never adds others ("thời tiêt" is
   * "thời tiết", "đó diễn" is not "đồ điên"): for phrases that refuse a message, where a fold-alike is costly ("hội
   * nghị đó diễn ra" is not the insult).
   */
  typedAccentsCount?: boolean;
  /**
   * Like `typedAccentsCount`, but only for phrase words written with diacritics; a bare phrase word (shorthand: "gd")
   * matches however it is typed. For chat shorthand: "ngày mô" is "ngày nào", "ngày mở" is not.
   */
  markedWordsCount?: boolean;
  /** Longer phrases holding one of `phrases` that are not it: no phrase matches inside one ("xin chào" is no "xin",
   * "đang giúp" no "giúp"). */
  except?: readonly string[];
  /**
   * Names that fold onto common words ("Vinh" and "vinh danh"): they match only typed with a capital first letter, or
   * right after one of `after` ("thành phố vinh"), and never with marks they do not have ("Vĩnh Long"). Phrases
   * holding one that are no name ("vinh danh", "Trà Vinh", "bác Vinh") go in `except`.
   */
  names?: { phrases: readonly string[]; after: readonly string[] };
}

/**
 * Compiles `phrases`. Matching ignores diacritics, except for phrases in `accented`: those must be written exactly so
 * when `accentsCount` (the message has diacritics), since folding merges real words ("với" and "vòi", "đâu" and "đầu")
 * — or with some of their marks and no others, as a typo leaves them ("vây" for "vậy").
 */
export function compilePhrases(phrases: readonly string[], accented: readonly string[] = [], options: PhraseOptions = {}): PhraseSet {
  const exact = new Set(accented.map((p) => wordsOf(p).map((w) => w.text).join(' ')));
  const marked = new Set((options.marked ?? []).map((p) => wordsOf(p).map((w) => w.text).join(' ')));
  const excepted = new Set((options.except ?? []).map((p) => wordsOf(p).map((w) => w.text).join(' ')));
  const names = new Set((options.names?.phrases ?? []).map((p) => wordsOf(p).map((w) => w.text).join(' ')));
  const nameAfter = options.names && compilePhrases(options.names.after);
  const nameAfterLengths = [...new Set((options.names?.after ?? []).map((p) => wordsOf(p).length))];
  const byFirst = new Map<string, { folded: string[]; text: string[]; exact: boolean; marked: boolean; except: boolean; name: boolean }[]>();
  for (const phrase of [...phrases, ...(options.except ?? [])]) {
    const words = wordsOf(phrase);
    if (words.length === 0) continue;
    const text = words.map((w) => w.text);
    const typed = text.join(' ');
    const entry = { folded: words.map((w) => w.folded), text, exact: exact.has(typed), marked: marked.has(typed), except: excepted.has(typed), name: names.has(typed) };
    const list = byFirst.get(entry.folded[0]!) ?? [];
    list.push(entry);
    byFirst.set(entry.folded[0]!, list);
  }
  // Longest first; of two folding alike, the excepted one ("chi tiêu" typed so is no "chỉ tiêu").
  for (const list of byFirst.values()) list.sort((a, b) => b.folded.length - a.folded.length || Number(b.except) - Number(a.except));

  /** True when a name starts at `index`: typed with a capital, or right after a word that announces a name. */
  const typedAsName = (words: readonly Word[], index: number) =>
    words[index]!.capital === true || nameAfterLengths.some((length) => index >= length && nameAfter!.matchAt(words, index - length, false) === length);
  /** The length of the longest phrase at `index` (excepted phrases as negative lengths), or 0. */
  const entryAt = (words: readonly Word[], index: number, accentsCount: boolean): number => {
    const first = words[index];
    // Most words begin no phrase of a set: one lookup, nothing built.
    const entries = first === undefined ? undefined : byFirst.get(first.folded);
    if (entries === undefined) return 0;
    for (const entry of entries) {
      if (index + entry.folded.length > words.length) continue;
      if (entry.name && (!typedAsName(words, index) || entry.text.some((text, i) => !marksWithin(words[index + i]?.text ?? '', text)))) continue;
      const mustMatchAccents = accentsCount && entry.exact;
      const ok = entry.folded.every((f, i) => {
        const word = words[index + i]!;
        // Every reading below needs the folded forms equal: the cheap test first.
        if (word.folded !== f) return false;
        if (entry.marked && entry.text[i] !== f && !hasDiacritics(word.text)) return false;
        // A word typed with some of the marks and no others ("vây" for "vậy") is that word; a bare one is not. In a message
        // typed without marks, a word that has them came from chat shorthand ("hn" → "hà nội") and is matched as written:
        // its "hà" is no "hả". (Comparing with the folded form first spares most words the fold.)
        const marked = mustMatchAccents || (entry.exact && word.text !== word.folded && hasDiacritics(word.text));
        if (marked) return word.text === entry.text[i] || (hasDiacritics(word.text) && marksWithin(word.text, entry.text[i]!));
        return (
          (!options.typedAccentsCount || marksWithin(word.text, entry.text[i]!)) &&
          (!options.markedWordsCount || entry.text[i] === f || marksWithin(word.text, entry.text[i]!))
        );
      });
      if (ok) return entry.except ? -entry.folded.length : entry.folded.length;
    }
    return 0;
  };
  return {
    matchAt: (words, index, accentsCount) => Math.max(0, entryAt(words, index, accentsCount)),
    find(words, accentsCount) {
      const found: { start: number; length: number; phrase: string }[] = [];
      for (let i = 0; i < words.length; ) {
        const length = entryAt(words, i, accentsCount);
        if (length > 0) found.push({ start: i, length, phrase: words.slice(i, i + length).map((w) => w.folded).join(' ') });
        i += Math.max(1, Math.abs(length));
      }
      return found;
    },
  };
}

/** "i" and "y" are one letter where folding writes a final "y" as "i" ("tỉ" for "tỷ"). */
const I_OR_Y = new Set(['i', 'y']);

/** Any mark but those that change the vowel (â, ă, ơ): what is left of a word's marks once these are removed. */
const NOT_VOWEL_MARK = /[^\u0302\u0306\u031B]/gu;

/**
 * True when every mark typed on `typed` is on the same letter of `wanted` ("i" and "y" count as one; a tone mark on
 * either vowel of the syllable), and "đ" is typed only where it stands. A word typed with a tone mark has its vowels as
 * typed: "máy" is no "mấy" missing a mark, while "vây" may be "vậy" without its tone.
 */
function marksWithin(typed: string, wanted: string): boolean {
  if (typed === wanted) return true;
  if (typed.length > MEMO_WORD_LENGTH || wanted.length > MEMO_WORD_LENGTH) return marksWithinOnce(typed, wanted);
  return markAgreements.get(`${typed}\u0000${wanted}`, () => marksWithinOnce(typed, wanted));
}

/** Pairs of a word as typed and a phrase's word already compared: phrase matching asks the same pairs for every message. */
const markAgreements = sharedTextCache<boolean>(TEXT_CACHE_SIZES.words);

/** `marksWithin` computed: the marks of each letter of `typed` against the same letter of `wanted`. */
function marksWithinOnce(typed: string, wanted: string): boolean {
  const letters = (word: string) => {
    const out: { base: string; marks: string }[] = [];
    for (const char of word.normalize('NFD')) {
      if (/\p{M}/u.test(char) && out.length > 0) out[out.length - 1]!.marks += char;
      else out.push({ base: char, marks: '' });
    }
    return out;
  };
  const a = letters(typed);
  const b = letters(wanted);
  const typedMarks = a.map((letter) => letter.marks).join('');
  const vowelMarks = (marks: string) => marks.replace(NOT_VOWEL_MARK, '');
  if (hasToneMark(typedMarks) && vowelMarks(typedMarks) !== vowelMarks(b.map((letter) => letter.marks).join(''))) return false;
  const sameBase = (x: string, y: string) => x === y || x === 'd' || (I_OR_Y.has(x) && I_OR_Y.has(y));
  // The tone may sit on either vowel of a pair, as old and new spellings place it ("Thanh Hoá" = "Thanh Hóa").
  const tones = (letters: { marks: string }[]) => letters.map((letter) => letter.marks.match(TONE_MARKS) ?? []).flat();
  const wantedTones = tones(b);
  return (
    a.length === b.length &&
    tones(a).every((mark) => wantedTones.includes(mark)) &&
    a.every((letter, i) => sameBase(letter.base, b[i]!.base) && [...letter.marks.replace(TONE_MARKS, '')].every((mark) => b[i]!.marks.includes(mark)))
  );
}

/** `nfc` with each edit's stretch (`from` to `to`, exclusive; in order, not overlapping) replaced by its `text`. */
export function spliced(nfc: string, edits: readonly { from: number; to: number; text: string }[]): string {
  let out = '';
  let at = 0;
  for (const { from, to, text } of edits) {
    out += nfc.slice(at, from) + text;
    at = to;
  }
  return out + nfc.slice(at);
}

/** The words `spans` cover (phrases found by a `PhraseSet`), in order. */
export function wordsIn<T extends Word>(words: readonly T[], spans: readonly { start: number; length: number }[]): T[] {
  return spans.flatMap(({ start, length }) => words.slice(start, start + length));
}

/** The words no span of `spans` covers, in order. */
export function wordsOutside<T extends Word>(words: readonly T[], spans: readonly { start: number; length: number }[]): T[] {
  const covered = positionsIn(spans);
  return words.filter((_, at) => !covered.has(at));
}

/** The positions of the words `spans` cover (phrases found by a `PhraseSet`). */
export function positionsIn(spans: readonly { start: number; length: number }[]): Set<number> {
  return new Set(spans.flatMap(({ start, length }) => Array.from({ length }, (_, k) => start + k)));
}
