// Knowledge gaps: groups of refused and 👎 questions, each with a one-click "write a curated answer".
import type { KnowledgeGap } from '../../store/knowledge-gaps.js';
import { html } from '../html.js';
import { formatLocal } from '../time.js';
import { page, personal, type ViewContext } from './layout.js';

/** A gap and, when one already answers it, the curated answer's id. */
export interface GapView extends KnowledgeGap {
  curatedId?: number;
}

/** The gaps page over the last `days` days. */
export function gapsPage(view: ViewContext, gaps: readonly GapView[], days: number): string {
  const body = html`
<p class="muted">Các câu hỏi bị từ chối hoặc bị người dân chấm 👎 (chưa hài lòng) trong ${days} ngày gần nhất, gộp theo độ giống nhau (không phân biệt dấu), nhiều nhất trước.</p>
${gaps.length === 0 ? html`<p>Chưa có câu hỏi nào cần bổ sung. 🎉</p>` : ''}
<ol class="gaps">${gaps.map((gap) => {
  const write = `/admin/curated/new?${gap.phrasings.map((p) => `q=${encodeURIComponent(personal(view, p))}`).join('&')}`;
  return html`<li class="card">
  <p class="q"><strong>${personal(view, gap.question)}</strong></p>
  <div class="meta"><span class="count">${gap.count} lần</span> · ${gap.refused} từ chối · ${gap.thumbsDown} chưa hài lòng · gần nhất ${formatLocal(gap.lastSeen, view.zone)}</div>
  ${gap.phrasings.length > 1 ? html`<details><summary>${gap.phrasings.length} cách hỏi</summary><ul>${gap.phrasings.map((p) => html`<li>${personal(view, p)}</li>`)}</ul></details>` : ''}
  <div class="row-actions">
    ${gap.curatedId
      ? html`<span class="badge ok">Đã có câu trả lời biên tập</span> <a href="/admin/curated/${gap.curatedId}">Xem / sửa</a>`
      : html`<a class="button" href="${write}">Viết câu trả lời</a>`}
    <a href="/admin/turns/${gap.turnIds[0] ?? 0}#turn-${gap.turnIds[0] ?? 0}">Xem hội thoại</a>
  </div>
</li>`;
})}</ol>`;
  return page('Câu hỏi chưa trả lời được', body, view, 'gaps');
}
