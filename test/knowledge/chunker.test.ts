// Chunking: headings become context, paragraphs pack up to a target size, long paragraphs split at sentences.
import { describe, expect, it } from 'vitest';
import { chunkText } from '../../src/knowledge/chunker.js';

describe('chunkText', () => {
  it('puts the heading path on each chunk instead of making headings passages', () => {
    const chunks = chunkText('# Tài liệu\n\n## Mục một\n\nĐoạn thứ nhất.\n\n## Mục hai\n\n### Chi tiết\n\nĐoạn thứ hai.');
    expect(chunks).toEqual([
      { heading: 'Mục một', text: 'Đoạn thứ nhất.' },
      { heading: 'Mục hai › Chi tiết', text: 'Đoạn thứ hai.' },
    ]);
  });

  it('packs short paragraphs together and starts a new chunk past the target size', () => {
    const paragraph = (n: number) => `Câu số ${n} nói về gia đình học tập và dòng họ học tập ở địa phương.`;
    const body = Array.from({ length: 12 }, (_, i) => paragraph(i)).join('\n\n');
    const chunks = chunkText(body, { target: 200, max: 400 });
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) expect(chunk.text.length).toBeLessThan(400);
    expect(chunks.map((c) => c.text).join('\n')).toContain(paragraph(11));
  });

  it('keeps a paragraph announcing a list with the list, however long the list', () => {
    const items = Array.from({ length: 4 }, (_, i) => `- Nhóm ${i + 1} gồm ${'những điều kiện học tập của gia đình '.repeat(3)}.`).join('\n');
    const chunks = chunkText(`## Tiêu chí\n\nĐoạn mở đầu về tiêu chí.\n\nTiêu chí chia thành 4 nhóm:\n\n${items}`, { target: 120, max: 900 });
    const lead = chunks.find((chunk) => chunk.text.includes('4 nhóm:'))!;
    expect(lead.text).toContain('- Nhóm 1');
  });

  it('repeats the last sentence of a chunk at the start of the next one', () => {
    const chunks = chunkText('Câu một dài vừa phải về học tập. Câu hai kết thúc đoạn.\n\nĐoạn sau về dòng họ học tập.', { target: 40, max: 400 });
    expect(chunks[1]!.text.startsWith('Câu hai kết thúc đoạn.')).toBe(true);
  });

  it('splits a very long paragraph at sentence boundaries', () => {
    const long = Array.from({ length: 30 }, (_, i) => `Đây là câu thứ ${i + 1} của một đoạn rất dài.`).join(' ');
    const chunks = chunkText(long, { target: 300, max: 600 });
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) expect(chunk.text).toMatch(/\.$/u);
  });

  it('splits a list too long for one passage between its items, each still on its own line', () => {
    const items = Array.from({ length: 12 }, (_, i) => `- ${String(i + 1).padStart(2, '0')}/01/2020: Quyết định số ${i + 1} về xây dựng xã hội học tập ở địa phương.`);
    const chunks = chunkText(`## Văn bản\n\n${items.join('\n')}`, { target: 300, max: 600 });
    expect(chunks.length).toBeGreaterThan(1);
    const lines = chunks.flatMap((chunk) => chunk.text.split('\n'));
    for (const item of items) expect(lines).toContain(item);
  });

  it('still splits prose wrapped at a fixed width between sentences, not at its line breaks', () => {
    const prose = Array.from({ length: 20 }, (_, i) => `Câu số ${i + 1} nói về việc học tập suốt đời của người dân ở xã.`).join(' ');
    const wrapped = prose.replace(/(.{60}\S*)\s/gu, '$1\n');
    const chunks = chunkText(wrapped, { target: 300, max: 600 });
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.text).toMatch(/\.$/u);
  });

  it('normalizes text (NFC, zero-width) and drops Markdown syntax', () => {
    const [chunk] = chunkText('Gia đi\u0300nh\u200B **học tập** theo [Quyết định 387](https://example.org).');
    expect(chunk!.text).toBe('Gia đình học tập theo Quyết định 387.');
  });

  it('leaves out reference lists ("Nguồn", "Tài liệu tham khảo") and their subsections, and reads on after them', () => {
    const body = [
      '# Công dân học tập',
      '## Tự đánh giá',
      'Người dân tự đánh giá tại trang congdanhoctap.vn.',
      '## Nguồn',
      '- lawnet.vn (trang congdanhoctap.vn)',
      '### Báo chí',
      '- baothaibinh.com.vn (điểm đạt 80/100)',
      '## Điểm đạt',
      'Cần ít nhất 80 điểm.',
      '### Tài liệu tham khảo:',
      '- vanban.chinhphu.vn',
    ].join('\n\n');
    const chunks = chunkText(body);
    expect(chunks.map((c) => c.heading)).toEqual(['Tự đánh giá', 'Điểm đạt']);
    expect(chunks.map((c) => c.text).join(' ')).not.toMatch(/lawnet|baothaibinh|vanban/u);
  });

  it('returns nothing for an empty or blank body', () => {
    expect(chunkText('')).toEqual([]);
    expect(chunkText('\n\n   \n# Chỉ có tiêu đề\n')).toEqual([]);
  });
});
