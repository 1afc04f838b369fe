// One resident's conversation: every answer with its citations and retrieval scores, flag and correct actions.
import type { CorrectionStatus } from '../../store/corrections.js';
import type { PassageLabel } from '../../store/passage-labels.js';
import type { ReviewTurn } from '../../store/review.js';
import { html, type SafeHtml } from '../html.js';
import { formatLocal } from '../time.js';
import { channelLabel } from './labels.js';
import { csrfField, page, personal, type ViewContext } from './layout.js';
import { turnBadges } from './turns.js';

/** The thread of the chat `current` belongs to, with `current` highlighted. */
export function threadPage(
  view: ViewContext,
  current: ReviewTurn,
  thread: readonly ReviewTurn[],
  passages: ReadonlyMap<number, PassageLabel> = new Map(),
  corrections: ReadonlyMap<number, CorrectionStatus> = new Map(),
): string {
  const body = html`
<p class="muted">${channelLabel(view, current.channel)} · mã trò chuyện <code>${current.chatId}</code> · ${thread.length} lượt hỏi đáp.
  <a href="/admin/turns">← Về danh sách</a>${
    view.staff.role === 'admin' && !view.reveal ? html` · <a href="?reveal=1">Hiện dữ liệu cá nhân (được ghi nhật ký)</a>` : ''
  }</p>
<ol class="thread">${thread.map((turn) => turnBlock(view, turn, turn.id === current.id, passages, corrections.get(turn.id)))}</ol>`;
  return page('Chi tiết hội thoại', body, view, 'turns');
}

