// Console middleware: security headers, session cookie → staff member, role checks, and CSRF checks on every POST.
import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { StaffRole } from '../store/staff.js';
import type { AdminDeps, AdminEnv } from './deps.js';
import { errorPage } from './views/error.js';

export const SESSION_COOKIE = 'loa_admin';

/** Headers on every console response: no framing, no caching, scripts and styles only from /admin/assets. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header(
      'Content-Security-Policy',
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
    c.header('X-Frame-Options', 'DENY');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    if (!c.req.path.startsWith('/admin/assets/')) c.header('Cache-Control', 'no-store');
  };
}

/** True when the cookie should carry Secure. */
export function isSecure(c: Context, setting: AdminDeps['secureCookie'] = 'auto'): boolean {
  if (setting !== 'auto') return setting;
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

/** Sets the session cookie: HttpOnly, SameSite=Strict, Path=/admin, Secure behind HTTPS. */
export function setSessionCookie(c: Context, token: string, expires: Date, secure: boolean): void {
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/admin', secure, expires });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { httpOnly: true, sameSite: 'Strict', path: '/admin', secure });
}

/**
 * Requires a live session of an enabled account. Without one, page requests are redirected to the login form
 * and anything else gets 401; the handler never runs, so nothing changes.
 */
export function requireSession(deps: AdminDeps): MiddlewareHandler<AdminEnv> {
  const now = deps.now ?? (() => new Date());
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? deps.sessions.touch(token, now()) : undefined;
    const staff = session ? deps.staff.get(session.staffId) : undefined;
    if (!token || !session || !staff || staff.disabled) {
      if (token) clearSessionCookie(c, isSecure(c, deps.secureCookie));
      if (c.req.method === 'GET' && !c.req.path.endsWith('.json')) {
        const target = `${c.req.path}${new URL(c.req.url).search}`;
        return c.redirect(`/admin/login?next=${encodeURIComponent(target)}`, 303);
      }
      return c.html(errorPage(401, 'Bạn cần đăng nhập để làm việc này.'), 401);
    }
    c.set('staff', staff);
    c.set('session', session);
    await next();
  };
}

/** Allows the listed roles (and admin, who may do everything); others get 403 before the handler runs. */
export function requireRole(...roles: StaffRole[]): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    const { role } = c.get('staff');
    if (role !== 'admin' && !roles.includes(role)) {
      return c.html(errorPage(403, 'Tài khoản của bạn không có quyền truy cập mục này.', c.get('staff'), c.get('session').csrf), 403);
    }
    await next();
  };
}

/**
 * Every POST must carry the session's CSRF token (form field `_csrf` or header `X-CSRF-Token`) and, when the
 * browser sends Origin, come from this origin. Otherwise 403 and nothing changes.
 */
export function requireCsrf(): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const form = await readForm(c);
    const sent = c.req.header('x-csrf-token') ?? (typeof form._csrf === 'string' ? form._csrf : '');
    if (!isSameOrigin(c) || !tokensEqual(sent, c.get('session').csrf)) {
      return c.html(errorPage(403, 'Yêu cầu không hợp lệ hoặc trang đã cũ. Hãy tải lại trang rồi thử lại.'), 403);
    }
    await next();
  };
}

/** True without an Origin header or with this site's; "null" (sandboxed or file pages) and malformed ones are foreign. */
export function isSameOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  if (origin === undefined) return true;
  if (!URL.canParse(origin)) return false;
  const parsed = new URL(origin);
  return parsed.origin === new URL(c.req.url).origin || (parsed.host !== '' && parsed.host === c.req.header('host'));
}

/** The form body as strings and string lists (empty for non-form requests); Hono caches it for the handler. */
export async function readForm(c: Context): Promise<Record<string, string | string[]>> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) return {};
  const body = await c.req.parseBody({ all: true });
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string') out[key] = value;
    else if (Array.isArray(value)) out[key] = value.filter((v): v is string => typeof v === 'string');
  }
  return out;
}

/** Constant-time comparison of two tokens. */
export function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}
