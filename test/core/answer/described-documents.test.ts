// A document named by what it is ("thông tư cũ năm 2014 về cộng đồng học tập") is read as the numbered document it describes.
import { describe, expect, it } from 'vitest';
import { withDescribedDocuments } from '../../../src/core/answer/described-documents.js';
import type { DocumentMeta } from '../../../src/core/types.js';
import { loadLanguage } from '../../../src/language.js';
import { languageData } from '../../helpers/core.js';

const lexicon = loadLanguage('prompts');
const meta = (number: string, title: string, issuer: string, issued: string | undefined, tags: string[], status: DocumentMeta['status'] = 'in-force'): DocumentMeta => ({ number, title, issuer, issued, tags, status });
const documents = [
  meta('24/2023/TT-BGDĐT', 'Thông tư 24/2023/TT-BGDĐT quy định đánh giá, công nhận Đơn vị học tập', 'Bộ Giáo dục và Đào tạo', '2023-12-11', ['đơn vị học tập']),
  meta('25/2023/TT-BGDĐT', 'Thông tư 25/2023/TT-BGDĐT quy định đánh giá, công nhận Cộng đồng học tập', 'Bộ Giáo dục và Đào tạo', '2023-12-27', ['cộng đồng học tập']),
  meta('44/2014/TT-BGDĐT', 'Thông tư 44/2014/TT-BGDĐT về đánh giá, xếp loại Cộng đồng học tập cấp xã', 'Bộ Giáo dục và Đào tạo', '2014-12-12', ['cộng đồng học tập cấp xã'], 'superseded'),
  meta('1272/QĐ-TTg', 'Quyết định 1272/QĐ-TTg lấy ngày 2 tháng 10 hằng năm là Ngày Khuyến học Việt Nam', 'Thủ tướng Chính phủ', '2008-09-16', ['Ngày Khuyến học Việt Nam', 'Hội Khuyến học Việt Nam']),
  meta('122/QĐ-TTg', 'Quyết định 122/QĐ-TTg về việc thành lập Hội Khuyến học Việt Nam', 'Thủ tướng Chính phủ', '1996-02-29', ['Hội Khuyến học Việt Nam']),
  meta('448/QĐ-KHVN', 'Quyết định 448/QĐ-KHVN về tiêu chí Gia đình học tập, Dòng họ học tập giai đoạn 2016–2020', 'Hội Khuyến học Việt Nam', undefined, ['Hội Khuyến học Việt Nam', 'gia đình học tập'], 'expired'),
  meta('1373/QĐ-TTg', 'Quyết định 1373/QĐ-TTg phê duyệt Đề án Xây dựng xã hội học tập giai đoạn 2021–2030', 'Thủ tướng Chính phủ', '2021-07-30', ['xã hội học tập']),
  meta('677/QĐ-TTg', 'Quyết định 677/QĐ-TTg phê duyệt Chương trình Xây dựng mô hình Công dân học tập giai đoạn 2021–2030', 'Thủ tướng Chính phủ', '2022-06-03', ['công dân học tập']),
];
const read = (question: string) => withDescribedDocuments(question, () => documents, lexicon);

