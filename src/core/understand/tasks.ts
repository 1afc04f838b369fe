// Tasks a message tells: one given to the asker ("nhờ cháu soạn …") or the asker's own ("em cần viết …").
import type { Lexicon } from './lexicon.js';
import type { Word } from './words.js';

/** Someone gives the asker a task in the words: a `tasks-given` verb, then the asker's words or a doer ("nhờ cháu"). */
export function givesTask(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  const { verbs, doers } = lexicon.tasksGiven;
  return verbs.find(words, accents).some(({ start, length }) => lexicon.askerWords.matchAt(words, start + length, accents) > 0 || doers.matchAt(words, start + length, accents) > 0);
}

/**
 * The asker tells a task of their own: an asker's word, later one of `own-needs` and right after it a verb of doing
 * (`own-verbs`): "e cần so với báo cáo của xã", "em mới làm chủ tịch hội, cần viết bài phát biểu".
 */
export function tellsOwnTask(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  const asker = lexicon.askerWords.find(words, accents)[0];
  if (asker === undefined) return false;
  const { ownNeeds, ownVerbs } = lexicon.tasksGiven;
  return ownNeeds.find(words.slice(asker.start + asker.length), accents).some(({ start, length }) => ownVerbs.matchAt(words, asker.start + asker.length + start + length, accents) > 0);
}
