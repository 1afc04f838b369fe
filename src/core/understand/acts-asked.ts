// Who does which act a question asks ("ai ký", "ký bởi ai", "do ai phát động"): the acts an answering sentence must name.
import type { Lexicon } from './lexicon.js';
import { wordsOf } from './words.js';

/**
 * The acts the question asks who does, each with the acts of its group, as written in the data ("ký", "phát động"):
 * the first act at most `within` words after a `who` word ("ai ký", "ai đã công nhận"; in "ai ký quyết định 1315" the
 * act is "ký", not the document's "quyết định"), or one right before a link word and a `who` word ("ký bởi ai", "người
 * ký là ai"). Empty when the question asks no one's act.
 */
export function actsAsked(question: string, lexicon: Lexicon): string[] {
  const { who, acts, groupOf, links, within } = lexicon.actsAsked;
  const words = wordsOf(question);
  const askers = who.find(words, false);
  if (askers.length === 0) return [];
  const found = acts.find(words, false);
  const firstAfter = askers.flatMap((asker) => found.find(({ start }) => start >= asker.start + asker.length && start - (asker.start + asker.length) < within) ?? []);
  const beforeLink = found.filter(({ start, length }) => {
    const link = links.matchAt(words, start + length, false);
    return link > 0 && who.matchAt(words, start + length + link, false) > 0;
  });
  return [...new Set([...firstAfter, ...beforeLink].flatMap(({ phrase }) => groupOf.get(phrase) ?? []))];
}

/** True when `sentence` names one of `acts` (as written, with their marks: "kỳ" is no "ký") as words. */
export function namesAct(sentence: string, acts: readonly string[]): boolean {
  const words = ` ${wordsOf(sentence).map((w) => w.text).join(' ')} `;
  return acts.some((act) => words.includes(` ${act} `));
}
