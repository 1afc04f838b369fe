// A tag naming who asks, before a colon opening the message ("hkh hỏi: …"), set aside before the message is read.
import { hasDiacritics } from '../text/vietnamese.js';
import type { Lexicon } from './lexicon.js';
import { wordsOf } from './words.js';

/** Marks ending a clause or sentence: a tag holding one is a subject said before the question, not who asks. */
const CLAUSE_MARK = /[,.;?!]/u;

/**
 * The message without the speaker tag opening it ("Tổ trưởng TDP hỏi: tiêu chí là gì" → "tiêu chí là gì"): at most
 * `speakerTag.within` words and no clause mark, ending with an asking word (read with the tag's own accents; bare "hoi"
 * after a `bareNotAfter` word is "hội"), then a colon, then words. Any other text is returned unchanged.
 */
export function withoutSpeakerTag(text: string, lexicon: Lexicon): string {
  const colon = text.indexOf(':');
  if (colon <= 0 || CLAUSE_MARK.test(text.slice(0, colon))) return text;
  const { closes, within, bareNotAfter } = lexicon.speakerTag;
  const tag = wordsOf(text.slice(0, colon));
  if (tag.length === 0 || tag.length > within) return text;
  const accents = hasDiacritics(text.slice(0, colon));
  const ending = closes.find(tag, accents).find((match) => match.start + match.length === tag.length);
  const hoi = ending !== undefined && !accents && bareNotAfter.find(tag.slice(0, ending.start), false).some((match) => match.start + match.length === ending.start);
  const rest = text.slice(colon + 1).trimStart();
  return ending !== undefined && !hoi && wordsOf(rest).length > 0 ? rest : text;
}
