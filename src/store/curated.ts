// Curated answers written by moderators; the answer engine uses them first for the same or closely similar questions.
import type { CuratedAnswer, CuratedAnswers } from '../core/answer/engine.js';
import { questionShape, questionSimilarity, type QuestionShape } from '../core/text/similarity.js';
import type { Citation } from '../core/types.js';
import type { Db } from './db.js';
import type { LocalityMatcher } from './turn-filter.js';

/** Where a curated answer comes from; becomes its one citation. */
export interface CuratedSource {
  title: string;
  reference?: string;
  url?: string;
}

/** What a moderator writes. */
export interface CuratedInput {
  /** Phrasings the answer is for (at least one). */
  questions: string[];
  answer: string;
  source: CuratedSource;
  /** Set when a locality-scoped moderator writes it: the answer then applies only to residents of that place. */
  locality?: string;
}

/** A stored curated answer. */
export interface CuratedEntry {
  id: number;
  questions: string[];
  answer: string;
  citations: Citation[];
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  retiredAt?: string;
  /** Residents' place this answer is limited to; undefined = everywhere. */
  locality?: string;
}

/** Curated answers: the engine's `match`, plus what the console needs to write, edit and retire them. */
export interface CuratedStore extends CuratedAnswers {
  add(input: CuratedInput, by: string, at: Date): CuratedEntry;
  update(id: number, input: CuratedInput, by: string, at: Date): CuratedEntry | undefined;
  /** Retired answers are kept for the record but never matched; `retired: false` brings one back. */
  setRetired(id: number, retired: boolean, by: string, at: Date): void;
  get(id: number): CuratedEntry | undefined;
  list(options?: { includeRetired?: boolean }): CuratedEntry[];
  /** The best active entry for `question` (asked from `place`) and its similarity, if any reaches the threshold. */
  best(question: string, place?: Place): { entry: CuratedEntry; similarity: number } | undefined;
}

interface CuratedRow {
  id: number;
  questions: string;
  answer: string;
  citations: string;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
  retired_at: string | null;
  locality: string | null;
}

/** Where a resident lives, from their subscription. */
type Place = { province?: string; ward?: string };

/** Writes per connection, shared by every curated store on it (SQLite's data_version ignores a connection's own writes). */
const writes = new WeakMap<Db, number>();

/**
 * Creates the store. `threshold` is the least similarity (see questionSimilarity) for a match: 0.8 accepts
 * "cho hỏi gia đình học tập là gì" for "Gia đình học tập là gì?" but not "dòng họ học tập là gì".
 */
export function createCuratedStore(db: Db, options: { threshold?: number; inLocality?: LocalityMatcher } = {}): CuratedStore {
  const threshold = options.threshold ?? 0.8;
  const insert = db.prepare(
    `INSERT INTO curated_answers (questions, answer, citations, created_by, created_at, updated_by, updated_at, locality)
     VALUES (@questions, @answer, @citations, @by, @at, @by, @at, @locality)`,
  );
  const change = db.prepare(
    'UPDATE curated_answers SET questions = @questions, answer = @answer, citations = @citations, updated_by = @by, updated_at = @at WHERE id = @id',
  );
  const retire = db.prepare('UPDATE curated_answers SET retired_at = ?, updated_by = ?, updated_at = ? WHERE id = ?');
  const byId = db.prepare<[number], CuratedRow>('SELECT * FROM curated_answers WHERE id = ?');
  const active = db.prepare<[], CuratedRow>('SELECT * FROM curated_answers WHERE retired_at IS NULL ORDER BY id');
  const everything = db.prepare<[], CuratedRow>('SELECT * FROM curated_answers ORDER BY retired_at IS NOT NULL, id DESC');

  // Shapes of active entries, rebuilt after a write through any store on this connection (writes counter)
  // or a commit by another connection (data_version).
  let cache: { version: string; shapes: { entry: CuratedEntry; shape: QuestionShape }[] } | undefined;
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  const shapes = () => {
    const version = `${String(dataVersion.get())}:${writes.get(db) ?? 0}`;
    if (!cache || cache.version !== version) {
      const entries = active.all().map(toEntry);
      cache = { version, shapes: entries.flatMap((entry) => entry.questions.map((q) => ({ entry, shape: questionShape(q) }))) };
    }
    return cache.shapes;
  };
  const wrote = () => writes.set(db, (writes.get(db) ?? 0) + 1);
  const values = (input: CuratedInput, by: string, at: Date) => ({
    questions: JSON.stringify(cleanQuestions(input.questions)),
    answer: input.answer.trim(),
    citations: JSON.stringify([toCitation(input.source)]),
    by,
    at: at.toISOString(),
  });

  // A local answer applies only where the resident's place matches it (without a matcher: nowhere).
  const appliesTo = (entry: CuratedEntry, place: Place | undefined) =>
    entry.locality === undefined || (place !== undefined && (options.inLocality?.(entry.locality, place) ?? false));
  const best = (question: string, place?: Place) => {
    const candidates = shapes();
    // Most deployments have few or no curated answers: then the question is not even analysed.
    if (candidates.length === 0) return undefined;
    const shape = questionShape(question);
    if (shape.terms.size === 0) return undefined;
    let found: { entry: CuratedEntry; similarity: number } | undefined;
    for (const candidate of candidates) {
      if (!appliesTo(candidate.entry, place)) continue;
      const similarity = questionSimilarity(shape, candidate.shape);
      if (similarity >= threshold && similarity > (found?.similarity ?? 0)) found = { entry: candidate.entry, similarity };
    }
    return found;
  };

  return {
    add(input, by, at) {
      const id = Number(insert.run({ ...values(input, by, at), locality: input.locality?.trim() || null }).lastInsertRowid);
      wrote();
      return toEntry(byId.get(id) as CuratedRow);
    },
    update(id, input, by, at) {
      change.run({ ...values(input, by, at), id });
      wrote();
      const row = byId.get(id);
      return row ? toEntry(row) : undefined;
    },
    setRetired(id, retired, by, at) {
      retire.run(retired ? at.toISOString() : null, by, at.toISOString(), id);
      wrote();
    },
    get(id) {
      const row = byId.get(id);
      return row ? toEntry(row) : undefined;
    },
    list: (opts = {}) => (opts.includeRetired ? everything.all() : active.all().reverse()).map(toEntry),
    best,
    match(question, place): CuratedAnswer | undefined {
      const found = best(question, place);
      return found ? { id: found.entry.id, answer: found.entry.answer, citations: found.entry.citations } : undefined;
    },
  };
}

/** Trimmed, non-empty, distinct (by folded form) phrasings. */
function cleanQuestions(questions: string[]): string[] {
  const seen = new Set<string>();
  return questions
    .map((q) => q.trim())
    .filter((q) => {
      const key = questionShape(q).key;
      if (q === '' || key === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function toCitation(source: CuratedSource): Citation {
  return {
    n: 1,
    title: source.title.trim(),
    reference: source.reference?.trim() ?? '',
    url: source.url?.trim() || undefined,
    snippet: '',
  };
}

function toEntry(row: CuratedRow): CuratedEntry {
  return {
    id: row.id,
    questions: JSON.parse(row.questions) as string[],
    answer: row.answer,
    citations: JSON.parse(row.citations) as Citation[],
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
    retiredAt: row.retired_at ?? undefined,
    locality: row.locality ?? undefined,
  };
}
