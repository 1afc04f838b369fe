// One document's page: preview of its text and passages, publish, edit, supersede, replace, delete, and its change log.
import type { DocumentMeta } from '../../core/types.js';
import type { DocumentListRow } from '../../knowledge/document-desk.js';
import type { ConsoleDocument, DocumentChange } from '../../store/console-documents.js';
import { ACTION_TEXTS, FIELD_TEXTS, STATE_TEXTS, STATUS_TEXTS, WARNING_TEXTS } from '../document-texts.js';
import { html, type SafeHtml } from '../html.js';
import { formatLocal } from '../time.js';
import { valuesOf, type DocumentFormValues } from '../routes/document-form.js';
import { metadataFields, statusBadge } from './documents.js';
import { csrfField, page, type ViewContext } from './layout.js';

/** A passage as the index stores it. */
export interface PassageView {
  heading: string;
  text: string;
}

/** What the console document page shows. */
export interface DocumentPageData {
  doc: ConsoleDocument;
  passages: readonly PassageView[];
  changes: readonly DocumentChange[];
  /** Other documents, offered as the replacing one. */
  others: readonly DocumentListRow[];
  error?: string;
  /** Typed values after a refused edit. */
  values?: DocumentFormValues;
}

/** The page of a console document (draft or published). */
export function documentPage(view: ViewContext, data: DocumentPageData): string {
  const { doc } = data;
  const base = `/admin/documents/${doc.id}`;
  const body = html`
<p>${html`<span class="badge${doc.state === 'draft' ? ' warn' : ' ok'}">${STATE_TEXTS[doc.state]}</span>`} ${statusBadge(doc.meta.status)}
  ${doc.meta.number ? html`· Số ${doc.meta.number}` : ''} ${doc.meta.supersededBy ? html`· thay bởi ${doc.meta.supersededBy}` : ''}</p>
<p class="muted">Tệp gốc: ${doc.fileName} (bản ${doc.version}) · tải lên bởi ${doc.createdBy}, ${formatLocal(doc.createdAt, view.zone)}${
    doc.publishedAt ? html` · đăng lúc ${formatLocal(doc.publishedAt, view.zone)}` : ''
  }</p>
${data.error ? html`<p class="error" role="alert">${data.error}</p>` : ''}
${doc.warnings.length ? html`<div class="card"><h2>Cần kiểm tra</h2><ul class="warnings">${doc.warnings.map((w) => html`<li>${WARNING_TEXTS[w] ?? w}</li>`)}</ul></div>` : ''}
${doc.state === 'draft'
  ? html`<form method="post" action="${base}/publish" class="card publish">${csrfField(view.csrf)}
  <p>Bản nháp chưa được dùng để trả lời. Sau khi đăng, Loa trả lời từ văn bản này ngay trên web, Telegram và Zalo.</p>
  <button type="submit">Đăng văn bản</button></form>`
  : ''}
<section class="card" aria-labelledby="preview-h"><h2 id="preview-h">Xem trước: ${data.passages.length} đoạn mà câu trả lời sẽ trích dẫn</h2>
<ol class="passages">${data.passages.map((p) => html`<li>${p.heading ? html`<p class="meta">${p.heading}</p>` : ''}<p class="a">${p.text}</p></li>`)}</ol>
<details><summary>Toàn bộ chữ đọc được từ tệp</summary><pre class="extracted">${doc.body}</pre></details>
</section>
<form method="post" action="${base}" class="card">${csrfField(view.csrf)}
  <h2>Sửa thông tin</h2>
  ${metadataFields(data.values ?? valuesOf(doc.meta), { requireTitle: true })}
  <button type="submit">Lưu thông tin</button>
</form>
${statusForm(view, base, doc.meta, data.others)}
<form method="post" action="${base}/file" enctype="multipart/form-data" class="card" id="replace">${csrfField(view.csrf)}
  <h2>Thay tệp bằng bản mới</h2>
  <label for="replace-file">Tệp mới (cùng loại tệp được chấp nhận, tối đa 20 MB)</label>
  <input id="replace-file" name="file" type="file" required accept=".pdf,.docx,.html,.htm,.md,.markdown,.txt">
  <p class="muted">Thông tin văn bản giữ nguyên; ${doc.state === 'published' ? 'chỉ mục được cập nhật ngay.' : 'bản nháp được cập nhật.'}</p>
  <button type="submit" class="secondary">Thay tệp</button>
</form>
<p><a class="button secondary-link" href="${base}/delete">Xoá văn bản…</a></p>
${historyTable(view, data.changes)}`;
  return page(doc.meta.title, body, view, 'documents');
}

