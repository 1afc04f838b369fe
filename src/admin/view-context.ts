// Builds a page's ViewContext from the request: the signed-in member, CSRF token, time zone and a fixed notice.
import type { Context } from 'hono';
import type { AdminDeps, AdminEnv } from './deps.js';
import type { ViewContext } from './views/layout.js';
import { OTHER_SOURCES } from './views/labels.js';

/** Notices shown after a redirect (`?ok=key`); only these fixed texts can appear, never request text. */
export const NOTICES: Record<string, string> = {
  saved: 'Đã lưu câu trả lời biên tập. Loa sẽ dùng nó cho các câu hỏi giống hoặc gần giống.',
  queued: 'Đã lưu câu trả lời biên tập và xếp hàng gửi cho người đã hỏi (trước các thông báo; ngoài giờ 21:00–07:00). Trạng thái gửi hiện ở trang hội thoại.',
  flagged: 'Đã gắn cờ lượt hỏi đáp.',
  unflagged: 'Đã bỏ gắn cờ.',
  retired: 'Đã ngừng dùng câu trả lời biên tập.',
  restored: 'Đã dùng lại câu trả lời biên tập.',
  'staff-added': 'Đã tạo tài khoản cán bộ.',
  'staff-updated': 'Đã cập nhật tài khoản cán bộ.',
  scheduled: 'Đã lên lịch gửi thông báo.',
  cancelled: 'Đã huỷ thông báo.',
  'calendar-saved': 'Đã lưu lịch Tuần lễ.',
  'correction-cancelled': 'Đã huỷ tin sửa câu trả lời; người hỏi sẽ không nhận tin này.',
  'correction-resent': 'Đã xếp hàng gửi lại câu trả lời đã sửa cho người hỏi.',
  'correction-unchanged': 'Tin sửa câu trả lời không còn ở trạng thái có thể huỷ hoặc gửi lại.',
};

/** The ViewContext of a signed-in request. */
export function viewContext(c: Context<AdminEnv>, deps: Pick<AdminDeps, 'timeZone' | 'catalog'> & Partial<Pick<AdminDeps, 'logger'>>): ViewContext {
  const staff = c.get('staff');
  // Personal data is masked on every page; only an admin can reveal it, and each reveal is logged.
  const reveal = staff.role === 'admin' && c.req.query('reveal') === '1';
  if (reveal) deps.logger?.info({ staff: staff.name, path: c.req.path }, 'personal data revealed');
  const channels = [...deps.catalog.all.map(({ name, label, mayMessageFirst, group }) => ({ name, label, mayMessageFirst, group })), ...OTHER_SOURCES];
  return { staff, csrf: c.get('session').csrf, zone: deps.timeZone, notice: NOTICES[c.req.query('ok') ?? ''], reveal, channels };
}
