// Login and logout: pre-login CSRF cookie and Origin check, rate limit per name and address, scrypt check, session cookie.
import { randomBytes } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { clearSessionCookie, isSameOrigin, isSecure, readForm, requireCsrf, requireSession, setSessionCookie, SESSION_COOKIE, tokensEqual } from '../auth.js';
import type { AdminDeps, AdminEnv } from '../deps.js';
import { createLoginLimiter } from '../login-limiter.js';
import { DEFAULT_COST, hashPassword, verifyPassword } from '../password.js';
import { loginPage } from '../views/login.js';

const LOGIN_CSRF_COOKIE = 'loa_login_csrf';

/** Routes /login (GET, POST) and /logout (POST). */
export function loginRoutes(deps: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const now = deps.now ?? (() => new Date());
  const limiter = createLoginLimiter(deps.loginLimits);
  // Unknown names are checked against this hash too, so response time does not reveal which names exist.
  let dummy: Promise<string> | undefined;

  const showForm = (c: Context, status: 200 | 401 | 403 | 429, values: { next: string; error?: string; name?: string }) => {
    const csrf = randomBytes(24).toString('base64url');
    setCookie(c, LOGIN_CSRF_COOKIE, csrf, { httpOnly: true, sameSite: 'Strict', path: '/admin/login', secure: isSecure(c, deps.secureCookie), maxAge: 3600 });
    return c.html(loginPage({ csrf, ...values }), status);
  };

  app.get('/login', (c) => showForm(c, 200, { next: safeNext(c.req.query('next')) }));

  app.post('/login', async (c) => {
    const form = await readForm(c);
    const field = (key: string) => (typeof form[key] === 'string' ? (form[key] as string) : '');
    const next = safeNext(field('next'));
    const name = field('name').trim().slice(0, 100);
    if (!isSameOrigin(c) || !tokensEqual(field('_csrf'), getCookie(c, LOGIN_CSRF_COOKIE) ?? '')) {
      return showForm(c, 403, { next, name, error: 'Trang đăng nhập đã cũ. Vui lòng nhập lại.' });
    }
    const address = clientAddress(c);
    const nowMs = now().getTime();
    // Counted now, before the password check awaits: 40 parallel guesses see each other's attempts.
    const wait = limiter.attempt(name, address, nowMs);
    if (wait > 0) {
      c.header('Retry-After', String(Math.ceil(wait / 1000)));
      return showForm(c, 429, { next, name, error: `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${Math.ceil(wait / 60_000)} phút.` });
    }
    const account = deps.staff.findForLogin(name);
    const password = field('password').slice(0, 200);
    const ok = account
      ? await verifyPassword(password, account.passwordHash)
      : await verifyPassword(password, await (dummy ??= hashPassword(randomBytes(16).toString('hex'), DEFAULT_COST))).then(() => false);
    if (!account || !ok || account.member.disabled) {
      deps.logger.warn({ name, address }, 'admin login failed');
      return showForm(c, 401, { next, name, error: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
    }
    limiter.succeeded(name, address);
    deps.sessions.purge(now());
    const { token, session } = deps.sessions.create(account.member.id, now());
    setSessionCookie(c, token, session.expiresAt, isSecure(c, deps.secureCookie));
    setCookie(c, LOGIN_CSRF_COOKIE, '', { path: '/admin/login', maxAge: 0 });
    deps.logger.info({ staff: account.member.name }, 'admin login');
    return c.redirect(next, 303);
  });

  app.post('/logout', requireSession(deps), requireCsrf(), (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) deps.sessions.end(token);
    clearSessionCookie(c, isSecure(c, deps.secureCookie));
    return c.redirect('/admin/login', 303);
  });

  return app;
}

/** Only same-site console paths are followed after login (no open redirects). */
function safeNext(value: string | undefined): string {
  return value && /^\/admin(?:[/?#]|$)/u.test(value) && !value.startsWith('//') && !value.includes('\\') ? value : '/admin';
}

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
