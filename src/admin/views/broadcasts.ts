// Broadcast pages: the list, the compose form with per-channel previews and recipient count, and the live report.
import type { BroadcastPreview, BroadcastProgress } from '../../core/broadcasting.js';
import type { ZaloOaOutlook } from '../deps.js';
import { html, type SafeHtml } from '../html.js';
import { formatLocal } from '../time.js';
import { channelLabel } from './labels.js';
import { csrfField, page, type ViewContext } from './layout.js';
import { clip } from './turns.js';

/** The label of an audience filter: every channel, a group of channels ("Zalo (Zalo Bot, Zalo OA)"), or one channel. */
function audienceFilterLabel(view: Pick<ViewContext, 'channels'>, filter: string): string {
  if (filter === '') return 'Tất cả các kênh';
  const members = view.channels.filter((channel) => channel.group === filter).map((channel) => channel.label);
  if (members.length > 0) return `${filter.charAt(0).toUpperCase()}${filter.slice(1)} (${members.join(', ')})`;
  return channelLabel(view, filter);
}

/** What the compose form offers per channel: the filters staff can pick (from the channel catalog) and text limits. */
export interface ComposeChannels {
  filters: readonly string[];
  limits: Readonly<Record<string, number>>;
}

export const STATUS_LABELS: Record<BroadcastProgress['status'], string> = {
  scheduled: 'Đã lên lịch',
  sending: 'Đang gửi',
  done: 'Đã gửi xong',
  cancelled: 'Đã huỷ',
};

/** The report's figures: sent, failed, inactive (blocked the bot or no longer subscribed), unconfirmed, waiting, cancelled. */
export interface BroadcastReport {
  progress: BroadcastProgress;
  sent: number;
  failed: number;
  inactive: number;
  unconfirmed: number;
  waiting: number;
  cancelled: number;
  /** Why recipients were not sent to (the platform's or Loa's reason), most frequent first, with their count. */
  reasons?: { reason: string; count: number }[];
}

/** Values of the compose form. */
export interface ComposeValues {
  text: string;
  channel: string;
  locality: string;
  sendAt: string;
}

const audienceLabel = (view: Pick<ViewContext, 'channels'>, b: { channel?: string; locality?: string }) =>
  `${audienceFilterLabel(view, b.channel ?? '')}${b.locality ? ` · ${b.locality}` : ''}`;

/** The list of broadcasts, newest first. */
export function broadcastListPage(view: ViewContext, items: readonly BroadcastProgress[]): string {
  const body = html`
<p><a class="button" href="/admin/broadcasts/new">+ Soạn thông báo</a></p>
${items.length === 0 ? html`<p>Chưa có thông báo nào.</p>` : html`<div class="table-scroll"><table><thead><tr><th scope="col">#</th><th scope="col">Nội dung</th><th scope="col">Người nhận</th><th scope="col">Gửi lúc</th><th scope="col">Trạng thái</th></tr></thead>
<tbody>${items.map((b) => html`<tr>
  <td><a href="/admin/broadcasts/${b.id}">#${b.id}</a>${b.kind === 'reminder' ? html`<br><span class="badge">nhắc lịch</span>` : ''}</td>
  <td><a href="/admin/broadcasts/${b.id}">${clip(b.text, 120)}</a></td>
  <td>${audienceLabel(view, b)}</td>
  <td>${formatLocal(b.sendAt, view.zone)}</td>
  <td>${STATUS_LABELS[b.status]}${b.total > 0 ? html`<br><progress max="${b.total}" value="${b.finished}">${b.finished}/${b.total}</progress>` : ''}</td>
</tr>`)}</tbody></table></div>`}`;
  return page('Thông báo', body, view, 'broadcasts');
}

/** The compose form; `preview` is the server-side preview (after "Xem trước" or an error). */
export function composePage(
  view: ViewContext,
  values: ComposeValues,
  preview: BroadcastPreview,
  channels: ComposeChannels,
  error?: string,
  zaloOa?: ZaloOaOutlook,
): string {
  const body = html`
<form method="post" action="/admin/broadcasts" class="card">
  ${error ? html`<p class="error" role="alert">${error}</p>` : ''}
  ${csrfField(view.csrf)}
  <label for="text">Nội dung thông báo</label>
  <textarea id="text" name="text" rows="7" required maxlength="12000" data-count="text-count">${values.text}</textarea>
  <p class="muted" id="text-count" aria-live="polite"></p>
  <label for="channel">Kênh</label>
  <select id="channel" name="channel">${['', ...channels.filters].map((v) => html`<option value="${v}"${v === values.channel ? html` selected` : ''}>${audienceFilterLabel(view, v)}</option>`)}</select>
  <label for="locality">Địa bàn (tỉnh/thành hoặc xã/phường; để trống = mọi nơi)</label>
  ${view.staff.locality
    ? html`<input id="locality" name="locality" value="${view.staff.locality}" readonly>`
    : html`<input id="locality" name="locality" maxlength="100" value="${values.locality}">`}
  <p>Số người nhận hiện tại: <output id="recipients" for="channel locality" data-audience-url="/admin/broadcasts/audience.json" aria-live="polite">${preview.recipients}</output></p>
  ${zaloOa ? zaloOaLine(zaloOa, values.text.length) : ''}
  <label for="sendAt">Thời điểm gửi (để trống = gửi ngay). Loa bắt đầu gửi trong vòng 1 phút sau thời điểm này và không gửi trong giờ nghỉ 21:00–07:00.</label>
  <input id="sendAt" name="sendAt" type="datetime-local" value="${values.sendAt}">
  <h2>Xem trước theo kênh</h2>
  <div class="previews">${Object.entries(channels.limits).map(
    ([channel, limit]) => html`<div class="preview" data-source="text" data-limit="${limit}">
    <strong>${channelLabel(view, channel)}</strong> <span class="muted">(<span data-recipients-of="${channel}">${preview.channels.find((c) => c.channel === channel)?.recipients ?? 0}</span> người)</span>
    <pre>${values.text}</pre><span class="len muted${values.text.length > limit ? ' over' : ''}">${values.text.length}/${limit} ký tự</span></div>`,
  )}</div>
  <div class="row-actions">
    <button type="submit" name="action" value="preview" class="secondary">Xem trước</button>
    <button type="submit" name="action" value="schedule">Lên lịch gửi</button>
  </div>
</form>`;
  return page('Soạn thông báo', body, view, 'broadcasts');
}

