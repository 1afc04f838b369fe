// Subscribers (campaign): counts by channel and place, and the list, filtered by channel and locality.
import type { Subscriber } from '../../store/subscriptions.js';
import { html } from '../html.js';
import { formatLocal } from '../time.js';
import { channelLabel } from './labels.js';
import { page, type ViewContext } from './layout.js';

/** The page; `shown` is at most the first few hundred of `total`. */
export function subscribersPage(view: ViewContext, filter: { channel: string; locality: string }, total: number, shown: readonly Subscriber[]): string {
  const body = html`
<form method="get" action="/admin/subscribers" class="filters" aria-label="Lọc người đăng ký">
  <div class="field"><label for="channel">Kênh</label><select id="channel" name="channel"><option value="">Tất cả</option>${view.channels
    .filter((channel) => channel.mayMessageFirst)
    .map(({ name, label }) => html`<option value="${name}"${name === filter.channel ? html` selected` : ''}>${label}</option>`)}</select></div>
  <div class="field"><label for="locality">Tỉnh/thành hoặc xã/phường</label>${view.staff.locality
    ? html`<input id="locality" name="locality" value="${view.staff.locality}" readonly>`
    : html`<input id="locality" name="locality" value="${filter.locality}">`}</div>
  <div class="actions"><button type="submit">Lọc</button></div>
</form>
<p role="status"><strong>${total}</strong> người đang nhận tin${shown.length < total ? html` (hiện ${shown.length} người đầu)` : ''}.</p>
<div class="table-scroll"><table><thead><tr><th scope="col">Kênh</th><th scope="col">Mã trò chuyện</th><th scope="col">Địa bàn</th><th scope="col">Đăng ký từ</th></tr></thead>
<tbody>${shown.map((s) => html`<tr><td>${channelLabel(view, s.channel)}</td><td><code>${mask(s.chatId)}</code></td>
  <td>${[s.ward, s.province].filter(Boolean).join(', ') || '—'}</td><td>${s.subscribedAt ? formatLocal(s.subscribedAt, view.zone) : '—'}</td></tr>`)}</tbody></table></div>`;
  return page('Người đăng ký', body, view, 'subscribers');
}

/** Shows only the last 4 characters of a platform id. */
function mask(id: string): string {
  return id.length <= 4 ? id : `…${id.slice(-4)}`;
}
