// Curated answers: the list, and the one form used to write (from a turn or a gap) and edit them.
import type { CuratedEntry } from '../../store/curated.js';
import type { ReviewTurn } from '../../store/review.js';
import { html, type SafeHtml } from '../html.js';
import { formatLocal } from '../time.js';
import { clip } from './turns.js';
import { csrfField, page, personal, type ViewContext } from './layout.js';
import { safeUrl } from './thread.js';

/** Values of the form (as typed, for redisplay after an error). */
export interface CuratedFormValues {
  questions: string;
  answer: string;
  title: string;
  reference: string;
  url: string;
  notify: boolean;
}

/** A document offered as the correction's source. */
export interface SourceChoice {
  title: string;
  reference: string;
  url: string;
}

/** Where the form posts and what it shows around the fields. */
export interface CuratedFormContext {
  action: string;
  heading: string;
  /** The turn being corrected, shown above the form. */
  turn?: ReviewTurn;
  /** Sources to choose from: the documents the answer cited first, then every indexed document (searchable list). */
  sources?: { cited: readonly SourceChoice[]; all: readonly SourceChoice[] };
  /** For a turn: whether its channel can deliver the correction, and why not. */
  notify?: { possible: boolean; reason?: string };
  error?: string;
}

/** The write/edit form. */
export function curatedFormPage(view: ViewContext, form: CuratedFormContext, values: CuratedFormValues): string {
  const body = html`
${form.turn ? html`<section class="card"><h2>Câu trả lời cần sửa</h2>
  <p class="speaker">Người dân hỏi:</p><blockquote class="q">${personal(view, form.turn.question)}</blockquote>
  <p class="speaker">Loa đã trả lời:</p><div class="answer">${form.turn.answer}</div></section>` : ''}
<form method="post" action="${form.action}" class="card">
  ${form.error ? html`<p class="error" role="alert">${form.error}</p>` : ''}
  ${csrfField(view.csrf)}
  <label for="questions">Câu hỏi (mỗi dòng một cách hỏi; Loa dùng câu trả lời này cho các câu hỏi giống hoặc gần giống)</label>
  <textarea id="questions" name="questions" rows="3" required maxlength="4000">${values.questions}</textarea>
  <label for="answer">Câu trả lời đúng</label>
  <textarea id="answer" name="answer" rows="8" required maxlength="3500" data-count="answer-count">${values.answer}</textarea>
  <p class="muted" id="answer-count" aria-live="polite"></p>
  <fieldset><legend>Nguồn</legend>
    ${form.sources?.cited.length ? html`<p class="muted">Văn bản Loa đã trích dẫn (bấm để dùng làm nguồn):</p>
    <ul class="source-choices">${form.sources.cited.map((s) => html`<li><button type="button" class="secondary" data-source-title="${s.title}" data-source-reference="${s.reference}" data-source-url="${s.url}">${s.reference ? `${s.reference} — ` : ''}${s.title}</button></li>`)}</ul>` : ''}
    <label for="title">Tên văn bản hoặc nguồn (bắt buộc)</label>
    <input id="title" name="title" required maxlength="300" value="${values.title}"${form.sources ? html` list="known-sources" autocomplete="off"` : ''}>
    ${form.sources ? html`<p class="muted">Gõ vài chữ để tìm trong mọi văn bản của Loa.</p><datalist id="known-sources">${[...form.sources.cited, ...form.sources.all].map(
      (s) => html`<option value="${s.title}" data-reference="${s.reference}" data-url="${s.url}">${s.reference}</option>`,
    )}</datalist>` : ''}
    <label for="reference">Số hiệu, ngày ban hành (ví dụ: Quyết định 387/QĐ-TTg, 25/03/2022)</label>
    <input id="reference" name="reference" maxlength="200" value="${values.reference}">
    <label for="url">Đường dẫn (https://…)</label>
    <input id="url" name="url" type="url" maxlength="500" value="${values.url}">
  </fieldset>
  ${form.notify
    ? form.notify.possible
      ? html`<label class="check"><input type="checkbox" name="notify" value="1"${values.notify ? html` checked` : ''}> Gửi câu trả lời đã sửa cho người đã hỏi</label>`
      : html`<p class="muted">Không gửi lại được cho người hỏi: ${form.notify.reason ?? ''}</p>`
    : ''}
  <button type="submit">Lưu câu trả lời</button> <a href="/admin/curated">Huỷ</a>
</form>`;
  return page(form.heading, body, view, form.turn ? 'turns' : 'curated');
}

/** The list of curated answers, active first. */
export function curatedListPage(view: ViewContext, entries: readonly CuratedEntry[]): string {
  const body = html`
<p><a class="button" href="/admin/curated/new">+ Viết câu trả lời mới</a></p>
${entries.length === 0 ? html`<p>Chưa có câu trả lời biên tập nào. Bạn có thể sửa một câu trả lời từ trang <a href="/admin/turns">Hội thoại</a> hoặc <a href="/admin/gaps">Câu hỏi chưa trả lời được</a>.</p>` : ''}
<ol class="curated">${entries.map((entry) => entryCard(view, entry))}</ol>`;
  return page('Câu trả lời biên tập', body, view, 'curated');
}

function entryCard(view: ViewContext, entry: CuratedEntry): SafeHtml {
  const source = entry.citations[0];
  return html`<li class="card${entry.retiredAt ? ' retired' : ''}" id="curated-${entry.id}">
  <div class="meta">#${entry.id} · sửa lần cuối bởi ${entry.updatedBy}, ${formatLocal(entry.updatedAt, view.zone)}${
    entry.retiredAt ? html` · <span class="badge warn">Đã ngừng dùng</span>` : html` · <span class="badge ok">Đang dùng</span>`
  }${entry.locality ? html` · <span class="badge">Chỉ cho người dân ở ${entry.locality}</span>` : ''}</div>
  <ul class="questions">${entry.questions.map((q) => html`<li>${personal(view, q)}</li>`)}</ul>
  <p class="a">${clip(entry.answer, 400)}</p>
  ${source ? html`<p class="muted">Nguồn: ${source.reference ? html`${source.reference} — ` : ''}${source.title}${
    source.url ? html` · <a href="${safeUrl(source.url)}" rel="noopener noreferrer" target="_blank">liên kết</a>` : ''
  }</p>` : ''}
  <div class="row-actions">
    <a href="/admin/curated/${entry.id}">Sửa</a>
    <form method="post" action="/admin/curated/${entry.id}/${entry.retiredAt ? 'restore' : 'retire'}">${csrfField(view.csrf)}
      <button type="submit" class="secondary"${entry.retiredAt ? '' : html` data-confirm="Ngừng dùng câu trả lời này?"`}>${entry.retiredAt ? 'Dùng lại' : 'Ngừng dùng'}</button>
    </form>
  </div>
</li>`;
}
