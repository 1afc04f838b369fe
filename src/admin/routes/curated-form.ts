// Validates the curated-answer form: questions (one per line), answer, and a source with an optional http(s) link.
import type { CuratedInput } from '../../store/curated.js';
import type { CuratedFormValues } from '../views/curated.js';

/** The form's values, and either the store input or a Vietnamese error to show. */
export type CuratedFormResult = { values: CuratedFormValues; input: CuratedInput } | { values: CuratedFormValues; error: string };

/** Reads and checks the submitted fields. */
export function readCuratedForm(form: Record<string, string | string[]>): CuratedFormResult {
  const text = (key: string) => (typeof form[key] === 'string' ? (form[key] as string) : '').replace(/\r\n/gu, '\n');
  const values: CuratedFormValues = {
    questions: text('questions').slice(0, 4000),
    answer: text('answer').trim().slice(0, 3500),
    title: text('title').trim().slice(0, 300),
    reference: text('reference').trim().slice(0, 200),
    url: text('url').trim().slice(0, 500),
    notify: text('notify') === '1',
  };
  const questions = values.questions.split('\n').map((q) => q.trim()).filter(Boolean);
  if (questions.length === 0) return { values, error: 'Cần ít nhất một câu hỏi.' };
  if (values.answer === '') return { values, error: 'Cần nhập câu trả lời.' };
  if (values.title === '') return { values, error: 'Cần ghi nguồn của câu trả lời.' };
  if (values.url !== '' && !/^https?:\/\/\S+$/iu.test(values.url)) return { values, error: 'Đường dẫn phải bắt đầu bằng http:// hoặc https://.' };
  return {
    values,
    input: { questions, answer: values.answer, source: { title: values.title, reference: values.reference || undefined, url: values.url || undefined } },
  };
}
