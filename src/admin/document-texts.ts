// Vietnamese texts of the documents pages: why an upload was refused, intake warnings, statuses and logged actions.
import type { DocumentStatus } from '../core/types.js';
import type { IntakeProblem } from '../knowledge/document-intake.js';

/** Why a file was refused (Vietnamese first, English after for staff who search the error). */
export const PROBLEM_TEXTS: Record<IntakeProblem, string> = {
  'too-large': 'Tệp quá lớn: tối đa 20 MB. Hãy tách văn bản hoặc nén lại rồi tải lên. (file too large: 20 MB at most)',
  empty: 'Tệp rỗng, không có nội dung. (the file is empty)',
  unsupported: 'Loa chưa đọc được loại tệp này. Hãy tải lên PDF có lớp chữ, DOCX, HTML, Markdown (.md) hoặc TXT. (unsupported file type)',
  encrypted: 'Tệp được bảo vệ bằng mật khẩu (mã hoá) hoặc là định dạng Word cũ (.doc). Hãy bỏ mật khẩu hoặc lưu lại thành .docx/.pdf rồi tải lên. (encrypted or password-protected file)',
  'no-text-layer': 'Tệp PDF này không có lớp chữ (có thể là bản scan); Loa chưa hỗ trợ nhận dạng chữ (OCR). Hãy dùng bản PDF có chữ chọn được, hoặc bản DOCX. (this PDF has no text layer; OCR is not supported)',
  corrupt: 'Tệp bị hỏng hoặc không đúng định dạng theo phần mở rộng, Loa không đọc được. (corrupt file)',
  'no-text': 'Không tìm thấy chữ nào trong tệp. (no text found)',
};

/** Intake warnings: the file was read, but something is worth checking before publishing. */
export const WARNING_TEXTS: Record<string, string> = {
  'no-number': 'Không tìm thấy số hiệu văn bản — hãy điền nếu văn bản có số hiệu.',
  'no-issued': 'Không tìm thấy ngày ban hành — hãy điền nếu có.',
  'short-text': 'Nội dung rất ngắn — hãy kiểm tra phần xem trước xem có thiếu trang không.',
  'title-from-file-name': 'Tiêu đề lấy từ tên tệp — hãy sửa cho đúng tên văn bản.',
};

export const STATUS_TEXTS: Record<DocumentStatus, string> = { 'in-force': 'Còn hiệu lực', superseded: 'Đã bị thay thế', expired: 'Hết hiệu lực' };

export const STATE_TEXTS = { draft: 'Bản nháp (chưa đăng)', published: 'Đã đăng', folder: 'Từ thư mục', unreadable: 'Không đọc được' } as const;

export const ACTION_TEXTS: Record<string, string> = {
  upload: 'Tải lên bản nháp',
  publish: 'Đăng (đưa vào chỉ mục)',
  edit: 'Sửa thông tin',
  replace: 'Thay tệp bằng bản mới',
  delete: 'Xoá',
};

export const FIELD_TEXTS: Record<string, string> = {
  title: 'Tiêu đề',
  number: 'Số hiệu',
  issuer: 'Cơ quan ban hành',
  issued: 'Ngày ban hành',
  effective: 'Ngày hiệu lực',
  status: 'Tình trạng',
  supersededBy: 'Được thay thế bởi',
  source: 'Nguồn',
  tags: 'Từ khoá',
};

export const DOCUMENT_NOTICES: Record<string, string> = {
  uploaded: 'Đã tải lên bản nháp. Kiểm tra phần xem trước rồi bấm “Đăng văn bản”.',
  published: 'Đã đăng. Loa trả lời từ văn bản này ngay bây giờ (web, Telegram, Zalo).',
  edited: 'Đã lưu thông tin văn bản.',
  unchanged: 'Không có gì thay đổi.',
  replaced: 'Đã thay tệp bằng bản mới.',
  deleted: 'Đã xoá văn bản khỏi chỉ mục và xoá tệp gốc.',
};
