// A message that corrects itself as it goes ("năm 2024 à nhầm 2023", "…, à nhầm, mình hỏi Hà Nội", "*cđht"), read as meant.
import { isYear } from '../text/years.js';
import { hasDiacritics } from '../text/vietnamese.js';
import { askingWords } from './cues.js';
import type { Lexicon } from './lexicon.js';
import { CLAUSE_GAP, wordSpans, type SpannedWord } from './words.js';

/** A year, a number, or a named title, place or event, where it stands (word indices, end exclusive). */
interface Item {
  start: number;
  end: number;
  kind: string;
}

/** Sentence ends: a correction that is a new question replaces the sentence it corrects, back to one of these. */
const SENTENCE_END = /[.?!\n]/u;
/** A last line opening with "*": the spelling meant for words typed before it ("cdht la j\n*cđht"). */
const STARRED_LINE = /\n\s*\*\s*([^\n*]+?)\s*$/u;
/** Words a starred correction may hold: one fixes a word or a short name, not a sentence. */
const STARRED_MAX_WORDS = 3;
/** Words a phrase replacing another by its first word may hold ("phần móng"; longer is a new question). */
const PHRASE_MAX_WORDS = 3;
/** Words between a marker and the item it brings ("à nhầm, quyết định 1315", "à không, năm 2023"). */
const ITEM_WITHIN = 2;

/**
 * The message as meant: a starred last line replaces the words it respells, and each correction marker ("à nhầm", "ủa
 * lộn", "à không"; filler.yaml `self-corrections`) replaces what it corrects with what follows it — an item of the same
 * kind, a phrase beginning with the same word, or the sentence. Any other text is returned unchanged.
 */
export function withSelfCorrections(text: string, lexicon: Lexicon): string {
  let meant = withStarredRespelling(text);
  // Each pass applies the first correction; a message rarely holds two.
  for (let pass = 0; pass < 3; pass++) {
    const next = firstCorrection(meant, lexicon);
    if (next === undefined) break;
    meant = next;
  }
  return meant;
}

function firstCorrection(text: string, lexicon: Lexicon): string | undefined {
  const { nfc, words } = wordSpans(text);
  const accents = hasDiacritics(text);
  const { markers, bareMarkers, leads, closers } = lexicon.selfCorrections;
  const gapBetween = (a: number, b: number) => CLAUSE_GAP.test(nfc.slice(words[a]!.to, words[b]!.from));
  const items = itemsIn(words, lexicon);
  for (let at = 1; at < words.length; at++) {
    const full = markers.matchAt(words, at, false);
    const bare = full > 0 ? 0 : bareMarkers.matchAt(words, at, accents);
    const length = full || bare;
    if (length === 0 || (length > 1 && gapBetween(at, at + length - 1))) continue;
    let after = at + length;
    for (let lead = leads.matchAt(words, after, false); lead > 0 && after < words.length; lead = leads.matchAt(words, after, false)) after += lead;
    if (after >= words.length) continue;
    const brought = items.find((item) => item.start >= after && item.start <= after + ITEM_WITHIN);
    const replaced = brought && [...items].reverse().find((item) => item.end <= at && sameKind(item, brought));
    if (bare > 0 && !(brought && replaced && replaced.end === at && brought.start === after)) continue;
    if (brought && replaced && (replaced.end === at || endsSentence(nfc, words, afterClosers(words, brought.end, closers)))) return replaceItem(nfc, words, replaced, brought, at, closers);
    const phrase = replacedPhrase(words, at, after, closers);
    if (phrase) return joinParts(nfc.slice(0, words[phrase.start]!.from), nfc.slice(words[after]!.from, words[phrase.newEnd - 1]!.to), nfc.slice(words[phrase.start + phrase.length - 1]!.to, words[at]!.from), nfc.slice(words[phrase.restFrom - 1]!.to));
    let sentence = at - 1;
    while (sentence > 0 && !SENTENCE_END.test(nfc.slice(words[sentence - 1]!.to, words[sentence]!.from))) sentence--;
    // A new question in place of the sentence corrected: when it names what it asks about or asks, or the sentence it
    // corrects asked or requested ("Cho em hỏi … bao nhiêu người … — à không, em cần số mô hình …").
    const asks = (from: number, to: number) => askingWords(words.slice(from, to), lexicon, accents).length > 0 || lexicon.requests.find(words.slice(from, to), accents).length > 0;
    const named = items.filter((item) => item.start >= after);
    if (named.length === 0 && !asks(after, words.length) && !asks(sentence, at)) continue;
    // What the corrected sentence named stays when the correction names only a year or a number ("ai tổ chức đánh giá
    // gia đình học tập, à nhầm, ý mình là theo công văn 6782 thì ai lo việc đánh giá"): it adds to the same subject.
    const figuresOnly = named.length > 0 && named.every((item) => item.kind === 'year' || item.kind === 'number');
    const kept = figuresOnly ? items.filter((item) => item.kind.startsWith('group:') && item.start >= sentence && item.end <= at) : [];
    return joinParts(nfc.slice(0, words[sentence]!.from), ...kept.map((item) => nfc.slice(words[item.start]!.from, words[item.end - 1]!.to)), requestKept(nfc, words, sentence, at, after, lexicon, accents), nfc.slice(words[after]!.from));
  }
  return undefined;
}

