// Numbers said as words (prompts/language/spoken-numbers.yaml) read as digits where a number stands, and nowhere else.
import { describe, expect, it } from 'vitest';
import { withShortYears, withSpokenNumbers } from '../../../src/core/understand/spoken-numbers.js';
import { fold } from '../../../src/core/text/vietnamese.js';
import { loadLanguage } from '../../../src/language.js';
import { SHORT_YEAR_PIVOT } from '../../../src/core/understand/tuning.js';
import { languageData, ROOT } from '../../helpers/core.js';

const lexicon = loadLanguage(`${ROOT}/prompts`);
const data = languageData('spoken-numbers.yaml') as { digits: Record<string, string[]>; 'document-kinds'?: never };
const spelled = (text: string) => withSpokenNumbers(text, lexicon);

describe('numbers said as words', () => {
  it('reads every digit word after a document kind, digit by digit, with and without diacritics', () => {
    for (const [digit, names] of Object.entries(data.digits)) {
      if (digit === '0') continue;
      for (const name of names) {
        expect(spelled(`quyết định số ${name} ${name} hai nói về gì`), name).toBe(`quyết định số ${digit}${digit}2 nói về gì`);
        expect(spelled(`quyet dinh ${fold(name)} ${fold(name)} hai noi ve gi`), name).toBe(`quyet dinh ${digit}${digit}2 noi ve gi`);
      }
    }
    expect(spelled('qđ ba tám bảy vs qđ sáu bảy bảy khác j nhau')).toBe('qđ 387 vs qđ 677 khác j nhau');
    expect(spelled('quyết định một ba một lăm là kế hoạch gì')).toBe('quyết định 1315 là kế hoạch gì');
    expect(spelled('thông tư hai lăm nói gì')).toBe('thông tư 25 nói gì');
    // A "không" ending the number asks; "năm" before a year is the word for year.
    expect(spelled('quyết định ba tám bảy không')).toBe('quyết định 387 không');
    expect(spelled('quyết định ba tám bảy năm hai không hai hai')).toBe('quyết định 387 năm 2022');
  });

  it('reads a document number said in two halves of two digits', () => {
    expect(spelled('quyết định mười ba mười lăm ai kí vậy')).toBe('quyết định 1315 ai kí vậy');
    expect(spelled('qd muoi ba muoi lam ai ky')).toBe('qd 1315 ai ky');
    expect(spelled('quyết định mười ba bảy ba')).toBe('quyết định 1373');
    // A year after the number is the document's year, not its second half.
    expect(spelled('quyết định mười ba mười lăm năm hai không hai ba')).toBe('quyết định 1315 năm 2023');
    expect(spelled('quyết định tám chín năm hai không mười ba')).toBe('quyết định 89 năm 2013');
    expect(spelled('thông tư hai mươi lăm hai không hai ba')).toBe('thông tư 25 hai không hai ba');
    // Only a first half said with "mười" starts one: others are a number and what follows ("44/2014", "25 … 12 điều").
    expect(spelled('thông tư bốn bốn mười bốn quy định gì')).toBe('thông tư 44 14 quy định gì');
    expect(spelled('thông tư hai lăm mười hai điều')).toBe('thông tư 25 12 điều');
  });

  it('reads a number said with its place words wherever it stands', () => {
    expect(spelled('quyết định sáu trăm bảy mươi bảy là về cái gì')).toBe('quyết định 677 là về cái gì');
    expect(spelled('bác năm nay bảy mươi hai tuổi')).toBe('bác năm nay 72 tuổi');
    expect(spelled('hai mươi mốt người, ba mươi tư người, mười lăm người')).toBe('21 người, 34 người, 15 người');
    expect(spelled('được chín mươi phần trăm')).toBe('được 90%');
    expect(spelled('một trăm linh năm điểm')).toBe('105 điểm');
  });

  it('reads a year after "năm" in every spoken form, and no other number there', () => {
    for (const [said, year] of [
      ['hai không hai hai', '2022'],
      ['hai nghìn lẻ tám', '2008'],
      ['hai ngàn không trăm hai mươi lăm', '2025'],
      ['hai k mười bốn', '2014'],
      ['hai k hai bốn', '2024'],
      ['hai ngàn hai ba', '2023'],
      ['hai không mười ba', '2013'],
      ['hai không hai lăm', '2025'],
      ['hai không ba mươi', '2030'],
    ]) {
      expect(spelled(`năm ${said} thì sao`), said).toBe(`năm ${year} thì sao`);
    }
    expect(spelled('tới hai k ba mươi bao nhiêu phần trăm')).toBe('tới 2030 bao nhiêu phần trăm');
    for (const kept of ['năm năm nữa', 'mười năm', 'năm nay', 'có hai k']) expect(spelled(kept)).toBe(kept);
  });

  it('reads days and months around "ngày" and "tháng", not counts of them', () => {
    expect(spelled('nộp trước ngày mười lăm tháng mười hai')).toBe('nộp trước ngày 15 tháng 12');
    expect(spelled('hạn mười lăm tháng một')).toBe('hạn 15 tháng 1');
    expect(spelled('mùng hai tháng chín')).toBe('mùng 2 tháng 9');
    expect(spelled('tuần lễ tháng mười năm hai không hai sáu')).toBe('tuần lễ tháng 10 năm 2026');
    for (const kept of ['ba tháng nữa', 'trong ba ngày', 'ngày năm nay', 'tháng năm']) expect(spelled(kept)).toBe(kept);
  });

  it('reads no number across punctuation, a line break, an emoji or a dash, and keeps them', () => {
    for (const kept of ['mà không nói ngày. Năm nay tuần lễ bắt đầu hôm nào', 'quyết định, ba người đi họp', 'việt nam có mấy thành phố']) expect(spelled(kept)).toBe(kept);
    expect(spelled('Bác năm nay bảy mươi hai tuổi\nGia đình học tập là gì')).toBe('Bác năm nay 72 tuổi\nGia đình học tập là gì');
    expect(spelled('bảy mươi 😊 hai đứa cháu')).toBe('70 😊 hai đứa cháu');
    expect(spelled('tám mươi - hai tháng nữa')).toBe('80 - hai tháng nữa');
  });

  it('reads words that only fold like number words as words, and counts as counts', () => {
    for (const kept of [
      'hơn hai mươi bà con trong tổ',
      'con lớp mười tự học',
      'khoảng chín mười người',
      'quyết định ba tám bảy làm rõ điều gì',
      'theo quyết định một năm xét một lần',
      'sinh hoạt mỗi tháng hai lần',
      'ba tháng một lần có họp xét không',
      'ngày ba em đi họp về nói',
    ]) {
      expect(spelled(kept), kept).toBe(kept.replace('hai mươi', '20').replace('ba tám bảy', '387'));
    }
    expect(spelled('thang muoi tu ngay may')).toBe('thang 10 tu ngay may');
    // "năm" after a document's digits is a year unless a digit follows or nothing does.
    expect(spelled('quyết định ba tám bảy năm nào ban hành')).toBe('quyết định 387 năm nào ban hành');
    expect(spelled('quyết định ba tám bảy năm 2022 nói gì')).toBe('quyết định 387 năm 2022 nói gì');
    expect(spelled('quyết định năm hai không hai hai về công dân học tập')).toBe('quyết định năm 2022 về công dân học tập');
    expect(spelled('quyết định một ba một năm')).toBe('quyết định 1315');
    expect(spelled('khai mạc ngày hai mốt tháng mười')).toBe('khai mạc ngày 21 tháng 10');
    expect(spelled('ngày hai lăm tháng ba')).toBe('ngày 25 tháng 3');
  });
});

