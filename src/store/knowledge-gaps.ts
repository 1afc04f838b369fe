// Knowledge gaps: refused and 👎 questions grouped by diacritic-insensitive similarity, most frequent first.
import { questionShape, questionSimilarity, type QuestionShape } from '../core/text/similarity.js';
import { hasDiacritics } from '../core/text/vietnamese.js';
import type { Db } from './db.js';
import { registerTextFunctions, turnWhere, type LocalityMatcher } from './turn-filter.js';

/** Questions the bot could not answer well, asked in similar words. */
export interface KnowledgeGap {
  /** The most frequent phrasing. */
  question: string;
  /** Distinct phrasings, most frequent first (at most 8). */
  phrasings: string[];
  count: number;
  refused: number;
  thumbsDown: number;
  lastSeen: string;
  /** A few turn ids, newest first, to open in the log. */
  turnIds: number[];
}

/** Options of the grouping. */
export interface GapOptions {
  locality?: string;
  since?: Date;
  /** Least similarity to join a group (default 0.7). */
  threshold?: number;
  /** Most recent turns considered (default 5000). */
  maxTurns?: number;
}

/** Groups recent refused and 👎 turns. */
export interface KnowledgeGaps {
  list(options?: GapOptions): KnowledgeGap[];
}

interface GapRow {
  id: number;
  question: string;
  refused: number;
  feedback: string | null;
  created_at: string;
}

interface Group {
  shape: QuestionShape;
  gap: KnowledgeGap;
  phrasings: Map<string, number>;
}

/** Creates the gap finder over an open database (needs migration 005). */
export function createKnowledgeGaps(db: Db, inLocality: LocalityMatcher): KnowledgeGaps {
  registerTextFunctions(db, inLocality);
  return {
    list(options = {}) {
      const where = turnWhere({ locality: options.locality, from: options.since });
      const rows = db
        .prepare(
          `SELECT t.id, t.question, t.refused, t.feedback, t.created_at FROM turns t
           WHERE (t.refused = 1 OR t.feedback = 'down') AND t.mode <> 'system' AND ${where.sql}
           ORDER BY t.id DESC LIMIT ?`,
        )
        .all(...where.params, options.maxTurns ?? 5000) as GapRow[];
      return groupRows(rows, options.threshold ?? 0.7);
    },
  };
}

/**
 * Greedy grouping: a question joins the most similar group at or above `threshold`, else starts one. Only groups
 * sharing a syllable pair are compared (below ~0.5 similarity without one), which keeps thousands of rows fast.
 */
function groupRows(rows: GapRow[], threshold: number): KnowledgeGap[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const byPair = new Map<string, Group[]>();
  for (const row of rows) {
    const shape = questionShape(row.question);
    if (shape.key === '') continue;
    let group = byKey.get(shape.key);
    if (!group) {
      const pairs = [...shape.terms].filter((term) => term.includes('_'));
      const candidates = new Set(pairs.flatMap((pair) => byPair.get(pair) ?? []));
      let best = threshold;
      for (const candidate of candidates) {
        const similarity = questionSimilarity(shape, candidate.shape);
        if (similarity >= best) {
          best = similarity;
          group = candidate;
        }
      }
      if (!group) {
        group = {
          shape,
          phrasings: new Map(),
          gap: { question: row.question, phrasings: [], count: 0, refused: 0, thumbsDown: 0, lastSeen: row.created_at, turnIds: [] },
        };
        groups.push(group);
        for (const pair of pairs) {
          const list = byPair.get(pair);
          if (list) list.push(group);
          else byPair.set(pair, [group]);
        }
      }
      byKey.set(shape.key, group);
    }
    const { gap } = group;
    gap.count++;
    if (row.refused === 1) gap.refused++;
    if (row.feedback === 'down') gap.thumbsDown++;
    if (row.created_at > gap.lastSeen) gap.lastSeen = row.created_at;
    if (gap.turnIds.length < 10) gap.turnIds.push(row.id);
    const phrasing = row.question.trim();
    group.phrasings.set(phrasing, (group.phrasings.get(phrasing) ?? 0) + 1);
  }
  return groups
    .map(({ gap, phrasings }) => {
      // Most frequent first; on a tie, the accented phrasing reads better than the folded one.
      const ranked = [...phrasings.entries()]
        .sort((a, b) => b[1] - a[1] || Number(hasDiacritics(b[0])) - Number(hasDiacritics(a[0])))
        .map(([text]) => text);
      return { ...gap, question: ranked[0] ?? gap.question, phrasings: ranked.slice(0, 8) };
    })
    .sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen));
}
