// Reads a question set (JSON lines): single questions or conversations, each with key facts, refusal or small talk.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError } from '../errors.js';

/** One message of an evaluation item and what a correct reply does. */
export interface EvalTurn {
  q: string;
  /** Groups of alternatives; a correct answer contains one alternative of every group (folded). */
  must: string[][];
  refuse: boolean;
  smalltalk: boolean;
  /** The local date the resident writes on (YYYY-MM-DD), for "năm nay"; today when absent. */
  now?: string;
  /** A Week calendar entry staff made, set before this turn is asked. */
  week?: EvalWeek;
}

/** A Week calendar entry staff made, set before the item is asked. */
export interface EvalWeek {
  year: number;
  start: string;
  end: string;
  theme?: string;
}

/** One evaluation item: a question, or a conversation of several turns in one chat. */
export interface EvalItem {
  id: string;
  /** What is asked (definition, date, …, smalltalk, refuse, conversation); "other" when the set does not say. */
  shape: string;
  /** How it is typed (plain, nodiac, chatty, teencode, typo); "plain" when the set does not say. */
  style: string;
  turns: EvalTurn[];
  week?: EvalWeek;
  /** The local date a conversation is written on, for turns that do not give their own. */
  now?: string;
  /** The first turn's text and key facts, for listings and single-question tools. */
  q: string;
  must: string[][];
  /** True when the item's only turn must be refused (kept for the older single-question format). */
  refuse: boolean;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);
const weekSchema = z.object({ year: z.number().int(), start: isoDate, end: isoDate, theme: z.string().optional() });
const turnSchema = z
  .object({
    q: z.string().min(1),
    must: z.array(z.array(z.string().min(1)).min(1)).default([]),
    refuse: z.boolean().default(false),
    smalltalk: z.boolean().default(false),
    now: isoDate.optional(),
    week: weekSchema.optional(),
  })
  .refine((turn) => turn.refuse || turn.smalltalk || turn.must.length > 0, { message: 'needs "must" groups, "refuse": true or "smalltalk": true' });
const itemSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  shape: z.string().default('other'),
  style: z.string().default('plain'),
  week: weekSchema.optional(),
  now: isoDate.optional(),
  turns: z.array(turnSchema).min(1).optional(),
});

/** Parses JSON lines; blank lines and lines starting with "//" are skipped. Errors name the line. */
export function parseQuestionSet(text: string, name = 'question set'): EvalItem[] {
  const items: EvalItem[] = [];
  text.split(/\r?\n/u).forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('//')) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new InputError(`${name}:${index + 1}: not valid JSON`, 'eval');
    }
    const parsed = itemSchema.safeParse(raw);
    const conversation = parsed.success ? parsed.data : undefined;
    const turns = conversation?.turns
      ? { success: true as const, data: conversation.turns.map((turn) => ({ ...turn, now: turn.now ?? conversation.now })) }
      : z.array(turnSchema).safeParse([raw]);
    const issue = !parsed.success ? parsed.error.issues[0] : !turns.success ? turns.error.issues[0] : undefined;
    if (issue || !parsed.success || !turns.success) throw new InputError(`${name}:${index + 1}: ${issue?.message ?? 'invalid item'}`, 'eval');
    const first = turns.data[0]!;
    items.push({ ...parsed.data, turns: turns.data, q: first.q, must: first.must, refuse: turns.data.length === 1 && first.refuse });
  });
  if (items.length === 0) throw new InputError(`${name}: no questions found`, 'eval');
  return items;
}

/** Reads and parses a question-set file. */
export function readQuestionSet(path: string): EvalItem[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`${path}: cannot read the question set (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, 'eval', error);
  }
  return parseQuestionSet(text, path);
}
