// Evaluation metrics: key-fact hits of the reply and of single passages, recall@k, MRR, refusals and small talk.
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

/** What happened to one scored turn. */
export interface ItemOutcome {
  /** The message was typed with Vietnamese diacritics. */
  diacritics: boolean;
  /** The item's shape and style labels. */
  shape: string;
  style: string;
  /** The bot must refuse it / must treat it as small talk. */
  refuse: boolean;
  smalltalk: boolean;
  refused: boolean;
  /** The reply was small talk. */
  smalltalkReply: boolean;
  /** The reply contains every key-fact group (false for refusal and small-talk turns). */
  keyFacts: boolean;
  /** Loa's best passage alone contains every key-fact group. */
  topPassageFacts: boolean;
  /** The plain baseline's best passage (MiniSearch with folding) contains every key-fact group. */
  baselineFacts?: boolean;
  /** Rank of the first answer-bearing passage (answerable turns only). */
  rank?: number;
  /** Length of the reply in characters (answerable turns only). */
  answerChars: number;
}

/** Aggregated metrics; ratios are undefined when their denominator is zero. */
export interface Metrics {
  turns: number;
  answerable: number;
  keyFactHitRate?: number;
  topPassageRate?: number;
  baselineRate?: number;
  recallAt1?: number;
  recallAt5?: number;
  mrrAt10?: number;
  refusalItems: number;
  refusalPrecision?: number;
  refusalRecall?: number;
  smalltalkItems: number;
  smalltalkRate?: number;
  /** Share of answerable turns the bot refused. */
  wronglyRefusedRate?: number;
  wronglyRefused: number;
  /** Median reply length of answerable turns. */
  medianChars?: number;
}

/** Computes the metrics of `outcomes`. */
export function aggregate(outcomes: readonly ItemOutcome[]): Metrics {
  const answerable = outcomes.filter((o) => !o.refuse && !o.smalltalk);
  const refusalItems = outcomes.filter((o) => o.refuse);
  const smalltalk = outcomes.filter((o) => o.smalltalk);
  const refused = outcomes.filter((o) => o.refused);
  const ratio = (count: number, total: number) => (total === 0 ? undefined : count / total);
  const within = (k: number) => answerable.filter((o) => o.rank !== undefined && o.rank <= k).length;
  const withBaseline = answerable.filter((o) => o.baselineFacts !== undefined);
  const lengths = answerable.map((o) => o.answerChars).sort((a, b) => a - b);
  return {
    turns: outcomes.length,
    answerable: answerable.length,
    keyFactHitRate: ratio(answerable.filter((o) => o.keyFacts).length, answerable.length),
    topPassageRate: ratio(answerable.filter((o) => o.topPassageFacts).length, answerable.length),
    baselineRate: ratio(withBaseline.filter((o) => o.baselineFacts).length, withBaseline.length),
    recallAt1: ratio(within(1), answerable.length),
    recallAt5: ratio(within(5), answerable.length),
    mrrAt10: ratio(
      answerable.reduce((sum, o) => sum + (o.rank !== undefined && o.rank <= 10 ? 1 / o.rank : 0), 0),
      answerable.length,
    ),
    refusalItems: refusalItems.length,
    refusalPrecision: ratio(refused.filter((o) => o.refuse).length, refused.length),
    refusalRecall: ratio(refusalItems.filter((o) => o.refused).length, refusalItems.length),
    smalltalkItems: smalltalk.length,
    smalltalkRate: ratio(smalltalk.filter((o) => o.smalltalkReply).length, smalltalk.length),
    wronglyRefused: answerable.filter((o) => o.refused).length,
    wronglyRefusedRate: ratio(answerable.filter((o) => o.refused).length, answerable.length),
    medianChars: lengths.length > 0 ? lengths[Math.floor(lengths.length / 2)] : undefined,
  };
}

/** Metrics overall and per slice: diacritics, chatty or teencode. */
export interface MetricsSplit {
  all: Metrics;
  withDiacritics: Metrics;
  withoutDiacritics: Metrics;
  chattyOrTeencode: Metrics;
}

/** Aggregates `outcomes` overall and per slice. */
export function aggregateSplit(outcomes: readonly ItemOutcome[]): MetricsSplit {
  return {
    all: aggregate(outcomes),
    withDiacritics: aggregate(outcomes.filter((o) => o.diacritics)),
    withoutDiacritics: aggregate(outcomes.filter((o) => !o.diacritics)),
    chattyOrTeencode: aggregate(outcomes.filter((o) => o.style === 'chatty' || o.style === 'teencode')),
  };
}

/** Metrics per question shape, in order of first appearance. */
export function aggregateByShape(outcomes: readonly ItemOutcome[]): Map<string, Metrics> {
  const shapes = [...new Set(outcomes.map((o) => o.shape))];
  return new Map(shapes.map((shape) => [shape, aggregate(outcomes.filter((o) => o.shape === shape))]));
}
