// The staff console's HTTP routes (mounted at /admin): assets, login, then everything behind session, CSRF and role checks.
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requireCsrf, requireRole, requireSession, securityHeaders } from './auth.js';
import type { StaffRole } from '../store/staff.js';
import type { AdminDeps, AdminEnv } from './deps.js';
import type { ScryptCost } from './password.js';
import { broadcastRoutes } from './routes/broadcasts.js';
import { calendarRoutes } from './routes/calendar.js';
import { curatedRoutes } from './routes/curated.js';
import { insightRoutes } from './routes/insights.js';
import { loginRoutes } from './routes/login.js';
import { staffRoutes } from './routes/staff.js';
import { subscriberRoutes } from './routes/subscribers.js';
import { turnRoutes } from './routes/turns.js';
import { errorPage } from './views/error.js';
import { MAX_UPLOAD_BYTES } from '../knowledge/document-intake.js';
import { PROBLEM_TEXTS } from './document-texts.js';
import { documentRoutes } from './routes/documents.js';
import { codeFile } from '../code-files.js';

const ASSETS: Record<string, { body: string; type: string }> = {
  'admin.css': { body: readFileSync(codeFile('admin/assets/admin.css'), 'utf8'), type: 'text/css; charset=utf-8' },
  'admin.js': { body: readFileSync(codeFile('admin/assets/admin.js'), 'utf8'), type: 'text/javascript; charset=utf-8' },
};

/** Document uploads (a file of up to 20 MB plus the form fields); every other request stays under 256 KB. */
const UPLOAD_PATH = /^\/admin\/documents(?:\/\d+\/file)?$/u;

/** Options for tests: a cheaper password hash. */
export interface AdminAppOptions {
  passwordCost?: ScryptCost;
}

/**
 * Builds the console. Roles: moderator → conversations, gaps, curated answers, export; campaign → broadcasts,
 * Week calendar, subscribers; admin → all of these and staff accounts. Every other request is refused before
 * any handler runs.
 */
export function createAdminApp(deps: AdminDeps, options: AdminAppOptions = {}): Hono {
  const app = new Hono();
  app.use('*', securityHeaders());
  const formLimit = bodyLimit({ maxSize: 256 * 1024, onError: (c) => c.html(errorPage(400, 'Nội dung gửi lên quá lớn.'), 413) });
  const uploadLimit = bodyLimit({ maxSize: MAX_UPLOAD_BYTES + 1024 * 1024, onError: (c) => c.html(errorPage(400, PROBLEM_TEXTS['too-large']), 413) });
  app.use('*', (c, next) => (UPLOAD_PATH.test(c.req.path) ? uploadLimit : formLimit)(c, next));
  app.get('/assets/:name', (c) => {
    const asset = ASSETS[c.req.param('name')];
    if (!asset) return c.html(errorPage(404, 'Không tìm thấy.'), 404);
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(asset.body, 200, { 'Content-Type': asset.type });
  });
  app.route('/', loginRoutes(deps));

  const guarded = new Hono<AdminEnv>();
  guarded.use('*', requireSession(deps), requireCsrf());
  const section = (path: string, routes: Hono<AdminEnv>, ...roles: StaffRole[]) => {
    guarded.use(path, requireRole(...roles));
    guarded.use(`${path}/*`, requireRole(...roles));
    guarded.route(path, routes);
  };
  guarded.route('/', insightRoutes(deps));
  section('/turns', turnRoutes(deps), 'moderator');
  section('/curated', curatedRoutes(deps), 'moderator');
  section('/broadcasts', broadcastRoutes(deps), 'campaign');
  section('/calendar', calendarRoutes(deps), 'campaign');
  section('/subscribers', subscriberRoutes(deps), 'campaign');
  section('/staff', staffRoutes(deps, options.passwordCost));
  if (deps.documents) guarded.route('/documents', documentRoutes(deps, deps.documents));
  guarded.all('*', (c) => c.html(errorPage(404, 'Không tìm thấy trang này.', c.get('staff'), c.get('session').csrf), 404));
  app.route('/', guarded);
  return app;
}
