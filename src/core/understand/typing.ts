// Words typed with the keyboard off or slipping: Telex and VNI keystrokes read as syllables, parted and glued syllables mended.
import { fold, hasDiacritics } from '../text/vietnamese.js';
import type { Lexicon } from './lexicon.js';
import { MOST_GLUED_SYLLABLES } from './tuning.js';
import { wordSpans } from './words.js';

/** prompts/language/typing.yaml as read. */
export interface TypingData {
  telex: { tones: Record<string, string>; marks: Record<string, string> };
  vni: { tones: Record<string, string>; marks: Record<string, string> };
  syllable: { onsets: string[]; codas: string[]; open: string[]; closed: string[]; either: string[]; toneTakers: string[]; toneOnSecond: string[] };
  notKeystrokes: string[];
}

/** The rules compiled for reading one word. */
export interface Typing {
  /** Telex tone key → the combining tone mark it types. */
  telexTones: ReadonlyMap<string, string>;
  /** Telex mark keys ("aa", "uow", "dd", "w"), longest first, with the letters they make. */
  telexMarks: readonly (readonly [string, string])[];
  vniTones: ReadonlyMap<string, string>;
  /** VNI mark digit → the plain letters it marks and the letter each becomes ("6" → a→â, e→ê, o→ô). */
  vniMarks: ReadonlyMap<string, ReadonlyMap<string, string>>;
  onsets: readonly string[];
  codas: ReadonlySet<string>;
  /** Vowel runs by what may follow them: nothing, a consonant, or either. */
  open: ReadonlySet<string>;
  closed: ReadonlySet<string>;
  either: ReadonlySet<string>;
  toneTakers: ReadonlySet<string>;
  toneOnSecond: ReadonlySet<string>;
  /** Words never read as keystrokes (lowercase): English and chat words, chat shorthand. */
  kept: ReadonlySet<string>;
}

const VOWELS = new Set([...'aăâeêioôơuưy']);
/** The combining tone mark of an example vowel ("á" → U+0301). */
const toneOf = (example: string) => example.normalize('NFD').slice(1);

/** Compiles typing.yaml; `shorthand` are the chat shorthand keys, kept as typed. */
export function compileTyping(data: TypingData, shorthand: readonly string[]): Typing {
  const vniMarks = new Map<string, Map<string, string>>();
  for (const [keys, letter] of Object.entries(data.vni.marks)) {
    const digit = keys.slice(-1);
    vniMarks.set(digit, (vniMarks.get(digit) ?? new Map<string, string>()).set(keys.slice(0, -1), letter));
  }
  return {
    telexTones: new Map(Object.entries(data.telex.tones).map(([key, example]) => [key, toneOf(example)])),
    telexMarks: Object.entries(data.telex.marks).sort(([a], [b]) => b.length - a.length),
    vniTones: new Map(Object.entries(data.vni.tones).map(([key, example]) => [key, toneOf(example)])),
    vniMarks,
    onsets: [...data.syllable.onsets].sort((a, b) => b.length - a.length),
    codas: new Set(data.syllable.codas),
    open: new Set(data.syllable.open),
    closed: new Set(data.syllable.closed),
    either: new Set(data.syllable.either),
    toneTakers: new Set(data.syllable.toneTakers),
    toneOnSecond: new Set(data.syllable.toneOnSecond),
    kept: new Set([...data.notKeystrokes, ...shorthand].map((word) => word.toLowerCase().normalize('NFC'))),
  };
}

/** A syllable parted: its first consonants, its vowels and its last consonants. */
interface Parts {
  onset: string;
  vowels: string;
  coda: string;
}

