// The Lifelong Learning Week calendar: one entry per year (dates, theme, local events) and its reminder dates.
import { reminderDates } from '../../core/reminders.js';
import type { StoredWeek } from '../../store/week-calendar.js';
import { html } from '../html.js';
import { formatLocal } from '../time.js';
import { csrfField, page, type ViewContext } from './layout.js';

/** Values of the year form; events are one per line, "Địa bàn | nội dung" for local events. */
export interface WeekFormValues {
  year: string;
  start: string;
  end: string;
  theme: string;
  events: string;
}

const REMINDER_LABELS: Record<string, string> = {
  'before-7': 'Trước 7 ngày',
  'before-1': 'Trước 1 ngày',
  opening: 'Ngày khai mạc',
  'khuyen-hoc': 'Ngày Khuyến học (2/10)',
};

/** Events as the form shows them. */
export function eventsText(week: Pick<StoredWeek, 'events'>): string {
  return week.events.map((e) => (e.locality ? `${e.locality} | ${e.text}` : e.text)).join('\n');
}

/** The calendar page; `editable` is false for staff with a locality (the calendar is shared by every place). */
export function calendarPage(view: ViewContext, weeks: readonly StoredWeek[], form: WeekFormValues, editable: boolean, error?: string): string {
  const body = html`
<p class="muted">Khi chưa nhập lịch của một năm, Loa coi Tuần lễ là 1–7/10 (dự kiến). Nhắc lịch gửi lúc 8:00 theo giờ Việt Nam.</p>
${weeks.length === 0 ? html`<p>Chưa nhập lịch năm nào.</p>` : ''}
${weeks.map((w) => html`<section class="card" id="week-${w.year}">
  <h2>Năm ${w.year}: ${w.start.split('-').reverse().join('/')} – ${w.end.split('-').reverse().join('/')}</h2>
  ${w.theme ? html`<p><strong>Chủ đề:</strong> ${w.theme}</p>` : ''}
  ${w.events.length > 0 ? html`<ul>${w.events.map((e) => html`<li>${e.locality ? html`<span class="badge">${e.locality}</span> ` : ''}${e.text}</li>`)}</ul>` : ''}
  <p class="muted">Nhắc lịch: ${reminderDates(w).map((r) => `${REMINDER_LABELS[r.kind] ?? r.kind} ${r.date.split('-').reverse().join('/')}`).join(' · ')}</p>
  <p class="muted">Sửa lần cuối bởi ${w.updatedBy}, ${formatLocal(w.updatedAt, view.zone)}</p>
  ${editable ? html`<div class="row-actions"><a href="/admin/calendar?year=${w.year}#week-form">Sửa</a>
    <form method="post" action="/admin/calendar/${w.year}/delete">${csrfField(view.csrf)}<button type="submit" class="secondary" data-confirm="Xoá lịch năm ${w.year}?">Xoá</button></form></div>` : ''}
</section>`)}
${editable
  ? html`<h2>Nhập hoặc sửa lịch một năm</h2>
<form method="post" action="/admin/calendar" class="card" id="week-form">
  ${error ? html`<p class="error" role="alert">${error}</p>` : ''}
  ${csrfField(view.csrf)}
  <label for="year">Năm</label><input id="year" name="year" inputmode="numeric" pattern="[0-9]{4}" required value="${form.year}">
  <label for="start">Ngày bắt đầu</label><input id="start" name="start" type="date" required value="${form.start}">
  <label for="end">Ngày kết thúc</label><input id="end" name="end" type="date" required value="${form.end}">
  <label for="theme">Chủ đề</label><input id="theme" name="theme" maxlength="300" value="${form.theme}">
  <label for="events">Sự kiện (mỗi dòng một sự kiện; sự kiện của một địa phương viết "Địa bàn | nội dung")</label>
  <textarea id="events" name="events" rows="5" maxlength="5000">${form.events}</textarea>
  <button type="submit">Lưu lịch</button>
</form>`
  : html`<p class="muted">Lịch Tuần lễ dùng chung cho mọi địa phương; tài khoản phụ trách một địa bàn chỉ xem được.</p>`}`;
  return page('Lịch Tuần lễ học tập suốt đời', body, view, 'calendar');
}
