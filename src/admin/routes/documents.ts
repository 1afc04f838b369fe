// Documents: list for every role; upload, preview, publish, edit, supersede, replace and delete for admins and national moderators.
import { Hono, type Context } from 'hono';
import { foldText } from '../../core/text/vietnamese.js';
import type { DocumentMeta } from '../../core/types.js';
import { DuplicateNumberError, type DocumentDesk, type DocumentListRow } from '../../knowledge/document-desk.js';
import { chunkText } from '../../knowledge/chunker.js';
import { IntakeError, MAX_UPLOAD_BYTES } from '../../knowledge/document-intake.js';
import type { StaffMember } from '../../store/staff.js';
import { readForm } from '../auth.js';
import type { AdminDeps, AdminEnv } from '../deps.js';
import { DOCUMENT_NOTICES, PROBLEM_TEXTS } from '../document-texts.js';
import { viewContext } from '../view-context.js';
import { deleteConfirmPage, documentPage, folderDocumentPage } from '../views/document.js';
import { documentListPage, uploadFormPage } from '../views/documents.js';
import { errorPage } from '../views/error.js';
import { readDocumentForm, valuesOf } from './document-form.js';

/** Admins, and moderators who work for the whole country (no locality), manage documents. */
export function canManageDocuments(staff: StaffMember): boolean {
  return staff.role === 'admin' || (staff.role === 'moderator' && !staff.locality);
}

