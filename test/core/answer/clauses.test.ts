// Answering clause by clause (clauses.ts): which clauses ask of their own subject, with the real language data.
import { describe, expect, it } from 'vitest';
import { answerClauses, type ClauseDeps } from '../../../src/core/answer/clauses.js';
import { understand } from '../../../src/core/understand/understand.js';
import { loadLanguage } from '../../../src/language.js';
import { loadPrompts } from '../../../src/prompts.js';
import { ROOT } from '../../helpers/core.js';
import { passage } from './passages.js';

const { messages } = loadPrompts(`${ROOT}/prompts`);
const lexicon = loadLanguage(`${ROOT}/prompts`);
const purpose = passage('Quyết định 281/QĐ-TTg phê duyệt Đề án đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng.');
const models = passage('Gia đình học tập, Dòng họ học tập và Cộng đồng học tập là những mô hình do Quyết định 281/QĐ-TTg lập ra.');
const deps: ClauseDeps = {
  lexicon,
  texts: { moreItems: messages.moreItems, listCount: messages.listCount, yes: messages.answerYes, no: messages.answerNo, unconfirmed: messages.answerUnconfirmed },
  retrieve: (question) => (/mô hình/u.test(question) ? [models] : [purpose]),
  read: (text) => understand(text, lexicon),
  minCoverage: 0.3,
  leadOf: () => undefined,
};

