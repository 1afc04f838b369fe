// Verifies a model's answer before any resident sees it: length, prompt echo, citations and every checkable claim.
import { splitIntoSentences } from '../text/sentences.js';
import { foldedTokens } from '../text/vietnamese.js';
import { documentReference } from './citations.js';
import { claimsOf, supportedKeys } from './claims.js';
import { compatibilityForm, findMarkers, withoutMarkers } from './citation-markers.js';
import type { Passage } from '../types.js';

/** Longest answer accepted, checked before any parsing or splitting: the prompt asks for ~600 characters. */
export const MAX_MODEL_ANSWER_CHARS = 1500;
/** Words in a row shared with the prompt (and not with a passage) that count as the prompt leaking out. */
const ECHO_RUN = 8;

/** Verdict: the passage numbers the answer cites, or the first claim that failed, as a loggable reason. */
export type Verification = { ok: true; cited: number[] } | { ok: false; reason: string };

/** Texts the answer must never reproduce: the system prompt and the user-message template. */
export interface PromptTexts {
  system: string;
  answer: string;
}

/** Checks `answer` against the retrieved `passages` (passage n is `passages[n - 1]`). */
export function verifyAnswer(answer: string, passages: readonly Passage[], prompts: PromptTexts): Verification {
  if (answer.length > MAX_MODEL_ANSWER_CHARS) return fail('too_long', `${answer.length} ký tự`);
  const text = compatibilityForm(answer);
  const tag = /<\s*\/?\s*tai_lieu\b[^>]*>?/iu.exec(text);
  if (tag) return fail('data_tag', tag[0]);

  const script = /\b(?:javascript|vbscript|data|file):/iu.exec(text);
  if (script) return fail('unsafe_link', script[0]);

  const markers = findMarkers(text);
  const cited = [...new Set(markers.flatMap((m) => m.numbers))].sort((a, b) => a - b);
  if (cited.length === 0) return fail('no_citation');
  const unknown = cited.filter((n) => n < 1 || n > passages.length);
  if (unknown.length > 0) return fail('unknown_citation', `[${unknown.join(', ')}]`);

  const echo = promptEcho(text, passages, prompts);
  if (echo) return fail('prompt_echo', echo);

  const sources = passages.map(sourceText);
  const keysOf = memo((n: number) => supportedKeys(sources[n - 1]!));
  for (const sentence of citedSentences(text)) {
    const citedHere = sentence.cited.length > 0 ? sentence.cited : cited;
    for (const claim of claimsOf(withoutMarkers(sentence.text))) {
      const supported = citedHere.some((n) => claim.keys.some((key) => keysOf(n).has(key)));
      if (!supported) return fail('unsupported_claim', `"${claim.written}" [${citedHere.join(', ')}]`);
    }
  }
  return { ok: true, cited };
}

function fail(code: string, detail?: string): Verification {
  return { ok: false, reason: detail ? `${code}: ${detail}` : code };
}

/** What the model saw of a passage: the text plus the title and reference in its block's attributes. */
function sourceText(passage: Passage): string {
  return compatibilityForm(
    [passage.meta.title, documentReference(passage.meta), passage.meta.source ?? '', passage.heading, passage.text].join('\n'),
  );
}

/** Sentences with the passage numbers cited inside them; a marker opening a sentence belongs to the one before. */
function citedSentences(text: string): { text: string; cited: number[] }[] {
  const sentences: string[] = [];
  for (const line of text.split(/\n+/u)) {
    for (const sentence of splitIntoSentences(line)) {
      const leading = /^(?:\s*[[【][^\]】]*[\]】])+/u.exec(sentence)?.[0];
      if (leading && sentences.length > 0 && findMarkers(leading).length > 0) {
        sentences[sentences.length - 1] += ` ${leading}`;
        const rest = sentence.slice(leading.length).trim();
        if (rest !== '') sentences.push(rest);
      } else {
        sentences.push(sentence);
      }
    }
  }
  return sentences.map((sentence) => ({ text: sentence, cited: [...new Set(findMarkers(sentence).flatMap((m) => m.numbers))] }));
}

/** The first run of ECHO_RUN words that the answer shares with the prompt texts but with no passage. */
function promptEcho(text: string, passages: readonly Passage[], prompts: PromptTexts): string | undefined {
  const template = prompts.answer.replace(/\{\{?\w+\}?\}/gu, '\n');
  const promptRuns = new Set([...runs(prompts.system), ...runs(template)]);
  const passageRuns = new Set(passages.flatMap((p) => runs(sourceText(p))));
  return runs(withoutMarkers(text)).find((run) => promptRuns.has(run) && !passageRuns.has(run));
}

function runs(text: string): string[] {
  const tokens = foldedTokens(compatibilityForm(text));
  const out: string[] = [];
  for (let i = 0; i + ECHO_RUN <= tokens.length; i++) out.push(tokens.slice(i, i + ECHO_RUN).join(' '));
  return out;
}

function memo<T>(compute: (n: number) => T): (n: number) => T {
  const cache = new Map<number, T>();
  return (n) => {
    if (!cache.has(n)) cache.set(n, compute(n));
    return cache.get(n)!;
  };
}
