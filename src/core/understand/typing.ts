// Words typed with the keyboard off or slipping: Telex and VNI keystrokes read as syllables, parted and glued syllables mended.
import { fold, hasDiacritics, withoutToneMarks } from '../text/vietnamese.js';
import type { Lexicon } from './lexicon.js';
import { LONGEST_SYLLABLE, MOST_GLUED_SYLLABLES } from './tuning.js';
import { spliced, wordSpans } from './words.js';

/** prompts/language/typing.yaml as read. */
export interface TypingData {
  telex: { tones: Record<string, string>; marks: Record<string, string>; unsure: string[]; iSpelled: string };
  vni: { tones: Record<string, string>; marks: Record<string, string> };
  syllable: {
    onsets: string[];
    codas: string[];
    open: string[];
    closed: string[];
    either: string[];
    toneTakers: string[];
    toneOnSecond: string[];
    stopCodas: string[];
    stopTones: string[];
    frontVowels: string[];
    frontOnly: string[];
    neverFront: string[];
  };
  notKeystrokes: string[];
}

/** The rules compiled for reading one word. */
export interface Typing {
  /** Telex tone key → the combining tone mark it types. */
  telexTones: ReadonlyMap<string, string>;
  /** Telex mark keys ("aa", "uow", "dd", "w"), longest first, with the letters they make. */
  telexMarks: readonly (readonly [string, string])[];
  /** Tone and mark keys that spell English words as often: a word read from these alone is read only beside another. */
  unsure: ReadonlySet<string>;
  /** The tone key that is chat spelling of "i" when "i" makes a syllable of the word ("aj" ai). */
  iSpelled: string;
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
  /** Last consonants after which only `stopTones` (combining marks) may stand. */
  stopCodas: ReadonlySet<string>;
  stopTones: ReadonlySet<string>;
  frontVowels: ReadonlySet<string>;
  frontOnly: ReadonlySet<string>;
  neverFront: ReadonlySet<string>;
  /** Words never read as keystrokes nor parted (lowercase): English words and names, chat shorthand, web endings. */
  kept: ReadonlySet<string>;
}

const VOWELS = new Set([...'aăâeêioôơuưy']);
/** The combining tone mark of an example vowel ("á" → U+0301). */
const toneOf = (example: string) => example.normalize('NFD').slice(1);

/** Compiles typing.yaml; `shorthand` are the chat shorthand keys and web endings, kept as typed. */
export function compileTyping(data: TypingData, shorthand: readonly string[]): Typing {
  const vniMarks = new Map<string, Map<string, string>>();
  for (const [keys, letter] of Object.entries(data.vni.marks)) {
    const digit = keys.slice(-1);
    vniMarks.set(digit, (vniMarks.get(digit) ?? new Map<string, string>()).set(keys.slice(0, -1), letter));
  }
  const { syllable } = data;
  return {
    telexTones: new Map(Object.entries(data.telex.tones).map(([key, example]) => [key, toneOf(example)])),
    telexMarks: Object.entries(data.telex.marks).sort(([a], [b]) => b.length - a.length),
    unsure: new Set(data.telex.unsure),
    iSpelled: data.telex.iSpelled,
    vniTones: new Map(Object.entries(data.vni.tones).map(([key, example]) => [key, toneOf(example)])),
    vniMarks,
    onsets: [...syllable.onsets].sort((a, b) => b.length - a.length),
    codas: new Set(syllable.codas),
    open: new Set(syllable.open),
    closed: new Set(syllable.closed),
    either: new Set(syllable.either),
    toneTakers: new Set(syllable.toneTakers),
    toneOnSecond: new Set(syllable.toneOnSecond),
    stopCodas: new Set(syllable.stopCodas),
    stopTones: new Set(syllable.stopTones.map(toneOf)),
    frontVowels: new Set(syllable.frontVowels),
    frontOnly: new Set(syllable.frontOnly),
    neverFront: new Set(syllable.neverFront),
    kept: new Set([...data.notKeystrokes, ...shorthand].map((word) => word.toLowerCase().normalize('NFC'))),
  };
}

/** A syllable parted: its first consonants, its vowels and its last consonants. */
interface Parts {
  onset: string;
  vowels: string;
  coda: string;
}

/**
 * `letters` (marked, toneless) read as one Vietnamese syllable, or undefined when no onset, vowels and coda make it —
 * spelled as Vietnamese spells them ("kê", "ghi", never "ce", "ngi").
 */
