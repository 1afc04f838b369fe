// Telex and VNI keystrokes left in words typed with the keyboard off (prompts/language/typing.yaml) read as syllables.
import { describe, expect, it } from 'vitest';
import { keystrokesRead, syllableParts, withTypingMended } from '../../../src/core/understand/typing.js';
import { loadLanguage } from '../../../src/language.js';
import { languageData, ROOT } from '../../helpers/core.js';

const lexicon = loadLanguage(`${ROOT}/prompts`);
const rules = lexicon.typing;
const read = (word: string) => keystrokesRead(word, rules)?.read;
const data = languageData('typing.yaml') as { 'not-keystrokes': string[]; syllable: { open: string[]; closed: string[]; either: string[] } };

describe('keystrokes of an input method', () => {
  it('reads Telex tone and mark keys as the syllable they type, the tone on the vowel that carries it', () => {
    const words: Record<string, string> = { hocj: 'học', taapj: 'tập', ddinhf: 'đình', quyeets: 'quyết', daan: 'dân', khoong: 'không', hoaif: 'hoài', cuar: 'của', naof: 'nào', vawn: 'văn', giaf: 'già', gif: 'gì', kys: 'ký', own: 'ơn', nhw: 'như', nhuwngx: 'những', dduowcj: 'được', nguwowif: 'người', khuyeens: 'khuyến', hoaf: 'hoà' };
    for (const [typed, meant] of Object.entries(words)) expect(read(typed), typed).toBe(meant);
  });

  it('reads VNI digits only when one stands between letters, so numbers glued to words stay numbers', () => {
    expect(read('ho5c')).toBe('học');
    expect(read('ta6p5')).toBe('tập');
    expect(read('d9i2nh')).toBe('đình');
    expect(read('ngu7o7i2')).toBe('người');
    for (const typed of ['lop6', 't10', 'qd677', '2k24', 'covid19', 'lop12']) expect(read(typed), typed).toBeUndefined();
  });

  it('leaves words whose keys make no Vietnamese syllable, words in capitals, listed words and chat shorthand as typed', () => {
    for (const typed of ['thanks', 'start', 'users', 'ns', 'cities', 'learning', 'HOCJ', 'GNLC', 'hoc', 'tap', 'học']) expect(read(typed), typed).toBeUndefined();
    for (const typed of data['not-keystrokes']) {
      expect(withTypingMended(`${typed} hocj taapj`, lexicon), typed).toBe(`${typed} hoc tap`);
      // Each is listed because it would be read otherwise.
      expect(keystrokesRead(typed, { ...rules, kept: new Set() }), typed).toBeDefined();
    }
    // "wa" is chat shorthand for "quá", not Telex "ưa"; "docx" a web ending.
    expect(keystrokesRead('wa', { ...rules, kept: new Set() })?.read).toBe('ưa');
    expect(read('docx')).toBeUndefined();
    expect(read('wa')).toBeUndefined();
  });

  it('reads a word from keys that spell English as often only beside another word read, and "j" that makes "i" as chat spelling', () => {
    for (const text of ['cho mình xin docs hướng dẫn chấm điểm', 'sos', 'tuổi teen', 'nghị quyết tw về xã hội học tập', 'noi xoong']) expect(withTypingMended(text, lexicon), text).toBe(text);
    expect(withTypingMended('Chur đề tuần lễ năm nay', lexicon)).toBe('Chur đề tuần lễ năm nay');
    expect(withTypingMended('Chur ddeef tuần lễ năm nay', lexicon)).toBe('Chủ đề tuần lễ năm nay');
    expect(withTypingMended('Công dân hocj tập phải đạt bao nhiêu điểm', lexicon)).toBe('Công dân học tập phải đạt bao nhiêu điểm');
    for (const chat of ['aj', 'roj', 'toj']) expect(read(chat), chat).toBeUndefined();
  });

  it('reads no tone a syllable cannot take, and no first consonant spelled against its vowel', () => {
    for (const typed of ['hitf', 'catr', 'docx', 'kaf', 'cef', 'ngif']) expect(read(typed), typed).toBeUndefined();
    expect(read('kees')).toBe('kế');
    expect(read('ghis')).toBe('ghí');
  });

  it('knows a syllable by its parts: vowels that end it, need a last consonant, or take either', () => {
    for (const vowels of data.syllable.open) expect(syllableParts(`t${vowels}`, rules), vowels).toBeDefined();
    for (const vowels of data.syllable.closed) {
      expect(syllableParts(`t${vowels}`, rules), vowels).toBeUndefined();
      expect(syllableParts(`t${vowels}n`, rules), vowels).toBeDefined();
    }
    for (const vowels of data.syllable.either) expect(syllableParts(`t${vowels}`, rules) && syllableParts(`t${vowels}m`, rules), vowels).toBeDefined();
    expect(syllableParts('tais', rules)).toBeUndefined();
    expect(syllableParts('tain', rules)).toBeUndefined();
  });

  it('reads a message bare where the rest is typed bare, with marks where the rest has them', () => {
    expect(withTypingMended('quyeets ddinhj 677 ky ngay nao', lexicon)).toBe('quyet dinh 677 ky ngay nao');
    expect(withTypingMended('Gia ddinhf học tập là gì', lexicon)).toBe('Gia đình học tập là gì');
    expect(withTypingMended('Quyeets ddinhj 677 ký ngày nào', lexicon)).toBe('Quyết định 677 ký ngày nào');
    expect(withTypingMended('cong dan hoc tap la gi', lexicon)).toBe('cong dan hoc tap la gi');
  });

  it('parts syllables typed without a space, the fewest and with the longest first consonants, a vowel typed again aside', () => {
    expect(withTypingMended('học tập suốtđời là gì', lexicon)).toBe('học tập suốt đời là gì');
    expect(withTypingMended('côngnhận cộngđồng họctậpsuốtđời', lexicon)).toBe('công nhận cộng đồng học tập suốt đời');
    expect(withTypingMended('học cóphải không', lexicon)).toBe('học có phải không');
    for (const text of ['ngừoi', 'Đắk Lắk', 'cđht', 'ĐVHT', 'TP.HCM', 'ôkê', 'oké bạn']) expect(withTypingMended(text, lexicon), text).toBe(text);
    // A word that parts as well with a syllable opening with a vowel is left as typed.
    for (const text of ['cảmơn ad', 'bạnơi cho mình hỏi', 'khôngạ', 'giúpem với']) expect(withTypingMended(text, lexicon), text).toBe(text);
    expect(withTypingMended('xinchào', lexicon)).toBe('xin chào');
    // No word longer than the syllables it may hold is parted (the work per word stays bounded).
    expect(withTypingMended('á'.repeat(2000), lexicon)).toBe('á'.repeat(2000));
  });

  it('drops a last letter typed twice where only the word without it is a syllable, in a word typed with marks', () => {
    expect(withTypingMended('Gia đinh học tậpp là gì vậy', lexicon)).toBe('Gia đinh học tập là gì vậy');
    expect(withTypingMended('họcc tập suốt đờii', lexicon)).toBe('học tập suốt đời');
    expect(withTypingMended('khi nàoo', lexicon)).toBe('khi nào');
    // Bare, or a syllable as typed ("xoong"), or no syllable without the letter either, it stays.
    for (const text of ['tải app về máy', 'hocc tapp', 'cái xoong', 'ôkkk']) expect(withTypingMended(text, lexicon), text).toBe(text);
  });

  it('joins a syllable parted by a space before its last consonants, and nothing that is a syllable alone', () => {
    expect(withTypingMended('bao nhiêu điểm mới được công nhậ n', lexicon)).toBe('bao nhiêu điểm mới được công nhận');
    expect(withTypingMended('ko còn huyệ n nữa à', lexicon)).toBe('ko còn huyện nữa à');
    for (const text of ['thế là n người', 'cong nha n', 'anh c ơi']) expect(withTypingMended(text, lexicon), text).toBe(text);
  });
});
