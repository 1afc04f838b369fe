// "qđ 677 là về gia đình học tập đúng không": a claim of what a numbered document is about, checked, asks what it is about.
import { documentMentions, namesTitleOrEventAlone } from './documents-named.js';
import type { Lexicon } from './lexicon.js';
import type { Word } from './words.js';

/**
 * A clause claiming that the one numbered document it names is about one title or event — an `about` phrase right
 * after the document, the title or event alone after it, and a tag of `acts-asked` closing the clause ("qđ 677 là về
 * gia đình học tập đúng không"), or a claim opener before the phrase and a `closes` word ending it ("tt 25 có phải quy
 * định về đơn vị học tập không"); an aspect of the title (`aspects`) may come first ("… quy định về đánh giá đơn vị học
 * tập phải ko") — read as the document and `asks` ("qđ 677 nói về gì"): searched, the claimed topic
 * finds passages about the topic, not about the document — and the claimed topic read as a second clause asking which
 * document settles it (`asks-topic`). A claim of a figure, a date or who acted, and any other clause, as it is.
 */
export function documentTopicAsked(words: readonly Word[], lexicon: Lexicon): readonly (readonly Word[])[] {
  const { about, aspects, closes, asks, asksTopic } = lexicon.documentTopicClaims;
  const { tags, claimOpeners } = lexicon.actsAsked;
  const mentions = documentMentions(words, lexicon);
  if (mentions.length !== 1) return [words];
  const { end } = mentions[0]!;
  const opener = claimOpeners.matchAt(words, end, false);
  const claimed = about.matchAt(words, end + opener, false);
  if (claimed === 0) return [words];
  const topicStart = end + opener + claimed;
  // Opened by "có phải", the claim closes with "không"; otherwise with a tag ("đúng không").
  const closing = (opener > 0 ? closes : tags).find(words, false).find(({ start, length }) => start > topicStart && start + length === words.length);
  if (!closing) return [words];
  // The claimed topic is one title or event, after an aspect of it at most ("đánh giá đơn vị học tập"), nothing else
  // ("70% gia đình học tập năm 2025" is a figure checked).
  const aspect = aspects.matchAt(words, topicStart, false);
  if (!namesTitleOrEventAlone(words.slice(topicStart + aspect, closing.start), lexicon)) return [words];
  // The claimed title is asked too, by `asks-topic` ("đơn vị học tập theo văn bản nào"), without its aspect (which would
  // ask for the criteria themselves): where the claim is wrong, the reply names the document that does settle it.
  const asked = [...words.slice(0, end), ...asks];
  return asksTopic.length === 0 ? [asked] : [asked, [...words.slice(topicStart + aspect, closing.start), ...asksTopic]];
}
