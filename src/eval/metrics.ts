// Evaluation metrics: key-fact hits, answer-bearing passages, recall@k, MRR@k and refusal precision/recall.
import { foldText } from '../core/text/vietnamese.js';

/** True when `text` contains one alternative of every group, after lowercasing and folding. */
export function containsAll(text: string, must: readonly (readonly string[])[]): boolean {
  const folded = foldText(text);
  return must.every((group) => group.some((alternative) => folded.includes(foldText(alternative))));
}

/** 1-based rank of the first passage containing every key-fact group, or undefined when none does. */
export function firstAnswerRank(passages: readonly string[], must: readonly (readonly string[])[]): number | undefined {
  const index = passages.findIndex((text) => containsAll(text, must));
  return index < 0 ? undefined : index + 1;
}

/** What happened to one question. */
export interface ItemOutcome {
  /** The question was typed with Vietnamese diacritics. */
  diacritics: boolean;
  /** The bot must refuse it. */
  refuse: boolean;
  refused: boolean;
  /** The answer contains every key-fact group (false for refusal items). */
  keyFacts: boolean;
  /** Rank of the first answer-bearing passage (answerable items only). */
  rank?: number;
}

/** Aggregated metrics of a set of outcomes; ratios are undefined when their denominator is zero. */
export interface Metrics {
  questions: number;
  answerable: number;
  keyFactHitRate?: number;
  recallAt1?: number;
  recallAt5?: number;
  mrrAt10?: number;
  refusalItems: number;
  refusalPrecision?: number;
  refusalRecall?: number;
  /** Answerable questions the bot refused. */
  wronglyRefused: number;
}

/** Computes the metrics of `outcomes`. */
export function aggregate(outcomes: readonly ItemOutcome[]): Metrics {
  const answerable = outcomes.filter((o) => !o.refuse);
  const refusalItems = outcomes.filter((o) => o.refuse);
  const refused = outcomes.filter((o) => o.refused);
  const ratio = (count: number, total: number) => (total === 0 ? undefined : count / total);
  const within = (k: number) => answerable.filter((o) => o.rank !== undefined && o.rank <= k).length;
  return {
    questions: outcomes.length,
    answerable: answerable.length,
    keyFactHitRate: ratio(answerable.filter((o) => o.keyFacts).length, answerable.length),
    recallAt1: ratio(within(1), answerable.length),
    recallAt5: ratio(within(5), answerable.length),
    mrrAt10: ratio(
      answerable.reduce((sum, o) => sum + (o.rank !== undefined && o.rank <= 10 ? 1 / o.rank : 0), 0),
      answerable.length,
    ),
    refusalItems: refusalItems.length,
    refusalPrecision: ratio(refused.filter((o) => o.refuse).length, refused.length),
    refusalRecall: ratio(refusalItems.filter((o) => o.refused).length, refusalItems.length),
    wronglyRefused: answerable.filter((o) => o.refused).length,
  };
}

/** Metrics for all questions and split by questions typed with and without diacritics. */
export interface MetricsSplit {
  all: Metrics;
  withDiacritics: Metrics;
  withoutDiacritics: Metrics;
}

/** Aggregates `outcomes` overall and per diacritics split. */
export function aggregateSplit(outcomes: readonly ItemOutcome[]): MetricsSplit {
  return {
    all: aggregate(outcomes),
    withDiacritics: aggregate(outcomes.filter((o) => o.diacritics)),
    withoutDiacritics: aggregate(outcomes.filter((o) => !o.diacritics)),
  };
}
