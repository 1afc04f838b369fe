// Dashboard figures: questions per day, top questions, refusal rate, answers by mode, subscribers by channel and place.
import type { Db } from './db.js';
import { registerTextFunctions, turnWhere, type LocalityMatcher } from './turn-filter.js';

/** Everything the dashboard shows, over the last `days` days. */
export interface DashboardStats {
  /** One entry per local day, oldest first, zero-filled. */
  perDay: { day: string; questions: number; refused: number }[];
  topQuestions: { question: string; count: number }[];
  total: number;
  refused: number;
  /** Small talk (greetings, thanks; answers with mode 'smalltalk'), counted apart from questions. */
  smalltalk: number;
  /** refused / total, 0 when there were no questions. */
  refusalRate: number;
  byMode: { mode: string; count: number }[];
  thumbsUp: number;
  thumbsDown: number;
  subscribersByChannel: { channel: string; count: number }[];
  subscribersByLocality: { locality: string; count: number }[];
}

/** Options: `now` and `utcOffsetMinutes` place day boundaries (Asia/Ho_Chi_Minh is +420). */
export interface StatsOptions {
  now: Date;
  days: number;
  utcOffsetMinutes: number;
  locality?: string;
}

/** Computes dashboard figures. */
export interface DashboardStatsStore {
  compute(options: StatsOptions): DashboardStats;
}

/** Turn modes that are not questions: system replies (commands, feedback) and small talk. */
const NOT_QUESTIONS = "'system', 'smalltalk'";

/** Creates the stats reader over an open database (needs migration 005). */
export function createDashboardStats(db: Db, inLocality: LocalityMatcher): DashboardStatsStore {
  registerTextFunctions(db, inLocality);
  return {
    compute({ now, days, utcOffsetMinutes, locality }) {
      const shift = (date: Date) => new Date(date.getTime() + utcOffsetMinutes * 60_000);
      const today = shift(now).toISOString().slice(0, 10);
      const firstDay = new Date(Date.parse(`${today}T00:00:00Z`) - (days - 1) * 86_400_000);
      const from = new Date(firstDay.getTime() - utcOffsetMinutes * 60_000);
      const where = turnWhere({ from, locality });
      const offset = `${utcOffsetMinutes >= 0 ? '+' : ''}${utcOffsetMinutes} minutes`;

      const dayRows = db
        .prepare(
          `SELECT date(t.created_at, ?) AS day, count(*) AS questions, sum(t.refused) AS refused
           FROM turns t WHERE t.mode NOT IN (${NOT_QUESTIONS}) AND ${where.sql} GROUP BY day`,
        )
        .all(offset, ...where.params) as { day: string; questions: number; refused: number }[];
      const byDay = new Map(dayRows.map((row) => [row.day, row]));
      const perDay = Array.from({ length: days }, (_, i) => {
        const day = new Date(firstDay.getTime() + i * 86_400_000).toISOString().slice(0, 10);
        const row = byDay.get(day);
        return { day, questions: row?.questions ?? 0, refused: row?.refused ?? 0 };
      });

      const topQuestions = db
        .prepare(
          `SELECT min(t.question) AS question, count(*) AS count FROM turns t
           WHERE t.mode NOT IN (${NOT_QUESTIONS}) AND ${where.sql} GROUP BY loa_key(t.question) ORDER BY count DESC, max(t.id) DESC LIMIT 10`,
        )
        .all(...where.params) as { question: string; count: number }[];
      const byMode = db
        .prepare(`SELECT t.mode AS mode, count(*) AS count FROM turns t WHERE ${where.sql} GROUP BY t.mode ORDER BY count DESC`)
        .all(...where.params) as { mode: string; count: number }[];
      const feedback = db
        .prepare(
          `SELECT sum(t.feedback = 'up') AS up, sum(t.feedback = 'down') AS down FROM turns t WHERE ${where.sql}`,
        )
        .get(...where.params) as { up: number | null; down: number | null };

      const smalltalk = (db.prepare(`SELECT count(*) AS n FROM turns t WHERE t.mode = 'smalltalk' AND ${where.sql}`).get(...where.params) as { n: number }).n;
      const total = perDay.reduce((sum, d) => sum + d.questions, 0);
      const refused = perDay.reduce((sum, d) => sum + d.refused, 0);
      return {
        perDay,
        topQuestions,
        total,
        refused,
        smalltalk,
        refusalRate: total === 0 ? 0 : refused / total,
        byMode,
        thumbsUp: feedback.up ?? 0,
        thumbsDown: feedback.down ?? 0,
        ...subscriberCounts(db, locality),
      };
    },
  };
}

function subscriberCounts(db: Db, locality: string | undefined) {
  const scope = locality ? 'AND loa_in_locality(?, province, ward) = 1' : '';
  const params = locality ? [locality] : [];
  const subscribersByChannel = db
    .prepare(`SELECT channel, count(*) AS count FROM subscribers WHERE status = 'active' ${scope} GROUP BY channel ORDER BY count DESC`)
    .all(...params) as { channel: string; count: number }[];
  const subscribersByLocality = db
    .prepare(
      `SELECT COALESCE(NULLIF(trim(COALESCE(ward, '') || CASE WHEN ward IS NOT NULL AND province IS NOT NULL THEN ', ' ELSE '' END || COALESCE(province, '')), ''), '(chưa rõ)') AS locality,
              count(*) AS count
       FROM subscribers WHERE status = 'active' ${scope} GROUP BY locality ORDER BY count DESC LIMIT 20`,
    )
    .all(...params) as { locality: string; count: number }[];
  return { subscribersByChannel, subscribersByLocality };
}
