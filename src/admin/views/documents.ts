// Documents list (search, status filter, origin, chunks, citations, warnings) and the upload form.
import type { DocumentStatus } from '../../core/types.js';
import type { DocumentListRow } from '../../knowledge/document-desk.js';
import { STATE_TEXTS, STATUS_TEXTS, WARNING_TEXTS } from '../document-texts.js';
import { html, type SafeHtml } from '../html.js';
import { formatLocal } from '../time.js';
import type { DocumentFormValues } from '../routes/document-form.js';
import { csrfField, page, type ViewContext } from './layout.js';

/** List filters as typed. */
export interface DocumentFilters {
  q: string;
  status: string;
}

/** The list; `canManage` adds links to each document and the upload button. */
export function documentListPage(view: ViewContext, rows: readonly DocumentListRow[], filters: DocumentFilters, canManage: boolean): string {
  const options: [string, string][] = [['', 'Tất cả'], ['in-force', STATUS_TEXTS['in-force']], ['superseded', STATUS_TEXTS.superseded], ['expired', STATUS_TEXTS.expired], ['draft', 'Bản nháp']];
  const body = html`
${canManage
  ? html`<p><a class="button" href="/admin/documents/new">+ Tải văn bản lên</a></p>`
  : html`<p class="muted">Bạn chỉ xem được danh sách. Quản trị viên và kiểm duyệt viên toàn quốc (không gắn địa bàn) mới thêm, sửa hay xoá văn bản.</p>`}
<form method="get" action="/admin/documents" class="filters" role="search">
  <div><label for="q">Tìm theo tiêu đề, số hiệu, cơ quan</label><input id="q" name="q" value="${filters.q}"></div>
  <div><label for="status">Tình trạng</label><select id="status" name="status">${options.map(
    ([value, label]) => html`<option value="${value}"${filters.status === value ? html` selected` : ''}>${label}</option>`,
  )}</select></div>
  <div class="actions"><button type="submit">Lọc</button></div>
</form>
<p role="status">${rows.length} văn bản</p>
<table class="documents cards">
<thead><tr><th>Văn bản</th><th>Ngày</th><th>Tình trạng</th><th>Nguồn gốc</th><th>Đoạn</th><th>Được trích dẫn (30 ngày)</th><th>Cảnh báo</th></tr></thead>
<tbody>${rows.map((row) => documentRow(view, row, canManage))}</tbody>
</table>`;
  return page('Văn bản', body, view, 'documents');
}

function documentRow(view: ViewContext, row: DocumentListRow, canManage: boolean): SafeHtml {
  const title = canManage && row.key ? html`<a href="/admin/documents/${row.key}">${row.meta.title}</a>` : row.meta.title;
  return html`<tr data-key="${row.key}">
  <td><strong>${title}</strong>${row.meta.number ? html`<br><span class="muted">Số ${row.meta.number}</span>` : ''}${row.meta.issuer ? html`<br><span class="muted">${row.meta.issuer}</span>` : ''}</td>
  <td data-label="Ngày">${row.meta.issued ? html`Ban hành ${row.meta.issued}` : ''}${row.meta.effective ? html`<br>Hiệu lực ${row.meta.effective}` : ''}</td>
  <td data-label="Tình trạng">${statusBadge(row.meta.status)}${row.meta.supersededBy ? html`<br><span class="muted">thay bởi ${row.meta.supersededBy}</span>` : ''}${
    row.state === 'draft' || row.state === 'unreadable' ? html`<br><span class="badge warn">${STATE_TEXTS[row.state]}</span>` : ''
  }</td>
  <td data-label="Nguồn gốc">${row.origin.kind === 'folder' ? html`Thư mục: <code>${row.origin.path}</code>` : html`Bảng điều khiển: ${row.origin.by}, ${formatLocal(row.origin.at, view.zone)}`}</td>
  <td data-label="Đoạn">${row.chunks}</td>
  <td data-label="Được trích dẫn (30 ngày)">${row.citations}</td>
  <td${row.warnings.length ? html` data-label="Cảnh báo"` : ''}>${row.warnings.length ? html`<ul class="warnings">${row.warnings.map((w) => html`<li>${WARNING_TEXTS[w] ?? w}</li>`)}</ul>` : ''}</td>
</tr>`;
}

