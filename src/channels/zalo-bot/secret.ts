// Constant-time comparison of the webhook secret header with the configured secret.
import { createHash, timingSafeEqual } from 'node:crypto';

/** True when `given` equals `secret`; hashing first makes the comparison constant-time and hides the secret's length. */
export function secretMatches(given: string | undefined, secret: string): boolean {
  if (given === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(secret));
}
