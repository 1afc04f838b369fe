// Document validity: superseded documents rank below their replacement unless the question names them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, indexFixture, markdown } from './helpers.js';

let fixture: Fixture;
beforeAll(async () => {
  const body = (extra: string) => `# Tiêu chí\n\nCộng đồng học tập cấp xã được đánh giá theo các tiêu chí về giáo dục mầm non và xóa mù chữ. ${extra}`;
  fixture = await indexFixture({
    'old.md': markdown({ title: 'Thông tư 44/2014/TT-BGDĐT về Cộng đồng học tập cấp xã', number: '44/2014/TT-BGDĐT', issued: '2014-12-12', status: 'superseded', superseded_by: '25/2023/TT-BGDĐT' }, body('Xếp loại hằng năm.')),
    'new.md': markdown({ title: 'Thông tư 25/2023/TT-BGDĐT về Cộng đồng học tập', number: '25/2023/TT-BGDĐT', issued: '2023-12-27', effective: '2024-02-12' }, body('Hai mức độ công nhận.')),
    'other.md': markdown({ title: 'Ngày Khuyến học Việt Nam' }, '# Ngày\n\nNgày Khuyến học Việt Nam là ngày 2 tháng 10.'),
  });
});
afterAll(() => fixture.cleanup());

describe('validity', () => {
  it('stores status, dates and the replacing document', () => {
    const [passage] = fixture.search.search('thông tư 44/2014', { limit: 1 });
    expect(passage!.meta).toMatchObject({ status: 'superseded', supersededBy: '25/2023/TT-BGDĐT', issued: '2014-12-12' });
    const [current] = fixture.search.search('thông tư 25/2023', { limit: 1 });
    expect(current!.meta).toMatchObject({ status: 'in-force', effective: '2024-02-12' });
  });

  it('ranks a superseded passage below its replacement for a general question', () => {
    const passages = fixture.search.search('tiêu chí cộng đồng học tập cấp xã', { limit: 3 });
    expect(passages[0]!.meta.number).toBe('25/2023/TT-BGDĐT');
    expect(passages.findIndex((p) => p.meta.number === '44/2014/TT-BGDĐT')).toBeGreaterThan(0);
  });

  it('puts the superseded document first when the question names it', () => {
    expect(fixture.search.search('Thông tư 44/2014 quy định tiêu chí gì?', { limit: 1 })[0]!.meta.number).toBe('44/2014/TT-BGDĐT');
  });
});
