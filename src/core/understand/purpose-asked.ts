// "gia đình học tập để làm gì": the purpose of a title, event or document asked is what it is, or what the document does.
import { documentMentions, namesTitleOrEventAlone } from './documents-named.js';
import { removePhrases } from './filler.js';
import type { Lexicon } from './lexicon.js';
import type { Word } from './words.js';

/** What a purpose can be asked of: one numbered document, or one title or event, as the words naming it. */
export interface PurposeHolder {
  kind: 'document' | 'subject';
  words: readonly Word[];
}

/**
 * A clause asking what one title, event or document is for — the subject alone (a `heads` word before it or none),
 * `made` acts or none, and a purpose phrase closing it ("gia đình học tập để làm gì", "tuần lễ được tổ chức ra nhằm mục
 * đích gì") — read as the subject and what `reads` gives for its kind ("gia đình học tập là gì", "qđ 677 nói về gì"). A
 * clause of the acts and the phrase alone ("lập ra để làm gì") asks it of `before()`, what the clause right before
 * named alone (read only then: most clauses ask no purpose). The clause as it is otherwise.
 */
export function purposeAsked(words: readonly Word[], lexicon: Lexicon, before: () => PurposeHolder | undefined): readonly Word[] {
  const { phrases, made, reads } = lexicon.purposeAsked;
  const phrase = phrases.find(words, false).find(({ start, length }) => start + length === words.length);
  if (!phrase) return words;
  let end = phrase.start;
  // "được tổ chức ra": the acts are taken off from the end, one by one.
  for (let act = lengthEndingAt(words, end, made); act > 0; act = lengthEndingAt(words, end, made)) end -= act;
  if (end === 0) {
    const holder = before();
    return holder ? [...holder.words, ...reads[holder.kind]] : words;
  }
  const holder = holderAlone(words.slice(0, end), lexicon);
  return holder ? [...holder.words, ...reads[holder.kind]] : words;
}

/**
 * What a clause names alone once its question words and facet cues are set aside ("công dân học tập là gì" names
 * công dân học tập; "xã bắt nhà em đăng ký gia đình học tập" names more): a purpose asked right after is of it.
 */
export function holderOfClause(words: readonly Word[], lexicon: Lexicon): PurposeHolder | undefined {
  const cues = [...lexicon.facets.values(), lexicon.questionMarks].reduce((left, phrases) => removePhrases(left, phrases, false), [...words]);
  return cues.length > 0 ? holderAlone(cues, lexicon) : undefined;
}

/** The words name one numbered document, or one title or event, and nothing else but a head word before it. */
function holderAlone(words: readonly Word[], lexicon: Lexicon): PurposeHolder | undefined {
  const from = lexicon.purposeAsked.heads.matchAt(words, 0, false);
  const named = words.slice(from);
  const mentions = documentMentions(named, lexicon);
  if (mentions.length === 1 && mentions[0]!.start === 0 && mentions[0]!.end === named.length) return { kind: 'document', words: named };
  return namesTitleOrEventAlone(named, lexicon) ? { kind: 'subject', words: named } : undefined;
}

/** The length of the longest phrase of `phrases` that ends right at `end`, or 0. */
function lengthEndingAt(words: readonly Word[], end: number, phrases: Lexicon['purposeAsked']['made']): number {
  for (let from = 0; from < end; from++) if (phrases.matchAt(words, from, false) === end - from) return end - from;
  return 0;
}
