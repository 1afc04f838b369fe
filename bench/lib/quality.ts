// Ranking quality of a built system on a question set: recall@5 and MRR@10 of answer-bearing passages.
import type { EvalItem } from '../../src/eval/dataset.js';
import { firstAnswerRank } from '../../src/eval/metrics.js';
import type { BuiltSystem } from './systems.js';

/** Ranking quality of one system. */
export interface QualityScore {
  recallAt5: number;
  mrrAt10: number;
}

/** Measures `system` on the answerable items. */
export async function scoreQuality(system: BuiltSystem, items: readonly EvalItem[]): Promise<QualityScore> {
  const answerable = items.filter((item) => !item.refuse);
  let within5 = 0;
  let reciprocal = 0;
  for (const item of answerable) {
    const rank = firstAnswerRank(await system.search(item.q, 10), item.must);
    if (rank !== undefined && rank <= 5) within5++;
    if (rank !== undefined) reciprocal += 1 / rank;
  }
  return { recallAt5: within5 / answerable.length, mrrAt10: reciprocal / answerable.length };
}