function turnBlock(view: ViewContext, turn: ReviewTurn, current: boolean, passages: ReadonlyMap<number, PassageLabel>, correction?: CorrectionStatus): SafeHtml {
  return html`<li id="turn-${turn.id}" class="card turn-detail${current ? ' current' : ''}">
  <div class="meta"><time datetime="${turn.createdAt.toISOString()}">${formatLocal(turn.createdAt, view.zone)}</time> · #${turn.id} · ${turnBadges(turn)} · ${Math.round(turn.latencyMs)} ms${
    turn.fallbackReason ? html` · dự phòng: ${turn.fallbackReason}` : ''
  }</div>
  <p class="speaker">Người dân hỏi:</p>
  <blockquote class="q">${personal(view, turn.question)}</blockquote>
  <p class="speaker">Loa trả lời:</p>
  <div class="answer">${turn.answer}</div>
  ${citations(turn)}
  ${scores(turn, passages)}
  ${correction ? correctionLine(view, correction) : ''}
  ${turn.flaggedAt ? html`<p class="flag-note">🚩 ${turn.flaggedBy ?? ''} (${formatLocal(turn.flaggedAt, view.zone)}): ${turn.flagNote ?? ''}</p>` : ''}
  <div class="row-actions">
    <a class="button" href="/admin/turns/${turn.id}/correct">Sửa câu trả lời này</a>
    ${turn.curatedId ? html`<a href="/admin/curated/${turn.curatedId}">Xem câu trả lời biên tập #${turn.curatedId}</a>` : ''}
    ${turn.flaggedAt
      ? html`<form method="post" action="/admin/turns/${turn.id}/unflag">${csrfField(view.csrf)}<button type="submit" class="secondary">Bỏ gắn cờ</button></form>`
      : html`<details class="flag-form"><summary>🚩 Gắn cờ</summary>
      <form method="post" action="/admin/turns/${turn.id}/flag">${csrfField(view.csrf)}
        <label for="note-${turn.id}">Ghi chú (vì sao cần xem lại)</label>
        <textarea id="note-${turn.id}" name="note" rows="2" maxlength="1000" required></textarea>
        <button type="submit">Gắn cờ</button>
      </form></details>`}
  </div>
</li>`;
}

/** What became of the corrected answer sent to the resident (the outbox row's state). */
const CORRECTION_STATES: Record<CorrectionStatus['state'], string> = {
  pending: 'đang chờ gửi',
  sending: 'đang gửi',
  sent: 'đã gửi',
  failed: 'không gửi được',
  unconfirmed: 'không rõ đã đến chưa (đang gửi khi máy chủ dừng; không gửi lại để tránh trùng)',
  skipped: 'không gửi',
  cancelled: 'đã huỷ',
};

function correctionLine(view: ViewContext, c: CorrectionStatus): SafeHtml {
  const retrying = c.state === 'pending' && c.attempts > 0 ? ` (đã thử ${c.attempts} lần, sẽ thử lại)` : '';
  const action = c.state === 'pending' ? { name: 'cancel', label: 'Huỷ gửi' } : c.state === 'sent' || c.state === 'sending' || c.state === 'skipped' ? undefined : { name: 'resend', label: 'Gửi lại' };
  return html`<p class="correction-state" data-state="${c.state}">✉️ Câu trả lời đã sửa gửi cho người hỏi (${c.createdBy}, ${formatLocal(c.createdAt, view.zone)}): <strong>${CORRECTION_STATES[c.state]}</strong>${retrying}${
    c.lastError && c.state !== 'sent' ? html` — lý do: ${c.lastError}` : ''
  }</p>${
    action
      ? html`<form method="post" action="/admin/turns/${c.turnId}/corrections/${c.id}/${action.name}" class="inline">${csrfField(view.csrf)}<button type="submit"${
          c.state === 'unconfirmed' ? html` data-confirm="Người hỏi có thể đã nhận tin này. Vẫn gửi lại?"` : ''
        }>${action.label}</button></form>`
      : ''
  }`;
}

function citations(turn: ReviewTurn): SafeHtml {
  if (turn.citations.length === 0) return html`<p class="muted">Không có nguồn trích dẫn.</p>`;
  return html`<details open><summary>Nguồn (${turn.citations.length})</summary><ol class="citations">${turn.citations.map(
    (c) => html`<li value="${c.n}"><strong>${c.reference || c.title}</strong>${c.reference ? html` — ${c.title}` : ''}${
      c.status && c.status !== 'in-force' ? html` <span class="badge warn">${c.status === 'superseded' ? 'đã bị thay thế' : 'hết hiệu lực'}</span>` : ''
    }${c.url ? html` · <a href="${safeUrl(c.url)}" rel="noopener noreferrer" target="_blank">liên kết</a>` : ''}${
      c.snippet ? html`<br><span class="snippet">${c.snippet}</span>` : ''
    }${c.chunkId !== undefined ? html` <span class="muted">(đoạn ${c.chunkId})</span>` : ''}</li>`,
  )}</ol></details>`;
}

/** Each scored passage named by its document's title and heading (from the index, else from the turn's citations). */
function scores(turn: ReviewTurn, passages: ReadonlyMap<number, PassageLabel>): SafeHtml {
  if (turn.scores.length === 0) return html``;
  const name = (chunkId: number): SafeHtml => {
    const label = passages.get(chunkId) ?? (() => {
      const cited = turn.citations.find((c) => c.chunkId === chunkId);
      return cited ? { title: cited.reference ? `${cited.reference} — ${cited.title}` : cited.title, heading: '' } : undefined;
    })();
    if (!label) return html`<span class="muted">đoạn ${chunkId} (không còn trong chỉ mục)</span>`;
    return html`<strong>${label.title}</strong>${label.heading ? html` › ${label.heading}` : ''} <span class="muted">(đoạn ${chunkId})</span>`;
  };
  return html`<details><summary>Điểm truy xuất (${turn.scores.length} đoạn)</summary>
<div class="table-scroll"><table class="scores"><thead><tr><th scope="col">Đoạn văn bản</th><th scope="col">Điểm</th><th scope="col">Độ phủ</th></tr></thead>
<tbody>${turn.scores.map((s) => html`<tr><td>${name(s.chunkId)}</td><td>${s.score.toFixed(3)}</td><td>${(s.coverage * 100).toFixed(0)}%</td></tr>`)}</tbody></table></div></details>`;
}

/** Only http(s) links are rendered as links; anything else (javascript:, data:) becomes "#". */
export function safeUrl(url: string): string {
  return /^https?:\/\//iu.test(url.trim()) ? url.trim() : '#';
}