/**
 * "Ad liệt kê giúp mình lịch của tuần lễ — à không, ý mình là những hoạt động thường làm": a correction that neither
 * asks nor requests keeps the corrected sentence's request, up to its last request word and the asker's words after
 * it ("Ad liệt kê giúp mình").
 */
function requestKept(nfc: string, words: readonly SpannedWord[], sentence: number, marker: number, after: number, lexicon: Lexicon, accents: boolean): string {
  const rest = words.slice(after);
  if (askingWords(rest, lexicon, accents).length > 0 || lexicon.requests.find(rest, accents).length > 0) return '';
  const last = lexicon.requests.find(words.slice(sentence, marker), accents).at(-1);
  if (!last) return '';
  let end = sentence + last.start + last.length;
  for (let asker = lexicon.askerWords.matchAt(words, end, accents); asker > 0 && end < marker; asker = lexicon.askerWords.matchAt(words, end, accents)) end += asker;
  return nfc.slice(words[sentence]!.from, words[end - 1]!.to);
}

/** The year, numbers and named subjects of the words, in order. */
function itemsIn(words: readonly SpannedWord[], lexicon: Lexicon): Item[] {
  const items: Item[] = [];
  for (const match of lexicon.subjects.find(words, false)) {
    items.push({ start: match.start, end: match.start + match.length, kind: `group:${lexicon.subjectKind.get(lexicon.subjectGroup.get(match.phrase) ?? '') ?? ''}` });
  }
  // "gia đình", "dòng họ" said alone ("… Gia đình học tập? À không, mình hỏi dòng họ."), inside a title's name too.
  for (const match of lexicon.followUpBareTitles.find(words, false)) items.push({ start: match.start, end: match.start + match.length, kind: 'bare-title' });
  for (const match of lexicon.relativeYears.find(words, false)) items.push({ start: match.start, end: match.start + match.length, kind: 'year' });
  words.forEach((word, i) => {
    if (/^\d/u.test(word.folded) && !items.some((item) => item.start <= i && i < item.end)) items.push({ start: i, end: i + 1, kind: isYear(word.folded) ? 'year' : 'number' });
  });
  return items.sort((a, b) => a.start - b.start);
}

function sameKind(a: Item, b: Item): boolean {
  return a.kind === b.kind;
}

/**
 * `replaced` gives way to `brought`: right before the marker, the old item and the marker are dropped ("năm 2024 à
 * nhầm 2023 chủ đề là gì"); further back, the new item takes its place and the correction, up to its closing
 * particles, is dropped ("TP.HCM vào mạng lưới ngày nào, à nhầm, mình hỏi Hà Nội cơ.").
 */