export function syllableParts(letters: string, rules: Typing): Parts | undefined {
  for (const onset of [...rules.onsets, '']) {
    if (!letters.startsWith(onset)) continue;
    let end = onset.length;
    while (end < letters.length && VOWELS.has(letters[end]!)) end++;
    const vowels = letters.slice(onset.length, end);
    const coda = letters.slice(end);
    if (vowels === '' || (coda !== '' && !rules.codas.has(coda))) continue;
    const front = rules.frontVowels.has(vowels[0]!);
    if ((rules.frontOnly.has(onset) && !front) || (rules.neverFront.has(onset) && front)) continue;
    if (rules.either.has(vowels) || (coda === '' ? rules.open.has(vowels) : rules.closed.has(vowels))) return { onset, vowels, coda };
  }
  return undefined;
}

/** The syllable with `tone` (a combining mark, or '' for none) on the vowel that carries it; undefined for a tone a
 * syllable ending in "c", "ch", "p", "t" cannot take ("dõc"). */
function withTone({ onset, vowels, coda }: Parts, tone: string, rules: Typing): string | undefined {
  if (tone === '') return onset + vowels + coda;
  if (rules.stopCodas.has(coda) && !rules.stopTones.has(tone)) return undefined;
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

/** A word read as keystrokes: the syllable, and whether a key of it spells English words as often (`unsure`). */
interface Keystrokes {
  read: string;
  unsure: boolean;
}

/** A bare word read as Telex keystrokes ("hocj" → "học", "quyeets" → "quyết", "daan" → "dân"), or undefined. */
function fromTelex(word: string, rules: Typing): Keystrokes | undefined {
  const last = word[word.length - 1]!;
  let tone = rules.telexTones.get(last);
  // "aj", "roj": chat spelling of "ai", "rồi".
  if (last === rules.iSpelled && syllableParts(`${word.slice(0, -1)}i`, rules)) tone = undefined;
  let letters = tone === undefined ? word : word.slice(0, -1);
  const keys: string[] = tone === undefined ? [] : [last];
  for (const [mark, letter] of rules.telexMarks) {
    // "w" alone marks only after a consonant or at the start ("nhw"), never after the vowel another key marks ("uw").
    const at = mark === 'w' ? letters.search(/(?<![aăâeêioôơuưy])w/u) : letters.indexOf(mark);
    if (at < 0 || (mark === 'dd' && at !== 0)) continue;
    letters = letters.slice(0, at) + letter + letters.slice(at + mark.length);
    keys.push(mark);
  }
  if (keys.length === 0) return undefined;
  const parts = syllableParts(letters, rules);
  const read = parts && withTone(parts, tone ?? '', rules);
  return read === undefined ? undefined : { read, unsure: keys.every((key) => rules.unsure.has(key)) };
}

/** A word read as VNI keystrokes ("ho5c" → "học", "d9i2nh" → "đình"), or undefined; a digit must stand between letters. */
function fromVni(word: string, rules: Typing): Keystrokes | undefined {
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
  const read = parts && withTone(parts, tone, rules);
  return read === undefined ? undefined : { read, unsure: false };
}

/** One word read as the keystrokes of an input method, or undefined when it is no such word. */
export function keystrokesRead(typed: string, rules: Typing): Keystrokes | undefined {
  const word = typed.toLowerCase();
  if (word.length < 2 || rules.kept.has(word) || /[^a-z0-9]/u.test(word) || (typed !== word && typed.slice(1) !== word.slice(1))) return undefined;
  return /\d/u.test(word) ? fromVni(word, rules) : fromTelex(word, rules);
}

/**
 * The text with the keystrokes of an input method read ("quyeets ddinhj 677" → "quyết định 677"; typed bare elsewhere,
 * "quyet dinh 677") — a word read only from `unsure` keys when another word is read too ("docs" alone stays) —
 * syllables typed together parted ("suốtđời" → "suốt đời"), a last letter typed twice dropped ("tậpp" → "tập") and a
 * syllable parted by a space joined ("công nhậ n" → "công nhận"). Unchanged when it has none of these.
 */
export function withTypingMended(text: string, lexicon: Lexicon): string {
  const rules = lexicon.typing;
  const { nfc, words } = wordSpans(text);
  const bare = !hasDiacritics(text);
  const replaced: { from: number; to: number; text: string; unsure?: boolean }[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const typed = nfc.slice(word.from, word.to);
    const keystrokes = keystrokesRead(typed, rules);
    if (keystrokes !== undefined) {
      const { read, unsure } = keystrokes;
      const cased = typed[0] !== typed[0]!.toLowerCase() ? read[0]!.toUpperCase() + read.slice(1) : read;
      replaced.push({ from: word.from, to: word.to, text: bare ? fold(cased) : cased, unsure });
      continue;
    }
    // "suốtđời": syllables typed without the space between them.
    const glued = hasDiacritics(word.text) ? syllablesGlued(typed, rules) : undefined;
    if (glued) {
      replaced.push({ from: word.from, to: word.to, text: glued.join(' ') });
      continue;
    }
    // "tậpp": a syllable's last letter typed twice (no syllable ends so).
    const doubled = hasDiacritics(word.text) ? lastLetterTwice(typed, rules) : undefined;
    if (doubled) {
      replaced.push({ from: word.from, to: word.to, text: doubled });
      continue;
    }
    // "nhậ n": a word that is no syllable alone, a space, then last consonants that make it one.
    const next = words[i + 1];
    const head = next && rules.codas.has(next.text) && nfc.slice(word.to, next.from) === ' ' && hasDiacritics(word.text) ? withoutToneMarks(word.text) : undefined;
    if (next && head !== undefined && !syllableParts(head, rules)) {
      if (syllableParts(head + next.text, rules)) {
        replaced.push({ from: word.from, to: next.to, text: typed + nfc.slice(next.from, next.to) });
        i++;
      }
    }
  }
  const kept = replaced.length > 1 ? replaced : replaced.filter((replacement) => !replacement.unsure);
  return kept.length === 0 ? text : spliced(nfc, kept);
}

/** The word without its last letter when that letter was typed twice and the word is a syllable only without it ("tậpp",
 * "họcc"); undefined otherwise. Only for a word typed with marks: bare, "app", "ipp" are other words. */
function lastLetterTwice(typed: string, rules: Typing): string | undefined {
  // Read for every word typed with marks: the doubled letter is looked for before anything is built.
  if (!/(\p{L})\1$/u.test(typed.toLowerCase())) return undefined;
  const bare = withoutToneMarks(typed.toLowerCase());
  if (syllableParts(bare, rules) || !syllableParts(bare.slice(0, -1), rules)) return undefined;
  return typed.slice(0, -1);
}

/**
 * A word that is no syllable parted into the syllables typed together in it, left to right ("suốtđời" → "suốt", "đời"),
 * or undefined when it is one syllable, no run of syllables, or parts more than one way alike ("cảmơn": "cảm ơn" or "cả
 * mơn"; "bạnơi").
 */
function syllablesGlued(typed: string, rules: Typing): string[] | undefined {
  if (typed.length > MOST_GLUED_SYLLABLES * LONGEST_SYLLABLE || rules.kept.has(typed.toLowerCase()) || /[^\p{L}]/u.test(typed)) return undefined;
  const bare = withoutToneMarks(typed.toLowerCase());
  if (syllableParts(bare, rules)) return undefined;
  // Each syllable opens with a consonant ("ôkê" is no "ô kê"; "nàoo", "ngừoi" are a vowel typed again and a tone
  // misplaced, not "nào o", "ngừ oi"), except one after a syllable ending in a consonant, which makes the parting open to
  // doubt ("cảm|ơn" beside "cả|mơn"). Toneless letters keep their places in the word (tones are combining marks only).
  const partings = (from: number, left: number, afterConsonant: boolean): { ends: number[]; onsets: number; doubt: boolean }[] => {
    const found: { ends: number[]; onsets: number; doubt: boolean }[] = [];
    for (let to = from + 1; to <= Math.min(bare.length, from + LONGEST_SYLLABLE); to++) {
      const head = syllableParts(bare.slice(from, to), rules);
      if (!head || (head.onset === '' && !afterConsonant)) continue;
      const open = head.onset === '';
      if (to === bare.length) found.push({ ends: [to], onsets: head.onset.length, doubt: open });
      else if (left > 1) {
        for (const tail of partings(to, left - 1, head.coda !== '')) found.push({ ends: [to, ...tail.ends], onsets: head.onset.length + tail.onsets, doubt: open || tail.doubt });
      }
    }
    return found;
  };
  const all = partings(0, MOST_GLUED_SYLLABLES, false);
  const fewest = Math.min(...all.map((parting) => parting.ends.length));
  const best = all.filter((parting) => parting.ends.length === fewest);
  // The longest consonants opening the later syllables: "cóphải" is "có phải", not "cóp hải".
  const most = Math.max(...best.map((parting) => parting.onsets));
  const chosen = best.filter((parting) => parting.onsets === most);
  if (chosen.length !== 1 || best.some((parting) => parting.doubt)) return undefined;
  // Cut the word as typed at the same letters (a letter with its marks counts once).
  const letters = [...typed.normalize('NFD').matchAll(/\P{M}\p{M}*/gu)].map((match) => match[0]);
  let start = 0;
  return chosen[0]!.ends.map((end) => {
    const piece = letters.slice(start, end).join('').normalize('NFC');
    start = end;
    return piece;
  });
}