function statusForm(view: ViewContext, base: string, meta: DocumentMeta, others: readonly DocumentListRow[]): SafeHtml {
  const choices = others.filter((o) => o.key !== '' && o.state !== 'draft');
  return html`<form method="post" action="${base}/status" class="card">${csrfField(view.csrf)}
  <h2>Đánh dấu bị thay thế hoặc hết hiệu lực</h2>
  <label for="new-status">Tình trạng mới</label>
  <select id="new-status" name="status">${(['in-force', 'superseded', 'expired'] as const).map(
    (s) => html`<option value="${s}"${meta.status === s ? html` selected` : ''}>${STATUS_TEXTS[s]}</option>`,
  )}</select>
  <label for="replacing">Văn bản thay thế (khi bị thay thế)</label>
  <select id="replacing" name="supersededBy"><option value="">— Chọn văn bản —</option>${choices.map((o) => {
    const value = o.meta.number ?? o.meta.title;
    return html`<option value="${value}"${meta.supersededBy === value ? html` selected` : ''}>${o.meta.number ? `${o.meta.number} — ` : ''}${o.meta.title}</option>`;
  })}</select>
  <button type="submit" class="secondary">Cập nhật tình trạng</button>
</form>`;
}

function historyTable(view: ViewContext, changes: readonly DocumentChange[]): SafeHtml {
  return html`<section class="card"><h2>Lịch sử thay đổi</h2>
<div class="table-scroll"><table class="history"><thead><tr><th>Lúc</th><th>Ai</th><th>Việc</th><th>Chi tiết</th></tr></thead>
<tbody>${changes.map((change) => html`<tr><td>${formatLocal(change.at, view.zone)}</td><td>${change.staffName}</td><td>${ACTION_TEXTS[change.action] ?? change.action}</td><td>${changeDetail(change)}</td></tr>`)}</tbody></table></div></section>`;
}

function changeDetail(change: DocumentChange): SafeHtml | string {
  if (!change.detail) return '';
  const parsed = JSON.parse(change.detail) as unknown;
  if (Array.isArray(parsed)) {
    return html`<ul>${(parsed as { field: string; from: string; to: string }[]).map(
      (c) => html`<li>${FIELD_TEXTS[c.field] ?? c.field}: “${shown(c.field, c.from)}” → “${shown(c.field, c.to)}”</li>`,
    )}</ul>`;
  }
  const info = parsed as { fileName?: string; version?: number; title?: string };
  return [info.fileName ? `Tệp ${info.fileName}` : '', info.version ? `bản ${info.version}` : '', info.title ?? ''].filter(Boolean).join(', ');
}

function shown(field: string, value: string): string {
  return field === 'status' ? (STATUS_TEXTS[value as DocumentMeta['status']] ?? value) : value;
}

/** A folder document: read-only, with the note that files manage it. */
export function folderDocumentPage(view: ViewContext, row: DocumentListRow, passages: readonly PassageView[]): string {
  const body = html`
<p class="notice">Văn bản này lấy từ thư mục văn bản (KNOWLEDGE_DIR): <code>${row.origin.kind === 'folder' ? row.origin.path : ''}</code>.
Nó được quản lý bằng tệp, nên ở đây chỉ xem được. Muốn sửa, thay hay xoá: sửa tệp trong thư mục rồi chạy <code>loa ingest</code> (hoặc khởi động lại Loa).</p>
<table class="meta-table"><tbody>
${(['number', 'issuer', 'issued', 'effective', 'supersededBy', 'source'] as const).map((f) =>
  row.meta[f] ? html`<tr><th>${FIELD_TEXTS[f]}</th><td>${row.meta[f]}</td></tr>` : '',
)}
<tr><th>${FIELD_TEXTS.status}</th><td>${statusBadge(row.meta.status)}</td></tr>
<tr><th>Được trích dẫn (30 ngày)</th><td>${row.citations}</td></tr>
</tbody></table>
${row.warnings.length ? html`<ul class="warnings">${row.warnings.map((w) => html`<li>${w}</li>`)}</ul>` : ''}
<section class="card"><h2>${passages.length} đoạn trong chỉ mục</h2>
<ol class="passages">${passages.map((p) => html`<li>${p.heading ? html`<p class="meta">${p.heading}</p>` : ''}<p class="a">${p.text}</p></li>`)}</ol></section>`;
  return page(row.meta.title, body, view, 'documents');
}

/** The delete confirmation page. */
export function deleteConfirmPage(view: ViewContext, doc: ConsoleDocument): string {
  const body = html`<form method="post" action="/admin/documents/${doc.id}/delete" class="card">${csrfField(view.csrf)}
  <p>Xoá “${doc.meta.title}”${doc.meta.number ? ` (số ${doc.meta.number})` : ''}? ${
    doc.state === 'published' ? 'Loa sẽ thôi trả lời từ văn bản này ngay lập tức. ' : ''
  }Tệp gốc cũng bị xoá. Lịch sử thay đổi được giữ lại.</p>
  <button type="submit">Xoá hẳn</button> <a href="/admin/documents/${doc.id}">Không xoá, quay lại</a>
</form>`;
  return page('Xoá văn bản', body, view, 'documents');
}
