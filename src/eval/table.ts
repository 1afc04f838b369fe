// Formats evaluation metrics as a plain-text table (one column per diacritics split) and a per-question listing.
import type { Metrics, MetricsSplit } from './metrics.js';
import type { ItemResult } from './runner.js';

const ROWS: [string, (m: Metrics) => string][] = [
  ['questions (answerable / refuse)', (m) => `${m.questions} (${m.answerable} / ${m.refusalItems})`],
  ['key-fact hit rate', (m) => ratio(m.keyFactHitRate)],
  ['recall@1 (answer-bearing passage)', (m) => ratio(m.recallAt1)],
  ['recall@5', (m) => ratio(m.recallAt5)],
  ['MRR@10', (m) => ratio(m.mrrAt10)],
  ['refusal precision', (m) => ratio(m.refusalPrecision)],
  ['refusal recall', (m) => ratio(m.refusalRecall)],
  ['answerable but refused', (m) => String(m.wronglyRefused)],
];

/** The metrics table: rows are metrics, columns are all / with diacritics / without diacritics. */
export function formatMetrics(split: MetricsSplit): string {
  const header = ['metric', 'all', 'with diacritics', 'without diacritics'];
  const rows = ROWS.map(([name, value]) => [name, value(split.all), value(split.withDiacritics), value(split.withoutDiacritics)]);
  return formatTable(header, rows);
}

/** One line per question: status, id, rank of the first answer-bearing passage, and the question. */
export function formatItems(items: readonly ItemResult[]): string {
  return items
    .map((item) => {
      const status = item.ok ? 'ok  ' : 'MISS';
      const rank = item.refuse ? (item.refused ? 'refused' : 'answered') : item.rank === undefined ? 'rank -' : `rank ${item.rank}`;
      const reason = item.refusalReason && !item.refuse ? ` (${item.refusalReason})` : '';
      return `${status} ${item.id.padEnd(6)} ${rank.padEnd(9)} ${item.q.slice(0, 70)}${reason}`;
    })
    .join('\n');
}

/** Left-aligned first column, right-aligned others, separated by two spaces. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function ratio(value: number | undefined): string {
  return value === undefined ? '—' : value.toFixed(3);
}
