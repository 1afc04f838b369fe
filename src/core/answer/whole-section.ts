// A list the index cut into several passages, put back together for a question asking a list.
import type { Passage, PassageSearch } from '../types.js';
import { splitSentences } from './sentences.js';
import { MAX_LIST_CHARS } from './tuning.js';

/**
 * The passages with the best one, when it holds list items and the index cut its list into several passages of one
 * section ("Các văn bản chính theo thời gian": twelve items in three passages), replaced by the list's passages joined
 * in document order — the run of passages holding items around the best one, each one's first line left out when the
 * text before already ends with it (the sentence the index repeats from the passage before) — and every passage of the
 * section dropped from the rest. A list longer than a reply shows (MAX_LIST_CHARS) is joined from the best passage on:
 * the part found is the part asked ("… giai đoạn 2021–2030 gồm những quyết định nào" finds the items from 2014; the
 * reply goes on to 2023, not back to 1996). Unchanged when the search cannot read sections.
 */
export function withWholeSection(passages: readonly Passage[], section: PassageSearch['section']): Passage[] {
  const best = passages[0];
  if (!best || !section || !hasItems(best)) return [...passages];
  const parts = section(best);
  const at = parts.findIndex((part) => part.chunkId === best.chunkId);
  if (at < 0) return [...passages];
  let from = at;
  let to = at + 1;
  while (from > 0 && hasItems(parts[from - 1]!)) from--;
  while (to < parts.length && hasItems(parts[to]!)) to++;
  if (to - from < 2) return [...passages];
  const whole = joined(parts.slice(from, to));
  const used = whole.length <= MAX_LIST_CHARS ? parts.slice(from, to) : parts.slice(at, to);
  const inSection = new Set(parts.map((part) => part.chunkId));
  return [{ ...best, text: joined(used) }, ...passages.slice(1).filter((passage) => !inSection.has(passage.chunkId))];
}

/** The passage holds list items. */
function hasItems(passage: Passage): boolean {
  return splitSentences(passage.text, 0).some((sentence) => sentence.listItem);
}

/** The passages' texts in order, a first line the text before already ends with said once. */
function joined(parts: readonly Passage[]): string {
  let text = '';
  for (const part of parts) {
    const [first = '', ...rest] = part.text.split('\n');
    const repeated = text !== '' && first.trim() !== '' && text.trimEnd().endsWith(first.trim());
    text = [text, ...(repeated ? rest : [first, ...rest])].filter((line) => line !== '').join('\n');
  }
  return text;
}
