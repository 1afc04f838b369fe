// Log-safe descriptions of Telegram errors: grammY messages and causes can carry the request URL with the bot token.
import { BotError, GrammyError, HttpError } from 'grammy';

const TOKEN_IN_URL = /bot\d+:[A-Za-z0-9_-]+/gu;

/** Replaces every `bot<token>` (and the bare `token`, when given) in `text` with a placeholder. */
export function redactToken(text: string, token?: string): string {
  const withoutUrls = text.replace(TOKEN_IN_URL, 'bot<redacted>');
  return token ? withoutUrls.split(token).join('<redacted>') : withoutUrls;
}

/** A plain, token-free object describing `error`, for pino (never pass grammY errors to pino directly). */
export function describeError(error: unknown, token?: string): Record<string, unknown> {
  const inner = error instanceof BotError ? error.error : error;
  if (inner instanceof GrammyError) {
    return { type: 'GrammyError', method: inner.method, code: inner.error_code, description: redactToken(inner.description, token) };
  }
  if (inner instanceof HttpError) {
    const cause = inner.error instanceof Error ? redactToken(inner.error.message, token) : undefined;
    return { type: 'HttpError', message: redactToken(inner.message, token), cause };
  }
  if (inner instanceof Error) {
    return { type: inner.name, message: redactToken(inner.message, token), stack: inner.stack ? redactToken(inner.stack, token) : undefined };
  }
  return { type: typeof inner, message: redactToken(String(inner), token) };
}
