// Asked what an abbreviation stands for: the sentence that explains it ("UBND: Ủy ban nhân dân."), cited.
import { fold } from '../text/vietnamese.js';
import type { Passage } from '../types.js';
import { toCitation } from './citations.js';
import type { ComposedAnswer } from './extractive.js';
import { splitSentences } from './sentences.js';
import { ENTRY_BRACKET_TAIL_CHARS, ENTRY_NAME_TAIL_CHARS } from './tuning.js';

/** One abbreviation a message asks the meaning of: as the words read it, and whether the chat shorthand knows it. */
export interface AbbreviationAsked {
  said: string;
  known: boolean;
}

/** What the documents say of the abbreviations asked. */
export interface AbbreviationEntries {
  /** The entries explaining the abbreviations, one line each; undefined when none is explained. */
  answer?: ComposedAnswer;
  passages: Passage[];
  /** Abbreviations no document explains and the chat shorthand does not know, as the message writes them. */
  unexplained: string[];
  /** Some abbreviation no document explains is one the chat shorthand knows ("hkh"): the question is for the usual path. */
  shorthandLeft: boolean;
}

/**
 * For each abbreviation asked, the first sentence of the passages its own search finds that explains it, letter for
 * letter if one does, else folded ("cdht" is CDHT, Công dân học tập, not CĐHT, which it folds to): an entry opening
 * with it before a colon ("UBND: Ủy ban nhân dân.", "KHVN hoặc Hội KHVN: …"), or the meaning followed by it in brackets,
 * after the `bracketWords` or not ("Công dân học tập (viết tắt CDHT) …"). A document number holding it
 * ("5607/BGDĐT-GDNNGDTX") explains nothing. `message` is the message as typed, for the abbreviation's own spelling.
 */
export function abbreviationEntries(asked: readonly AbbreviationAsked[], search: (abbreviation: string) => Passage[], message: string, bracketWords: string): AbbreviationEntries {
  const passages: Passage[] = [];
  const citations: ComposedAnswer['citations'] = [];
  const lines: string[] = [];
  const said = new Set<string>();
  const unexplained: string[] = [];
  let shorthandLeft = false;
  for (const { said: abbreviation, known } of asked) {
    const found = search(abbreviation).flatMap((passage) => splitSentences(passage.text, 0).map((sentence) => ({ passage, sentence: sentence.text })));
    const best = found.find((entry) => explains(abbreviation, entry.sentence, bracketWords, false)) ?? found.find((entry) => explains(abbreviation, entry.sentence, bracketWords, true));
    if (!best) {
      if (known) shorthandLeft = true;
      else unexplained.push(asTyped(abbreviation, message));
      continue;
    }
    // "GĐHT hay GDHT": one entry explaining both is said once.
    if (said.has(best.sentence)) continue;
    said.add(best.sentence);
    let n = passages.findIndex((passage) => passage.chunkId === best.passage.chunkId) + 1;
    if (n === 0) {
      passages.push(best.passage);
      n = passages.length;
      citations.push(toCitation(n, best.passage, best.sentence));
    }
    lines.push(`${best.sentence} [${n}]`);
  }
  return { answer: lines.length > 0 ? { text: lines.join('\n'), citations } : undefined, passages, unexplained, shorthandLeft };
}

/** The abbreviation as the message writes it ("TTg"), found again in it whatever its case. */
function asTyped(abbreviation: string, message: string): string {
  const at = message.toLowerCase().indexOf(abbreviation);
  return at < 0 ? abbreviation : message.slice(at, at + abbreviation.length);
}

/** Whether a sentence explains the abbreviation, compared letter for letter or folded ("htsd" for "HTSĐ"). */
function explains(abbreviation: string, sentence: string, bracketWords: string, folded: boolean): boolean {
  const form = (text: string) => (folded ? fold(text) : text).toLowerCase();
  const letters = form(abbreviation).replace(/[^\p{L}\p{N}]/gu, '');
  const before = form(bracketWords).replace(/[^\p{L}\p{N} ]/gu, '').trim();
  const end = '(?![\\p{L}\\p{N}])';
  const entry = new RegExp(`^(?:[-•*]\\s*)?${letters}${end}[^:.]{0,${ENTRY_NAME_TAIL_CHARS}}:`, 'u');
  const bracketed = new RegExp(`\\((?:${before}\\s+)?${letters}${end}[^)]{0,${ENTRY_BRACKET_TAIL_CHARS}}\\)`, 'u');
  const text = form(sentence);
  return entry.test(text) || bracketed.test(text);
}
