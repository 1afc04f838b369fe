// Read-only insight pages: the dashboard (every role), knowledge gaps (moderator) and the conversation export (moderator).
import { Hono } from 'hono';
import { localDate } from '../../core/local-time.js';
import { requireRole } from '../auth.js';
import type { AdminDeps, AdminEnv } from '../deps.js';
import { exportTurns } from '../export.js';
import { utcOffsetMinutes } from '../time.js';
import { viewContext } from '../view-context.js';
import { dashboardPage } from '../views/dashboard.js';
import { gapsPage } from '../views/gaps.js';
import { turnSources } from '../views/labels.js';
import { readTurnQuery } from './turn-query.js';

const DASHBOARD_DAYS = 30;
const GAP_DAYS = 90;

/** Routes / (dashboard), /gaps and /export. */
export function insightRoutes(deps: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const now = deps.now ?? (() => new Date());

  app.get('/', (c) => {
    const at = now();
    const stats = deps.stats.compute({ now: at, days: DASHBOARD_DAYS, utcOffsetMinutes: utcOffsetMinutes(deps.timeZone, at), locality: c.get('staff').locality });
    return c.html(dashboardPage(viewContext(c, deps), stats, DASHBOARD_DAYS));
  });

  app.get('/gaps', requireRole('moderator'), (c) => {
    const since = new Date(now().getTime() - GAP_DAYS * 86_400_000);
    const gaps = deps.gaps.list({ locality: c.get('staff').locality, since }).map((gap) => ({ ...gap, curatedId: deps.curated.best(gap.question, place(c.get('staff').locality))?.entry.id }));
    return c.html(gapsPage(viewContext(c, deps), gaps, GAP_DAYS));
  });

  // Unredacted export (raw=1) is for admins only; everyone else always gets redacted data.
  app.get('/export', requireRole('moderator'), (c) => {
    const staff = c.get('staff');
    const format = c.req.query('format') === 'jsonl' ? 'jsonl' : 'csv';
    const redact = !(staff.role === 'admin' && c.req.query('raw') === '1');
    const { filter } = readTurnQuery(c, deps.timeZone, staff.locality, turnSources(deps.catalog));
    const body = exportTurns(deps.review.iterate(filter), { format, redact, zone: deps.timeZone });
    deps.logger.info({ staff: staff.name, format, redact }, 'conversations exported');
    const name = `loa-hoi-thoai-${localDate(now(), deps.timeZone)}.${format}`;
    c.header('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="${name}"`);
    return c.body(body);
  });

  return app;
}

/** A locality account's place, so gaps its local curated answers cover are marked. */
function place(locality: string | undefined): { province: string; ward: string } | undefined {
  return locality === undefined ? undefined : { province: locality, ward: locality };
}
