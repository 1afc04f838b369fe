// The console's page frame: head, navigation for the member's role, notices, and the logout form.
import type { StaffMember, StaffRole } from '../../store/staff.js';
import { html, type SafeHtml } from '../html.js';
import { redactPersonalData } from '../redact.js';

/** What every signed-in page knows about its viewer. */
export interface ViewContext {
  staff: StaffMember;
  csrf: string;
  /** IANA time zone for displayed times. */
  zone: string;
  /** A fixed notice chosen by the server (never text from the request). */
  notice?: string;
  /** An admin asked to see residents' personal data unmasked (?reveal=1; logged). */
  reveal?: boolean;
  /** The declared channels (and other sources of turns) with the names staff read. */
  channels: readonly { name: string; label: string; mayMessageFirst: boolean; group?: string }[];
}

/** What residents typed, as a page shows it: personal data masked unless an admin asked to reveal it. */
export function personal(view: Pick<ViewContext, 'reveal'>, text: string): string {
  return view.reveal ? text : redactPersonalData(text);
}

type Section = 'dashboard' | 'turns' | 'gaps' | 'curated' | 'documents' | 'broadcasts' | 'calendar' | 'subscribers' | 'staff';

const NAV: { section: Section; href: string; label: string; roles: StaffRole[] }[] = [
  { section: 'dashboard', href: '/admin', label: 'Tổng quan', roles: ['admin', 'moderator', 'campaign'] },
  { section: 'turns', href: '/admin/turns', label: 'Hội thoại', roles: ['admin', 'moderator'] },
  { section: 'gaps', href: '/admin/gaps', label: 'Câu hỏi chưa trả lời được', roles: ['admin', 'moderator'] },
  { section: 'curated', href: '/admin/curated', label: 'Câu trả lời biên tập', roles: ['admin', 'moderator'] },
  { section: 'documents', href: '/admin/documents', label: 'Văn bản', roles: ['admin', 'moderator', 'campaign'] },
  { section: 'broadcasts', href: '/admin/broadcasts', label: 'Thông báo', roles: ['admin', 'campaign'] },
  { section: 'calendar', href: '/admin/calendar', label: 'Lịch Tuần lễ', roles: ['admin', 'campaign'] },
  { section: 'subscribers', href: '/admin/subscribers', label: 'Người đăng ký', roles: ['admin', 'campaign'] },
  { section: 'staff', href: '/admin/staff', label: 'Tài khoản cán bộ', roles: ['admin'] },
];

export const ROLE_LABELS: Record<StaffRole, string> = { admin: 'Quản trị', moderator: 'Kiểm duyệt', campaign: 'Truyền thông' };

/** Hidden CSRF field for every form. */
export function csrfField(csrf: string): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${csrf}">`;
}

/** A full page. `section` marks the current navigation entry. */
export function page(title: string, body: SafeHtml, view?: Pick<ViewContext, 'staff' | 'csrf' | 'notice'>, section?: Section): string {
  const staff = view?.staff;
  const nav = staff
    ? html`<nav class="nav" aria-label="Mục chính">
        <ul>${NAV.filter((n) => n.roles.includes(staff.role)).map(
          (n) => html`<li><a href="${n.href}"${n.section === section ? html` aria-current="page"` : ''}>${n.label}</a></li>`,
        )}</ul>
        <div class="who">
          <span>${staff.name} · ${ROLE_LABELS[staff.role]}${staff.locality ? html` · ${staff.locality}` : ''}</span>
          <form method="post" action="/admin/logout">${csrfField(view.csrf)}<button type="submit" class="link">Đăng xuất</button></form>
        </div>
      </nav>`
    : '';
  return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Loa</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/admin/assets/admin.css">
<script src="/admin/assets/admin.js" defer></script>
</head>
<body>
<header class="top"><a class="brand" href="/admin">Loa · Bảng điều khiển</a></header>
${nav}
<main id="main">
<h1>${title}</h1>
${view?.notice ? html`<p class="notice" role="status">${view.notice}</p>` : ''}
${body}
</main>
</body>
</html>`.value;
}
