// "qđ 677 là về gia đình học tập đúng không": a claim of what a numbered document is about, checked, asks what it is about.
import { documentMentions } from './documents-named.js';
import type { Lexicon } from './lexicon.js';
import type { Word } from './words.js';

/**
 * A clause claiming what the one numbered document it names is about — an `about` phrase right after the document
 * ("qđ 677 là về gia đình học tập đúng không", "tt 25 có phải quy định về đơn vị học tập không") and a tag of
 * `acts-asked` closing it, or a claim opener before the phrase and "không" closing it — read as the document and
 * `asks` ("qđ 677 nói về gì"): searched, the claimed topic finds passages about the topic, not about the document. The
 * clause as it is otherwise.
 */
export function documentTopicAsked(words: readonly Word[], lexicon: Lexicon): readonly Word[] {
  const { about, asks } = lexicon.documentTopicClaims;
  const { tags, claimOpeners } = lexicon.actsAsked;
  const mentions = documentMentions(words, lexicon);
  if (mentions.length !== 1 || asks.length === 0) return words;
  const { end } = mentions[0]!;
  const opener = claimOpeners.matchAt(words, end, false);
  const claimed = about.matchAt(words, end + opener, false);
  if (claimed === 0) return words;
  const topicStart = end + opener + claimed;
  const closed = opener > 0 ? words.length > topicStart + 1 && words[words.length - 1]!.folded === 'khong' : tags.find(words, false).some(({ start, length }) => start > topicStart && start + length === words.length);
  return closed ? [...words.slice(0, end), ...asks] : words;
}