describe('documents named by what they are', () => {
  it('puts the number of the one document of the kind that holds the years and subjects said after the kind', () => {
    expect(read('cái thông tư cũ về cộng đồng học tập ra từ năm 2014 ban hành ngày nào')).toBe('cái thông tư 44/2014/TT-BGDĐT cũ về cộng đồng học tập ra từ năm 2014 ban hành ngày nào');
    expect(read('Quyết định lấy ngày 2/10 làm Ngày Khuyến học được ký hôm nào?')).toBe('Quyết định 1272/QĐ-TTg lấy ngày 2/10 làm Ngày Khuyến học được ký hôm nào?');
    // Each kind said reads its own description, up to the next kind or the end of its clause.
    expect(read('Thông tư về đơn vị học tập và thông tư về cộng đồng học tập năm 2023, cái nào ra trước?')).toBe(
      'Thông tư 24/2023/TT-BGDĐT về đơn vị học tập và thông tư 25/2023/TT-BGDĐT về cộng đồng học tập năm 2023, cái nào ra trước?',
    );
    // "mới", "cũ" right after the kind say which of the one in force and the one it replaced.
    expect(read('Thông tư mới về cộng đồng học tập có bãi bỏ thông tư cũ không')).toBe('Thông tư 25/2023/TT-BGDĐT mới về cộng đồng học tập có bãi bỏ thông tư cũ không');
    expect(read('thông tư cũ về cộng đồng học tập quy định gì')).toBe('thông tư 44/2014/TT-BGDĐT cũ về cộng đồng học tập quy định gì');
    // An issuer said after "của" is no subject the document must be about.
    expect(read('quyết định của Hội Khuyến học Việt Nam về gia đình học tập là gì')).toBe('quyết định 448/QĐ-KHVN của Hội Khuyến học Việt Nam về gia đình học tập là gì');
    // The issuer after "của" narrows the kind, and is no subject the document must be about.
    expect(read('chương trình công dân học tập của thủ tướng đặt mục tiêu gì')).toBe('chương trình 677/QĐ-TTg công dân học tập của thủ tướng đặt mục tiêu gì');
    // Typed bare, the number is bare too.
    expect(read('quyet dinh lay ngay 2/10 lam ngay khuyen hoc ky ngay nao')).toBe('quyet dinh 1272/QD-TTg lay ngay 2/10 lam ngay khuyen hoc ky ngay nao');
  });

  it('leaves a kind as it is when no one document fits, or when it is asked, pointed at, several or missing', () => {
    const unchanged = [
      // Two documents fit as well; none has all that is said; nothing is said of it.
      'thông tư về cộng đồng học tập có mấy mức',
      'đề án của TP.HCM về học tập suốt đời giai đoạn 2021–2030 tên là gì',
      'quyết định ấy ký ngày nào',
      'thông tư nào quy định cộng đồng học tập',
      'Quyết định thành lập Hội Khuyến học Việt Nam là quyết định số mấy',
      'thành phố có đề án về học tập suốt đời giai đoạn 2021–2030 tên là gì',
      'các quyết định của thủ tướng về xã hội học tập từ năm 2013 gồm những quyết định nào',
      'tại sao gia đình học tập không có thông tư về đơn vị học tập',
      'thông tư 25 về cộng đồng học tập năm 2023',
      'quyết định số 122 về ngày khuyến học ký khi nào',
      'quyết định đề án',
      // "mới", "cũ" further on describe something else; the kind inside other words; a verb or a common noun.
      'Thông tư về cộng đồng học tập có áp dụng cho xã cũ trước sáp nhập không',
      'Trường em làm truyền thông tư vấn về đơn vị học tập năm 2023',
      'he thong tu lieu ve cong dong hoc tap nam 2023',
      'Trường em lập kế hoạch xây dựng đơn vị học tập thế nào?',
      'chương trình học của con em có công dân học tập không',
      'Ai quyết định ngày khuyến học là 2/10?',
      'tt mình được công nhận cộng đồng học tập mới chưa',
      // A clause ends right after the kind; a local body's documents; several; missing with "cái".
      'Em chưa đọc thông tư. Xã em đạt cộng đồng học tập năm 2023 chưa?',
      'Hội khuyến học xã em có quyết định khen thưởng gia đình học tập không',
      '2 thông tư về đơn vị học tập năm 2023',
      'vài thông tư về cộng đồng học tập cũ',
      'sao gia đình học tập không có cái thông tư về đơn vị học tập',
    ];
    for (const question of unchanged) expect(read(question)).toBe(question);
  });

  it('reads every entry of `described-documents` as a rule', () => {
    const data = (languageData('subjects.yaml') as { 'described-documents': Record<string, string[] | Record<string, string[]>> })['described-documents'];
    const list = (key: string) => data[key] as string[];
    const issuers = data.issuers as Record<string, string[]>;
    const unit = 'thông tư về đơn vị học tập năm 2023';
    expect(read(unit)).toContain('24/2023/TT-BGDĐT');
    for (const before of [...list('plural-before'), ...list('absent-before')]) expect(read(`${before} ${unit}`), before).toBe(`${before} ${unit}`);
    for (const word of list('in-force')) expect(read(`thông tư ${word} về cộng đồng học tập`), word).toContain('25/2023/TT-BGDĐT');
    for (const word of list('replaced')) expect(read(`thông tư ${word} về cộng đồng học tập`), word).toContain('44/2014/TT-BGDĐT');
    const ofIssuer: Record<string, [string, string]> = {
      'Thủ tướng Chính phủ': ['chương trình của {} về công dân học tập', '677/QĐ-TTg'],
      'Bộ Giáo dục và Đào tạo': ['thông tư của {} về đơn vị học tập', '24/2023/TT-BGDĐT'],
      'Hội Khuyến học Việt Nam': ['quyết định của {} về gia đình học tập', '448/QĐ-KHVN'],
    };
    for (const [issuer, aliases] of Object.entries(issuers)) {
      for (const alias of aliases) {
        const own = ofIssuer[issuer];
        // A local body's documents are not numbered in the index: the 2021–2030 project stays as typed.
        const question = own ? own[0].replace('{}', alias) : `${alias} có đề án về xã hội học tập giai đoạn 2021–2030`;
        if (own) expect(read(question), alias).toContain(own[1]);
        else expect(read(question), alias).toBe(question);
      }
    }
  });
});