describe('years said by their last two digits (`short-years`)', () => {
  const shortYears = languageData('spoken-numbers.yaml')['short-years'] as { 'not-before': string[]; 'not-after': string[] };
  const whole = (text: string) => withShortYears(withSpokenNumbers(text, lexicon), lexicon);

  it('reads two digits after a year word as that year, typed, said or bare, of the 2000s up to the pivot', () => {
    expect(whole('Năm 22 có bao nhiêu thành phố mới vào mạng lưới')).toBe('Năm 2022 có bao nhiêu thành phố mới vào mạng lưới');
    expect(whole(`đến năm ${SHORT_YEAR_PIVOT} chỉ tiêu bao nhiêu`)).toBe(`đến năm ${2000 + SHORT_YEAR_PIVOT} chỉ tiêu bao nhiêu`);
    // A birth year is of the 1900s, not one to come.
    expect(whole('bác sinh năm 60 có được công nhận không')).toBe('bác sinh năm 1960 có được công nhận không');
    expect(whole(`sinh năm ${SHORT_YEAR_PIVOT + 1}`)).toBe(`sinh năm ${1900 + SHORT_YEAR_PIVOT + 1}`);
    expect(whole('năm không tám')).toBe('năm 2008');
    expect(whole('chi tieu dhht nam 25 la bn % z ad')).toBe('chi tieu dhht nam 2025 la bn % z ad');
    expect(whole('theo quyết định 387 đến năm hai lăm bao nhiêu phần trăm')).toBe('theo quyết định 387 đến năm 2025 bao nhiêu phần trăm');
    expect(whole('tuan le nam 23 vs nam 24 ngay khai mac khac nhau ko')).toBe('tuan le nam 2023 vs nam 2024 ngay khai mac khac nhau ko');
    // Two digit words past the pivot are a year of the 1900s when they are no rough count (two numbers in a row), also
    // after a month's number.
    expect(whole('hội ra mắt vào một ngày đầu tháng mười năm chín sáu')).toBe('hội ra mắt vào một ngày đầu tháng 10 năm 1996');
    expect(whole('hoi ra mat thang muoi nam chin sau')).toBe('hoi ra mat thang 10 nam 1996');
    expect(whole('ông sinh năm bốn tám')).toBe('ông sinh năm 1948');
  });

  it('reads no year where a count follows or the year word counts years, nor in a decimal, a date or a share', () => {
    expect(shortYears['not-before'].filter((count) => whole(`năm 30 ${count} được công nhận`) !== `năm 30 ${count} được công nhận`)).toEqual([]);
    expect(shortYears['not-after'].filter((count) => whole(`${count} năm 20 khóa mở`) !== `${count} năm 20 khóa mở`)).toEqual([]);
    for (const text of ['trong 5 năm 20 xã', 'năm 22,5 điểm', 'năm 22/10', 'năm 30%', 'năm 2022', 'năm. 22 người', 'viet nam 30 nam doi moi']) expect(whole(text), text).toBe(text);
    // Nor two digit words said as a rough count ("ba bốn lần"), or "nam" for south.
    for (const text of ['mỗi năm ba bốn lần', 'một năm hai ba lần', 'có năm sáu bảy nhà đạt', 'mien nam hai ba tinh', 'hoi vien nam 25 nu 30', 'quang nam 18 huyen dat chuan chua']) expect(whole(text), text).toBe(text);
  });
});

