// Subscribers (campaign): filtered count and list, by the same rule as broadcast targeting; locality staff see only theirs.
import { Hono } from 'hono';
import { selectAudience } from '../../core/audience.js';
import type { AdminDeps, AdminEnv } from '../deps.js';
import { viewContext } from '../view-context.js';
import { subscribersPage } from '../views/subscribers.js';

const SHOWN = 300;

/** Route /subscribers. */
export function subscriberRoutes(deps: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  app.get('/', (c) => {
    const channel = c.req.query('channel') ?? '';
    const filter = {
      channel: deps.catalog.of(channel)?.mayMessageFirst ? channel : '',
      locality: c.get('staff').locality ?? (c.req.query('locality') ?? '').trim().slice(0, 100),
    };
    const subscribers = selectAudience(deps.subscriptions.listActive(), { channel: filter.channel || undefined, locality: filter.locality || undefined }, deps.catalog);
    return c.html(subscribersPage(viewContext(c, deps), filter, subscribers.length, subscribers.slice(0, SHOWN)));
  });
  return app;
}
