// Error pages (401, 403, 404, 429) in Vietnamese.
import type { StaffMember } from '../../store/staff.js';
import { html } from '../html.js';
import { page } from './layout.js';

const TITLES: Record<number, string> = { 400: 'Yêu cầu không hợp lệ', 401: 'Cần đăng nhập', 403: 'Không được phép', 404: 'Không tìm thấy', 429: 'Thử lại sau' };

/** A short error page; with `staff` and `csrf` it keeps the navigation. */
export function errorPage(status: number, message: string, staff?: StaffMember, csrf?: string): string {
  const body = html`<p class="error" role="alert">${message}</p>
<p>${status === 401 ? html`<a href="/admin/login">Đăng nhập</a>` : html`<a href="/admin">Về trang tổng quan</a>`}</p>`;
  return page(TITLES[status] ?? 'Lỗi', body, staff && csrf ? { staff, csrf } : undefined);
}