/** `letters` (marked, toneless) read as one Vietnamese syllable, or undefined when no onset, vowels and coda make it. */
export function syllableParts(letters: string, rules: Typing): Parts | undefined {
  for (const onset of [...rules.onsets, '']) {
    if (!letters.startsWith(onset)) continue;
    let end = onset.length;
    while (end < letters.length && VOWELS.has(letters[end]!)) end++;
    const vowels = letters.slice(onset.length, end);
    const coda = letters.slice(end);
    if (vowels === '' || (coda !== '' && !rules.codas.has(coda))) continue;
    if (rules.either.has(vowels) || (coda === '' ? rules.open.has(vowels) : rules.closed.has(vowels))) return { onset, vowels, coda };
  }
  return undefined;
}

/** The syllable with `tone` (a combining mark, or '' for none) on the vowel that carries it. */
function withTone({ onset, vowels, coda }: Parts, tone: string, rules: Typing): string {
  if (tone === '') return onset + vowels + coda;
  const takers = [...vowels].flatMap((vowel, i) => (rules.toneTakers.has(vowel) ? [i] : []));
  const at =
    vowels.length === 1 ? 0
    : takers.length > 0 ? takers[takers.length - 1]!
    : coda !== '' ? vowels.length - 1
    : vowels.length === 3 ? 1
    : rules.toneOnSecond.has(vowels) ? 1
    : 0;
  return (onset + vowels.slice(0, at) + vowels[at]! + tone + vowels.slice(at + 1) + coda).normalize('NFC');
}

/** A bare word read as Telex keystrokes ("hocj" → "học", "quyeets" → "quyết", "daan" → "dân"), or undefined. */
function fromTelex(word: string, rules: Typing): string | undefined {
  const last = word[word.length - 1]!;
  const tone = rules.telexTones.get(last);
  let letters = tone === undefined ? word : word.slice(0, -1);
  let marked = false;
  for (const [keys, letter] of rules.telexMarks) {
    // "w" alone marks only after a consonant or at the start ("nhw"), never after the vowel another key marks ("uw").
    const at = keys === 'w' ? letters.search(/(?<![aăâeêioôơuưy])w/u) : letters.indexOf(keys);
    if (at < 0 || (keys === 'dd' && at !== 0)) continue;
    letters = letters.slice(0, at) + letter + letters.slice(at + keys.length);
    marked = true;
  }
  if (tone === undefined && !marked) return undefined;
  const parts = syllableParts(letters, rules);
  return parts && withTone(parts, tone ?? '', rules);
}

/** A word read as VNI keystrokes ("ho5c" → "học", "d9i2nh" → "đình"), or undefined; a digit must stand between letters. */
function fromVni(word: string, rules: Typing): string | undefined {
  if (!/^[a-z]+[1-9]+[a-z]/u.test(word) || /[^a-z1-9]/u.test(word)) return undefined;
  let letters = '';
  let tone = '';
  for (const char of word) {
    const mark = rules.vniMarks.get(char);
    const toneMark = rules.vniTones.get(char);
    if (mark) {
      // The mark falls on the nearest letter before it that takes it ("u7o7" and "uo7" both make "ươ").
      const at = Math.max(...[...mark.keys()].map((plain) => letters.lastIndexOf(plain)));
      if (at < 0) return undefined;
      letters = letters.slice(0, at) + mark.get(letters[at]!)! + letters.slice(at + 1);
      if (char === '7' && letters[at] === 'ơ' && letters[at - 1] === 'u') letters = `${letters.slice(0, at - 1)}ư${letters.slice(at)}`;
    } else if (toneMark) {
      if (tone !== '') return undefined;
      tone = toneMark;
    } else if (/\d/u.test(char)) return undefined;
    else letters += char;
  }
  const parts = syllableParts(letters, rules);
  return parts && withTone(parts, tone, rules);
}

/** One word read as the keystrokes of an input method, or undefined when it is no such word. */
export function keystrokesRead(typed: string, rules: Typing): string | undefined {
  const word = typed.toLowerCase();
  if (word.length < 2 || rules.kept.has(word) || /[^a-z0-9]/u.test(word) || (typed !== word && typed.slice(1) !== word.slice(1))) return undefined;
  const read = /\d/u.test(word) ? fromVni(word, rules) : fromTelex(word, rules);
  return read === word ? undefined : read;
}

