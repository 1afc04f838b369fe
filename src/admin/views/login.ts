// The login form.
import { html } from '../html.js';
import { page } from './layout.js';

/** Login page; `csrf` is the pre-login token also set as a cookie; `next` is a checked /admin path. */
export function loginPage(options: { csrf: string; next: string; error?: string; name?: string }): string {
  return page(
    'Đăng nhập',
    html`<form method="post" action="/admin/login" class="card narrow">
  ${options.error ? html`<p class="error" role="alert">${options.error}</p>` : ''}
  <input type="hidden" name="_csrf" value="${options.csrf}">
  <input type="hidden" name="next" value="${options.next}">
  <label for="name">Tên đăng nhập</label>
  <input id="name" name="name" autocomplete="username" required autofocus value="${options.name ?? ''}">
  <label for="password">Mật khẩu</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required>
  <button type="submit">Đăng nhập</button>
</form>`,
  );
}
