// Tasks a message tells: one given to the asker ("nhờ cháu soạn …") or the asker's own ("em cần viết …").
import { namesSubject } from './documents-named.js';
import type { Lexicon } from './lexicon.js';
import type { Word } from './words.js';

/** Someone gives the asker a task in the words: a `tasks-given` verb, then the asker's words or a doer ("nhờ cháu"). */
export function givesTask(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  const { verbs, doers } = lexicon.tasksGiven;
  return verbs.find(words, accents).some(({ start, length }) => lexicon.askerWords.matchAt(words, start + length, accents) > 0 || doers.matchAt(words, start + length, accents) > 0);
}

/**
 * The asker tells a task of their own (`own-task`): an asker's word, later a need and right after it a verb of doing
 * ("e cần so với báo cáo của xã", "em mới làm chủ tịch hội, cần viết bài phát biểu") — unless the words also ask the
 * bot something (`not-with`: "… ad viết giúp em"), or a verb of comparing is followed by a subject of the documents,
 * a year or a numbered document ("em cần so sánh với Hà Nội", "em cần so với năm 2025" ask for that side).
 */
export function tellsOwnTask(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  const asker = lexicon.askerWords.find(words, accents)[0];
  const { needs, verbs, comparing, notWith } = lexicon.ownTask;
  if (asker === undefined || notWith.find(words, accents).length > 0) return false;
  const from = asker.start + asker.length;
  return needs.find(words.slice(from), accents).some(({ start, length }) => {
    const verbAt = from + start + length;
    const verb = verbs.matchAt(words, verbAt, accents);
    if (verb === 0) return false;
    const compared = words.slice(verbAt + verb);
    return comparing.matchAt(words, verbAt, accents) === 0 || !(namesSubject(compared, lexicon) || compared.some((word) => /\d/u.test(word.folded)));
  });
}
