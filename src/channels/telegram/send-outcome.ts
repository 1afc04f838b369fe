// Classifies a failed Telegram send into a SendOutcome the delivery engine can act on.
import { GrammyError, HttpError } from 'grammy';
import type { SendOutcome } from '../../core/channel.js';
import { redactToken } from './redact.js';

/** Descriptions of 400 errors that mean the chat is gone for good. */
const GONE = /chat not found|user not found|peer_id_invalid|group chat was deactivated|chat was deleted/iu;

/** 429 → rate_limited (retry_after in ms); 403, or 400 "chat not found" → blocked; 5xx, network → transient; else permanent. */
export function toSendOutcome(error: unknown): Exclude<SendOutcome, { ok: true }> {
  if (error instanceof GrammyError) {
    const message = redactToken(`${error.error_code}: ${error.description}`);
    if (error.error_code === 429) {
      return { ok: false, kind: 'rate_limited', retryAfterMs: (error.parameters.retry_after ?? 1) * 1000, message };
    }
    if (error.error_code === 403 || (error.error_code === 400 && GONE.test(error.description))) return { ok: false, kind: 'blocked', message };
    if (error.error_code >= 500) return { ok: false, kind: 'transient', message };
    return { ok: false, kind: 'permanent', message };
  }
  if (error instanceof HttpError) return { ok: false, kind: 'transient', message: redactToken(error.message) };
  return { ok: false, kind: 'permanent', message: redactToken(error instanceof Error ? error.message : String(error)) };
}
