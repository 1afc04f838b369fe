// POST /webhooks/zalo-bot: checks the secret header, reads one JSON update (≤ 1 MB), hands it over and acknowledges.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from '../../logger.js';
import type { ZaloBotUpdates } from './handle-update.js';
import { secretMatches } from './secret.js';
import { parseUpdate } from './update.js';

/** Path Zalo delivers to; ZALO_BOT_WEBHOOK_URL should end with it. */
export const ZALO_BOT_WEBHOOK_PATH = '/webhooks/zalo-bot';

/** Dependencies of the webhook route. */
export interface ZaloBotWebhookDeps {
  /** ZALO_BOT_WEBHOOK_SECRET: Zalo echoes it in X-Bot-Api-Secret-Token. */
  secret: string;
  updates: ZaloBotUpdates;
  logger: Logger;
}

/** Builds the webhook route. Wrong or missing secret → 401 before the body is read; answering happens after the 200. */
export function createZaloBotWebhook(deps: ZaloBotWebhookDeps): Hono {
  const app = new Hono();
  app.post(
    ZALO_BOT_WEBHOOK_PATH,
    async (c, next) => {
      if (!secretMatches(c.req.header('x-bot-api-secret-token'), deps.secret)) {
        deps.logger.warn('Zalo Bot webhook: wrong or missing X-Bot-Api-Secret-Token; request ignored');
        return c.json({ ok: false, error: 'unauthorized' }, 401);
      }
      await next();
    },
    bodyLimit({ maxSize: 1024 * 1024, onError: (c) => c.json({ ok: false, error: 'body larger than 1 MB' }, 413) }),
    async (c) => {
      if (!/^application\/json\b/iu.test(c.req.header('content-type') ?? '')) {
        return c.json({ ok: false, error: 'expected application/json' }, 415);
      }
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return c.json({ ok: false, error: 'invalid JSON' }, 400);
      }
      const update = parseUpdate(body);
      if (!update) {
        deps.logger.warn('Zalo Bot webhook: body is not an update; ignored');
        return c.json({ ok: true });
      }
      const result = deps.updates.accept(update);
      if (result !== 'accepted') deps.logger.debug({ event: update.event_name }, `Zalo Bot update ${result}`);
      return c.json({ ok: true });
    },
  );
  return app;
}
