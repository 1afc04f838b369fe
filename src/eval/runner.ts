// Runs a question set through the real answer engine, turn by turn, and scores replies, passages and a baseline.
import type { AnswerEngine } from '../core/answer/engine.js';
import type { HistoryTurn } from '../core/answer/grounded.js';
import type { WeekEntry } from '../core/reminders.js';
import { hasDiacritics } from '../core/text/vietnamese.js';
import type { PassageSearch } from '../core/types.js';
import type { EvalItem, EvalWeek } from './dataset.js';
import { aggregateByShape, aggregateSplit, containsAll, firstAnswerRank, type ItemOutcome, type Metrics, type MetricsSplit } from './metrics.js';

/** One scored turn, for the detailed listing and `--json`. */
export interface ItemResult extends ItemOutcome {
  id: string;
  q: string;
  /** The turn is scored correct: refused / small talk when it must be, or answered with every key fact. */
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
  byShape: Map<string, Metrics>;
}

/** What the runner needs: the engine, the search it retrieves with, the Week calendar, and an optional baseline. */
export interface EvalDeps {
  engine: AnswerEngine;
  search: PassageSearch;
  /** Staff calendar entries some items set before they are asked. */
  calendar?: { set(entry: WeekEntry): void; remove(year: number): void };
  /** The text of a plain baseline's best passage for a question (MiniSearch with folding). */
  baselineTop?: (question: string) => string | undefined;
  /** Local noon of a YYYY-MM-DD date, for items that say when they are asked. */
  dateOf?: (isoDate: string) => Date;
}

/** Answers every item (each conversation in its own chat history) and scores every turn. */
export async function runEvaluation(deps: EvalDeps, items: readonly EvalItem[]): Promise<EvalReport> {
  const results: ItemResult[] = [];
  for (const item of items) {
    const same = (a: EvalWeek | undefined, b: EvalWeek | undefined) => JSON.stringify(a) === JSON.stringify(b);
    const turnWeeks = item.turns.map((turn) => (same(turn.week, item.week) ? undefined : turn.week));
    const weeks = [item.week, ...turnWeeks].filter((week) => week !== undefined);
    const history: HistoryTurn[] = [];
    try {
      if (item.week) deps.calendar?.set({ ...item.week, events: [] });
      for (const [index, turn] of item.turns.entries()) {
        const week = turnWeeks[index];
        if (week) deps.calendar?.set({ ...week, events: [] });
        const now = turn.now ? (deps.dateOf?.(turn.now) ?? new Date(`${turn.now}T12:00:00+07:00`)) : new Date();
        const started = performance.now();
        const answer = await deps.engine.answer(turn.q, history, { now });
        const latencyMs = performance.now() - started;
        if (!answer.refused && answer.mode !== 'smalltalk') history.push({ question: turn.q, answer: answer.text });
        const answerable = !turn.refuse && !turn.smalltalk;
        const passages = answer.passages.length > 0 ? answer.passages : deps.search.search(turn.q, { limit: 10 });
        const keyFacts = answerable && !answer.refused && answer.mode !== 'smalltalk' && containsAll(answer.text, turn.must);
        const baseline = answerable && deps.baselineTop ? deps.baselineTop(turn.q) : undefined;
        results.push({
          id: item.turns.length > 1 ? `${item.id}.${index + 1}` : item.id,
          q: turn.q,
          diacritics: hasDiacritics(turn.q),
          shape: item.shape,
          style: item.style,
          refuse: turn.refuse,
          smalltalk: turn.smalltalk,
          refused: answer.refused,
          smalltalkReply: answer.mode === 'smalltalk',
          keyFacts,
          topPassageFacts: answerable && passages[0] !== undefined && containsAll(passages[0].text, turn.must),
          baselineFacts: answerable && deps.baselineTop ? baseline !== undefined && containsAll(baseline, turn.must) : undefined,
          rank: answerable ? firstAnswerRank(passages.map((p) => p.text), turn.must) : undefined,
          answerChars: answerable ? answer.text.length : 0,
          ok: turn.refuse ? answer.refused : turn.smalltalk ? answer.mode === 'smalltalk' : keyFacts,
          mode: answer.mode,
          refusalReason: answer.refusalReason,
          topPath: passages[0]?.path,
          answer: answer.text,
          latencyMs,
        });
      }
    } finally {
      for (const week of weeks) deps.calendar?.remove(week.year);
    }
  }
  return { items: results, metrics: aggregateSplit(results), byShape: aggregateByShape(results) };
}
