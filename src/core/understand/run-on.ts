// Clause breaks put into a long message typed or dictated without punctuation ("dạ em chào anh chị ạ em là … cảm ơn").
import { hasDiacritics } from '../text/vietnamese.js';
import type { Lexicon } from './lexicon.js';
import { CLAUSE_GAP, wordSpans, type SpannedWord } from './words.js';

/**
 * A message of at least `min-words` words with no punctuation between them (filler.yaml `run-on`), with a comma
 * wherever one of its clauses ends: after "ạ", "nhé", a greeting and whom it greets; before a pause of dictation
 * ("ừm", "thì là") followed by a pronoun or the one addressed (these typed with diacritics); before thanks and "muốn
 * hỏi", with the speaker's word before it, before a speaker telling where they read or heard something ("tôi đọc báo
 * thấy"), before "mà bác không rõ …", and before who asked the resident to ask ("mẹ hỏi …"). Any other text is
 * returned unchanged.
 */
export function withRunOnBreaks(text: string, lexicon: Lexicon): string {
  const { nfc, words } = wordSpans(text);
  if (words.length < lexicon.runOn.minWords || words.some((word, i) => i > 0 && CLAUSE_GAP.test(nfc.slice(words[i - 1]!.to, word.from)))) return text;
  const breaks = new Set(breaksIn(words, lexicon, hasDiacritics(text)));
  if (breaks.size === 0) return text;
  let out = '';
  let at = 0;
  for (const index of [...breaks].sort((a, b) => a - b)) {
    out += `${nfc.slice(at, words[index - 1]!.to)},`;
    at = words[index - 1]!.to;
  }
  return out + nfc.slice(at);
}

/**
 * Where the close ends when someone asking the resident to ask stands at `at` — an `asked-by` opener, the asker's
 * words at most, then its close ("mẹ hỏi", "mẹ em hỏi"), not the object of the word before it (`asked-by-not-after`:
 * "muốn nhờ anh hỏi") nor the second half of a person named in two words ("ông tổ trưởng hỏi", "mẹ chồng hỏi") — else 0.
 */
function askedForAt(words: readonly SpannedWord[], at: number, lexicon: Lexicon): number {
  const { opens, closes } = lexicon.askedBy;
  const open = opens.matchAt(words, at, true);
  if (open === 0 || (at > 0 && [opens, lexicon.family, lexicon.runOn.askedByNotAfter].some((set) => set.matchAt(words, at - 1, true) === 1))) return 0;
  let j = at + open;
  while (j < words.length && lexicon.askerWords.matchAt(words, j, true) > 0) j += lexicon.askerWords.matchAt(words, j, true);
  const close = closes.matchAt(words, j, true);
  return close > 0 ? j + close : 0;
}

/** The indices (never 0) of the message's words a new clause begins with. */
function breaksIn(words: readonly SpannedWord[], lexicon: Lexicon, accents: boolean): number[] {
  const { endsAfter, greetings, greeted, speakers, toldAfterSpeaker, beginsBefore, pauses, addressees, joins, unknowing } = lexicon.runOn;
  const speakerBefore = (at: number) => (at > 0 && speakers.matchAt(words, at - 1, accents) === 1 ? at - 1 : at);
  const breaks: number[] = [];
  let inside = 0;
  for (let i = 0; i < words.length; i++) {
    // Typed bare, "nha" is also "nhà", "a" a word: particles end clauses only in a message with diacritics.
    const ends = accents ? endsAfter.matchAt(words, i, accents) : 0;
    if (ends > 0) breaks.push(i + ends);
    const greeting = greetings.matchAt(words, i, accents);
    const whom = greeting > 0 ? greeted.matchAt(words, i + greeting, accents) : 0;
    // "chào cô chú ạ": the "ạ" ends it.
    if (whom > 0 && (!accents || endsAfter.matchAt(words, i + greeting + whom, accents) === 0)) breaks.push(i + greeting + whom);
    // "… ấy thì là nó là cái gì", "… thì là bạn là ai": a pause of dictation before a pronoun or the one addressed
    // opens a sentence; elsewhere it pauses inside one ("… công nhận ừm gia đình học tập …", "nếu … thì là em có …").
    // Typed bare, "o" is also "ở", "ban" "bản".
    const pause = accents ? pauses.matchAt(words, i, accents) : 0;
    if (pause > 0 && (lexicon.pronouns.matchAt(words, i + pause, accents) > 0 || addressees.matchAt(words, i + pause, accents) > 0)) breaks.push(i);
    // "xin cảm ơn" begins a clause once, not again at its "cảm ơn".
    const begins = i >= inside ? beginsBefore.matchAt(words, i, accents) : 0;
    if (begins > 0) {
      breaks.push(speakerBefore(i));
      inside = i + begins;
    }
    // "… của công ty điện lực tôi đọc báo thấy …": the speaker telling where they read or heard it opens a clause.
    if (i > 0 && speakers.matchAt(words, i - 1, accents) === 1 && toldAfterSpeaker.matchAt(words, i, accents) > 0) breaks.push(i - 1);
    // "… mà bác không rõ …": the speaker's not knowing opens what they ask.
    const join = joins.matchAt(words, i, accents);
    const speaker = join > 0 ? speakers.matchAt(words, i + join, accents) : 0;
    if (speaker > 0 && unknowing.matchAt(words, i + join + speaker, accents) > 0) breaks.push(i);
    // "… mức độ một mẹ hỏi tiêu chí gồm những gì": who asked the resident to ask opens the question (`asked-by`, read
    // as written in a message with diacritics, as everywhere), once.
    const asked = accents && i >= inside ? askedForAt(words, i, lexicon) : 0;
    if (asked > 0) {
      breaks.push(i);
      inside = asked;
    }
  }
  return breaks.filter((at) => at > 0 && at < words.length);
}
