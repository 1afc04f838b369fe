// A message that corrects itself as it goes ("năm 2024 à nhầm 2023", "…, à nhầm, mình hỏi Hà Nội", "*cđht"), read as meant.
import { isYear } from '../text/years.js';
import { hasDiacritics } from '../text/vietnamese.js';
import { askingWords, cuedFacets } from './cues.js';
import type { Lexicon } from './lexicon.js';
import { CORRECTION_ITEM_WITHIN, CORRECTION_PHRASE_MAX_WORDS, CORRECTION_SENTENCE_MIN_WORDS, STARRED_MAX_WORDS } from './tuning.js';
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

/**
 * The message as meant: a starred last line replaces the words it respells, and each correction marker ("à nhầm", "ủa
 * lộn", "à không,"; filler.yaml `self-corrections`) replaces what it corrects with what follows it — an item of the same
 * kind, a phrase beginning with the same word, or the sentence. Any other text is returned unchanged.
 */
export function withSelfCorrections(text: string, lexicon: Lexicon): string {
  let meant = withStarredRespelling(text);
  // Every correction drops its marker, so each pass shortens the text; one that would not ends the loop all the same.
  for (let next = firstCorrection(meant, lexicon); next !== undefined && next.length < meant.length; next = firstCorrection(meant, lexicon)) meant = next;
  return meant;
}

function firstCorrection(text: string, lexicon: Lexicon): string | undefined {
  const { nfc, words } = wordSpans(text);
  const accents = hasDiacritics(text);
  const { markers, pauseMarkers, bareMarkers, leads, closers } = lexicon.selfCorrections;
  const gapAfter = (word: number) => word + 1 < words.length && CLAUSE_GAP.test(nfc.slice(words[word]!.to, words[word + 1]!.from));
  // A pause after the marker or the words announcing the correction ("à không, …", "à không ạ, em nhớ nhầm, …").
  const pausedFrom = (marker: number, after: number) => Array.from({ length: after - marker }, (_, i) => marker + i).some(gapAfter);
  // Read only once a marker is found: most messages hold none.
  let found: Item[] | undefined;
  const itemsOf = () => (found ??= itemsIn(words, lexicon));
  for (let at = 1; at < words.length; at++) {
    const full = markers.matchAt(words, at, accents);
    const paused = full > 0 ? 0 : pauseMarkers.matchAt(words, at, accents);
    const bare = full + paused > 0 ? 0 : bareMarkers.matchAt(words, at, accents);
    const length = full + paused + bare;
    if (length === 0 || words.slice(at, at + length - 1).some((_, i) => gapAfter(at + i))) continue;
    let after = at + length;
    // Whether words announce what is meant ("mình hỏi", "ý em là"), not only a particle ("ạ", "à").
    let announced = false;
    for (let lead = leads.matchAt(words, after, accents); lead > 0 && after < words.length; lead = leads.matchAt(words, after, accents)) {
      announced ||= lead > 1;
      after += lead;
    }
    if (after >= words.length) continue;
    const items = itemsOf();
    // The first item near the correction's start that differs from the last one of its kind before the marker: "ông
    // hỏi công văn năm 2025 cơ" brings the year, not the "công văn" said before it too.
    const spelled = (item: Item) => words.slice(item.start, item.end).map((word) => word.folded).join(' ');
    const before = (item: Item) => items.filter((earlier) => earlier.end <= at && earlier.kind === item.kind).at(-1);
    const nearby = items.filter((item) => item.start >= after && item.start <= after + CORRECTION_ITEM_WITHIN);
    const brought =
      nearby.find((item) => {
        const old = before(item);
        return old !== undefined && spelled(old) !== spelled(item);
      }) ?? nearby[0];
    const replaced = brought && before(brought);
    const swap = brought && replaced && swapOf(nfc, words, replaced, brought, at, after, closers, accents);
    // "2024 nhầm 2023", "5 tiêu chí à không 6 tiêu chí": a bare or unpaused marker only between two of one kind.
    const pause = pausedFrom(at + length - 1, after);
    if (swap && (full > 0 || swap.adjacent || (paused > 0 && pause))) return swap.text;
    if (full === 0 && !(paused > 0 && pause)) continue;
    const phrase = replacedPhrase(words, at, after, closers, accents);
    if (phrase) return joinParts(nfc.slice(0, words[phrase.start]!.from), nfc.slice(words[after]!.from, words[phrase.newEnd - 1]!.to), nfc.slice(words[phrase.start + phrase.length - 1]!.to, words[at]!.from), nfc.slice(words[phrase.restFrom - 1]!.to));
    const sentence = replacedSentence(nfc, words, items, { marker: at, after, announced }, lexicon, accents);
    if (sentence !== undefined) return sentence;
  }
  return undefined;
}

