// POST /webhooks/zalo-oa: verifies X-ZEvent-Signature over the raw body, acknowledges at once, handles the event after.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from '../../logger.js';
import { parseOaEvent, timestampOf } from './events.js';
import type { ZaloOaEvents } from './handle-event.js';
import { signatureMatches } from './signature.js';

/** Path Zalo delivers to; the webhook URL in the app's settings should end with it. */
export const ZALO_OA_WEBHOOK_PATH = '/webhooks/zalo-oa';

/** Dependencies of the webhook route. */
export interface ZaloOaWebhookDeps {
  appId: string;
  /** ZALO_OA_SECRET_KEY. */
  secretKey: string;
  events: ZaloOaEvents;
  logger: Logger;
}

/** Builds the webhook route. A missing or wrong signature → 401 and nothing is handled; Zalo wants a 200 within 2 s. */
export function createZaloOaWebhook(deps: ZaloOaWebhookDeps): Hono {
  const app = new Hono();
  const unauthorized = (reason: string) => {
    deps.logger.warn(`Zalo OA webhook: ${reason}; request ignored`);
    return { ok: false, error: 'unauthorized' } as const;
  };
  app.post(
    ZALO_OA_WEBHOOK_PATH,
    bodyLimit({ maxSize: 1024 * 1024, onError: (c) => c.json({ ok: false, error: 'body larger than 1 MB' }, 413) }),
    async (c) => {
      const header = c.req.header('x-zevent-signature');
      if (!header) return c.json(unauthorized('no X-ZEvent-Signature header'), 401);
      const rawBody = new Uint8Array(await c.req.arrayBuffer());
      let body: unknown;
      try {
        body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(rawBody));
      } catch {
        return c.json(unauthorized('body is not JSON, so its signature cannot be checked'), 401);
      }
      const timestamp = timestampOf(body);
      if (timestamp === undefined || !signatureMatches(header, { appId: deps.appId, rawBody, timestamp, secretKey: deps.secretKey })) {
        return c.json(unauthorized('wrong X-ZEvent-Signature'), 401);
      }
      const event = parseOaEvent(body);
      if (event && !deps.events.accept(event)) deps.logger.debug({ key: event.key }, 'Zalo OA duplicate event skipped');
      return c.json({ ok: true });
    },
  );
  return app;
}
