// Runs a question set through the real answer engine and the passage search, and scores every question.
import type { AnswerEngine } from '../core/answer/engine.js';
import { hasDiacritics } from '../core/text/vietnamese.js';
import type { PassageSearch } from '../core/types.js';
import type { EvalItem } from './dataset.js';
import { aggregateSplit, containsAll, firstAnswerRank, type ItemOutcome, type MetricsSplit } from './metrics.js';

/** One question's result, for the detailed listing and `--json`. */
export interface ItemResult extends ItemOutcome {
  id: string;
  q: string;
  /** The item is scored correct: refused when it must be, or answered with every key fact. */
  ok: boolean;
  mode: string;
  refusalReason?: string;
  /** Path of the best passage, when any. */
  topPath?: string;
  answer: string;
  latencyMs: number;
}

/** A whole evaluation run. */
export interface EvalReport {
  items: ItemResult[];
  metrics: MetricsSplit;
}

/** What the runner needs: the engine that answers and the search it retrieves with. */
export interface EvalDeps {
  engine: AnswerEngine;
  search: PassageSearch;
}

/** Answers every item (one at a time, without history) and scores answers and rankings. */
export async function runEvaluation(deps: EvalDeps, items: readonly EvalItem[]): Promise<EvalReport> {
  const results: ItemResult[] = [];
  for (const item of items) {
    const started = performance.now();
    const answer = await deps.engine.answer(item.q);
    const latencyMs = performance.now() - started;
    const passages = deps.search.search(item.q, { limit: 10 });
    const keyFacts = !item.refuse && !answer.refused && containsAll(answer.text, item.must);
    results.push({
      id: item.id,
      q: item.q,
      diacritics: hasDiacritics(item.q),
      refuse: item.refuse,
      refused: answer.refused,
      keyFacts,
      rank: item.refuse ? undefined : firstAnswerRank(passages.map((p) => p.text), item.must),
      ok: item.refuse ? answer.refused : keyFacts,
      mode: answer.mode,
      refusalReason: answer.refusalReason,
      topPath: passages[0]?.path,
      answer: answer.text,
      latencyMs,
    });
  }
  return { items: results, metrics: aggregateSplit(results) };
}