/** The year, numbers and named subjects of the words, in order. */
function itemsIn(words: readonly SpannedWord[], lexicon: Lexicon): Item[] {
  const items: Item[] = [];
  for (const match of lexicon.subjects.find(words, false)) {
    const group = lexicon.subjectGroup.get(match.phrase) ?? match.phrase;
    items.push({ start: match.start, end: match.start + match.length, kind: `group:${lexicon.subjectKind.get(group) ?? group}` });
  }
  // "gia đình", "dòng họ" said alone ("… Gia đình học tập? À không, mình hỏi dòng họ."), inside a title's name too.
  for (const match of lexicon.followUpBareTitles.find(words, false)) items.push({ start: match.start, end: match.start + match.length, kind: 'bare-title' });
  for (const match of lexicon.relativeYears.find(words, false)) items.push({ start: match.start, end: match.start + match.length, kind: 'year' });
  words.forEach((word, i) => {
    if (/^\d/u.test(word.folded) && !items.some((item) => item.start <= i && i < item.end)) items.push({ start: i, end: i + 1, kind: isYear(word.folded) ? 'year' : 'number' });
  });
  return items.sort((a, b) => a.start - b.start);
}

/**
 * `replaced` giving way to `brought`, when the correction is only that: right before the marker, or with the same
 * words after both ("5 tiêu chí à không 6 tiêu chí", `adjacent`), the old item and the marker are dropped ("năm 2024 à
 * nhầm 2023 chủ đề là gì"); further back, when the correction closes the sentence, the new item takes the old one's
 * place and the correction, up to its closing particles, is dropped ("TP.HCM vào mạng lưới ngày nào, à nhầm, mình hỏi
 * Hà Nội cơ.").
 */
function swapOf(nfc: string, words: readonly SpannedWord[], replaced: Item, brought: Item, marker: number, after: number, closers: Lexicon['selfCorrections']['closers'], accents: boolean): { text: string; adjacent: boolean } | undefined {
  const between = words.slice(replaced.end, marker);
  const unit = between.length > 0 && between.every((word, i) => word.folded === words[brought.end + i]?.folded) ? between.length : 0;
  if (brought.start === after && (replaced.end === marker || unit > 0)) {
    return { text: joinParts(nfc.slice(0, words[replaced.start]!.from), nfc.slice(words[brought.start]!.from)), adjacent: true };
  }
  // "Người 60 tuổi … à nhầm 70 tuổi": the words after the new item that the old one had after it too go with it.
  let said = 0;
  while (brought.end + said < words.length && !endsSentence(nfc, words, brought.end + said) && words[replaced.end + said]?.folded === words[brought.end + said]!.folded) said++;
  const restFrom = afterClosers(words, brought.end + said, closers, accents);
  if (!endsSentence(nfc, words, restFrom)) return undefined;
  return {
    text: joinParts(
      nfc.slice(0, words[replaced.start]!.from),
      nfc.slice(words[brought.start]!.from, words[brought.end - 1]!.to),
      nfc.slice(words[replaced.end - 1]!.to, words[marker]!.from),
      nfc.slice(words[restFrom - 1]!.to),
    ),
    adjacent: false,
  };
}

/**
 * "Phần mái … gồm những gì? À không, mình hỏi phần móng cơ.": a short phrase ending the correction whose first word
 * stands before the marker, followed there by another word, replaces as many words from there.
 */
