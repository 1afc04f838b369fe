// A list the index cut into several passages, put back together for a question asking a list.
import type { Passage, PassageSearch } from '../types.js';
import { splitSentences } from './sentences.js';
import { LIST_ITEM_MARK, MAX_LIST_CHARS } from './tuning.js';

/**
 * The passages with the best one, when it holds list items and the index cut its list into several passages of one
 * section ("Các văn bản chính theo thời gian": twelve items in three passages), replaced by the list's passages joined
 * in document order — each one's first line left out when the text before already ends with it (the sentence the index
 * repeats from the passage before) — and those passages dropped from the rest. A list longer than a reply shows
 * (MAX_LIST_CHARS) is joined from the best passage on: the part found is the part asked ("… giai đoạn 2021–2030 gồm
 * những quyết định nào" finds the items from 2014; the reply goes on to 2023, not back to 1996). The section's passages
 * without list items are not joined. Unchanged when the search cannot read sections.
 */
export function withWholeSection(passages: readonly Passage[], section: PassageSearch['section']): Passage[] {
  const best = passages[0];
  if (!best || !section || !hasItems(best.text)) return [...passages];
  const parts = section(best).filter((part) => hasItems(part.text));
  const whole = joined(parts);
  const fits = items(whole).reduce((length, item) => length + item.text.length + LIST_ITEM_MARK, 0) <= MAX_LIST_CHARS;
  const used = fits ? parts : parts.slice(Math.max(0, parts.findIndex((part) => part.chunkId === best.chunkId)));
  if (used.length < 2) return [...passages];
  const ids = new Set(used.map((part) => part.chunkId));
  return [{ ...best, text: fits ? whole : joined(used) }, ...passages.slice(1).filter((passage) => !ids.has(passage.chunkId))];
}

/** The list items of a passage's text. */
function items(text: string) {
  return splitSentences(text, 0).filter((sentence) => sentence.listItem);
}

function hasItems(text: string): boolean {
  return items(text).length > 0;
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
