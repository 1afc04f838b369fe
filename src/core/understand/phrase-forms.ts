// Phrases made of slots in a fixed order, each slot one of a few phrases, matched slot by slot instead of expanded.
import { wordsOf, type Word } from './words.js';

/** A form: its slots in order, each slot the phrases that may fill it ("có thể" · verb · asker · what is asked). */
export type PhraseForm = readonly (readonly string[])[];

/** Compiled forms. */
export interface FormSet {
  /** Length in words of the longest form starting at `index`, or 0. Words are compared folded. */
  matchAt(words: readonly Word[], index: number): number;
}

/**
 * Compiles `forms`. Expanding them instead made 6,384 phrases of 5 verbs, 12 asked things, 17 askers' words and "có
 * thể", which took about 140 ms of every start and were walked one by one at each "có" of every message.
 */
export function compileForms(forms: readonly PhraseForm[]): FormSet {
  const compiled = forms.map((form) => form.map((slot) => slot.map((phrase) => wordsOf(phrase).map((w) => w.folded)).filter((folded) => folded.length > 0)));
  /** The furthest index the slots from `slot` on can reach from `at`, or -1. */
  const furthest = (words: readonly Word[], slots: readonly (readonly string[])[][], slot: number, at: number): number => {
    if (slot === slots.length) return at;
    let best = -1;
    for (const filler of slots[slot]!) {
      if (at + filler.length <= words.length && filler.every((folded, i) => words[at + i]!.folded === folded)) best = Math.max(best, furthest(words, slots, slot + 1, at + filler.length));
    }
    return best;
  };
  return {
    matchAt(words, index) {
      let longest = 0;
      for (const slots of compiled) longest = Math.max(longest, furthest(words, slots, 0, index) - index);
      return longest;
    },
  };
}
