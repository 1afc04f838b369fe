// Conversation export as CSV (Excel-friendly, formula-safe) or JSON lines, redacted by default.
import { createHmac, randomBytes } from 'node:crypto';
import type { ReviewTurn } from '../store/review.js';
import { redactPersonalData } from './redact.js';
import { isoLocal } from './time.js';

export type ExportFormat = 'csv' | 'jsonl';

const COLUMNS = ['id', 'created_at', 'channel', 'chat', 'question', 'answer', 'mode', 'refused', 'citations', 'feedback', 'flagged', 'flag_note', 'latency_ms'] as const;

/** Export options: `redact` (default on) masks personal data and replaces chat ids with stable pseudonyms. */
export interface ExportOptions {
  format: ExportFormat;
  redact: boolean;
  /** IANA zone of `created_at` (written with its offset, as the console shows times). */
  zone: string;
}

/** A citation in JSON lines: an object, not a joined string. */
type CitationRecord = { n: number; title: string; reference: string; url: string | null; status: string | null };

/** Turns to a CSV document or JSON lines. Pseudonyms are stable within one process, so threads stay together. */
export function exportTurns(turns: Iterable<ReviewTurn>, options: ExportOptions): string {
  const rows: string[] = options.format === 'csv' ? [`\uFEFF${COLUMNS.join(',')}`] : [];
  for (const turn of turns) {
    const record = toRecord(turn, options);
    rows.push(options.format === 'csv' ? COLUMNS.map((c) => csvCell(cellText(record[c]))).join(',') : JSON.stringify(record));
  }
  return rows.join(options.format === 'csv' ? '\r\n' : '\n') + (rows.length > 0 ? (options.format === 'csv' ? '\r\n' : '\n') : '');
}

const PSEUDONYM_KEY = randomBytes(32);

function toRecord(turn: ReviewTurn, { redact, zone }: ExportOptions): Record<(typeof COLUMNS)[number], string | number | boolean | null | CitationRecord[]> {
  const text = (value: string) => (redact ? redactPersonalData(value) : value);
  return {
    id: turn.id,
    created_at: isoLocal(turn.createdAt, zone),
    channel: turn.channel,
    chat: redact ? createHmac('sha256', PSEUDONYM_KEY).update(`${turn.channel}:${turn.chatId}`).digest('hex').slice(0, 12) : turn.chatId,
    question: text(turn.question),
    answer: text(turn.answer),
    mode: turn.mode,
    refused: turn.refused,
    citations: turn.citations.map((c) => ({ n: c.n, title: c.title, reference: c.reference, url: c.url ?? null, status: c.status ?? null })),
    feedback: turn.feedback ?? null,
    flagged: turn.flaggedAt !== undefined,
    flag_note: turn.flagNote === undefined ? null : text(turn.flagNote),
    latency_ms: Math.round(turn.latencyMs),
  };
}

/** CSV holds citations as one cell: "reference — title | …". */
function cellText(value: string | number | boolean | null | CitationRecord[]): string | number | boolean | null {
  return Array.isArray(value) ? value.map((c) => [c.reference, c.title].filter(Boolean).join(' — ')).join(' | ') : value;
}

/** Quotes a CSV cell and defuses spreadsheet formulas (cells starting with = + - @ or a tab). */
function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}
