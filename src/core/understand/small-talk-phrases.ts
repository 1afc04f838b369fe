// The small-talk phrases of every kind, with the capability forms: the longest one at a word, and its kind.
import { compileForms, type PhraseForm } from './phrase-forms.js';
import { compilePhrases, wordsOf, type Word } from './words.js';

/** Kinds of small talk, each with its own reply in prompts/messages.yaml. */
export type SmallTalkKind = 'greeting' | 'thanks' | 'news' | 'acknowledge' | 'identity' | 'capabilities' | 'human' | 'complaint' | 'banter' | 'privacy';

/** In this order, a phrase listed under two kinds is of the first. */
export const SMALL_TALK_KINDS: readonly SmallTalkKind[] = ['privacy', 'identity', 'capabilities', 'human', 'complaint', 'banter', 'thanks', 'news', 'greeting', 'acknowledge'];

/** A small-talk phrase found: where it starts, its length in words and its kind. */
export interface SmallTalkFound {
  /** Index of its first word. */
  start: number;
  /** Its length in words. */
  length: number;
  /** The kind of small talk it is. */
  kind: SmallTalkKind;
}

/** Compiled small-talk phrases. */
export interface SmallTalkPhrases {
  /** The longest small-talk phrase starting at `index`, or undefined. */
  at(words: readonly Word[], index: number, accentsCount: boolean): SmallTalkFound | undefined;
  /** The phrases found, left to right, longest first at each position, never overlapping. */
  find(words: readonly Word[], accentsCount: boolean): SmallTalkFound[];
}

const foldedKey = (words: readonly Word[]) => words.map((w) => w.folded).join(' ');

/**
 * Compiles the phrases of each kind (matched folded, but for `accented`) and the forms of capability questions ("có
 * thể giúp mình những việc gì": kind `capabilities`).
 */
export function compileSmallTalkPhrases(byKind: Partial<Record<SmallTalkKind, readonly string[]>>, capabilityForms: readonly PhraseForm[], accented: readonly string[]): SmallTalkPhrases {
  const kindOf = new Map<string, SmallTalkKind>();
  for (const kind of SMALL_TALK_KINDS) {
    for (const phrase of byKind[kind] ?? []) {
      const key = foldedKey(wordsOf(phrase));
      if (!kindOf.has(key)) kindOf.set(key, kind);
    }
  }
  const listed = compilePhrases([...kindOf.keys()], accented);
  const forms = compileForms(capabilityForms);
  const formsFirst = SMALL_TALK_KINDS.indexOf('capabilities');
  const at = (words: readonly Word[], index: number, accentsCount: boolean): SmallTalkFound | undefined => {
    const length = listed.matchAt(words, index, accentsCount);
    const formed = forms.matchAt(words, index);
    if (formed > length) return { start: index, length: formed, kind: 'capabilities' };
    if (length === 0) return undefined;
    const kind = kindOf.get(foldedKey(words.slice(index, index + length)))!;
    // A form that is also listed under another kind is of the kind that comes first.
    return { start: index, length, kind: formed === length && formsFirst < SMALL_TALK_KINDS.indexOf(kind) ? 'capabilities' : kind };
  };
  return {
    at,
    find(words, accentsCount) {
      const found: SmallTalkFound[] = [];
      for (let i = 0; i < words.length; ) {
        const phrase = at(words, i, accentsCount);
        if (phrase) found.push(phrase);
        i += phrase?.length ?? 1;
      }
      return found;
    },
  };
}
