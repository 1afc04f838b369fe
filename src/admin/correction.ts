// The message a resident receives when a moderator corrects the answer to their question.
import type { CuratedEntry } from '../store/curated.js';

/** Vietnamese text of a correction, with its source; plain text so every channel can send it. */
export function correctionMessage(question: string, entry: CuratedEntry): string {
  const source = entry.citations[0];
  const sourceLine = source ? `Nguồn: ${[source.reference, source.title].filter(Boolean).join(' — ')}${source.url ? ` (${source.url})` : ''}` : '';
  const asked = question.length > 200 ? `${question.slice(0, 199)}…` : question;
  return [`Loa xin gửi lại câu trả lời đã được cán bộ kiểm tra cho câu hỏi của bạn: “${asked}”`, entry.answer, sourceLine].filter(Boolean).join('\n\n');
}