/** A status as a coloured badge. */
export function statusBadge(status: DocumentStatus): SafeHtml {
  return html`<span class="badge${status === 'in-force' ? ' ok' : ' warn'}">${STATUS_TEXTS[status]}</span>`;
}

/** What the upload form shows around its fields after a refusal. */
export interface UploadFormContext {
  error?: string;
  /** The document that already has the typed number, offered for replacement. */
  duplicate?: { key: string; title: string; console: boolean };
}

const EMPTY: DocumentFormValues = { title: '', number: '', issuer: '', issued: '', effective: '', status: '', supersededBy: '', source: '', tags: '' };

/** The upload form (multipart/form-data to POST /admin/documents). */
export function uploadFormPage(view: ViewContext, values: DocumentFormValues = EMPTY, context: UploadFormContext = {}): string {
  const body = html`
<form method="post" action="/admin/documents" enctype="multipart/form-data" class="card">
  ${context.error ? html`<p class="error" role="alert">${context.error}</p>` : ''}
  ${context.duplicate
    ? context.duplicate.console
      ? html`<p class="error">Số hiệu này đã dùng cho “${context.duplicate.title}”. <a href="/admin/documents/${context.duplicate.key}#replace">Thay tệp của văn bản đó bằng bản mới</a> hoặc sửa số hiệu.</p>`
      : html`<p class="error">Số hiệu này đã dùng cho “${context.duplicate.title}” trong thư mục văn bản. Văn bản đó được quản lý bằng tệp: hãy thay tệp trong thư mục rồi chạy <code>loa ingest</code>.</p>`
    : ''}
  ${csrfField(view.csrf)}
  <label for="file">Tệp văn bản (PDF có lớp chữ, DOCX, HTML, Markdown, TXT; tối đa 20 MB)</label>
  <input id="file" name="file" type="file" required accept=".pdf,.docx,.html,.htm,.md,.markdown,.txt">
  <p class="muted">Các ô để trống được lấy từ tệp: front matter của Markdown, số hiệu và ngày ban hành ở đầu văn bản, tiêu đề. Bạn xem và sửa lại được trước khi đăng.</p>
  ${metadataFields(values, { requireTitle: false })}
  <button type="submit">Tải lên và xem trước</button> <a href="/admin/documents">Huỷ</a>
</form>`;
  return page('Tải văn bản lên', body, view, 'documents');
}

/** The metadata inputs shared by the upload and edit forms. */
export function metadataFields(values: DocumentFormValues, options: { requireTitle: boolean }): SafeHtml {
  const status = (value: string, label: string) => html`<option value="${value}"${values.status === value ? html` selected` : ''}>${label}</option>`;
  return html`<fieldset><legend>Thông tin văn bản</legend>
  <label for="title">Tiêu đề</label>
  <input id="title" name="title" maxlength="300" value="${values.title}"${options.requireTitle ? html` required` : ''}>
  <div class="pair">
    <div><label for="number">Số hiệu</label><input id="number" name="number" maxlength="100" value="${values.number}" placeholder="387/QĐ-TTg"></div>
    <div><label for="issuer">Cơ quan ban hành</label><input id="issuer" name="issuer" maxlength="200" value="${values.issuer}"></div>
    <div><label for="issued">Ngày ban hành</label><input id="issued" name="issued" type="date" value="${values.issued}"></div>
    <div><label for="effective">Ngày hiệu lực</label><input id="effective" name="effective" type="date" value="${values.effective}"></div>
    <div><label for="doc-status">Tình trạng</label><select id="doc-status" name="status">
      ${options.requireTitle ? '' : status('', 'Theo tệp (mặc định: còn hiệu lực)')}
      ${status('in-force', STATUS_TEXTS['in-force'])}${status('superseded', STATUS_TEXTS.superseded)}${status('expired', STATUS_TEXTS.expired)}
    </select></div>
    <div><label for="supersededBy">Được thay thế bởi (số hiệu)</label><input id="supersededBy" name="supersededBy" maxlength="300" value="${values.supersededBy}"></div>
  </div>
  <label for="source">Nguồn (đường dẫn http/https)</label>
  <input id="source" name="source" type="url" maxlength="500" value="${values.source}" placeholder="https://">
  <label for="tags">Từ khoá (cách nhau bằng dấu phẩy)</label>
  <input id="tags" name="tags" maxlength="500" value="${values.tags}">
</fieldset>`;
}