function replaceItem(nfc: string, words: readonly SpannedWord[], replaced: Item, brought: Item, marker: number, closers: Lexicon['selfCorrections']['closers']): string {
  if (replaced.end === marker) return joinParts(nfc.slice(0, words[replaced.start]!.from), nfc.slice(words[brought.start]!.from));
  const restFrom = afterClosers(words, brought.end, closers);
  return joinParts(
    nfc.slice(0, words[replaced.start]!.from),
    nfc.slice(words[brought.start]!.from, words[brought.end - 1]!.to),
    nfc.slice(words[replaced.end - 1]!.to, words[marker]!.from),
    nfc.slice(words[restFrom - 1]!.to),
  );
}

/**
 * "Phần mái … gồm những gì? À không, mình hỏi phần móng cơ.": a short phrase ending the correction whose first word
 * stands before the marker, followed there by another word, replaces as many words from there.
 */
function replacedPhrase(words: readonly SpannedWord[], marker: number, after: number, closers: Lexicon['selfCorrections']['closers']): { start: number; length: number; newEnd: number; restFrom: number } | undefined {
  let newEnd = after;
  while (newEnd < words.length && closers.matchAt(words, newEnd, false) === 0) newEnd++;
  const restFrom = afterClosers(words, newEnd, closers);
  const length = newEnd - after;
  if (length < 2 || length > PHRASE_MAX_WORDS || restFrom < words.length) return undefined;
  for (let start = marker - length; start >= 0; start--) {
    if (words[start]!.folded !== words[after]!.folded) continue;
    const same = words.slice(start, start + length).every((word, i) => word.folded === words[after + i]!.folded);
    return same ? undefined : { start, length, newEnd, restFrom };
  }
  return undefined;
}


/** Where the closing particles from `from` end ("Hà Nội cơ ạ"). */
function afterClosers(words: readonly SpannedWord[], from: number, closers: Lexicon['selfCorrections']['closers']): number {
  let end = from;
  for (let closer = closers.matchAt(words, end, false); closer > 0 && end < words.length; closer = closers.matchAt(words, end, false)) end += closer;
  return end;
}

/** Whether the sentence ends before word `at` (the message's end, or a sentence end after the word before it). */
function endsSentence(nfc: string, words: readonly SpannedWord[], at: number): boolean {
  return at >= words.length || SENTENCE_END.test(nfc.slice(words[at - 1]!.to, words[at]!.from));
}

/**
 * Parts joined with single spaces, stray punctuation at the joins dropped ("ngày nào, ." → "ngày nào."; "gồm những
 * gì? ." → "gồm những gì?").
 */
function joinParts(...parts: string[]): string {
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .reduce((joined, part) => {
      if (joined === '') return part;
      const head = joined.replace(/[\s,;:—–-]+$/u, '');
      if (!/^[.,;:?!…]/u.test(part)) return `${head} ${part}`;
      return /[.?!…]$/u.test(head) && /^[.,;:?!…\s]+$/u.test(part) ? head : `${head}${part}`;
    }, '');
}

/** The last starred line applied: the run of as many words before it closest to it in spelling takes its form. */
function withStarredRespelling(text: string): string {
  const starred = STARRED_LINE.exec(text);
  if (!starred) return text;
  const before = text.slice(0, starred.index);
  const fix = wordSpans(starred[1]!).words;
  const { nfc, words } = wordSpans(before);
  if (fix.length === 0 || fix.length > STARRED_MAX_WORDS || words.length < fix.length) return text;
  const fixText = fix.map((word) => word.text).join(' ');
  const fixFolded = fix.map((word) => word.folded).join(' ');
  let best: { start: number; distance: number } | undefined;
  for (let start = 0; start + fix.length <= words.length; start++) {
    const run = words.slice(start, start + fix.length);
    const distance = editDistance(run.map((word) => word.folded).join(' '), fixFolded) + (run.map((word) => word.text).join(' ') === fixText ? 0 : 0.5);
    if (!best || distance <= best.distance) best = { start, distance };
  }
  if (!best || best.distance > Math.max(1, Math.floor(fixFolded.length / 3)) + 0.5) return text;
  return `${nfc.slice(0, words[best.start]!.from)}${starred[1]!.trim()}${nfc.slice(words[best.start + fix.length - 1]!.to)}`;
}

/** Levenshtein distance of two short strings. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}
