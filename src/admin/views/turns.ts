// The conversation log: filter form, one card per turn, pagination and export links.
import type { ReviewTurn, TurnPage } from '../../store/review.js';
import { html, type SafeHtml } from '../html.js';
import { formatLocal } from '../time.js';
import { channelLabel, label, MODE_LABELS } from './labels.js';
import { page, personal, type ViewContext } from './layout.js';

/** The filter as the form shows it (raw query values, already validated). */
export interface TurnQuery {
  q: string;
  channel: string;
  mode: string;
  from: string;
  to: string;
  refused: boolean;
  nocite: boolean;
  down: boolean;
  flagged: boolean;
}

/** Query string of a filter (and page), for links that keep the filter. */
export function turnQueryString(query: TurnQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === true) params.set(key, '1');
    else if (typeof value === 'string' && value !== '') params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The log page. */
export function turnsPage(view: ViewContext, query: TurnQuery, result: TurnPage): string {
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const option = (value: string, text: string, current: string) =>
    html`<option value="${value}"${value === current ? html` selected` : ''}>${text}</option>`;
  const check = (name: keyof TurnQuery, text: string) =>
    html`<label class="check"><input type="checkbox" name="${name}" value="1"${query[name] === true ? html` checked` : ''}> ${text}</label>`;
  const body = html`
<form method="get" action="/admin/turns" class="filters" role="search" aria-label="Lọc hội thoại">
  <div class="field wide"><label for="q">Tìm (có dấu hay không dấu đều được)</label><input id="q" name="q" type="search" value="${query.q}"></div>
  <div class="field"><label for="channel">Kênh</label><select id="channel" name="channel">${option('', 'Tất cả', query.channel)}${view.channels.map((channel) => option(channel.name, channel.label, query.channel))}</select></div>
  <div class="field"><label for="mode">Cách trả lời</label><select id="mode" name="mode">${option('', 'Tất cả', query.mode)}${Object.entries(MODE_LABELS).map(([v, t]) => option(v, t, query.mode))}</select></div>
  <div class="field"><label for="from">Từ ngày</label><input id="from" name="from" type="date" value="${query.from}"></div>
  <div class="field"><label for="to">Đến ngày</label><input id="to" name="to" type="date" value="${query.to}"></div>
  <fieldset class="checks"><legend>Chỉ hiện</legend>
    ${check('refused', 'Bị từ chối')} ${check('nocite', 'Trả lời không có nguồn')} ${check('down', '👎 Không hài lòng')} ${check('flagged', '🚩 Đã gắn cờ')}
  </fieldset>
  <div class="actions"><button type="submit">Lọc</button> <a href="/admin/turns">Xoá bộ lọc</a></div>
</form>
<p class="muted" role="status">${result.total} lượt hỏi đáp${pages > 1 ? html` · trang ${result.page}/${pages}` : ''}.
  Tải về: <a href="/admin/export${turnQueryString(query, { format: 'csv' })}">CSV</a> · <a href="/admin/export${turnQueryString(query, { format: 'jsonl' })}">JSONL</a> (đã che số điện thoại, số giấy tờ, email)</p>
${result.turns.length === 0 ? html`<p>Không có lượt hỏi đáp nào khớp bộ lọc.</p>` : html`<ol class="turns">${result.turns.map((t) => turnCard(view, t))}</ol>`}
${pager(query, result.page, pages)}`;
  return page('Hội thoại', body, view, 'turns');
}

/** Badges for a turn's mode, refusal, citations, feedback, flag and correction. */
export function turnBadges(turn: ReviewTurn): SafeHtml {
  return html`<span class="badge mode-${turn.mode}">${label(MODE_LABELS, turn.mode)}</span>${turn.refused && turn.mode !== 'refusal' ? html` <span class="badge warn">Từ chối</span>` : ''}${
    !turn.refused && turn.citations.length === 0 ? html` <span class="badge warn">Không có nguồn</span>` : ''
  }${turn.feedback === 'up' ? html` <span class="badge ok">👍 Hài lòng</span>` : ''}${
    turn.feedback === 'down' ? html` <span class="badge warn">👎 Chưa hài lòng</span>` : ''
  }${turn.flaggedAt ? html` <span class="badge flag">🚩 Gắn cờ</span>` : ''}${turn.curatedId ? html` <span class="badge ok">Đã sửa</span>` : ''}`;
}

function turnCard(view: ViewContext, turn: ReviewTurn): SafeHtml {
  return html`<li class="turn card">
  <div class="meta"><time datetime="${turn.createdAt.toISOString()}">${formatLocal(turn.createdAt, view.zone)}</time> · ${channelLabel(view, turn.channel)} · ${turnBadges(turn)}</div>
  <p class="q"><a href="/admin/turns/${turn.id}#turn-${turn.id}">${clip(personal(view, turn.question), 200)}</a></p>
  <p class="a">${clip(turn.answer, 280)}</p>
</li>`;
}

function pager(query: TurnQuery, current: number, pages: number): SafeHtml {
  if (pages <= 1) return html``;
  const link = (n: number, text: string, rel?: string) =>
    html`<a href="/admin/turns${turnQueryString(query, { page: String(n) })}"${rel ? html` rel="${rel}"` : ''}>${text}</a>`;
  return html`<nav class="pager" aria-label="Phân trang">
  ${current > 1 ? link(current - 1, '← Trang trước', 'prev') : ''}
  <span>Trang ${current}/${pages}</span>
  ${current < pages ? link(current + 1, 'Trang sau →', 'next') : ''}
</nav>`;
}

/** Shortens text to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
