// Inline SVG bar chart of questions per day (answered and refused stacked), with a data table for screen readers.
import { html, type SafeHtml } from '../html.js';

/** One bar. */
export interface DayBar {
  day: string;
  questions: number;
  refused: number;
}

/** Bars scaled to the busiest day; every 5th day is labelled "dd/mm". */
export function questionsChart(days: readonly DayBar[]): SafeHtml {
  const width = 640;
  const height = 180;
  const base = height - 22;
  const max = Math.max(1, ...days.map((d) => d.questions));
  const step = width / Math.max(1, days.length);
  const bar = Math.max(2, step - 3);
  const scale = (n: number) => (n / max) * (base - 14);
  const label = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`;
  const total = days.reduce((s, d) => s + d.questions, 0);
  const dayText = (x: number, last: boolean, day: string) =>
    html`<text x="${x.toFixed(1)}" y="${height - 6}" font-size="10" fill="#555"${last ? html` text-anchor="end"` : ''}>${label(day)}</text>`;
  return html`<figure class="chart">
<svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title" preserveAspectRatio="none">
<title id="chart-title">Số câu hỏi mỗi ngày, ${days.length} ngày gần nhất: tổng ${total}</title>
<line x1="0" y1="${base}" x2="${width}" y2="${base}" stroke="#999" stroke-width="1"/>
<text x="2" y="10" font-size="10" fill="#555">${max}</text>
${days.map((d, i) => {
  const x = (i * step + 1.5).toFixed(1);
  const answered = scale(d.questions - d.refused);
  const refused = scale(d.refused);
  return html`<g><title>${label(d.day)}: ${d.questions} câu hỏi, ${d.refused} từ chối</title>
<rect x="${x}" y="${(base - answered).toFixed(1)}" width="${bar.toFixed(1)}" height="${answered.toFixed(1)}" fill="#2f6fb3"/>
<rect x="${x}" y="${(base - answered - refused).toFixed(1)}" width="${bar.toFixed(1)}" height="${refused.toFixed(1)}" fill="#d9822b"/>
${i === days.length - 1 ? dayText(width - 1, true, d.day) : i % 5 === 0 ? dayText(Number(x), false, d.day) : ''}</g>`;
})}
</svg>
<figcaption><span class="key answered"></span> trả lời <span class="key refused"></span> từ chối</figcaption>
</figure>
<details><summary>Bảng số liệu theo ngày</summary>
<table><thead><tr><th scope="col">Ngày</th><th scope="col">Câu hỏi</th><th scope="col">Từ chối</th></tr></thead>
<tbody>${days.map((d) => html`<tr><td>${label(d.day)}</td><td>${d.questions}</td><td>${d.refused}</td></tr>`)}</tbody></table>
</details>`;
}
