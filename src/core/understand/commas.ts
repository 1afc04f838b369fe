// Commas that part no clauses: inside a quoted name, between two holders of a title, two acts or two places listed.
import { askerWordAt } from './filler.js';
import type { Lexicon } from './lexicon.js';
import { QUOTED_NAME_CHARS } from './tuning.js';
import { wordSpans, type PhraseSet, type SpannedWord, type Word } from './words.js';

/** A name in quotation marks, up to QUOTED_NAME_CHARS characters: "'Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh …'". */
const QUOTED = new RegExp(`(["“‘'])([^"”’'\\n]{1,${QUOTED_NAME_CHARS}})(["”’'])`, 'gu');

/** A comma alone between two words, spaces around it. */
const LONE_COMMA = /^\s*,\s*$/u;

/** The text with the commas inside a quoted name read as spaces: the name is one clause's words, not two clauses. */
export function withoutQuotedCommas(text: string): string {
  return text.replace(QUOTED, (_, open: string, name: string, close: string) => `${open}${name.replace(/[,;]/gu, ' ')}${close}`);
}

/**
 * The text (in NFC when it holds a comma) with a comma between two holders of a title (`described-titles`: "chương
 * trình về học tập trong gia đình, dòng họ là quyết định số mấy", "chỉ tiêu thôn, tổ dân phố là cộng đồng học tập"),
 * two titles named without "học tập" (`bare-titles`: "người lớn trong gia đình, dòng họ, cộng đồng học tập"),
 * two acts of the campaign (`listed-acts`: "được đánh giá, công nhận theo văn bản nào") or two places
 * (`placesListedAfter`) read as a space: a list of one question's words, not two clauses.
 */
export function withoutListingCommas(text: string, lexicon: Lexicon): string {
  if (!text.includes(',')) return text;
  const { nfc, words } = wordSpans(text);
  const listing = new Set([
    ...listedAfter(words, lexicon.titleHolders, lexicon),
    ...listedAfter(words, lexicon.followUpBareTitles, lexicon),
    ...listedAfter(words, lexicon.listedActs, lexicon),
    ...placesListedAfter(words, nfc, lexicon),
  ]);
  let out = '';
  let from = 0;
  for (let i = 0; i + 1 < words.length; i++) {
    if (!listing.has(i) || !LONE_COMMA.test(nfc.slice(words[i]!.to, words[i + 1]!.from))) continue;
    out += `${nfc.slice(from, words[i]!.to)} `;
    from = words[i + 1]!.from;
  }
  return out + nfc.slice(from);
}

/**
 * The words after which another place follows ("là Sa Đéc, Vinh, Cao Lãnh, TP.HCM thôi, đúng không"): a list of places,
 * one claim or question, not clauses of a name each. A common-word name typed in lower case ("sa dec, vinh, cao lanh")
 * is a place between two places listed. Not a place named twice ("ở Hà Nội, Hà Nội có …"), nor a list opening after
 * the asker's word and a word of where they are (`where-from`: "Mình ở Sa Đéc, Cao Lãnh vào mạng lưới năm nào" asks
 * of Cao Lãnh; "số gia đình học tập tại Hà Nội, TP.HCM" lists both).
 */
function placesListedAfter(words: readonly SpannedWord[], nfc: string, lexicon: Lexicon): number[] {
  const groupOf = (phrase: string) => lexicon.subjectGroup.get(phrase) ?? '';
  const places = lexicon.subjects
    .find(words, false)
    .filter(({ phrase }) => lexicon.subjectKind.get(groupOf(phrase)) === 'places')
    .map(({ start, length, phrase }) => ({ start, end: start + length - 1, group: groupOf(phrase) }));
  const byStart = new Map(places.map((place) => [place.start, place] as const));
  const opensClause = (at: number) => askerWordAt(words, at, lexicon, true) > 0 || lexicon.notListedBefore.matchAt(words, at, false) > 0;
  const listed: number[] = [];
  const told = new Set<number>();
  for (const place of places) {
    const name = lexicon.commonWordNameKeys.has(words[place.end + 1]?.folded ?? '') && byStart.has(place.end + 2) ? place.end + 1 : undefined;
    const next = byStart.get(name === undefined ? place.end + 1 : place.end + 2);
    if (!next) continue;
    // A list opening where the asker is ("mình ở", "nhà em tại") goes on telling it: each place after it, past a lone
    // comma, is told too.
    const whereAskerIs = place.start >= 2 && lexicon.whereFrom.matchAt(words, place.start - 1, false) > 0 && askerWordAt(words, place.start - 2, lexicon, true) > 0;
    if (told.has(place.start) || whereAskerIs) {
      if (LONE_COMMA.test(nfc.slice(words[place.end]!.to, words[next.start - (name === undefined ? 0 : 1)]!.from))) told.add(next.start);
      continue;
    }
    if (next.group === place.group || opensClause(next.start)) continue;
    listed.push(place.end, ...(name === undefined ? [] : [name]));
  }
  return listed;
}

/** The words after which a second, different item of `items` follows (what a comma there would list). */
function listedAfter(words: readonly Word[], items: PhraseSet, lexicon: Lexicon): number[] {
  return items.find(words, false).flatMap(({ start, length, phrase }) => {
    const i = start + length - 1;
    const next = items.matchAt(words, i + 1, false);
    // "ở thôn, thôn mình có …": a list never names the same item twice; "làm ở công ty, nhà em …", "làm ở xã, người
    // ta bảo …": the second item opens a clause of its own.
    const after = i + 1 + next;
    const opensClause = askerWordAt(words, after, lexicon, true) > 0 || lexicon.notListedBefore.matchAt(words, after, false) > 0;
    return next > 0 && words.slice(i + 1, after).map((w) => w.folded).join(' ') !== phrase && !opensClause ? [i] : [];
  });
}
