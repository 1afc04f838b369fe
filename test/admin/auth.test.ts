// Console access over HTTP: login, logout, session cookie flags, expiry, CSRF and the login rate limit.
import { afterEach, describe, expect, it } from 'vitest';
import { Client, testConsole } from './helpers.js';

let env: ReturnType<typeof testConsole>;
afterEach(() => env?.close());

describe('console login', () => {
  it('redirects to the login form without a session, and refuses POSTs with 401 and no change', async () => {
    env = testConsole();
    const client = new Client(env.app);
    const page = await client.get('/admin/turns?q=x');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/admin/login?next=%2Fadmin%2Fturns%3Fq%3Dx');
    const post = await client.post('/admin/curated', { questions: 'a', answer: 'b', title: 'c' });
    expect(post.status).toBe(401);
    expect(env.deps.curated.list({ includeRetired: true })).toHaveLength(0);
    expect((await client.get('/admin/nothing-here')).status).toBe(303);
  });

  it('logs in with a correct password, sets a strict HttpOnly cookie, and logs out', async () => {
    env = testConsole();
    await env.addStaff('lan', 'moderator');
    const client = new Client(env.app);
    await client.get('/admin/login?next=/admin/turns');
    const response = await client.post('/admin/login', { name: 'lan', password: 'mat-khau-rat-dai-1', next: '/admin/turns' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/admin/turns');
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('loa_admin='));
    expect(cookie).toMatch(/HttpOnly/u);
    expect(cookie).toMatch(/SameSite=Strict/u);
    expect(cookie).toMatch(/Path=\/admin/u);
    expect(cookie).not.toMatch(/Secure/u);
    const home = await client.get('/admin');
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Tổng quan');

    const out = await client.post('/admin/logout');
    expect(out.status).toBe(303);
    expect((await client.get('/admin')).status).toBe(303);
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    env = testConsole();
    await env.addStaff('lan', 'moderator');
    const client = new Client(env.app, { 'x-forwarded-proto': 'https' });
    await client.get('/admin/login');
    const response = await client.post('/admin/login', { name: 'lan', password: 'mat-khau-rat-dai-1' });
    expect(response.headers.getSetCookie().find((c) => c.startsWith('loa_admin='))).toMatch(/Secure/u);
  });

  it('rejects a wrong password, an unknown name and a disabled account with the same message', async () => {
    env = testConsole();
    const member = await env.addStaff('lan', 'moderator');
    const client = new Client(env.app);
    for (const [name, password] of [['lan', 'sai-mat-khau-123'], ['khong-co', 'mat-khau-rat-dai-1']]) {
      await client.get('/admin/login');
      const response = await client.post('/admin/login', { name: name!, password: password! });
      expect(response.status).toBe(401);
      expect(await response.text()).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    }
    env.deps.staff.setDisabled(member.id, true);
    expect((await client.login('lan')).status).toBe(401);
  });

  it('never redirects outside the console after login', async () => {
    env = testConsole();
    await env.addStaff('lan', 'moderator');
    for (const next of ['https://evil.example/', '//evil.example/admin', '/admin\\@evil', '/other']) {
      const client = new Client(env.app);
      await client.get('/admin/login');
      const response = await client.post('/admin/login', { name: 'lan', password: 'mat-khau-rat-dai-1', next });
      expect(response.headers.get('location')).toBe('/admin');
    }
  });

  it('requires the login form token (no login CSRF)', async () => {
    env = testConsole();
    await env.addStaff('lan', 'moderator');
    const client = new Client(env.app);
    const response = await client.post('/admin/login', { name: 'lan', password: 'mat-khau-rat-dai-1', _csrf: 'forged' });
    expect(response.status).toBe(403);
    expect(client.cookies.has('loa_admin')).toBe(false);
  });

  it('expires sessions after 2 idle hours and 12 hours in all', async () => {
    env = testConsole();
    await env.addStaff('lan', 'moderator');
    const client = new Client(env.app);
    await client.login('lan');
    const start = env.clock.now.getTime();
    env.clock.now = new Date(start + 110 * 60_000);
    expect((await client.get('/admin')).status).toBe(200);
    env.clock.now = new Date(start + 220 * 60_000);
    expect((await client.get('/admin')).status).toBe(200);
    env.clock.now = new Date(start + 360 * 60_000);
    expect((await client.get('/admin')).status).toBe(303);

    await client.login('lan');
    const second = env.clock.now.getTime();
    for (let hour = 1; hour <= 11; hour++) {
      env.clock.now = new Date(second + hour * 3_600_000);
      expect((await client.get('/admin')).status).toBe(200);
    }
    env.clock.now = new Date(second + 12 * 3_600_000 + 1000);
    expect((await client.get('/admin')).status).toBe(303);
  });

  it('rate-limits failed logins per name, then lets the right password in after the window', async () => {
    env = testConsole();
    await env.addStaff('lan', 'moderator');
    const client = new Client(env.app);
    for (let i = 0; i < 5; i++) {
      await client.get('/admin/login');
      expect((await client.post('/admin/login', { name: 'lan', password: `sai-${i}-xxxxxxxx` })).status).toBe(401);
    }
    await client.get('/admin/login');
    const blocked = await client.post('/admin/login', { name: 'LAN', password: 'mat-khau-rat-dai-1' });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe('900');
    expect(await blocked.text()).toContain('thử lại sau 15 phút');
    expect(client.cookies.has('loa_admin')).toBe(false);
    env.clock.now = new Date(env.clock.now.getTime() + 15 * 60_000 + 1);
    expect((await client.login('lan')).status).toBe(303);
  });

  it('counts each attempt before the password check: 40 parallel wrong guesses get 5 checks, the rest 429', async () => {
    env = testConsole();
    await env.addStaff('lan', 'moderator');
    const client = new Client(env.app);
    await client.get('/admin/login');
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => client.post('/admin/login', { name: 'lan', password: `sai-${i}-xxxxxxxx` }).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(35);
  });

  it('a guessing address holds up another account\'s correct login for at most a minute', async () => {
    env = testConsole();
    await env.addStaff('admin', 'admin');
    // Existing accounts, so each guess costs the test's cheap scrypt rather than the unknown-name dummy hash.
    for (let i = 0; i < 40; i++) await env.addStaff(`doan-${i}`, 'moderator');
    const client = new Client(env.app);
    await client.get('/admin/login');
    await Promise.all(Array.from({ length: 40 }, (_, i) => client.post('/admin/login', { name: `doan-${i}`, password: 'sai-xxxxxxxx' })));
    const held = await client.post('/admin/login', { name: 'admin', password: 'mat-khau-rat-dai-1' });
    expect(held.status).toBe(429);
    expect(Number(held.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    env.clock.now = new Date(env.clock.now.getTime() + 61_000);
    expect((await client.login('admin')).status).toBe(303);
  });

  it.each(['null', 'not a url', 'http://', 'https://evil.example'])('answers a POST with Origin: %s with 403, not 500', async (origin) => {
    env = testConsole();
    await env.addStaff('lan', 'moderator');
    const client = new Client(env.app);
    await client.login('lan');
    const form = { questions: 'Gia đình học tập là gì', answer: 'Là…', title: 'Nguồn' };
    expect((await client.post('/admin/curated', form, { headers: { origin } })).status).toBe(403);
    const other = new Client(env.app);
    await other.get('/admin/login');
    expect((await other.post('/admin/login', { name: 'lan', password: 'mat-khau-rat-dai-1' }, { headers: { origin } })).status).toBe(403);
    expect(env.deps.curated.list({ includeRetired: true })).toHaveLength(0);
  });

  it('refuses a POST without the CSRF token or from another origin, changing nothing', async () => {
    env = testConsole();
    await env.addStaff('lan', 'moderator');
    const client = new Client(env.app);
    await client.login('lan');
    const form = { questions: 'Gia đình học tập là gì', answer: 'Là…', title: 'Nguồn' };
    expect((await client.post('/admin/curated', form, { csrf: false })).status).toBe(403);
    expect((await client.post('/admin/curated', { ...form, _csrf: 'x'.repeat(32) })).status).toBe(403);
    expect((await client.post('/admin/curated', form, { headers: { origin: 'https://evil.example' } })).status).toBe(403);
    expect(env.deps.curated.list({ includeRetired: true })).toHaveLength(0);
    expect((await client.post('/admin/curated', form)).status).toBe(303);
    expect(env.deps.curated.list()).toHaveLength(1);
  });

  it('sends security headers on console pages', async () => {
    env = testConsole();
    const response = await new Client(env.app).get('/admin/login');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
