// Test helpers for the console: an in-memory database with the console mounted at /admin, staff, and a cookie-keeping client.
import { join } from 'node:path';
import { Hono } from 'hono';
import { pino } from 'pino';
import { createAdminApp } from '../../src/admin/app.js';
import type { AdminDeps } from '../../src/admin/deps.js';
import { hashPassword, type ScryptCost } from '../../src/admin/password.js';
import type { OutboundChannel } from '../../src/core/channel.js';
import { matchesLocality } from '../../src/core/reminders.js';
import { createBroadcastDesk } from '../../src/delivery/broadcast-desk.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import type { StaffRole } from '../../src/store/staff.js';
import { consoleStores, createStores } from '../../src/store/stores.js';
import { loadPrompts } from '../../src/prompts.js';
import { testCatalog } from '../delivery/helpers.js';
import { ROOT } from '../helpers/core.js';

/** Cheap scrypt so tests stay fast; production uses DEFAULT_COST. */
export const TEST_COST: ScryptCost = { N: 1024, r: 8, p: 1 };
export const PASSWORD = 'mat-khau-rat-dai-1';

/** A console over a fresh in-memory database (or `db`). `clock` can be moved by tests. */
export function testConsole(overrides: Partial<AdminDeps> = {}, db: Db = openDatabase(':memory:')) {
  const clock = { now: new Date('2025-09-20T03:00:00Z') };
  const outbound: OutboundChannel[] = [];
  const stores = createStores(db, { inLocality: matchesLocality });
  const { subscriptions, broadcasts: broadcastStore, outbox, turns } = stores;
  const catalog = testCatalog();
  const deps: AdminDeps = {
    ...consoleStores(stores),
    broadcasts: createBroadcastDesk({ broadcasts: broadcastStore, outbox, subscriptions, catalog }),
    catalog,
    inLocality: matchesLocality,
    outbound: () => outbound,
    messages: loadPrompts(join(ROOT, 'prompts')).messages,
    logger: pino({ level: 'silent' }),
    timeZone: 'Asia/Ho_Chi_Minh',
    now: () => clock.now,
    ...overrides,
  };
  const app = new Hono();
  app.route('/admin', createAdminApp(deps, { passwordCost: TEST_COST }));
  const addStaff = async (name: string, role: StaffRole, locality?: string) =>
    deps.staff.add({ name, role, locality, passwordHash: await hashPassword(PASSWORD, TEST_COST) }, clock.now);
  return { db, deps, app, clock, outbound, turns, broadcastStore, outbox, addStaff, close: () => db.close() };
}

/** A browser-like client: keeps cookies, reads the CSRF token from the last page. */
export class Client {
  readonly cookies = new Map<string, string>();
  csrf = '';

  constructor(
    private readonly app: Hono,
    private readonly headers: Record<string, string> = {},
  ) {}

  async get(path: string): Promise<Response> {
    return this.send(path, { method: 'GET' });
  }

  /** POSTs a form; `_csrf` is added from the last page unless given. */
  async post(path: string, form: Record<string, string | string[]> = {}, options: { csrf?: boolean; headers?: Record<string, string> } = {}): Promise<Response> {
    const body = new URLSearchParams();
    if (options.csrf !== false && !('_csrf' in form)) body.set('_csrf', this.csrf);
    for (const [key, value] of Object.entries(form)) for (const v of [value].flat()) body.append(key, v);
    return this.send(path, { method: 'POST', body: body.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', ...options.headers } });
  }

  /** POSTs multipart/form-data (a file upload); `_csrf` is added from the last page unless given. */
  async upload(path: string, fields: Record<string, string>, file?: { name: string; bytes: Buffer | string }): Promise<Response> {
    const form = new FormData();
    if (!('_csrf' in fields)) form.set('_csrf', this.csrf);
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    if (file) form.set('file', new File([typeof file.bytes === 'string' ? file.bytes : new Uint8Array(file.bytes)], file.name));
    return this.send(path, { method: 'POST', body: form });
  }

  /** Logs in through the form; returns the POST response. */
  async login(name: string, password = PASSWORD): Promise<Response> {
    await this.get('/admin/login');
    const response = await this.post('/admin/login', { name, password });
    if (response.status === 303) await this.get('/admin');
    return response;
  }

  private async send(path: string, init: RequestInit): Promise<Response> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await this.app.request(`http://loa.test${path}`, {
      ...init,
      headers: { ...this.headers, ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (/max-age=0/iu.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    if ((response.headers.get('content-type') ?? '').includes('text/html')) {
      const text = await response.clone().text();
      const match = /name="_csrf" value="([^"]+)"/u.exec(text);
      if (match?.[1]) this.csrf = match[1];
    }
    return response;
  }
}