/** Routes under /documents. */
export function documentRoutes(deps: AdminDeps, desk: DocumentDesk): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const now = deps.now ?? (() => new Date());
  const view = (c: Context<AdminEnv>) => {
    const context = viewContext(c, deps);
    return { ...context, notice: context.notice ?? DOCUMENT_NOTICES[c.req.query('ok') ?? ''] };
  };
  const refuse = (c: Context<AdminEnv>, status: 403 | 404, message: string) => c.html(errorPage(status, message, c.get('staff'), c.get('session').csrf), status);

  app.get('/', (c) => {
    const filters = { q: (c.req.query('q') ?? '').trim().slice(0, 200), status: c.req.query('status') ?? '' };
    const rows = filterRows(desk.list(now()), filters);
    return c.html(documentListPage(view(c), rows, filters, canManageDocuments(c.get('staff'))));
  });

  // Everything below changes or opens documents: managers only.
  app.use('*', async (c, next) => {
    if (!canManageDocuments(c.get('staff'))) return refuse(c, 403, 'Chỉ quản trị viên và kiểm duyệt viên không gắn địa bàn mới quản lý văn bản. Bạn vẫn xem được danh sách.');
    await next();
  });

  app.get('/new', (c) => c.html(uploadFormPage(view(c))));

  app.post('/', async (c) => {
    const body = await c.req.parseBody();
    const read = readDocumentForm(body);
    const file = body.file;
    const fail = (status: 400 | 409 | 413 | 415, error: string, duplicate?: DuplicateNumberError['existing']) =>
      c.html(uploadFormPage(view(c), read.values, { error, duplicate }), status);
    if ('error' in read) return fail(400, read.error);
    if (!(file instanceof File) || file.name === '') return fail(400, 'Hãy chọn một tệp để tải lên.');
    if (file.size > MAX_UPLOAD_BYTES) return fail(413, PROBLEM_TEXTS['too-large']);
    try {
      const doc = await desk.upload({ bytes: Buffer.from(await file.arrayBuffer()), fileName: file.name, fields: read.fields, by: c.get('staff').name, at: now() });
      deps.logger.info({ staff: c.get('staff').name, document: doc.id, file: file.name }, 'document uploaded as draft');
      return c.redirect(`/admin/documents/${doc.id}?ok=uploaded`, 303);
    } catch (error) {
      if (error instanceof IntakeError) {
        deps.logger.info({ staff: c.get('staff').name, file: file.name, problem: error.problem, detail: error.detail }, 'document upload refused');
        const status = error.problem === 'too-large' ? 413 : error.problem === 'unsupported' ? 415 : 400;
        return fail(status, PROBLEM_TEXTS[error.problem]);
      }
      if (error instanceof DuplicateNumberError) return fail(409, `Số hiệu ${error.number} đã có trong danh sách văn bản.`, error.existing);
      throw error;
    }
  });

  app.get('/:key{k[0-9]+}', (c) => {
    const row = desk.list(now()).find((r) => r.key === c.req.param('key'));
    if (!row) return refuse(c, 404, 'Không tìm thấy văn bản này.');
    return c.html(folderDocumentPage(view(c), row, desk.indexedPassages(Number(row.key.slice(1)))));
  });

  const docOf = (c: Context<AdminEnv>) => desk.get(Number(c.req.param('id')));
  const showDocument = (c: Context<AdminEnv>, id: number, extra: { error?: string; values?: ReturnType<typeof valuesOf> } = {}, status: 200 | 400 | 409 | 413 | 415 = 200) => {
    const doc = desk.get(id);
    if (!doc) return refuse(c, 404, 'Không tìm thấy văn bản này.');
    const others = desk.list(now()).filter((row) => row.key !== String(id));
    return c.html(documentPage(view(c), { doc, passages: chunkText(doc.body), changes: desk.changes(id), others, ...extra }), status);
  };

  app.get('/:id{[0-9]+}', (c) => showDocument(c, Number(c.req.param('id'))));

  app.post('/:id{[0-9]+}', async (c) => {
    const doc = docOf(c);
    if (!doc) return refuse(c, 404, 'Không tìm thấy văn bản này.');
    const read = readDocumentForm(await readForm(c));
    if ('error' in read) return showDocument(c, doc.id, { error: read.error, values: read.values }, 400);
    if (!read.fields.title) return showDocument(c, doc.id, { error: 'Cần có tiêu đề.', values: read.values }, 400);
    const meta: DocumentMeta = { ...read.fields, title: read.fields.title, status: read.fields.status ?? doc.meta.status, tags: read.fields.tags ?? [] };
    return saveMeta(c, doc.id, meta, read.values);
  });

  app.post('/:id{[0-9]+}/status', async (c) => {
    const doc = docOf(c);
    if (!doc) return refuse(c, 404, 'Không tìm thấy văn bản này.');
    const read = readDocumentForm(await readForm(c));
    if ('error' in read || !read.fields.status) return showDocument(c, doc.id, { error: 'Tình trạng không hợp lệ.' }, 400);
    const supersededBy = read.fields.status === 'superseded' ? read.fields.supersededBy : undefined;
    if (read.fields.status === 'superseded' && !supersededBy) return showDocument(c, doc.id, { error: 'Hãy chọn văn bản thay thế.' }, 400);
    return saveMeta(c, doc.id, { ...doc.meta, status: read.fields.status, supersededBy });
  });

  const saveMeta = (c: Context<AdminEnv>, id: number, meta: DocumentMeta, values = valuesOf(meta)) => {
    try {
      const changes = desk.updateMeta(id, meta, c.get('staff').name, now());
      return c.redirect(`/admin/documents/${id}?ok=${changes.length ? 'edited' : 'unchanged'}`, 303);
    } catch (error) {
      if (error instanceof DuplicateNumberError) return showDocument(c, id, { error: `Số hiệu ${error.number} đã dùng cho “${error.existing.title}”.`, values }, 409);
      throw error;
    }
  };

  app.post('/:id{[0-9]+}/publish', (c) => {
    const doc = docOf(c);
    if (!doc) return refuse(c, 404, 'Không tìm thấy văn bản này.');
    try {
      desk.publish(doc.id, c.get('staff').name, now());
    } catch (error) {
      if (error instanceof DuplicateNumberError) return showDocument(c, doc.id, { error: `Chưa đăng được: số hiệu ${error.number} đã dùng cho “${error.existing.title}”.` }, 409);
      throw error;
    }
    deps.logger.info({ staff: c.get('staff').name, document: doc.id }, 'document published');
    return c.redirect(`/admin/documents/${doc.id}?ok=published`, 303);
  });

  app.post('/:id{[0-9]+}/file', async (c) => {
    const doc = docOf(c);
    if (!doc) return refuse(c, 404, 'Không tìm thấy văn bản này.');
    const file = (await c.req.parseBody()).file;
    if (!(file instanceof File) || file.name === '') return showDocument(c, doc.id, { error: 'Hãy chọn một tệp để tải lên.' }, 400);
    if (file.size > MAX_UPLOAD_BYTES) return showDocument(c, doc.id, { error: PROBLEM_TEXTS['too-large'] }, 413);
    try {
      await desk.replaceFile({ id: doc.id, bytes: Buffer.from(await file.arrayBuffer()), fileName: file.name, by: c.get('staff').name, at: now() });
    } catch (error) {
      if (error instanceof IntakeError) return showDocument(c, doc.id, { error: PROBLEM_TEXTS[error.problem] }, error.problem === 'unsupported' ? 415 : 400);
      throw error;
    }
    return c.redirect(`/admin/documents/${doc.id}?ok=replaced`, 303);
  });

  app.get('/:id{[0-9]+}/delete', (c) => {
    const doc = docOf(c);
    return doc ? c.html(deleteConfirmPage(view(c), doc)) : refuse(c, 404, 'Không tìm thấy văn bản này.');
  });

  app.post('/:id{[0-9]+}/delete', (c) => {
    const doc = docOf(c);
    if (!doc) return refuse(c, 404, 'Không tìm thấy văn bản này.');
    desk.remove(doc.id, c.get('staff').name, now());
    deps.logger.info({ staff: c.get('staff').name, document: doc.id }, 'document deleted');
    return c.redirect('/admin/documents?ok=deleted', 303);
  });
  return app;
}

/** Search (folded, so accents are optional) and status filter; "draft" shows drafts. */
function filterRows(rows: DocumentListRow[], filters: { q: string; status: string }): DocumentListRow[] {
  const q = foldText(filters.q);
  return rows.filter((row) => {
    if (filters.status === 'draft' ? row.state !== 'draft' : filters.status !== '' && row.meta.status !== filters.status) return false;
    if (!q) return true;
    return foldText([row.meta.title, row.meta.number ?? '', row.meta.issuer ?? '', ...row.meta.tags].join(' ')).includes(q);
  });
}