function replacedPhrase(words: readonly SpannedWord[], marker: number, after: number, closers: Lexicon['selfCorrections']['closers'], accents: boolean): { start: number; length: number; newEnd: number; restFrom: number } | undefined {
  let newEnd = after;
  while (newEnd < words.length && closers.matchAt(words, newEnd, accents) === 0) newEnd++;
  const restFrom = afterClosers(words, newEnd, closers, accents);
  const length = newEnd - after;
  if (length < 2 || length > CORRECTION_PHRASE_MAX_WORDS || restFrom < words.length) return undefined;
  for (let start = marker - length; start >= 0; start--) {
    if (words[start]!.folded !== words[after]!.folded) continue;
    const same = words.slice(start, start + length).every((word, i) => word.folded === words[after + i]!.folded);
    return same ? undefined : { start, length, newEnd, restFrom };
  }
  return undefined;
}

/**
 * A new question in place of the sentence it corrects: when it names what it asks about, or asks or requests (its own
 * words, or the corrected sentence's, "Cho em hỏi … — à không, em cần số mô hình …"), and is not only a facet of the
 * same subject ("… khai mạc ngày nào, à không, ngày bế mạc" stays as typed). The corrected sentence's subjects stay when
 * the correction names none of its own ("tuần lễ … là gì. À không, nó bắt đầu từ năm nào?") or only a year or a number
 * ("… gia đình học tập, à nhầm, ý mình là theo công văn 6782 thì ai lo việc đánh giá"); so does its request when the
 * correction neither asks nor requests ("Ad liệt kê giúp mình lịch … — à không, ý mình là những hoạt động thường làm").
 */
function replacedSentence(
  nfc: string,
  words: readonly SpannedWord[],
  items: readonly Item[],
  { marker, after, announced }: { marker: number; after: number; announced: boolean },
  lexicon: Lexicon,
  accents: boolean,
): string | undefined {
  let sentence = marker - 1;
  while (sentence > 0 && !SENTENCE_END.test(nfc.slice(words[sentence - 1]!.to, words[sentence]!.from))) sentence--;
  const asks = (from: number, to: number) => {
    const span = words.slice(from, to);
    return askingWords(span, lexicon, accents).length > 0 || lexicon.requests.find(span, accents).length > 0 || cuedFacets(span, lexicon, accents).size > 0;
  };
  const named = items.filter((item) => item.start >= after);
  if (named.length === 0 && (words.length - after < CORRECTION_SENTENCE_MIN_WORDS || !(asks(after, words.length) || asks(sentence, marker)))) return undefined;
  const ownSubjects = named.some((item) => item.kind.startsWith('group:'));
  const retold = !announced && !ownSubjects ? caseRetold(nfc, words, { sentence, marker, after }, lexicon, accents) : undefined;
  if (retold !== undefined) return retold;
  const kept = ownSubjects ? [] : items.filter((item) => item.kind.startsWith('group:') && item.start >= sentence && item.end <= marker);
  return joinParts(nfc.slice(0, words[sentence]!.from), requestKept(nfc, words, sentence, marker, after, lexicon, accents), ...kept.map((item) => nfc.slice(words[item.start]!.from, words[item.end - 1]!.to)), nfc.slice(words[after]!.from));
}

/**
 * "Con mình học lực trung bình thì nhà mình có đạt gia đình học tập không? À nhầm, học lực con mình tốt, chỉ có hạnh
 * kiểm trung bình thôi. Em cảm ơn ạ.": a correction of one sentence that only tells (no words announcing it, no
 * question), and tells again something of the case before the corrected sentence's last condition marker ("thì"; a
 * word pair of it: "học lực"), takes that case's place; the question after the marker stays, and so does what follows
 * the correction. Thanks or "để em hỏi lại" share no pair with the case and replace nothing.
 */
function caseRetold(nfc: string, words: readonly SpannedWord[], { sentence, marker, after }: { sentence: number; marker: number; after: number }, lexicon: Lexicon, accents: boolean): string | undefined {
  let end = after + 1;
  while (!endsSentence(nfc, words, end)) end++;
  const correction = words.slice(after, end);
  if (askingWords(correction, lexicon, accents).length > 0 || lexicon.requests.find(correction, accents).length > 0) return undefined;
  const condition = lexicon.conditionMarkers.find(words.slice(sentence, marker), accents).at(-1);
  if (!condition) return undefined;
  const pairs = (span: readonly SpannedWord[]) => span.slice(1).map((word, i) => `${span[i]!.folded} ${word.folded}`);
  const told = new Set(pairs(words.slice(sentence, sentence + condition.start)));
  if (!pairs(correction).some((pair) => told.has(pair))) return undefined;
  return joinParts(
    nfc.slice(0, words[sentence]!.from),
    nfc.slice(words[after]!.from, words[end - 1]!.to),
    nfc.slice(words[sentence + condition.start]!.from, words[marker - 1]!.to),
    nfc.slice(words[marker - 1]!.to, words[marker]!.from),
    end < words.length ? nfc.slice(words[end]!.from) : '',
  );
}

