// Verifies X-ZEvent-Signature on OA webhooks: "mac=" + SHA-256 (plain, not HMAC) of appId + raw body + timestamp + OA secret key.
import { createHash, timingSafeEqual } from 'node:crypto';

/** The parts Zalo signs. */
export interface SignedEvent {
  appId: string;
  /** The request body exactly as received. */
  rawBody: Uint8Array;
  /** The body's `timestamp` field, as text. */
  timestamp: string;
  /** ZALO_OA_SECRET_KEY (the OA secret key of the app's webhook settings). */
  secretKey: string;
}

/** The hex SHA-256 Zalo puts after "mac=". */
export function eventMac(event: SignedEvent): string {
  return createHash('sha256')
    .update(event.appId, 'utf8')
    .update(event.rawBody)
    .update(event.timestamp, 'utf8')
    .update(event.secretKey, 'utf8')
    .digest('hex');
}

/** True when `header` is "mac=<hex>" with the right MAC; compared in constant time. */
export function signatureMatches(header: string | undefined, event: SignedEvent): boolean {
  const given = /^\s*mac=([0-9a-f]{64})\s*$/iu.exec(header ?? '')?.[1];
  if (!given) return false;
  return timingSafeEqual(Buffer.from(given.toLowerCase(), 'ascii'), Buffer.from(eventMac(event), 'ascii'));
}
