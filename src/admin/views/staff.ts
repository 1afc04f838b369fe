// Staff accounts (admin only): the list with enable/disable and password reset, and the add form.
import { STAFF_ROLES, type StaffMember } from '../../store/staff.js';
import { html } from '../html.js';
import { formatLocal } from '../time.js';
import { csrfField, page, ROLE_LABELS, type ViewContext } from './layout.js';

/** Values of the add form, for redisplay after an error. */
export interface StaffFormValues {
  name: string;
  role: string;
  locality: string;
}

/** The staff page. */
export function staffPage(view: ViewContext, members: readonly StaffMember[], form: StaffFormValues, error?: string): string {
  const body = html`
<table class="staff cards"><thead><tr><th scope="col">Tên</th><th scope="col">Vai trò</th><th scope="col">Địa bàn</th><th scope="col">Trạng thái</th><th scope="col">Thao tác</th></tr></thead>
<tbody>${members.map((m) => html`<tr>
  <td data-label="Tên">${m.name}<br><span class="muted">tạo ${formatLocal(m.createdAt, view.zone)}</span></td>
  <td data-label="Vai trò">${ROLE_LABELS[m.role]}</td><td data-label="Địa bàn">${m.locality ?? 'Tất cả'}</td>
  <td data-label="Trạng thái">${m.disabled ? html`<span class="badge warn">Đã khoá</span>` : html`<span class="badge ok">Hoạt động</span>`}</td>
  <td class="row-actions">
    ${m.id === view.staff.id ? html`<span class="muted">(bạn)</span>` : html`<form method="post" action="/admin/staff/${m.id}/${m.disabled ? 'enable' : 'disable'}">${csrfField(view.csrf)}<button type="submit" class="secondary">${m.disabled ? 'Mở khoá' : 'Khoá'}</button></form>`}
    <details><summary>Đặt lại mật khẩu</summary><form method="post" action="/admin/staff/${m.id}/password">${csrfField(view.csrf)}
      <label for="pw-${m.id}">Mật khẩu mới (ít nhất 10 ký tự)</label><input id="pw-${m.id}" name="password" type="password" minlength="10" maxlength="200" autocomplete="new-password" required>
      <button type="submit">Lưu</button></form></details>
  </td></tr>`)}</tbody></table>
<h2>Thêm cán bộ</h2>
<form method="post" action="/admin/staff" class="card">
  ${error ? html`<p class="error" role="alert">${error}</p>` : ''}
  ${csrfField(view.csrf)}
  <label for="name">Tên đăng nhập</label><input id="name" name="name" required maxlength="60" value="${form.name}" autocomplete="off">
  <label for="role">Vai trò</label>
  <select id="role" name="role">${STAFF_ROLES.map((r) => html`<option value="${r}"${r === form.role ? html` selected` : ''}>${ROLE_LABELS[r]}</option>`)}</select>
  <label for="locality">Địa bàn (để trống nếu phụ trách tất cả; ví dụ: Hà Nội hoặc Phường Ba Đình)</label>
  <input id="locality" name="locality" maxlength="100" value="${form.locality}">
  <label for="password">Mật khẩu (ít nhất 10 ký tự)</label><input id="password" name="password" type="password" minlength="10" maxlength="200" autocomplete="new-password" required>
  <button type="submit">Tạo tài khoản</button>
</form>`;
  return page('Tài khoản cán bộ', body, view, 'staff');
}
