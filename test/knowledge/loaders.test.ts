// Loaders: Markdown, text (web page furniture removed), HTML, PDF (text layer) and DOCX, with clear errors naming the file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loaderFor, SUPPORTED_EXTENSIONS } from '../../src/knowledge/loaders/index.js';
import { cleanWebText } from '../../src/knowledge/loaders/page-furniture.js';
import { buildDocx } from '../fixtures/build-docx.js';
import { buildPdf } from '../fixtures/build-pdf.js';
import { ROOT } from './helpers.js';

const load = (name: string, content: string | Buffer) => loaderFor(name)!(Buffer.from(content), name);

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Báo X | Tin tức</title>
<meta property="og:title" content="Hà Nội có hơn 1,4 triệu gia đình học tập">
<link rel="canonical" href="https://example.org/ha-noi-gia-dinh-hoc-tap">
<script>var tracking = "Đọc nhiều";</script><style>.x{color:red}</style></head>
<body>
<header class="site-header"><a href="/">Logo</a><nav><a>Trang chủ</a> | <a>Giáo dục</a></nav></header>
<div class="breadcrumb">Trang chủ › Giáo dục</div>
<main><article>
<h1>Hà Nội có hơn 1,4 triệu gia đình học tập</h1>
<p>Hà Nội có hơn 1,4 triệu <b>gia đình học tập</b>, chiếm hơn 67% số gia đình.</p>
<div style="display:none">Nội dung ẩn không được lập chỉ mục.</div>
<h2>Dòng họ học tập</h2>
<ul><li>6.900 dòng họ học tập</li><li>gần 4.400 tổ dân phố học tập</li></ul>
<div class="share-buttons">Chia sẻ Facebook Zalo</div>
</article></main>
<aside class="most-read"><h3>Đọc nhiều</h3><ul><li>Tin khác không liên quan</li></ul></aside>
<section id="comments"><h3>Bình luận (0)</h3><form><textarea></textarea></form></section>
<div class="related-news"><a>Bài liên quan về bóng đá</a></div>
<footer>Bản quyền © Báo X</footer>
</body></html>`;

describe('loaders', () => {
  it('knows the supported formats', () => {
    expect(SUPPORTED_EXTENSIONS).toEqual(expect.arrayContaining(['.md', '.txt', '.html', '.htm', '.pdf', '.docx']));
    expect(loaderFor('a.xlsx')).toBeUndefined();
  });

  it('reads HTML article text without menus, scripts, hidden text, comments or related lists', async () => {
    const { meta, body } = await load('page.html', PAGE);
    expect(meta.title).toBe('Hà Nội có hơn 1,4 triệu gia đình học tập');
    expect(meta.source).toBe('https://example.org/ha-noi-gia-dinh-hoc-tap');
    expect(body).toContain('Hà Nội có hơn 1,4 triệu gia đình học tập, chiếm hơn 67% số gia đình.');
    expect(body).toContain('## Dòng họ học tập');
    expect(body).toContain('- 6.900 dòng họ học tập');
    for (const furniture of ['Logo', 'Trang chủ', 'tracking', 'ẩn', 'Chia sẻ', 'Đọc nhiều', 'Tin khác', 'Bình luận', 'bóng đá', 'Bản quyền']) {
      expect(body, furniture).not.toContain(furniture);
    }
  });

  it('removes page furniture from text copied from a news page and keeps the source URL', async () => {
    const text = [
      'Việt Nam vươn mình trong kỷ nguyên mới',
      'Logo',
      'Đăng ký mua gói ấn phẩm|Đăng nhập',
      '',
      'TP.HCM có hơn 1.000 dòng họ học tập',
      '',
      'Theo số liệu công bố, TP.HCM có hơn 1.000 dòng họ đạt danh hiệu Dòng họ học tập, tỷ lệ 99,4%. Thành phố cũng có hơn 1,6 triệu gia đình học tập, đạt tỷ lệ 80% số gia đình trên địa bàn.',
      'Ảnh minh họa',
      'Nguồn: https://example.org/tphcm',
      'Đọc nhiều',
      '  • Rất hay',
      'BÌNH LUẬN (0)',
      'Đừng bỏ lỡ',
      'Một bài khác không liên quan',
    ].join('\n');
    const { meta, body } = await load('article.txt', text);
    expect(meta.title).toBe('TP.HCM có hơn 1.000 dòng họ học tập');
    expect(meta.source).toBe('https://example.org/tphcm');
    expect(body).toContain('tỷ lệ 99,4%');
    for (const furniture of ['vươn mình', 'Logo', 'Đăng nhập', 'Ảnh minh họa', 'Đọc nhiều', 'Rất hay', 'BÌNH LUẬN', 'Đừng bỏ lỡ', 'không liên quan']) {
      expect(body, furniture).not.toContain(furniture);
    }
  });

  it('leaves an ordinary text document as it is', () => {
    const text = 'Bình luận về chính sách học tập suốt đời\n\nĐoạn một nói về học tập suốt đời.';
    expect(cleanWebText(text)).toEqual({ title: 'Bình luận về chính sách học tập suốt đời', body: 'Đoạn một nói về học tập suốt đời.', source: undefined });
  });

  it.runIf(existsSync(join(ROOT, '../shared/seeds')))('cleans the shared seed articles', async () => {
    const dir = join(ROOT, '../shared/seeds');
    for (const name of readdirSync(dir)) {
      const { body } = await load(name, readFileSync(join(dir, name)));
      expect(body.length, name).toBeGreaterThan(500);
      for (const furniture of ['Đọc nhiều', 'BÌNH LUẬN', 'Bình luận', 'List comment', 'Đừng bỏ lỡ', 'Tin Tài Trợ', 'Đăng nhập', 'Rất hay']) {
        expect(body, `${name}: ${furniture}`).not.toContain(furniture);
      }
    }
  });

  it('reads the text layer of a PDF, Vietnamese included', async () => {
    const pdf = buildPdf(['Gia đình học tập', 'Theo Quyết định 387/QĐ-TTg, đến năm 2025 có 70% gia đình đạt danh hiệu.'], 'Chỉ tiêu 2025');
    const { meta, body } = await load('chi-tieu.pdf', pdf);
    expect(body).toContain('Gia đình học tập');
    expect(body).toContain('Quyết định 387/QĐ-TTg');
    expect(meta.title).toBe('Chỉ tiêu 2025');
  });

  it('reads DOCX headings and paragraphs', async () => {
    const docx = buildDocx([
      { text: 'Hướng dẫn Đơn vị học tập', heading: 1 },
      { text: 'Hồ sơ gửi trước ngày 15/1 năm sau.' },
      { text: 'Thời hạn công nhận', heading: 2 },
      { text: 'Danh hiệu có giá trị 3 năm.' },
    ]);
    const { meta, body } = await load('huong-dan.docx', docx);
    expect(meta.title).toBe('Hướng dẫn Đơn vị học tập');
    expect(body).toContain('## Thời hạn công nhận');
    expect(body).toContain('Hồ sơ gửi trước ngày 15/1 năm sau.');
  });

  it('rejects corrupt, binary and mislabelled files with a message naming the file', async () => {
    await expect(load('hong.pdf', '%PDF-1.4\nthis is not really a pdf')).rejects.toThrow(/^hong\.pdf: /u);
    await expect(load('anh.pdf', 'PNG not a pdf at all')).rejects.toThrow(/^anh\.pdf: is not a PDF/u);
    await expect(load('hong.docx', 'PK\u0003\u0004 broken zip')).rejects.toThrow(/^hong\.docx: /u);
    await expect(load('bang.docx', 'plain text')).rejects.toThrow(/^bang\.docx: is not a DOCX/u);
    await expect(load('nhi-phan.md', Buffer.from([0x47, 0x00, 0x01, 0x02]))).rejects.toThrow(/^nhi-phan\.md: looks like a binary file/u);
    await expect(load('trang.html', Buffer.from([0x3c, 0x00, 0xff]))).rejects.toThrow(/^trang\.html: looks like a binary file/u);
    await expect(load('scan.pdf', buildPdf([' ']))).rejects.toThrow(/^scan\.pdf: the PDF has no text layer/u);
  });
});
