// A tag naming who asks, before a colon opening the message ("hkh hỏi: …"), set aside before the message is read.
import { hasDiacritics } from '../text/vietnamese.js';
import type { Lexicon } from './lexicon.js';
import { wordsOf } from './words.js';

/**
 * The message without the speaker tag opening it ("Tổ trưởng TDP hỏi: tiêu chí là gì" → "tiêu chí là gì"): at most
 * `speakerTag.within` words ending with an asking word, then a colon, then words. Any other text is returned unchanged.
 */
export function withoutSpeakerTag(text: string, lexicon: Lexicon): string {
  const colon = text.indexOf(':');
  if (colon <= 0) return text;
  const { closes, within } = lexicon.speakerTag;
  const tag = wordsOf(text.slice(0, colon));
  if (tag.length === 0 || tag.length > within) return text;
  const endsAsking = closes.find(tag, hasDiacritics(text)).some((match) => match.start + match.length === tag.length);
  const rest = text.slice(colon + 1).trimStart();
  return endsAsking && wordsOf(rest).length > 0 ? rest : text;
}
