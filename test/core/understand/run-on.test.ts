// A long message typed or dictated without punctuation broken into clauses (filler.yaml `run-on`), and nothing else.
import { describe, expect, it } from 'vitest';
import { withRunOnBreaks } from '../../../src/core/understand/run-on.js';
import { understand } from '../../../src/core/understand/understand.js';
import { loadLanguage } from '../../../src/language.js';
import { languageData, ROOT } from '../../helpers/core.js';

const lexicon = loadLanguage(`${ROOT}/prompts`);
const runOn = (languageData('filler.yaml') as { 'run-on': { 'begins-before': string[]; 'told-after-speaker': string[] } })['run-on'];
const broken = (text: string) => withRunOnBreaks(text, lexicon);
/** A story long enough to be a run-on, without any clause break of its own. */
const STORY = 'tuần trước đi họp tổ dân phố nghe nói về danh hiệu gia đình học tập của phường';

describe('run-on messages', () => {
  it('breaks a dictated message after its greeting and "ạ", and before the question and the thanks, with the speaker', () => {
    expect(broken('dạ em chào anh chị ạ em là phóng viên của đài truyền thanh phường em muốn hỏi hội khuyến học việt nam thành lập năm nào vậy ạ mong anh chị giúp em cảm ơn nhiều ạ')).toBe(
      'dạ em chào anh chị ạ, em là phóng viên của đài truyền thanh phường, em muốn hỏi hội khuyến học việt nam thành lập năm nào vậy ạ, mong anh chị giúp, em cảm ơn nhiều ạ',
    );
    expect(broken('dạ chào cháu bác mới tải cái ứng dụng này về bác không biết dùng cháu giúp được bác những việc gì vậy cảm ơn cháu nhé')).toBe(
      'dạ chào cháu, bác mới tải cái ứng dụng này về bác không biết dùng cháu giúp được bác những việc gì vậy, cảm ơn cháu nhé',
    );
    expect(broken(`${STORY} mà bác không rõ nó là cái gì`)).toBe(`${STORY}, mà bác không rõ nó là cái gì`);
    // A time or another "mà" inside a question belongs to it.
    for (const kept of ['hội nghị quốc tế về thành phố học tập năm ngoái tổ chức ở đâu vậy ad cho em biết với', 'số gia đình học tập mà tôi đọc được trên báo tháng trước là bao nhiêu phần trăm']) expect(broken(kept), kept).toBe(kept);
  });

  it('breaks after every greeting with whom it greets, and before every way of not knowing after "mà" and the speaker', () => {
    const { greetings, unknowing } = (languageData('filler.yaml') as { 'run-on': { greetings: string[]; unknowing: string[] } })['run-on'];
    for (const greeting of greetings) expect(broken(`${greeting} ban quản trị ${STORY}`), greeting).toBe(`${greeting} ban quản trị, ${STORY}`);
    for (const phrase of unknowing) expect(broken(`${STORY} mà tôi ${phrase} lắm`), phrase).toBe(`${STORY}, mà tôi ${phrase} lắm`);
  });

  it('begins a clause at a pause of dictation before a pronoun or the one addressed, and nowhere else', () => {
    expect(broken(`${STORY} ấy thì là nó là cái gì`)).toBe(`${STORY} ấy, thì là nó là cái gì`);
    expect(broken(`${STORY} ừm bạn giúp mình với`)).toBe(`${STORY}, ừm bạn giúp mình với`);
    expect(broken('mình mới thêm cái zalo này vào mình chưa biết dùng thì là bạn là ai vậy')).toBe('mình mới thêm cái zalo này vào mình chưa biết dùng, thì là bạn là ai vậy');
    // A pause inside a sentence, "X thì là Y" with the asker as Y's subject, and bare messages stay whole.
    for (const kept of [
      'cho em hỏi là điều kiện để được công nhận ừm gia đình học tập là gì vậy',
      'trường em đạt tập thể lao động tiên tiến rồi thì là có đủ để được công nhận đơn vị học tập chưa',
      'nếu nhà em được công nhận gia đình học tập ba năm liền thì là em có được khen thưởng gì thêm không',
      'minh moi them cai zalo nay vao um minh chua biet dung thi la ban la ai vay',
    ]) {
      expect(broken(kept), kept).toBe(kept);
    }
  });

  it('begins a clause before every begins-before phrase, taking the speaker\'s word before it', () => {
    for (const phrase of runOn['begins-before']) expect(broken(`${STORY} em ${phrase} thêm`), phrase).toBe(`${STORY}, em ${phrase} thêm`);
  });

  it('begins a clause before a speaker telling where they read or heard it (`told-after-speaker`), and not without the speaker', () => {
    expect(runOn['told-after-speaker'].length).toBeGreaterThan(0);
    for (const phrase of runOn['told-after-speaker']) expect(broken(`${STORY} tôi ${phrase} là có 70% gia đình đạt`), phrase).toBe(`${STORY}, tôi ${phrase} là có 70% gia đình đạt`);
    const asked = 'vi sao nghe noi bay gio mot so tinh bo thu tuc cong nhan cap huyen roi';
    expect(broken(asked)).toBe(asked);
    // The question pointing back at what was read is read with it, apart from who the speaker is.
    const read = understand(broken('chào ad tôi là trưởng ban khuyến học của công ty điện lực tôi đọc báo thấy năm 2025 tỷ lệ lao động qua đào tạo đã tăng lên ad cho tôi hỏi con số đó là bao nhiêu'), lexicon);
    expect(read.query).toContain('lao động qua đào tạo');
    expect(read.query).not.toContain('điện lực');
  });

  it('begins a clause before every `asked-by` opener followed by its close, as written with diacritics only', () => {
    const { opens } = (languageData('filler.yaml') as { 'asked-by': { opens: string[] } })['asked-by'];
    for (const open of opens) expect(broken(`${STORY} ${open} hỏi tiêu chí gồm những gì`), open).toBe(`${STORY}, ${open} hỏi tiêu chí gồm những gì`);
    expect(broken(`${STORY} mẹ em hỏi tiêu chí gồm những gì`)).toBe(`${STORY}, mẹ em hỏi tiêu chí gồm những gì`);
    // An opener without its close right after it, the object of the word before (`asked-by-not-after`), the second half
    // of a person named in two words, and a bare "hoi" (also "hội") part nothing.
    for (const kept of [
      `${STORY} mẹ em ở quê được xóm cử đi làm hồ sơ`,
      `${STORY} em có ba câu hỏi về tiêu chí`,
      `${STORY} em muốn nhờ anh hỏi giúp tiêu chí`,
      `${STORY} nhà tôi có ông tổ trưởng hỏi tiêu chí gồm những gì`,
      'tuan truoc di hop to dan pho nghe noi ve danh hieu gia dinh hoc tap me hoi tieu chi gom nhung gi',
    ]) {
      expect(broken(kept), kept).toBe(kept);
    }
  });

  it('leaves punctuated, short and bare-typed particles as they are', () => {
    for (const kept of [
      'Chào buổi sáng Loa nhé, hôm nay mình có mấy câu muốn hỏi về xã hội học tập đấy.',
      'dạ em chào anh chị ạ em muốn hỏi',
      // Typed bare, "nha" is also "nhà" and "minh la" is not an introduction.
      'mai nha trong mo hinh dac trung thanh pho hoc tap gom nhung gi va cam nhan',
    ]) {
      expect(broken(kept), kept).toBe(kept);
    }
  });

  it('lets the question of a run-on message be read as it would be with punctuation', () => {
    const read = understand(broken('dạ em chào anh chị ạ em là phóng viên của đài truyền thanh phường em muốn hỏi hội khuyến học việt nam thành lập năm nào vậy ạ mong anh chị giúp em cảm ơn nhiều ạ'), lexicon);
    expect(read.query).not.toMatch(/phóng viên|chào|cảm ơn/u);
    expect(read.query).toContain('hội khuyến học việt nam');
  });
});