/**
 * The text with the keystrokes of an input method read ("quyeets ddinhj 677" → "quyết định 677"; typed bare elsewhere,
 * "quyet dinh 677"), syllables typed together parted ("suốtđời" → "suốt đời") and a syllable parted by a space joined
 * ("công nhậ n" → "công nhận"). Unchanged when it has none of these.
 */
export function withTypingMended(text: string, lexicon: Lexicon): string {
  const rules = lexicon.typing;
  const { nfc, words } = wordSpans(text);
  const bare = !hasDiacritics(text);
  const replaced: { from: number; to: number; text: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const typed = nfc.slice(word.from, word.to);
    const read = keystrokesRead(typed, rules);
    if (read !== undefined) {
      const cased = typed[0] !== typed[0]!.toLowerCase() ? read[0]!.toUpperCase() + read.slice(1) : read;
      replaced.push({ from: word.from, to: word.to, text: bare ? fold(cased) : cased });
      continue;
    }
    // "suốtđời": syllables typed without the space between them.
    const glued = hasDiacritics(word.text) ? syllablesGlued(typed, rules) : undefined;
    if (glued) {
      replaced.push({ from: word.from, to: word.to, text: glued.join(' ') });
      continue;
    }
    // "nhậ n": a word that is no syllable alone, a space, then last consonants that make it one.
    const next = words[i + 1];
    if (next && rules.codas.has(next.text) && nfc.slice(word.to, next.from) === ' ' && hasDiacritics(word.text) && !syllableParts(toneless(word.text), rules)) {
      const joined = syllableParts(toneless(word.text) + next.text, rules);
      if (joined) {
        replaced.push({ from: word.from, to: next.to, text: typed + nfc.slice(next.from, next.to) });
        i++;
      }
    }
  }
  if (replaced.length === 0) return text;
  let out = '';
  let at = 0;
  for (const { from, to, text: read } of replaced) {
    out += nfc.slice(at, from) + read;
    at = to;
  }
  return out + nfc.slice(at);
}

/**
 * A word that is no syllable parted into the syllables typed together in it, left to right ("suốtđời" → "suốt", "đời"),
 * or undefined when it is one syllable or no run of syllables.
 */
function syllablesGlued(typed: string, rules: Typing): string[] | undefined {
  const partsOf = (part: string) => syllableParts(toneless(part.toLowerCase()), rules);
  if (partsOf(typed) || rules.kept.has(typed.toLowerCase()) || /[^\p{L}]/u.test(typed)) return undefined;
  // Every way to part it; a later syllable opens with a consonant ("nàoo", "ngừoi" are a vowel typed again and a tone
  // misplaced, not "nào o", "ngừ oi").
  const partings = (rest: string, first: boolean, left: number): { syllables: string[]; onsets: number }[] => {
    const whole = partsOf(rest);
    const found = !first && whole && whole.onset !== '' ? [{ syllables: [rest], onsets: whole.onset.length }] : [];
    for (let at = 1; at < rest.length && left > 1; at++) {
      const head = partsOf(rest.slice(0, at));
      if (!head || (!first && head.onset === '')) continue;
      for (const tail of partings(rest.slice(at), false, left - 1)) found.push({ syllables: [rest.slice(0, at), ...tail.syllables], onsets: (first ? 0 : head.onset.length) + tail.onsets });
    }
    return found;
  };
  // The fewest syllables, then the longest first consonants after the first: "cóphải" is "có phải", not "cóp hải".
  const best = partings(typed, true, MOST_GLUED_SYLLABLES).sort((a, b) => a.syllables.length - b.syllables.length || b.onsets - a.onsets)[0];
  return best?.syllables;
}

/** The word's tone marks removed, its vowel marks and "đ" kept ("nhậ" → "nhâ"). */
function toneless(word: string): string {
  return word.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '').normalize('NFC');
}
