// Recognises text that talks to the assistant (prompt injection, requests for internals or personal data) with the
// patterns of prompts/language/guards.yaml, matched on folded text.
import { foldText } from '../text/vietnamese.js';
import type { TextGuards } from '../understand/lexicon.js';

/** True when the text matches one of `patterns` once folded (accents, case and look-alike letters do not hide it). */
export function matchesAny(text: string, patterns: readonly RegExp[]): boolean {
  const folded = foldText(text);
  return patterns.some((pattern) => pattern.test(folded));
}

/** True when the message tries to change the bot's rules or extract internals or personal data. */
export function isAttack(text: string, guards: Pick<TextGuards, 'attacks'>): boolean {
  return matchesAny(text, guards.attacks);
}
