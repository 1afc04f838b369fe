// Durable Zalo OA token pairs: each refreshed access/refresh pair is saved atomically before it is used.
import type { Db } from './db.js';

/** One app's current tokens as stored. */
export interface ZaloOaTokens {
  accessToken: string;
  refreshToken: string;
  accessExpiresAt: Date;
  /** SHA-256 (hex) of the ZALO_OA_REFRESH_TOKEN this chain of refreshes started from. */
  seedHash: string;
  refreshedAt: Date;
}

/**
 * The token pairs of Zalo OA apps. Zalo refresh tokens are single-use: losing the newest one means an operator
 * must authorize the app again, so `save` commits in one statement and returns only once the row is written.
 */
export interface ZaloTokenStore {
  get(appId: string): ZaloOaTokens | undefined;
  save(appId: string, tokens: ZaloOaTokens): void;
}

interface TokenRow {
  access_token: string;
  refresh_token: string;
  access_expires_at: string;
  seed_hash: string;
  refreshed_at: string;
}

/** Creates the token store over an open database. */
export function createZaloTokenStore(db: Db): ZaloTokenStore {
  const select = db.prepare<[string], TokenRow>(
    'SELECT access_token, refresh_token, access_expires_at, seed_hash, refreshed_at FROM zalo_oa_tokens WHERE app_id = ?',
  );
  const upsert = db.prepare(
    `INSERT INTO zalo_oa_tokens (app_id, access_token, refresh_token, access_expires_at, seed_hash, refreshed_at)
     VALUES (@appId, @accessToken, @refreshToken, @accessExpiresAt, @seedHash, @refreshedAt)
     ON CONFLICT(app_id) DO UPDATE SET access_token = excluded.access_token, refresh_token = excluded.refresh_token,
       access_expires_at = excluded.access_expires_at, seed_hash = excluded.seed_hash, refreshed_at = excluded.refreshed_at`,
  );
  return {
    get(appId) {
      const row = select.get(appId);
      if (!row) return undefined;
      return {
        accessToken: row.access_token,
        refreshToken: row.refresh_token,
        accessExpiresAt: new Date(row.access_expires_at),
        seedHash: row.seed_hash,
        refreshedAt: new Date(row.refreshed_at),
      };
    },
    save(appId, tokens) {
      upsert.run({
        appId,
        accessToken: tokens.accessToken,
        refreshToken: tokens.refreshToken,
        accessExpiresAt: tokens.accessExpiresAt.toISOString(),
        seedHash: tokens.seedHash,
        refreshedAt: tokens.refreshedAt.toISOString(),
      });
    },
  };
}
