// Finds candidate chunks term-at-a-time: each looked-up term's posting list adds its IDF weight to the chunks holding it.
import type { KnowledgeStore } from '../store/knowledge-store.js';
import type { Probe } from './query-plan.js';

/** Ids of the `limit` chunks with the largest summed weight of looked-up terms (ties: lower id first). */
export function findCandidates(store: KnowledgeStore, probes: readonly Probe[], limit: number, maxRowsPerTerm: number): number[] {
  const scores = new Map<number, number>();
  for (const probe of probes) {
    for (const id of store.matchIds(probe.query, maxRowsPerTerm)) scores.set(id, (scores.get(id) ?? 0) + probe.weight);
  }
  return topIds(scores, limit);
}

/** The best `limit` entries by score, kept in a small sorted array (no sort of every matching chunk). */
function topIds(scores: ReadonlyMap<number, number>, limit: number): number[] {
  const ids: number[] = [];
  const values: number[] = [];
  const better = (score: number, id: number, i: number) => score > values[i]! || (score === values[i] && id < ids[i]!);
  for (const [id, score] of scores) {
    if (ids.length === limit && !better(score, id, limit - 1)) continue;
    let at = Math.min(ids.length, limit - 1);
    if (ids.length < limit) {
      ids.push(id);
      values.push(score);
      at = ids.length - 1;
    }
    while (at > 0 && better(score, id, at - 1)) {
      ids[at] = ids[at - 1]!;
      values[at] = values[at - 1]!;
      at--;
    }
    ids[at] = id;
    values[at] = score;
  }
  return ids;
}