describe('answering clause by clause', () => {
  it('takes a word pointing back right after the subject it qualifies as no pointing back ("QĐ 281 đó nói về việc gì")', () => {
    const answer = answerClauses(['qđ 281 đó nói về việc gì', 'qđ 281 lập ra những mô hình nào'], '', deps);
    expect(answer?.answer.text).toContain('phê duyệt Đề án');
    expect(answer?.answer.text).toContain('những mô hình do Quyết định 281/QĐ-TTg lập ra');
  });

  it('asks a clause naming nothing but pointing back of the subjects before it ("…, và ai quyết định chuyện đó")', () => {
    const reason = passage('Ngày 2/10 được chọn làm Ngày Khuyến học Việt Nam vì đó là ngày Hội Khuyến học Việt Nam ra mắt năm 1996.');
    const decision = passage('Thủ tướng Chính phủ quyết định lấy ngày 2/10 hằng năm làm Ngày Khuyến học Việt Nam (Quyết định 1272/QĐ-TTg).');
    const retrieve = (question: string) => (/quyết định/u.test(question) ? [decision] : [reason]);
    const answer = answerClauses(['vì sao ngày 2/10 được chọn làm ngày khuyến học việt nam', 'và ai quyết định chuyện đó'], '', { ...deps, retrieve });
    expect(answer?.answer.text).toContain('ra mắt năm 1996');
    expect(answer?.answer.text).toContain('1272/QĐ-TTg');
  });

  it('takes a demonstrative after a subject an earlier clause named as pointing back at that fuller mention', () => {
    expect(answerClauses(['cộng đồng học tập cấp xã theo thông tư 25 có mấy tiêu chí', 'cộng đồng học tập đó do ai công nhận'], '', deps)).toBeUndefined();
    // Only a demonstrative qualifies the subject before it: "như vậy" still points back.
    expect(answerClauses(['qđ 281 nói về việc gì', 'qđ 387 như vậy lập ra những mô hình nào'], '', deps)).toBeUndefined();
  });

  it('asks a claim of who did an act of the subject before it, searched without the actor it names', () => {
    const week = passage('Tuần lễ hưởng ứng học tập suốt đời là một tuần hoạt động hưởng ứng việc học tập suốt đời.');
    const first = passage('Tuần lễ học tập suốt đời lần đầu tiên năm 2011 do Bộ Giáo dục và Đào tạo tổ chức.');
    const society = passage('Hội Khuyến học Việt Nam được thành lập năm 1996.');
    const searched: string[] = [];
    const retrieve = (question: string) => {
      searched.push(question);
      return /hội khuyến học/u.test(question) ? [society] : /lần đầu/u.test(question) ? [first, week] : [week];
    };
    const answer = answerClauses(['tuần lễ học tập suốt đời là gì', 'có phải do hội khuyến học tổ chức lần đầu năm 1996 không'], '', { ...deps, retrieve });
    expect(answer?.answer.text).toContain('năm 2011 do Bộ Giáo dục');
    // The subject before it (as its folded words), then the clause without "do hội khuyến học" and its year.
    expect(searched).toContain('tuan le hoc tap suot doi có phải tổ chức lần đầu năm không');
    // A follow-up after the claim still asks of the Week, not of the claimed year.
    searched.length = 0;
    answerClauses(['tuần lễ học tập suốt đời là gì', 'có phải do hội khuyến học tổ chức lần đầu năm 1996 không', 'còn khai mạc ở đâu'], '', { ...deps, retrieve });
    expect(searched.at(-1)).toBe('tuan le hoc tap suot doi còn khai mạc ở đâu');
    // A place alone before it ("… Việt Nam") is no topic the claim is about: the clause is not split off.
    searched.length = 0;
    answerClauses(['hội khuyến học việt nam thành lập năm nào', 'có phải do bộ giáo dục thành lập không'], '', { ...deps, retrieve });
    expect(searched.some((question) => /^viet nam/u.test(question))).toBe(false);
  });

  it('asks a clause pointing back at a clause before it that asks nothing of all that clause tells', () => {
    const study = passage('TP.HCM có một đề tài khoa học mang tên "Nghiên cứu đề xuất mô hình tổng thể về Thành phố học tập".');
    const conference = passage('Hội nghị các thành phố học tập khu vực ASEAN+3 lần đầu tiên được tổ chức tại Bangkok.');
    const searched: string[] = [];
    const retrieve = (question: string) => (searched.push(question), /hội nghị/u.test(question) ? [conference] : [study]);
    const told = 'tp hcm có đề tài nghiên cứu về thành phố học tập được nghiệm thu xuất sắc';
    const answer = answerClauses([told, 'tên chính xác của đề tài đó', 'hội nghị thành phố học tập asean 3 đầu tiên tổ chức ở đâu'], '', { ...deps, retrieve });
    expect(searched[0]).toBe(`${told} tên chính xác của đề tài đó`);
    expect(answer?.answer.text).toContain('mang tên');
    expect(answer?.answer.text).toContain('Bangkok');
    // A clause before that names nothing is not what the pointing word points at: the title named first is.
    searched.length = 0;
    answerClauses(['công dân học tập là gì', 'em năm nay 60 tuổi rồi', 'danh hiệu đó ai công nhận'], '', { ...deps, retrieve });
    expect(searched.some((question) => question.startsWith('em năm nay'))).toBe(false);
    // A yes/no pointing back checks the claim told: the message is answered whole.
    expect(answerClauses(['cần 80% công nhân đạt công dân học tập', 'con số đó có đúng không', 'mức 1 thì cần bao nhiêu phần trăm thành viên là công dân học tập'], '', deps)).toBeUndefined();
  });

  it('asks a clause naming only a place and pointing back of that place within the topic before ("…, Việt Nam có mấy thành phố trong đó")', () => {
    const network = passage('Mạng lưới thành phố học tập toàn cầu UNESCO hiện có 425 thành viên.');
    const members = passage('Việt Nam có 6 thành viên của Mạng lưới thành phố học tập toàn cầu UNESCO.');
    const searched: string[] = [];
    const retrieve = (question: string) => (searched.push(question), /viet nam|việt nam/u.test(question) ? [members] : [network]);
    const answer = answerClauses(['mạng lưới thành phố học tập của unesco có bao nhiêu thành viên', 'việt nam có mấy thành phố trong đó'], '', { ...deps, retrieve });
    expect(answer?.answer.text).toContain('425 thành viên');
    expect(answer?.answer.text).toContain('Việt Nam có 6 thành viên');
    expect(searched[1]).toBe('mang luoi thanh pho hoc tap việt nam có mấy thành phố trong đó');
    // What each clause's sentences carry is told, for a part the clauses leave out to be answered after them.
    expect(answer?.answer.carried).toContain('number');
    // A clause naming a title and pointing back ("… như vậy") points at the case told, not into the topic before.
    expect(answerClauses(['qđ 281 nói về việc gì', 'qđ 387 như vậy lập ra những mô hình nào'], '', deps)).toBeUndefined();
  });

  it('leaves a clause pointing back to the whole message when no clause before it names a subject', () => {
    expect(answerClauses(['vì sao được chọn', 'và ai quyết định chuyện đó'], '', deps)).toBeUndefined();
  });
});
