// A message correcting itself as it goes (filler.yaml `self-corrections`) read as meant, and every other message untouched.
import { describe, expect, it } from 'vitest';
import { withSelfCorrections } from '../../../src/core/understand/self-correction.js';
import { loadLanguage } from '../../../src/language.js';
import { languageData, ROOT } from '../../helpers/core.js';

const lexicon = loadLanguage(`${ROOT}/prompts`);
const data = (
  languageData('filler.yaml') as {
    'self-corrections': { markers: string[]; 'pause-markers': string[]; 'bare-markers': string[]; leads: string[]; forms: { openers: string[]; askers: string[]; slips: string[] } };
  }
)['self-corrections'];
const meant = (text: string) => withSelfCorrections(text, lexicon);

describe('self-corrections', () => {
  it('replaces the year, number, title or place right before a marker with the one after it', () => {
    expect(meant('Gia đình học tập năm 2023 có 5 tiêu chí à không 6 tiêu chí?')).toBe('Gia đình học tập năm 2023 có 6 tiêu chí?');
    expect(meant('Người 60 tuổi được tham gia không à nhầm 70 tuổi')).toBe('Người 70 tuổi được tham gia không');
    expect(meant('năm 2024 à nhầm 2023 à nhầm 2022 à nhầm 2021 chủ đề gì')).toBe('năm 2021 chủ đề gì');
    expect(meant('Ngày Khuyến học năm 2022 à nhầm 2024 có hoạt động gì')).toBe('Ngày Khuyến học năm 2024 có hoạt động gì');
    expect(meant('thông tư 24 ủa lộn 25 quy định gì')).toBe('thông tư 25 quy định gì');
    expect(meant('tieu chi gia dinh hoc tap a nham dong ho hoc tap gom gi')).toBe('tieu chi dong ho hoc tap gom gi');
    expect(meant('Sơn La, à không, Sa Đéc vào mạng lưới năm nào')).toBe('Sa Đéc vào mạng lưới năm nào');
    expect(meant('tuan le nam ngoai a nham nam nay khai mac ngay nao')).toBe('tuan le nam nay khai mac ngay nao');
  });

  it('puts a correction closing the sentence in place of the last thing of its kind, closing particles dropped', () => {
    expect(meant('Sơn La vào mạng lưới UNESCO năm nào, à nhầm, mình hỏi Sa Đéc cơ?')).toBe('Sa Đéc vào mạng lưới UNESCO năm nào?');
    // "công dân" said alone stands for the title it begins.
    expect(meant('mục tiêu đến 2030 về Đơn vị học tập là bao nhiêu? À không, mình hỏi công dân.')).toBe('mục tiêu đến 2030 về công dân học tập là bao nhiêu?');
  });

  it('puts a short phrase in place of the phrase its first word begins before the marker', () => {
    expect(meant('Cột thứ hai trong ngôi đền gồm gì? À không, mình hỏi cột thứ ba cơ.')).toBe('cột thứ ba trong ngôi đền gồm gì?');
  });

  it('puts a new question in place of the sentence it corrects, keeping the story before it', () => {
    expect(meant('Tuần lễ năm 2023 chủ đề gì — à không, cho mình hỏi Ngày Khuyến học là ngày nào')).toBe('Ngày Khuyến học là ngày nào');
    expect(meant('Mình là giáo viên. Mình định hỏi về thông tư 24 — à không ạ, em nhớ nhầm, ý mình là Hội Khuyến học thành lập năm nào?')).toBe('Mình là giáo viên. Hội Khuyến học thành lập năm nào?');
    // A correction that neither asks nor requests keeps the request it replaces the object of, and a correction naming
    // no subject of its own the subjects of the sentence it corrects.
    expect(meant('Bạn kể giúp mình lịch của Ngày Khuyến học — à không, ý mình là các hoạt động thường có thôi.')).toBe('Bạn kể giúp mình Ngày Khuyến học các hoạt động thường có thôi.');
    expect(meant('Tuần lễ học tập suốt đời là gì. À không, nó bắt đầu từ năm nào?')).toBe('Tuần lễ học tập suốt đời nó bắt đầu từ năm nào?');
    // A correction re-asking only a facet of the same subject leaves the message as typed.
    expect(meant('Tuần lễ năm nay khai mạc ngày nào, à không, ngày bế mạc')).toBe('Tuần lễ năm nay khai mạc ngày nào, à không, ngày bế mạc');
    // A correction naming only a document or a year adds to what the sentence named.
    expect(meant('ai đánh giá dòng họ học tập, à nhầm, ý mình là theo công văn 6782 thì ai đánh giá')).toBe('dòng họ học tập theo công văn 6782 thì ai đánh giá');
  });

  it('respells the words closest to a starred last line', () => {
    expect(meant('tieu chi dong ho hoc tap\n*dòng họ')).toBe('tieu chi dòng họ hoc tap');
    expect(meant('cdht la j z ad\n*cđht')).toBe('cđht la j z ad');
    // Nothing close enough: the message stays.
    expect(meant('tuần lễ năm nay ngày nào\n*Hội Khuyến học')).toBe('tuần lễ năm nay ngày nào\n*Hội Khuyến học');
  });

  it('reads every marker and lead of the data', () => {
    for (const marker of [...data.markers, ...data['pause-markers']]) expect(meant(`tuần lễ năm 2022 ${marker} 2024 khai mạc ngày nào`), marker).toBe('tuần lễ năm 2024 khai mạc ngày nào');
    for (const marker of data['pause-markers']) expect(meant(`Sơn La vào mạng lưới năm nào, ${marker}, Sa Đéc?`), marker).toBe('Sa Đéc vào mạng lưới năm nào?');
    for (const marker of data['bare-markers']) expect(meant(`tuần lễ năm 2022 ${marker} 2024 khai mạc ngày nào`), marker).toBe('tuần lễ năm 2024 khai mạc ngày nào');
    for (const lead of data.leads) expect(meant(`Sơn La vào mạng lưới năm nào, à nhầm, ${lead} Sa Đéc?`), lead).toBe('Sa Đéc vào mạng lưới năm nào?');
  });

  it('reads every marker the forms make (an opener, an asker or none, a slip) before a pause or between two of a kind', () => {
    const { openers, askers, slips } = data.forms;
    for (const opener of openers)
      for (const slip of slips)
        for (const marker of [`${opener} ${slip}`, ...askers.map((asker) => `${opener} ${asker} ${slip}`)]) {
          expect(meant(`tuần lễ năm 2022 ${marker} 2024 khai mạc ngày nào`), marker).toBe('tuần lễ năm 2024 khai mạc ngày nào');
          expect(meant(`Sơn La vào mạng lưới năm nào, ${marker}, Sa Đéc?`), marker).toBe('Sa Đéc vào mạng lưới năm nào?');
        }
  });

  it('brings the item that differs from the last of its kind, a few words into the correction', () => {
    expect(meant('công văn của Bộ về tuần lễ năm 2024 là công văn số mấy ạ? À em nhầm, ông hỏi công văn năm 2025 cơ. Em cảm ơn ạ.')).toBe(
      'công văn của Bộ về tuần lễ năm 2025 là công văn số mấy ạ? Em cảm ơn ạ.',
    );
  });

  it('reads a correction only telling the case again as the case of the question after "thì"', () => {
    expect(meant('Con mình học lực trung bình thì nhà mình có đạt gia đình học tập không? À nhầm, học lực con mình tốt, chỉ có hạnh kiểm trung bình thôi. Em cảm ơn ạ.')).toBe(
      'học lực con mình tốt, chỉ có hạnh kiểm trung bình thôi thì nhà mình có đạt gia đình học tập không? Em cảm ơn ạ.',
    );
    // Telling nothing of the case (no word pair of it), it is no new case: thanks stay thanks.
    expect(meant('Nhà em 3 thế hệ thì có được công nhận không? À không, em tìm được câu trả lời rồi, cảm ơn ad nhiều nhé.')).not.toContain('thì có được công nhận');
  });

  it('leaves messages that only use the words', () => {
    for (const text of [
      'mình nhầm tên trong hồ sơ thì sửa thế nào',
      'lộn xộn quá, ai lo việc này',
      'quyết định 281 nhầm lẫn gì không',
      'tuần lễ là tháng 10 à, không phải tháng 9 à',
      'gia đình học tập là gì',
      'năm 2024 nhầm lẫn nhiều',
      // Marker words typed with other accents, and "à không" before a verb or as a tag, are other words.
      'Thành phố nào ở châu Á không có trong mạng lưới UNESCO?',
      'Phong trào ấy nhằm mục đích gì?',
      'cho em hỏi ạ không biết tuần lễ năm nay khai mạc ngày nào',
      'Em 17 tuổi à không được tham gia hả',
      'gia dinh hoc tap can bao nhieu diem a ko biet',
      'Sa Đéc vào mạng lưới năm nào à không phải Sơn La',
      'tuần lễ năm nay có tổ chức không ad, à thôi khỏi',
      // A list's first item is no starred correction.
      'Tiêu chí gia đình học tập gồm:\n* học tập',
      // The forms' markers before other words report a slip; an asker's word and a slip without an opener, and "lớn"
      // typed bare, are words.
      'Ad ơi xin lỗi mình gõ nhầm số CCCD khi đăng ký công dân học tập, sửa thế nào',
      'Hôm qua ad ơi, à mình ghi nhầm tên chủ hộ trong đơn đăng ký gia đình học tập năm 2024 thì có sao không',
      'Nha em co ong ba, bo me va 2 chau thi co duoc cong nhan gia dinh hoc tap khong? Chau lon, hoc gioi, chau nho hoc kha.',
      'nha em co 2 con lon 18 tuoi va 20 tuoi',
    ])
      expect(meant(text), text).toBe(text);
  });
});