/** One broadcast: text, audience, live progress and the delivery report. */
export function broadcastPage(view: ViewContext, report: BroadcastReport): string {
  const b = report.progress;
  const open = b.status === 'scheduled' || b.status === 'sending';
  const count = (key: string, value: number, text: string): SafeHtml => html`<div class="tile"><span class="big" data-count-of="${key}">${value}</span> ${text}</div>`;
  const body = html`
<p><a href="/admin/broadcasts">← Danh sách thông báo</a></p>
<section class="card">
  <div class="meta">${b.kind === 'reminder' ? 'Nhắc lịch Tuần lễ' : 'Thông báo của cán bộ'} · ${audienceLabel(view, b)} · gửi lúc ${formatLocal(b.sendAt, view.zone)}</div>
  <div class="answer">${b.text}</div>
</section>
<section data-progress-url="/admin/broadcasts/${b.id}/progress.json" aria-labelledby="progress-title">
  <h2 id="progress-title">Tiến độ: <span data-status aria-live="polite">${STATUS_LABELS[b.status]}</span></h2>
  <label for="bar">Đã xử lý <span data-count-of="done">${b.finished}</span>/<span data-count-of="total">${b.total}</span> người nhận</label>
  <progress id="bar" max="${Math.max(1, b.total)}" value="${b.finished}">${b.finished}/${b.total}</progress>
  <div class="tiles">
    ${count('sent', report.sent, 'đã gửi')}
    ${count('failed', report.failed, 'lỗi')}
    ${count('inactive', report.inactive, 'không còn nhận (chặn bot, huỷ đăng ký)')}
    ${count('unconfirmed', report.unconfirmed, 'chưa xác nhận')}
    ${count('waiting', report.waiting, 'đang chờ')}
    ${count('cancelled', report.cancelled, 'đã huỷ')}
  </div>
  ${report.reasons?.length
    ? html`<h3>Lý do không gửi được</h3><ul class="failure-reasons">${report.reasons.map((r) => html`<li>${r.reason} <span class="muted">(${r.count} người)</span></li>`)}</ul>`
    : ''}
</section>
${open ? html`<form method="post" action="/admin/broadcasts/${b.id}/cancel" data-open-only>${csrfField(view.csrf)}<button type="submit" class="secondary" data-confirm="Huỷ thông báo này? Những người chưa nhận sẽ không nhận được.">Huỷ thông báo</button></form>` : ''}`;
  return page(`Thông báo #${b.id}`, body, view, 'broadcasts');
}

/**
 * Zalo OA beyond 48 hours: how many would get a promotion or template message, what Zalo says of the quota, and a
 * warning when the text (`chars` long) is too long for a template message.
 */
function zaloOaLine(o: ZaloOaOutlook, chars: number): SafeHtml {
  if (o.via === 'template') {
    const who = html`Zalo OA: <strong>${o.outsideWindow}</strong> người ngoài 48 giờ sẽ nhận tin mẫu ZBS (tag 3; mỗi người tối đa 1 tin/ngày và ${o.monthlyLimit} tin/tháng, chỉ 08:00–22:00, nội dung tối đa ${o.textLimit} ký tự)`;
    const quota = o.quota === undefined ? html`Zalo trừ hạn mức khi gửi; hôm nay chưa có lần gửi nào báo hạn mức còn lại` : html`lần gửi gần nhất Zalo báo hạn mức hôm nay còn <strong>${o.quota}</strong>`;
    const tooLong = o.outsideWindow > 0 && chars > o.textLimit;
    return html`<p class="zalo-oa-quota${tooLong ? ' warn' : ''}" role="status">${who}; ${quota}.${
      tooLong ? html` Nội dung dài ${chars} ký tự: ${o.outsideWindow} người này sẽ không nhận được tin mẫu, hãy rút gọn (báo cáo ghi rõ lý do).` : ''
    }</p>`;
  }
  const who = html`Zalo OA: <strong>${o.outsideWindow}</strong> người ngoài 48 giờ sẽ nhận tin khuyến mãi (mỗi người tối đa 1 tin/ngày, chỉ 08:00–22:00)`;
  if (o.quota === undefined) return html`<p class="zalo-oa-quota warn" role="status">${who}; chưa đọc được hạn mức từ Zalo (${o.error ?? 'không rõ lý do'}).</p>`;
  const short = o.outsideWindow - o.quota;
  return html`<p class="zalo-oa-quota${short > 0 ? ' warn' : ''}" role="status">${who}; hạn mức còn <strong>${o.quota}</strong>.${
    short > 0 ? html` Hạn mức không đủ: ${short} người sẽ không nhận được (báo cáo ghi rõ lý do).` : ''
  }</p>`;
}