describe('decimals said with "phẩy" (`decimal-words`), and pairs before a count (`pair-counts`)', () => {
  const spoken = (text: string) => withSpokenNumbers(text, lexicon);

  it('reads a number, "phẩy" and digits as a decimal; "năm" only as the first decimal, a "không" ending them asks', () => {
    expect(spoken('hà nội có hơn một phẩy bốn triệu gia đình học tập')).toBe('hà nội có hơn 1,4 triệu gia đình học tập');
    expect(spoken('dòng họ đạt chín chín phẩy bốn phần trăm')).toBe('dòng họ đạt 99,4%');
    expect(spoken('mot phay bon trieu')).toBe('1,4 trieu');
    expect(spoken('tỷ lệ có đạt chín chín phẩy năm không')).toBe('tỷ lệ có đạt 99,5 không');
    expect(spoken('hai phẩy năm năm học')).toBe('2,5 năm học');
  });

  it('reads tens and a unit\'s own name as a number before what they count (`pair-counts`), typed or bare', () => {
    expect(spoken('mẹ em sáu lăm tuổi')).toBe('mẹ em 65 tuổi');
    expect(spoken('me e sau lam tuoi ko biet chu')).toBe('me e 65 tuoi ko biet chu');
    expect(spoken('thành viên ở chín mốt quốc gia')).toBe('thành viên ở 91 quốc gia');
  });

  it('reads no number from a digit word and a unit\'s own name standing elsewhere (they are other words too)', () => {
    for (const text of ['sau mot thoi gian thi duoc cong nhan lai khong', 'ba lam ho so gia dinh hoc tap o dau', 'có hai tư vấn viên ở phường', 'con em học lớp sáu lăm rồi', 'sinh viên năm tư']) expect(spoken(text), text).toBe(text);
  });
});
