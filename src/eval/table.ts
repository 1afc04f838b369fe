// Formats evaluation metrics as plain-text tables (slices as columns, shapes as rows) and a per-question listing.
import type { Metrics, MetricsSplit } from './metrics.js';
import type { ItemResult } from './runner.js';

const ROWS: [string, (m: Metrics) => string][] = [
  ['turns (answerable)', (m) => `${m.turns} (${m.answerable})`],
  ['key-fact hit rate (reply)', (m) => ratio(m.keyFactHitRate)],
  ['key facts in Loa top-1 passage', (m) => ratio(m.topPassageRate)],
  ['key facts in MiniSearch top-1', (m) => ratio(m.baselineRate)],
  ['recall@1 (answer-bearing passage)', (m) => ratio(m.recallAt1)],
  ['recall@5', (m) => ratio(m.recallAt5)],
  ['MRR@10', (m) => ratio(m.mrrAt10)],
  ['refusal precision', (m) => ratio(m.refusalPrecision)],
  ['refusal recall', (m) => ratio(m.refusalRecall)],
  ['small talk answered as small talk', (m) => ratio(m.smalltalkRate)],
  ['answerable but refused', (m) => (m.answerable === 0 ? '—' : `${m.wronglyRefused} (${ratio(m.wronglyRefusedRate)})`)],
  ['median reply length (chars)', (m) => (m.medianChars === undefined ? '—' : String(m.medianChars))],
];

/** The metrics table: rows are metrics, columns are all / with / without diacritics / chatty or teencode. */
export function formatMetrics(split: MetricsSplit): string {
  const header = ['metric', 'all', 'with diacritics', 'without diacritics', 'chatty/teencode'];
  const rows = ROWS.map(([name, value]) => [name, value(split.all), value(split.withDiacritics), value(split.withoutDiacritics), value(split.chattyOrTeencode)]);
  return formatTable(header, rows);
}

/** Per question shape: answerable turns, reply key facts, Loa's top-1 passage, MiniSearch top-1, and the other scores. */
export function formatShapes(byShape: ReadonlyMap<string, Metrics>): string {
  const header = ['shape', 'turns', 'reply facts', 'Loa top-1', 'MiniSearch top-1', 'refused ok', 'small talk ok', 'wrongly refused'];
  const rows = [...byShape].map(([shape, m]) => [
    shape,
    String(m.turns),
    ratio(m.keyFactHitRate),
    ratio(m.topPassageRate),
    ratio(m.baselineRate),
    ratio(m.refusalRecall),
    ratio(m.smalltalkRate),
    String(m.wronglyRefused),
  ]);
  return formatTable(header, rows);
}

/** One line per turn: status, id, rank of the first answer-bearing passage, and the question. */
export function formatItems(items: readonly ItemResult[]): string {
  return items
    .map((item) => {
      const status = item.ok ? 'ok  ' : 'MISS';
      const rank = item.refuse ? (item.refused ? 'refused' : 'answered') : item.smalltalk ? item.mode : item.rank === undefined ? 'rank -' : `rank ${item.rank}`;
      const reason = item.refusalReason && !item.refuse ? ` (${item.refusalReason})` : '';
      return `${status} ${item.id.padEnd(7)} ${rank.padEnd(10)} ${item.q.slice(0, 90)}${reason}`;
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
