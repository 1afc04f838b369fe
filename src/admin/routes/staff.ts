// Staff accounts (admin only): add, disable/enable (ends their sessions), reset a password.
import { Hono, type Context } from 'hono';
import { STAFF_ROLES, type StaffRole } from '../../store/staff.js';
import { readForm } from '../auth.js';
import type { AdminDeps, AdminEnv } from '../deps.js';
import { hashPassword, passwordProblem, type ScryptCost } from '../password.js';
import { viewContext } from '../view-context.js';
import { errorPage } from '../views/error.js';
import { staffPage, type StaffFormValues } from '../views/staff.js';

/** Routes under /staff. `cost` lets tests hash quickly. */
export function staffRoutes(deps: AdminDeps, cost?: ScryptCost): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const now = deps.now ?? (() => new Date());
  const blank: StaffFormValues = { name: '', role: 'moderator', locality: '' };
  const memberOf = (c: Context<AdminEnv>) => deps.staff.get(Number(c.req.param('id')));
  const notFound = (c: Context<AdminEnv>) => c.html(errorPage(404, 'Không tìm thấy tài khoản.', c.get('staff'), c.get('session').csrf), 404);

  app.get('/', (c) => c.html(staffPage(viewContext(c, deps), deps.staff.list(), blank)));

  app.post('/', async (c) => {
    const form = await readForm(c);
    const text = (key: string) => (typeof form[key] === 'string' ? (form[key] as string).trim() : '');
    const values: StaffFormValues = { name: text('name').slice(0, 60), role: text('role'), locality: text('locality').slice(0, 100) };
    const password = typeof form.password === 'string' ? form.password : '';
    const problem =
      (!/^[\p{L}\p{N}._@-]{2,60}$/u.test(values.name) && 'Tên đăng nhập gồm 2–60 chữ, số hoặc . _ @ -, không có dấu cách.') ||
      (!STAFF_ROLES.includes(values.role as StaffRole) && 'Vai trò không hợp lệ.') ||
      passwordProblem(password) ||
      (deps.staff.findForLogin(values.name) && 'Tên đăng nhập này đã có.');
    if (problem) return c.html(staffPage(viewContext(c, deps), deps.staff.list(), values, problem), 400);
    const member = deps.staff.add(
      { name: values.name, role: values.role as StaffRole, locality: values.locality || undefined, passwordHash: await hashPassword(password, cost) },
      now(),
    );
    deps.logger.info({ by: c.get('staff').name, staff: member.name, role: member.role }, 'staff added');
    return c.redirect('/admin/staff?ok=staff-added', 303);
  });

  for (const [action, disabled] of [['disable', true], ['enable', false]] as const) {
    app.post(`/:id{[0-9]+}/${action}`, (c) => {
      const member = memberOf(c);
      if (!member) return notFound(c);
      if (member.id === c.get('staff').id) return c.html(errorPage(400, 'Bạn không thể tự khoá tài khoản của mình.', c.get('staff'), c.get('session').csrf), 400);
      deps.staff.setDisabled(member.id, disabled);
      deps.logger.info({ by: c.get('staff').name, staff: member.name, disabled }, 'staff account changed');
      return c.redirect('/admin/staff?ok=staff-updated', 303);
    });
  }

  app.post('/:id{[0-9]+}/password', async (c) => {
    const member = memberOf(c);
    if (!member) return notFound(c);
    const form = await readForm(c);
    const password = typeof form.password === 'string' ? form.password : '';
    const problem = passwordProblem(password);
    if (problem) return c.html(staffPage(viewContext(c, deps), deps.staff.list(), blank, `${member.name}: ${problem}`), 400);
    deps.staff.setPassword(member.id, await hashPassword(password, cost));
    deps.logger.info({ by: c.get('staff').name, staff: member.name }, 'staff password reset');
    return c.redirect('/admin/staff?ok=staff-updated', 303);
  });
  return app;
}
