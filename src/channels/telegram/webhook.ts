// POST /webhooks/telegram: checks Telegram's secret header, stores the update in the durable inbox and acknowledges at once.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Update } from 'grammy/types';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { Logger } from '../../logger.js';
import type { TelegramInbox } from './inbox.js';

/** Path Telegram posts updates to; TELEGRAM_WEBHOOK_URL must point here. */
export const WEBHOOK_PATH = '/webhooks/telegram';

const SECRET_HEADER = 'X-Telegram-Bot-Api-Secret-Token';
const MAX_BODY_BYTES = 1024 * 1024;
const updateShape = z.looseObject({ update_id: z.number().int().nonnegative() });

/** What the webhook route needs. */
export interface TelegramWebhookDeps {
  /** The secret_token given to setWebhook; requests without it are refused. */
  secret: string;
  inbox: TelegramInbox;
  logger: Logger;
}

/**
 * Builds the webhook route. The update is stored before the 200 (also while the bot is still starting) and answered
 * afterwards by the inbox worker; each update_id once, even across restarts.
 */
export function createTelegramWebhook(deps: TelegramWebhookDeps): Hono {
  const app = new Hono();
  app.post(
    WEBHOOK_PATH,
    async (c, next) => {
      if (!sameSecret(c.req.header(SECRET_HEADER), deps.secret)) return c.json({ error: 'unauthorized' }, 401);
      await next();
    },
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: 'body too large (1 MB limit)' }, 413) }),
    async (c) => {
      if (!(c.req.header('content-type') ?? '').includes('application/json')) return c.json({ error: 'JSON only' }, 415);
      const parsed = updateShape.safeParse(await c.req.json().catch(() => undefined));
      if (!parsed.success) return c.json({ error: 'expected a Telegram Update with a numeric update_id' }, 400);
      const update = parsed.data as Update;
      if (!deps.inbox.accept(update)) deps.logger.info({ update_id: update.update_id }, 'duplicate Telegram update ignored');
      return c.json({ ok: true });
    },
  );
  return app;
}

/** Constant-time comparison of the received header with the configured secret (hashed to equal lengths). */
function sameSecret(received: string | undefined, secret: string): boolean {
  if (received === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(received), digest(secret));
}