/** The corrected sentence's request up to its last request word and the asker's words after it ("Ad liệt kê giúp mình"), when the correction neither asks nor requests. */
function requestKept(nfc: string, words: readonly SpannedWord[], sentence: number, marker: number, after: number, lexicon: Lexicon, accents: boolean): string {
  const rest = words.slice(after);
  if (askingWords(rest, lexicon, accents).length > 0 || lexicon.requests.find(rest, accents).length > 0) return '';
  const last = lexicon.requests.find(words.slice(sentence, marker), accents).at(-1);
  if (!last) return '';
  let end = sentence + last.start + last.length;
  for (let asker = lexicon.askerWords.matchAt(words, end, accents); asker > 0 && end < marker; asker = lexicon.askerWords.matchAt(words, end, accents)) end += asker;
  return nfc.slice(words[sentence]!.from, words[end - 1]!.to);
}

/** Where the closing particles from `from` end ("Hà Nội cơ ạ"). */
function afterClosers(words: readonly SpannedWord[], from: number, closers: Lexicon['selfCorrections']['closers'], accents: boolean): number {
  let end = from;
  for (let closer = closers.matchAt(words, end, accents); closer > 0 && end < words.length; closer = closers.matchAt(words, end, accents)) end += closer;
  return end;
}

/** Whether the sentence ends before word `at` (the message's end, or a sentence end after the word before it). */
function endsSentence(nfc: string, words: readonly SpannedWord[], at: number): boolean {
  return at >= words.length || SENTENCE_END.test(nfc.slice(words[at - 1]!.to, words[at]!.from));
}

/**
 * Parts joined with single spaces, stray punctuation at the joins and the end dropped ("ngày nào, ." → "ngày nào.";
 * "gồm những gì? ." → "gồm những gì?").
 */
function joinParts(...parts: string[]): string {
  const joined = parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .reduce((text, part) => {
      if (text === '') return part;
      const head = text.replace(/[\s,;:—–-]+$/u, '');
      if (!/^[.,;:?!…]/u.test(part)) return `${head} ${part}`;
      if (!/[.?!…]$/u.test(head)) return `${head}${part}`;
      // "… nói gì ạ?" and ". Em cảm ơn ạ.": one sentence end between them.
      const rest = part.replace(/^[.,;:?!…\s]+/u, '');
      return rest === '' ? head : `${head} ${rest}`;
    }, '');
  return joined.replace(/[\s,;:—–-]+$/u, '');
}

/** The last starred line applied: the run of as many words before it closest to it in spelling takes its form. */
function withStarredRespelling(text: string): string {
  const starred = STARRED_LINE.exec(text);
  if (!starred) return text;
  const before = text.slice(0, starred.index);
  // "Tiêu chí gồm:\n* học tập": a list's first item, not a correction.
  if (/:\s*$/u.test(before) || /(?:^|\n)\s*[*•-]/u.test(before)) return text;
  const fix = wordSpans(starred[1]!).words;
  const { nfc, words } = wordSpans(before);
  if (fix.length === 0 || fix.length > STARRED_MAX_WORDS || words.length < fix.length) return text;
  const fixText = fix.map((word) => word.text).join(' ');
  const fixFolded = fix.map((word) => word.folded).join(' ');
  let best: { start: number; distance: number } | undefined;
  for (let start = 0; start + fix.length <= words.length; start++) {
    const run = words.slice(start, start + fix.length);
    // Spelled alike once folded, a run typed otherwise ("cdht" for "cđht") comes closer than one with other letters.
    const distance = editDistance(run.map((word) => word.folded).join(' '), fixFolded) + (run.map((word) => word.text).join(' ') === fixText ? 0 : 0.5);
    if (!best || distance <= best.distance) best = { start, distance };
  }
  if (!best || best.distance === 0 || best.distance > Math.max(1, Math.floor(fixFolded.length / 3)) + 0.5) return text;
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
