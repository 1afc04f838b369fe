// The dashboard: questions per day, refusal rate, answers by mode, top questions, subscribers by channel and place.
import type { DashboardStats } from '../../store/dashboard-stats.js';
import { html } from '../html.js';
import { questionsChart } from './chart.js';
import { channelLabel, label, MODE_LABELS } from './labels.js';
import { page, personal, type ViewContext } from './layout.js';

/** Dashboard over `days` days. Links to the log are shown to roles that may read it. */
export function dashboardPage(view: ViewContext, stats: DashboardStats, days: number): string {
  const canReadLog = view.staff.role !== 'campaign';
  const percent = (x: number) => `${(x * 100).toFixed(1).replace('.', ',')}%`;
  const body = html`
<p class="muted">${days} ngày gần nhất${view.staff.locality ? html` · chỉ người dân ở ${view.staff.locality}` : ''}.</p>
<section class="tiles" aria-label="Số liệu chính">
  <div class="tile"><span class="big">${stats.total}</span> câu hỏi<br><span class="muted" data-smalltalk>và ${stats.smalltalk} lượt chào hỏi, trò chuyện xã giao (không tính là câu hỏi)</span></div>
  <div class="tile"><span class="big">${percent(stats.refusalRate)}</span> bị từ chối (${stats.refused})</div>
  <div class="tile"><span class="big">${stats.thumbsUp}</span> hài lòng 👍 · <span class="big">${stats.thumbsDown}</span> chưa hài lòng 👎</div>
  <div class="tile"><span class="big">${stats.subscribersByChannel.reduce((s, r) => s + r.count, 0)}</span> người đăng ký nhận tin</div>
</section>
<section><h2>Câu hỏi mỗi ngày</h2>${questionsChart(stats.perDay)}</section>
<div class="columns">
<section><h2>Câu trả lời theo cách tạo</h2>
${stats.byMode.length === 0 ? html`<p class="muted">Chưa có câu hỏi.</p>` : html`<table><thead><tr><th scope="col">Cách tạo</th><th scope="col">Số lượng</th></tr></thead><tbody>
${stats.byMode.map((m) => html`<tr><td>${label(MODE_LABELS, m.mode)}</td><td>${m.count}</td></tr>`)}</tbody></table>`}
</section>
<section><h2>Câu hỏi nhiều nhất</h2>
${stats.topQuestions.length === 0 ? html`<p class="muted">Chưa có câu hỏi.</p>` : html`<ol class="top-questions">${stats.topQuestions.map(
    (q) => html`<li>${canReadLog ? html`<a href="/admin/turns?q=${encodeURIComponent(personal(view, q.question))}">${personal(view, q.question)}</a>` : personal(view, q.question)} <span class="count">${q.count}</span></li>`,
  )}</ol>`}
</section>
<section><h2>Người đăng ký theo kênh</h2>
${stats.subscribersByChannel.length === 0 ? html`<p class="muted">Chưa có người đăng ký.</p>` : html`<table><thead><tr><th scope="col">Kênh</th><th scope="col">Số người</th></tr></thead><tbody>
${stats.subscribersByChannel.map((r) => html`<tr><td>${channelLabel(view, r.channel)}</td><td>${r.count}</td></tr>`)}</tbody></table>`}
</section>
<section><h2>Người đăng ký theo địa bàn</h2>
${stats.subscribersByLocality.length === 0 ? html`<p class="muted">Chưa có người đăng ký.</p>` : html`<table><thead><tr><th scope="col">Địa bàn</th><th scope="col">Số người</th></tr></thead><tbody>
${stats.subscribersByLocality.map((r) => html`<tr><td>${r.locality}</td><td>${r.count}</td></tr>`)}</tbody></table>`}
</section>
</div>`;
  return page('Tổng quan', body, view, 'dashboard');
}
