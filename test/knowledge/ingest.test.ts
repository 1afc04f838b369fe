// Ingestion of files and folders: every format, bad files reported by name, the rest indexed, nothing indexed lost.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/knowledge/ingest.js';
import { buildDocx } from '../fixtures/build-docx.js';
import { buildPdf } from '../fixtures/build-pdf.js';
import { type Fixture, indexFixture, markdown } from './helpers.js';

let fixture: Fixture | undefined;
afterEach(() => fixture?.cleanup());

const GOOD = {
  'a.md': markdown({ title: 'Gia đình học tập' }, 'Đến năm 2025 có 70% gia đình đạt danh hiệu Gia đình học tập.'),
  'sub/b.txt': 'Dòng họ học tập\n\nĐến năm 2025 có 65% dòng họ đạt danh hiệu Dòng họ học tập.',
  'c.html': '<html><head><title>Cộng đồng học tập</title></head><body><p>Cộng đồng học tập cấp thôn đạt 65% vào năm 2025.</p></body></html>',
  'd.pdf': buildPdf(['Đơn vị học tập', 'Đơn vị học tập đạt 80% vào năm 2025.']),
  'e.docx': buildDocx([{ text: 'Công dân học tập', heading: 1 }, { text: 'Công dân học tập cần ít nhất 80 điểm.' }]),
};

describe('ingest', () => {
  it('indexes Markdown, text, HTML, PDF and DOCX from a folder tree', async () => {
    fixture = await indexFixture(GOOD);
    expect(fixture.report.failed).toEqual([]);
    expect(fixture.report.added.sort()).toEqual(['corpus/a.md', 'corpus/c.html', 'corpus/d.pdf', 'corpus/e.docx', 'corpus/sub/b.txt']);
    for (const [query, path] of [
      ['gia đình học tập 70%', 'corpus/a.md'],
      ['dòng họ học tập 65%', 'corpus/sub/b.txt'],
      ['cộng đồng học tập cấp thôn', 'corpus/c.html'],
      ['đơn vị học tập 80%', 'corpus/d.pdf'],
      ['công dân học tập bao nhiêu điểm', 'corpus/e.docx'],
    ]) {
      expect(fixture.search.search(query!, { limit: 1 })[0]?.path, query).toBe(path);
    }
  });

  it('reports each corrupt, empty, binary, oversized or unsupported file by name and still indexes the others', async () => {
    fixture = await indexFixture(GOOD);
    fixture.write({
      'empty.md': '',
      'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
      'corrupt.pdf': '%PDF-1.7\ngarbage',
      'corrupt.docx': 'PK\u0003\u0004garbage',
      'big.txt': `Học tập suốt đời. ${'x'.repeat(5000)}`,
    });
    const report = await ingest(fixture.store, ['corpus', 'corpus/notes.xlsx', 'corpus/missing.md'], { baseDir: fixture.dir, maxBytes: 4000 });
    writeFileSync(join(fixture.dir, 'corpus/notes.xlsx'), 'x');
    const again = await ingest(fixture.store, ['corpus/notes.xlsx'], { baseDir: fixture.dir });
    const reasons = Object.fromEntries([...report.failed, ...again.failed].map((f) => [f.path, f.reason]));
    expect(reasons['corpus/empty.md']).toBe('corpus/empty.md: file is empty');
    expect(reasons['corpus/binary.md']).toMatch(/^corpus\/binary\.md: looks like a binary file/u);
    expect(reasons['corpus/corrupt.pdf']).toMatch(/^corpus\/corrupt\.pdf: cannot read this PDF/u);
    expect(reasons['corpus/corrupt.docx']).toMatch(/^corpus\/corrupt\.docx: cannot read this DOCX/u);
    expect(reasons['corpus/big.txt']).toMatch(/^corpus\/big\.txt: file is too large \(\d+ bytes, limit 4000\)/u);
    expect(reasons['corpus/missing.md']).toBe('corpus/missing.md: not found');
    expect(reasons['corpus/notes.xlsx']).toMatch(/^corpus\/notes\.xlsx: unsupported format \(Loa reads \.md, /u);
    expect(fixture.store.documentCount()).toBe(5);
  });

  it('never opens a file given by name in a format Loa does not read: a named pipe is reported, not waited on', async () => {
    fixture = await indexFixture(GOOD);
    execFileSync('mkfifo', [join(fixture.dir, 'corpus/pipe.xyz')]);
    const report = await ingest(fixture.store, ['corpus/pipe.xyz'], { baseDir: fixture.dir });
    expect(report.failed.map((f) => f.reason)).toEqual([expect.stringMatching(/^corpus\/pipe\.xyz: unsupported format/u)]);
  });

  it('keeps the indexed version of a file that became unreadable', async () => {
    fixture = await indexFixture(GOOD);
    fixture.write({ 'a.md': Buffer.from([0x00, 0x01, 0x02]), 'd.pdf': '%PDF-1.4 broken' });
    const report = await fixture.reingest();
    expect(report.failed.map((f) => f.path).sort()).toEqual(['corpus/a.md', 'corpus/d.pdf']);
    expect(report.removed).toEqual([]);
    expect(fixture.search.search('gia đình học tập 70%', { limit: 1 })[0]?.path).toBe('corpus/a.md');
    expect(fixture.search.search('đơn vị học tập 80%', { limit: 1 })[0]?.path).toBe('corpus/d.pdf');
  });

  it('re-indexes only changed files and drops deleted ones', async () => {
    fixture = await indexFixture(GOOD);
    fixture.write({ 'a.md': markdown({ title: 'Gia đình học tập' }, 'Tiêu chí mới: 75% gia đình.') });
    const { rmSync } = await import('node:fs');
    rmSync(join(fixture.dir, 'corpus/c.html'));
    const report = await fixture.reingest();
    expect(report).toMatchObject({ added: [], changed: ['corpus/a.md'], removed: ['corpus/c.html'], unchanged: 3, failed: [] });
    expect(fixture.search.search('75% gia đình', { limit: 1 })[0]?.text).toContain('75%');
  });
});
