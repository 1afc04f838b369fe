// A document's number typed without its kind ("6782 của Bộ Giáo dục nói về gì") is read as that document.
import { describe, expect, it } from 'vitest';
import { withBareDocumentNumbers } from '../../../src/core/answer/bare-document-numbers.js';
import type { DocumentMeta } from '../../../src/core/types.js';
import { loadLanguage } from '../../../src/language.js';

const lexicon = loadLanguage('prompts');
const meta = (number: string, title: string): DocumentMeta => ({ number, title, tags: [], status: 'in-force' });
const documents = [
  meta('6782/BGDĐT-GDTX', 'Công văn 6782/BGDĐT-GDTX hướng dẫn đánh giá, công nhận Gia đình học tập, Dòng họ học tập'),
  meta('1373/QĐ-TTg', 'Quyết định 1373/QĐ-TTg phê duyệt Đề án Xây dựng xã hội học tập giai đoạn 2021–2030'),
  meta('387/QĐ-TTg', 'Quyết định 387/QĐ-TTg về đẩy mạnh phong trào học tập suốt đời'),
  meta('24/2023/TT-BGDĐT', 'Thông tư 24/2023/TT-BGDĐT quy định đánh giá, công nhận Đơn vị học tập'),
];
let reads = 0;
const read = (question: string) => withBareDocumentNumbers(question, () => (reads++, documents), lexicon);

describe('document numbers typed without their kind', () => {
  it('reads a number the index holds one document under, before a word of `bare-number-next` or at the clause end, as that document', () => {
    expect(read('6782 của Bộ Giáo dục nói về việc gì vậy ạ')).toBe('Công văn 6782/BGDĐT-GDTX của Bộ Giáo dục nói về việc gì vậy ạ');
    expect(read('Công vă 6782 của Bộ Giáo dục nói về gì')).toBe('Công vă Công văn 6782/BGDĐT-GDTX của Bộ Giáo dục nói về gì');
    expect(read('cái 1373 là gì vậy')).toBe('cái Quyết định 1373/QĐ-TTg là gì vậy');
    expect(read('cho hỏi về 387, ai ký')).toBe('cho hỏi về Quyết định 387/QĐ-TTg, ai ký');
    expect(read('cho hỏi 387 ai ký')).toBe('cho hỏi Quyết định 387/QĐ-TTg ai ký');
    expect(read('387 và 1373 khác gì')).toBe('Quyết định 387/QĐ-TTg và Quyết định 1373/QĐ-TTg khác gì');
    // Typed bare, the name goes in bare too.
    expect(read('1373 la gi')).toBe('Quyet dinh 1373/QD-TTg la gi');
  });

  it('leaves a count, an amount, a day, a year, a short number, one named with its kind and one the index lacks', () => {
    for (const left of ['xã có 387 gia đình học tập', 'có 387 không', 'khoảng 1373 người', 'năm 2023 là gì', '24 là gì', 'quyết định 1373 là gì', 'qđ 387 nói gì', '9999 là gì', 'tỷ lệ 1373% là sao'])
      expect(read(left), left).toBe(left);
    // A count told after "là", hectares, a telephone, a page or an article of a text.
    for (const left of ['tổng số hộ là 387', 'thon em 387 la nhieu hay it', '387 ha đất là gì', 'gọi 0912 387 448 được không', 'hotline 387 có ai trực không', 'số điện thoại 387 của ai', 'điều 387 quy định gì', 'trang 1373 nói gì'])
      expect(read(left), left).toBe(left);
    // A question holding no such number does not read the documents at all.
    const reading = reads;
    read('gia đình học tập năm 2023 là gì');
    expect(reads).toBe(reading);
  });
});
