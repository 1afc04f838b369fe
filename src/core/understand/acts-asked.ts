// Who does which act a question asks ("ai ký", "ký bởi ai", "do ai phát động"): the acts an answering sentence must name.
import { foldText } from '../text/vietnamese.js';
import type { Lexicon } from './lexicon.js';
import { wordsOf } from './words.js';

/**
 * The acts (folded, "ki", "phat dong") the question asks who does, each with the acts of its group: an act at most
 * `within` words after a `who` word ("ai ký", "ai đã công nhận"), or right before a link word and a `who` word ("ký bởi
 * ai", "người ký là ai"). Empty when the question asks no one's act.
 */
export function actsAsked(question: string, lexicon: Lexicon): string[] {
  const { who, acts, groupOf, links, within } = lexicon.actsAsked;
  const words = wordsOf(question);
  const askers = who.find(words, false);
  if (askers.length === 0) return [];
  const asked = acts.find(words, false).filter(({ start, length }) => {
    const after = askers.some((asker) => start >= asker.start + asker.length && start - (asker.start + asker.length) < within);
    const link = links.matchAt(words, start + length, false);
    return after || (link > 0 && who.matchAt(words, start + length + link, false) > 0);
  });
  return [...new Set(asked.flatMap(({ phrase }) => groupOf.get(phrase) ?? [phrase]))];
}

/** True when `sentence` names one of the folded `acts` as words. */
export function namesAct(sentence: string, acts: readonly string[]): boolean {
  const folded = ` ${foldText(sentence).match(/[\p{L}\p{N}]+/gu)?.join(' ') ?? ''} `;
  return acts.some((act) => folded.includes(` ${act} `));
}
