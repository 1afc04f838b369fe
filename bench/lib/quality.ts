// Scores a built system on a question set: recall@5 and MRR@10 of answer-bearing passages, and query latency.
import type { EvalItem } from '../../src/eval/dataset.js';
import { firstAnswerRank } from '../../src/eval/metrics.js';
import { latencySummary, timeEach } from './stats.js';
import type { BuiltSystem } from './systems.js';

/** Ranking quality and speed of one system. */
export interface SystemScore {
  recallAt5: number;
  mrrAt10: number;
  p50: number;
  p95: number;
}

/** Measures `system` on the answerable items (quality) and on every item (latency, `rounds` passes). */
export async function scoreSystem(system: BuiltSystem, items: readonly EvalItem[], rounds: number): Promise<SystemScore> {
  const answerable = items.filter((item) => !item.refuse);
  let within5 = 0;
  let reciprocal = 0;
  for (const item of answerable) {
    const rank = firstAnswerRank(await system.search(item.q, 10), item.must);
    if (rank !== undefined && rank <= 5) within5++;
    if (rank !== undefined) reciprocal += 1 / rank;
  }
  const times = await timeEach(items.map((item) => item.q), rounds, (q) => system.search(q, 10));
  return { recallAt5: within5 / answerable.length, mrrAt10: reciprocal / answerable.length, ...latencySummary(times) };
}
