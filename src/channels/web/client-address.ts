// The web client's address: the socket's peer, or — only behind TRUST_PROXY trusted proxies — from X-Forwarded-For.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * With `trustedProxies` = 0 the header is ignored (a client could write anything in it). With N trusted proxies
 * in front, each appends the address it saw, so the client is the N-th entry from the right.
 */
export function clientAddress(c: Context, trustedProxies: number): string {
  const peer = socketAddress(c);
  if (trustedProxies <= 0) return peer;
  const forwarded = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  return forwarded[forwarded.length - trustedProxies] ?? forwarded[0] ?? peer;
}

function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Requests made in-process (app.request) have no socket.
    return 'unknown';
  }
}
