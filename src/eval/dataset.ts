// Reads a question set in the dev.jsonl format: one JSON object per line with `must` groups or `refuse: true`.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError } from '../errors.js';

/** One evaluation question: either answerable (with key-fact groups) or one the bot must refuse. */
export interface EvalItem {
  id: string;
  q: string;
  /** Groups of alternatives; a correct answer contains one alternative of every group (folded). */
  must: string[][];
  refuse: boolean;
}

const itemSchema = z
  .object({
    id: z.union([z.string(), z.number()]).transform(String),
    q: z.string().min(1),
    must: z.array(z.array(z.string().min(1)).min(1)).default([]),
    refuse: z.boolean().default(false),
  })
  .refine((item) => item.refuse || item.must.length > 0, { message: 'needs "must" groups or "refuse": true' });

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
    if (!parsed.success) throw new InputError(`${name}:${index + 1}: ${parsed.error.issues[0]?.message ?? 'invalid item'}`, 'eval');
    items.push(parsed.data);
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
