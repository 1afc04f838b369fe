// "gia đình học tập để làm gì": the purpose of a title, event or document asked is what it is, or what the document does.
import { documentMentions } from './documents-named.js';
import type { Lexicon } from './lexicon.js';
import type { Word } from './words.js';

/** What a clause names that a purpose can be asked of: a numbered document, a title or event, or neither. */
export type PurposeHolder = 'document' | 'subject' | undefined;

/**
 * A clause asking what one title, event or document is for — the subject alone (a `heads` word before it or none), a
 * `made` act or none, and a purpose phrase closing it ("gia đình học tập để làm gì", "qđ 677 ban hành nhằm mục đích
 * gì") — read as the subject and what `reads` gives for its kind ("gia đình học tập là gì", "qđ 677 nói về gì"). A
 * clause of the act and the phrase alone ("lập ra để làm gì") asks it of what the clause before named (`before`), read
 * as that kind's words alone. The clause as it is otherwise.
 */
export function purposeAsked(words: readonly Word[], lexicon: Lexicon, accents: boolean, before: PurposeHolder): readonly Word[] {
  const { phrases, made, reads } = lexicon.purposeAsked;
  const phrase = phrases.find(words, accents).find(({ start, length }) => start + length === words.length);
  if (!phrase) return words;
  const act = made.find(words.slice(0, phrase.start), accents).filter(({ start, length }) => start + length === phrase.start);
  const end = act.length > 0 ? Math.min(...act.map(({ start }) => start)) : phrase.start;
  const named = words.slice(0, end);
  if (named.length === 0) return before === undefined ? words : reads[before];
  const holder = holderNamedAlone(named, lexicon);
  return holder === undefined ? words : [...named, ...reads[holder]];
}

/** What the words name, when they name one numbered document or one title or event and nothing else but a head word. */
export function holderNamedAlone(words: readonly Word[], lexicon: Lexicon): PurposeHolder {
  const from = lexicon.purposeAsked.heads.matchAt(words, 0, false);
  const mentions = documentMentions(words, lexicon);
  if (mentions.length === 1 && mentions[0]!.start === from && mentions[0]!.end === words.length) return 'document';
  const length = lexicon.subjects.matchAt(words, from, false);
  if (length === 0 || from + length !== words.length) return undefined;
  const said = words.slice(from, from + length).map((word) => word.folded).join(' ');
  const kind = lexicon.subjectKind.get(lexicon.subjectGroup.get(said) ?? said);
  return kind === 'titles' || kind === 'events' ? 'subject' : undefined;
}

/** What a clause names for a purpose asked after it: a numbered document, a title or event, or neither. */
export function holderNamed(words: readonly Word[], lexicon: Lexicon): PurposeHolder {
  if (documentMentions(words, lexicon).length > 0) return 'document';
  return lexicon.subjects.find(words, false).some(({ phrase }) => ['titles', 'events'].includes(lexicon.subjectKind.get(lexicon.subjectGroup.get(phrase) ?? phrase) ?? '')) ? 'subject' : undefined;
}
