// The clause a question naming nothing but its cues and years is asked of, when no clause names a subject.
import { isYear } from '../text/years.js';
import { contentWords, cuedFacets, namesOnlyCues } from './cues.js';
import { namesSubject } from './documents-named.js';
import type { Lexicon } from './lexicon.js';
import type { Word } from './words.js';

/**
 * "Người 15 tuổi trở lên có bằng đại học, mục tiêu năm 2025 với 2030 khác nhau bao nhiêu": when the asking clauses
 * (`kept`) name no subject and nothing but their cues and years, and ask a number, the clause right `before` them is
 * what they ask of — when it names something the documents count (a number cue, a `counted` unit) in two content
 * words or more, and is neither in the asker's voice, an introduction, of a past day nor a need ("Hôm qua họp thôn bàn
 * nhiều chuyện lắm", "Cán bộ văn hóa xã cần biết gấp", "Trời hôm nay mưa to quá" lend nothing).
 */
export function topicOfBareQuestion<C extends { words: Word[]; typed: Word[] }>(kept: readonly C[], before: C | undefined, lexicon: Lexicon, accents: boolean): C | undefined {
  if (!before || kept.length === 0 || kept.includes(before)) return undefined;
  if (kept.some((clause) => namesSubject(clause.words, lexicon) || !namesOnlyCues(withoutYears(clause.words), lexicon, accents))) return undefined;
  // A date or a theme asked bare follows what was asked before ("Bà con trong xóm ai cũng háo hức. Khai mạc ngày nào?").
  if (!kept.some((clause) => cuedFacets(clause.words, lexicon, accents).has('number'))) return undefined;
  const { typed, words } = before;
  const tells = [lexicon.askerWords, lexicon.pastMarkers, lexicon.ownTask.needs].some((phrases) => phrases.find(typed, accents).length > 0) || lexicon.introductions.matchAt(typed, 0, true) > 0;
  const counts = [lexicon.facets.get('number'), lexicon.evidence.get('counted')].some((phrases) => (phrases?.find(words, accents).length ?? 0) > 0);
  return !tells && counts && contentWords(words, lexicon, accents) >= 2 ? before : undefined;
}

/** The words without years and the "năm" before one ("mục tiêu năm 2025 với 2030" → "mục tiêu với"). */
function withoutYears(words: readonly Word[]): Word[] {
  return words.filter((word, i) => !isYear(word.folded) && !(word.folded === 'nam' && isYear(words[i + 1]?.folded ?? '')));
}
