// The answers of several parts of one question (comparison sides, clauses, years) joined into one reply, each said once.
import type { Citation, Passage } from '../types.js';
import type { ComposedAnswer } from './extractive.js';

/**
 * Joins the answers for each side, one per line, numbering their sources anew (a document cited twice keeps one
 * number); a line or cited sentence an earlier side said is left out.
 */
export function joinSides(sides: readonly { answer: ComposedAnswer; passages: readonly Passage[] }[]): ComposedAnswer {
  const citations: Citation[] = [];
  const lines: string[] = [];
  const said = new Set<string>();
  for (const { answer } of sides) {
    const renumber = new Map<number, number>();
    for (const citation of answer.citations) {
      const same = citations.find((c) => c.title === citation.title && c.reference === citation.reference);
      const n = same?.n ?? citations.length + 1;
      if (!same) citations.push({ ...citation, n });
      renumber.set(citation.n, n);
    }
    const text = answer.text.replace(/\[(\d+)\]/gu, (whole, n: string) => (renumber.has(Number(n)) ? `[${renumber.get(Number(n))}]` : whole));
    // A line or cited sentence another side already said (both sides quoting one list of figures, or one sentence
    // answering both clauses) is said once — with or without its marker: a list item cited at the list's end stands
    // bare in the other side's list.
    for (const line of text.split('\n')) {
      if (lines.includes(line)) continue;
      const kept = citedSentences(line).filter((sentence) => !said.has(unmarked(sentence)));
      if (kept.length === 0) continue;
      kept.forEach((sentence) => said.add(unmarked(sentence)));
      lines.push(kept.join(' '));
    }
  }
  return { text: lines.join('\n'), citations };
}

/** A sentence without its citation markers. */
function unmarked(sentence: string): string {
  return sentence.replace(/\s*\[\d+\]/gu, '').trim();
}

/** A line cut after each citation marker ("… ký. [1] Phong trào … [1]" → two); a line without markers stays whole. */
function citedSentences(line: string): string[] {
  return line.split(/(?<=\[\d+\])\s+/u).filter((part) => part !== '');
}
