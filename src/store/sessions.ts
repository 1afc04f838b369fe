// Staff login sessions: random tokens (only their SHA-256 is stored), a CSRF token each, idle and absolute expiry.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from './db.js';

/** How long sessions live. */
export interface SessionPolicy {
  /** Sign-out after this long without a request. */
  idleMs: number;
  /** Sign-out this long after login, however active. */
  absoluteMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 2 * 60 * 60 * 1000, absoluteMs: 12 * 60 * 60 * 1000 };

/** A live session. */
export interface StaffSession {
  staffId: number;
  /** Must accompany every state-changing request of this session. */
  csrf: string;
  expiresAt: Date;
}

/** Sessions keyed by an opaque token that only the browser's cookie holds. */
export interface SessionStore {
  /** Starts a session; returns the token for the cookie. */
  create(staffId: number, now: Date): { token: string; session: StaffSession };
  /** The session for `token` if it has not expired; also extends its idle deadline. */
  touch(token: string, now: Date): StaffSession | undefined;
  end(token: string): void;
  /** Deletes expired sessions; returns how many. */
  purge(now: Date): number;
}

interface SessionRow {
  staff_id: number;
  csrf: string;
  created_at: string;
  expires_at: string;
}

/** Creates the session store over an open database. */
export function createSessionStore(db: Db, policy: SessionPolicy = DEFAULT_SESSION_POLICY): SessionStore {
  const insert = db.prepare(
    'INSERT INTO staff_sessions (token_hash, staff_id, csrf, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const select = db.prepare<[string], SessionRow>('SELECT staff_id, csrf, created_at, expires_at FROM staff_sessions WHERE token_hash = ?');
  const extend = db.prepare('UPDATE staff_sessions SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?');
  const remove = db.prepare('DELETE FROM staff_sessions WHERE token_hash = ?');
  const purge = db.prepare('DELETE FROM staff_sessions WHERE expires_at <= ?');

  const deadline = (createdAt: Date, now: Date) =>
    new Date(Math.min(now.getTime() + policy.idleMs, createdAt.getTime() + policy.absoluteMs));

  return {
    create(staffId, now) {
      const token = randomBytes(32).toString('base64url');
      const csrf = randomBytes(24).toString('base64url');
      const expiresAt = deadline(now, now);
      insert.run(hashToken(token), staffId, csrf, now.toISOString(), now.toISOString(), expiresAt.toISOString());
      return { token, session: { staffId, csrf, expiresAt } };
    },
    touch(token, now) {
      const key = hashToken(token);
      const row = select.get(key);
      if (!row) return undefined;
      if (new Date(row.expires_at) <= now) {
        remove.run(key);
        return undefined;
      }
      const expiresAt = deadline(new Date(row.created_at), now);
      extend.run(now.toISOString(), expiresAt.toISOString(), key);
      return { staffId: row.staff_id, csrf: row.csrf, expiresAt };
    },
    end: (token) => void remove.run(hashToken(token)),
    purge: (now) => purge.run(now.toISOString()).changes,
  };
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
