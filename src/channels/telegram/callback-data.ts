// Inline-button callback data: Telegram allows 64 bytes, so longer button data travels as a short stable key.
import { createHash } from 'node:crypto';

/** Telegram's limit on callback_data, in UTF-8 bytes. */
export const CALLBACK_DATA_LIMIT = 64;
const PREFIX = 'q#';

/** Encodes button data into callback data and back. */
export interface CallbackData {
  /** The data itself when it fits in 64 bytes, otherwise a short key derived from it. */
  encode(data: string): string;
  /** The original data for callback data made by `encode` (or seeded); undefined for an unknown key. */
  decode(callbackData: string): string | undefined;
}

/**
 * Creates a codec. Keys are hashes of the data, so the `seed` texts (the /start quick replies) resolve even
 * after a restart; other long data is remembered for the last `capacity` encodings only.
 */
export function createCallbackData(seed: readonly string[], capacity = 1000): CallbackData {
  const fixed = new Map(seed.filter((text) => !fits(text)).map((text) => [keyOf(text), text]));
  const recent = new Map<string, string>();
  const remember = (data: string): string => {
    const key = keyOf(data);
    if (fixed.has(key)) return key;
    recent.delete(key);
    recent.set(key, data);
    if (recent.size > capacity) recent.delete(recent.keys().next().value as string);
    return key;
  };
  return {
    encode: (data) => (fits(data) && !data.startsWith(PREFIX) ? data : remember(data)),
    decode: (callbackData) => (callbackData.startsWith(PREFIX) ? (fixed.get(callbackData) ?? recent.get(callbackData)) : callbackData),
  };
}

function fits(data: string): boolean {
  return Buffer.byteLength(data, 'utf8') <= CALLBACK_DATA_LIMIT;
}

function keyOf(data: string): string {
  return PREFIX + createHash('sha256').update(data).digest('base64url').slice(0, 22);
}
