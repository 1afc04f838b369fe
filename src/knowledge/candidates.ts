// Finds candidate chunks term-at-a-time: each looked-up term's posting list adds its IDF weight to the chunks holding it.
import type { KnowledgeStore } from '../store/knowledge-store.js';
import type { Probe } from './query-plan.js';

/** Ids of the `limit` chunks with the largest summed weight of looked-up terms (ties: lower id first). */
export function findCandidates(store: KnowledgeStore, probes: readonly Probe[], limit: number, maxRowsPerTerm: number): number[] {
  const scores = new Map<number, number>();
  for (const probe of probes) {
    for (const id of store.matchIds(probe.query, maxRowsPerTerm)) scores.set(id, (scores.get(id) ?? 0) + probe.weight);
  }
  return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit).map(([id]) => id);
}
