// SQL WHERE clauses over conversation turns (alias t) shared by review, export, gaps and stats; locality scoping.
import { questionShape } from '../core/text/similarity.js';
import { foldTextOnce, foldedTokens } from '../core/text/vietnamese.js';
import type { Db } from './db.js';

/** Filters of the conversation log. Every field is optional; `locality` restricts to residents of that place. */
export interface TurnFilter {
  channel?: string;
  /** Inclusive lower bound of created_at. */
  from?: Date;
  /** Exclusive upper bound of created_at. */
  to?: Date;
  refused?: boolean;
  /** Answers (not refusals) that cite nothing. */
  noCitation?: boolean;
  feedback?: 'up' | 'down';
  flagged?: boolean;
  mode?: string;
  /** Diacritic-insensitive words that must all appear in the question or the answer. */
  search?: string;
  /** Province or ward of the resident's subscription (diacritic- and case-insensitive). */
  locality?: string;
}

/** A WHERE clause (never empty: "1 = 1" at least) and its positional parameters. */
export interface SqlWhere {
  sql: string;
  params: (string | number)[];
}

/** True when `locality` names the place's province or ward; the same rule broadcasts use (core/reminders matchesLocality). */
export type LocalityMatcher = (locality: string, place: { province?: string; ward?: string }) => boolean;

/**
 * Registers the SQL functions the clauses use on this connection: loa_fold(text) (lowercase, no diacritics,
 * đ→d, a final "y" after consonants as "i"), loa_key(text) (folded tokens joined by spaces, the grouping key of questions) and
 * loa_in_locality(locality, province, ward) (1 when `inLocality` says so).
 */
export function registerTextFunctions(db: Db, inLocality: LocalityMatcher): void {
  db.function('loa_fold', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? foldTextOnce(text) : null));
  db.function('loa_key', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? questionShape(text).key : null));
  db.function('loa_in_locality', { deterministic: true }, (locality: unknown, province: unknown, ward: unknown) =>
    typeof locality === 'string' &&
    inLocality(locality, { province: typeof province === 'string' ? province : undefined, ward: typeof ward === 'string' ? ward : undefined })
      ? 1
      : 0,
  );
}

/** The clause restricting turns (alias t) to residents whose subscription is in `locality`. */
export function localityClause(locality: string): SqlWhere {
  return {
    sql: 'EXISTS (SELECT 1 FROM subscribers s WHERE s.channel = t.channel AND s.chat_id = t.chat_id AND loa_in_locality(?, s.province, s.ward) = 1)',
    params: [locality],
  };
}

/** Builds the WHERE clause of `filter` for turns aliased as t. */
export function turnWhere(filter: TurnFilter): SqlWhere {
  const parts: string[] = ['1 = 1'];
  const params: (string | number)[] = [];
  const add = (sql: string, ...values: (string | number)[]) => {
    parts.push(sql);
    params.push(...values);
  };
  if (filter.channel) add('t.channel = ?', filter.channel);
  if (filter.from) add('t.created_at >= ?', filter.from.toISOString());
  if (filter.to) add('t.created_at < ?', filter.to.toISOString());
  if (filter.refused !== undefined) add('t.refused = ?', filter.refused ? 1 : 0);
  if (filter.noCitation) add("t.refused = 0 AND t.citations = '[]'");
  if (filter.feedback) add('t.feedback = ?', filter.feedback);
  if (filter.flagged !== undefined) add(filter.flagged ? 't.flagged_at IS NOT NULL' : 't.flagged_at IS NULL');
  if (filter.mode) add('t.mode = ?', filter.mode);
  for (const word of new Set(foldedTokens(filter.search ?? '')).values()) {
    add("instr(loa_fold(t.question || ' ' || t.answer), ?) > 0", word);
  }
  if (filter.locality) {
    const scope = localityClause(filter.locality);
    add(scope.sql, ...scope.params);
  }
  return { sql: parts.join(' AND '), params };
}
