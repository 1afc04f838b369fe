// Curated answers: list, write (blank or prefilled from a knowledge gap), edit, retire and restore.
import { Hono, type Context } from 'hono';
import { readForm } from '../auth.js';
import type { CuratedEntry } from '../../store/curated.js';
import type { AdminDeps, AdminEnv } from '../deps.js';
import { viewContext } from '../view-context.js';
import { curatedFormPage, curatedListPage, type CuratedFormValues } from '../views/curated.js';
import { errorPage } from '../views/error.js';
import { readCuratedForm } from './curated-form.js';

/** Routes under /curated (moderator). */
export function curatedRoutes(deps: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const now = deps.now ?? (() => new Date());
  const entryOf = (c: Context<AdminEnv>) => deps.curated.get(Number(c.req.param('id')));
  const notFound = (c: Context<AdminEnv>) => c.html(errorPage(404, 'Không tìm thấy câu trả lời biên tập này.', c.get('staff'), c.get('session').csrf), 404);
  // A locality-scoped moderator changes only the answers written for their own locality.
  const mayChange = (c: Context<AdminEnv>, entry: CuratedEntry) => {
    const locality = c.get('staff').locality;
    return locality === undefined || (entry.locality !== undefined && deps.inLocality(entry.locality, { province: locality, ward: locality }));
  };
  const forbidden = (c: Context<AdminEnv>) =>
    c.html(errorPage(403, 'Câu trả lời này không thuộc địa bàn của bạn nên bạn không thể sửa hay ngừng dùng nó.', c.get('staff'), c.get('session').csrf), 403);

  app.get('/', (c) => c.html(curatedListPage(viewContext(c, deps), deps.curated.list({ includeRetired: true }))));

  app.get('/new', (c) => {
    const questions = (c.req.queries('q') ?? []).map((q) => q.trim().slice(0, 500)).filter(Boolean).slice(0, 10);
    const values: CuratedFormValues = { questions: questions.join('\n'), answer: '', title: '', reference: '', url: '', notify: false };
    return c.html(curatedFormPage(viewContext(c, deps), { action: '/admin/curated', heading: 'Viết câu trả lời biên tập' }, values));
  });

  app.post('/', async (c) => {
    const read = readCuratedForm(await readForm(c));
    if ('error' in read) {
      return c.html(curatedFormPage(viewContext(c, deps), { action: '/admin/curated', heading: 'Viết câu trả lời biên tập', error: read.error }, read.values), 400);
    }
    const entry = deps.curated.add({ ...read.input, locality: c.get('staff').locality }, c.get('staff').name, now());
    deps.logger.info({ staff: c.get('staff').name, curated: entry.id }, 'curated answer added');
    return c.redirect(`/admin/curated?ok=saved#curated-${entry.id}`, 303);
  });

  app.get('/:id{[0-9]+}', (c) => {
    const entry = entryOf(c);
    if (!entry) return notFound(c);
    const source = entry.citations[0];
    const values: CuratedFormValues = {
      questions: entry.questions.join('\n'),
      answer: entry.answer,
      title: source?.title ?? '',
      reference: source?.reference ?? '',
      url: source?.url ?? '',
      notify: false,
    };
    return c.html(curatedFormPage(viewContext(c, deps), { action: `/admin/curated/${entry.id}`, heading: `Sửa câu trả lời biên tập #${entry.id}` }, values));
  });

  app.post('/:id{[0-9]+}', async (c) => {
    const entry = entryOf(c);
    if (!entry) return notFound(c);
    if (!mayChange(c, entry)) return forbidden(c);
    const read = readCuratedForm(await readForm(c));
    if ('error' in read) {
      const form = { action: `/admin/curated/${entry.id}`, heading: `Sửa câu trả lời biên tập #${entry.id}`, error: read.error };
      return c.html(curatedFormPage(viewContext(c, deps), form, read.values), 400);
    }
    deps.curated.update(entry.id, read.input, c.get('staff').name, now());
    return c.redirect(`/admin/curated?ok=saved#curated-${entry.id}`, 303);
  });

  for (const [action, retired] of [['retire', true], ['restore', false]] as const) {
    app.post(`/:id{[0-9]+}/${action}`, (c) => {
      const entry = entryOf(c);
      if (!entry) return notFound(c);
      if (!mayChange(c, entry)) return forbidden(c);
      deps.curated.setRetired(entry.id, retired, c.get('staff').name, now());
      return c.redirect(`/admin/curated?ok=${retired ? 'retired' : 'restored'}#curated-${entry.id}`, 303);
    });
  }
  return app;
}
